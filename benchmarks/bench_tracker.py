"""Tracker benchmarks: pixel throughput against a bare Starlette app, pixel p99, open -> long-poll latency.

Both servers run as uvicorn subprocesses (httptools with the tracker's bounded request heads, see
``tracker.limits``, + uvloop, one worker) on 127.0.0.1, loaded by
``wrk`` (Debian package, see packaging/dev/system-deps.sh) with 32 connections for a bounded time.
The tracker stores every hit (SQLite file, WAL) through its batching writer; the figure reports how many
events were stored, and how many were still queued when the load ended (a writer falling behind).
The pixels are those of many registered messages in turn (a few hits each, as real mail gets, the load of
``bench_tracker_scaling``): one message hit tens of thousands of times would measure the judge's history of
that message (every hit judged with its message's latest ones), a scanner's flood that the per-message rate
limit stops before the writer.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ROOT = Path(__file__).resolve().parents[1]
DURATION_S = 8
CONNECTIONS = 32


async def _empty(_request: Request) -> Response:
    return Response(b"", status_code=200)


def baseline_app() -> Starlette:
    """The bare Starlette app of the baseline: one route answering an empty 200.

    Returns:
        The app.
    """
    return Starlette(routes=[Route("/", _empty)])


def tracker_app() -> Starlette:
    """The tracker as benchmarked: database from ``BENCH_DB``, key from ``BENCH_KEY``, limits high.

    Returns:
        The app.
    """
    from tracker.app import create_app
    from tracker.config import RateLimit, TrackerConfig
    from tracker.keys import register_key

    unlimited = RateLimit(per_second=1e9, burst=1_000_000_000)
    app = create_app(TrackerConfig(database_url=os.environ["BENCH_DB"], per_ip=unlimited, per_token=unlimited,
                                   per_api_client=unlimited))
    register_key(app.state.tracker, os.environ["BENCH_KEY"])
    return app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_SERVE = ("import sys, uvicorn; from tracker.limits import server_options; "
          "uvicorn.run(sys.argv[1], factory=True, host='127.0.0.1', port=int(sys.argv[2]), loop='uvloop', "
          "access_log=False, log_level='warning', **server_options())")


class _Server:
    def __init__(self, factory: str, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(  # the tracker's own server options (bounded heads), as deployed
            [sys.executable, "-c", _SERVE, factory, str(self.port)], cwd=ROOT, env={**os.environ, **env},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{factory} did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _wrk(url: str, script: Path | None = None) -> dict[str, float]:
    spread = ["-s", str(script)] if script is not None else []
    out = subprocess.run(["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION_S}s", "--latency", *spread, url],
                         capture_output=True, text=True, check=True, timeout=DURATION_S + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99_value, p99_unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    p99_ms = float(p99_value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99_unit]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p99_ms": p99_ms, "requests": requests, "errors": int(non2xx.group(1)) if non2xx else 0}


def _long_poll_ms(server: _Server, key: str, token: str, rounds: int = 20) -> list[float]:
    headers = {"Authorization": f"Bearer {key}"}
    samples: list[float] = []
    with httpx.Client(base_url=server.url, headers=headers, timeout=30) as client:
        def drained(cursor: str) -> str:
            """The cursor at the end of the feed once the writer has stored the load's last hits: an empty page,
            and still empty a moment later."""
            quiet = 0
            while quiet < 2:
                page = client.get("/api/v1/events", params={"after": cursor, "limit": 1000}).json()
                if page["events"]:
                    cursor, quiet = page["next_cursor"], 0
                else:
                    quiet += 1
                    time.sleep(0.3)
            return cursor

        cursor = drained("0")
        for _attempt in range(3 * rounds):  # a round answered by an earlier event is run again
            if len(samples) == rounds:
                break
            returned: dict[str, Any] = {}

            def poll(after: str = cursor, box: dict[str, Any] = returned) -> None:
                with httpx.Client(base_url=server.url, headers=headers, timeout=30) as poller:
                    box["page"] = poller.get("/api/v1/events", params={"after": after, "wait": 10}).json()
                box["at"] = time.perf_counter()

            waiter = threading.Thread(target=poll)
            waiter.start()
            time.sleep(0.2)  # let the long-poll reach the server and start waiting
            hit_at = time.perf_counter()
            client.get(f"/o/{token}.gif")
            waiter.join(15)
            assert returned["page"]["events"], "the long-poll returned without the event"
            cursor = returned["page"]["next_cursor"]
            if returned["at"] < hit_at:  # it answered with an earlier event (a late write of the load): again
                cursor = drained(cursor)
                continue
            samples.append((returned["at"] - hit_at) * 1000)
    return samples


def run() -> dict[str, dict[str, Any]]:
    """Run the tracker benchmarks.

    Returns:
        The figures ``tracker_pixel_rps_ratio``, ``tracker_pixel_p99_ms`` and ``tracker_longpoll_ms``.
    """
    from benchmarks.bench_tracker_scaling import _prepare

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        key, tokens, script = _prepare(f"sqlite:///{db_path}", Path(tmp))  # the key, messages and wrk's spreading
        token = tokens[0]
        env = {"BENCH_DB": f"sqlite:///{db_path}", "BENCH_KEY": key}
        baseline = _Server("benchmarks.bench_tracker:baseline_app", env)
        try:
            _wrk(baseline.url + "/")  # warm-up of the machine, same for both
            base = _wrk(baseline.url + "/")
        finally:
            baseline.stop()
        tracker = _Server("benchmarks.bench_tracker:tracker_app", env)
        try:
            pixel = _wrk(tracker.url, script)
            with closing(sqlite3.connect(db_path)) as db:  # did the writer keep up? (a backlog would show here)
                stored_when_load_ended = db.execute("select count(*) from events").fetchone()[0]
            latencies = _long_poll_ms(tracker, key, token)
        finally:
            tracker.stop()
        with closing(sqlite3.connect(db_path)) as db:
            stored = db.execute("select count(*) from events where kind = 'open'").fetchone()[0]
    return {
        "tracker_pixel_rps_ratio": {
            "value": round(pixel["rps"] / base["rps"], 3), "unit": "ratio", "target": ">= 0.5",
            "pixel_rps": pixel["rps"], "baseline_rps": base["rps"], "pixel_requests": pixel["requests"],
            "events_stored": stored, "non_2xx": pixel["errors"],
            "events_not_yet_stored_when_load_ended": pixel["requests"] - stored_when_load_ended,
        },
        "tracker_pixel_p99_ms": {"value": round(pixel["p99_ms"], 2), "unit": "ms", "target": "<= 25",
                                 "connections": CONNECTIONS, "baseline_p99_ms": base["p99_ms"]},
        "tracker_longpoll_ms": {"value": round(statistics.median(latencies), 1), "unit": "ms", "target": "<= 100",
                                "samples": len(latencies), "max_ms": round(max(latencies), 1)},
    }
