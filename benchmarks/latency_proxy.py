"""A TCP proxy that delays every byte by a fixed time in each direction: a server "far away" on any machine.

``python -m benchmarks.latency_proxy LISTEN_HOST LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MS`` prints
``ready`` once listening. Each chunk read from one side is written to the other ``DELAY_MS`` after it arrived,
in order, so a request and its answer take ``2 x DELAY_MS`` more, as over a link with that one-way latency (no
bandwidth limit, no loss). TLS passes through untouched: the client verifies the server itself. It stands in for
``tc qdisc ... netem delay``, which needs the ``sch_netem`` kernel module that this machine's kernel lacks.
"""

from __future__ import annotations

import asyncio
import sys


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            queue.put_nowait((loop.time() + delay, data))
            if not data:
                break
        await sender
    except (ConnectionError, OSError):
        sender.cancel()
        writer.close()


async def main(listen_host: str, listen_port: int, target_host: str, target_port: int, delay_ms: float) -> None:
    delay = delay_ms / 1000

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(target_host, target_port)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(_pump(client_r, server_w, delay), _pump(server_r, client_w, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, listen_host, listen_port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    host, port, target, target_port, ms = sys.argv[1:6]
    asyncio.run(main(host, int(port), target, int(target_port), float(ms)))
