"""The tracker's connections send their replies at once: Nagle's algorithm is off on every accepted socket, also
when the listening socket does not say it is TCP (the embedded tracker's, uvicorn's ``--workers`` and ``--fd``),
where asyncio leaves it on and a kept-alive connection waited 40 ms for each reply's body."""

from __future__ import annotations

import asyncio
import socket

import uvicorn
from uvicorn.server import ServerState

from tracker.limits import BoundedHttpToolsProtocol


async def _app(scope: dict[str, object], receive: object, send: object) -> None:  # pragma: no cover - not called
    raise AssertionError("no request is sent")


async def _nodelay_of_accepted(listening: socket.socket) -> int:
    config = uvicorn.Config(_app, lifespan="off")
    config.load()
    state = ServerState()
    made: list[BoundedHttpToolsProtocol] = []

    def protocol() -> BoundedHttpToolsProtocol:
        made.append(BoundedHttpToolsProtocol(config=config, server_state=state, app_state={}))
        return made[-1]

    loop = asyncio.get_running_loop()
    server = await loop.create_server(protocol, sock=listening)
    try:
        _reader, writer = await asyncio.open_connection(*listening.getsockname()[:2])
        for _ in range(200):
            if made and made[0].transport is not None:
                break
            await asyncio.sleep(0.01)
        accepted = made[0].transport.get_extra_info("socket")
        value = int(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()
        await writer.wait_closed()
        for transport in (p.transport for p in made):
            transport.close()
        return value
    finally:
        server.close()
        await server.wait_closed()


def test_a_connection_accepted_on_a_socket_made_without_its_protocol_has_nagle_off() -> None:
    listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # proto 0, as uvicorn's bind_socket makes it
    listening.bind(("127.0.0.1", 0))
    listening.listen()
    assert listening.proto == 0
    assert asyncio.run(_nodelay_of_accepted(listening)) != 0
