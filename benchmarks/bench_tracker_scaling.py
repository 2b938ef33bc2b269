"""The tracker scaled out: one PostgreSQL database behind 1, 2 and 4 uvicorn workers.

For each worker count the tracker runs as ``uvicorn --workers N`` (the deployed server options: bounded
request heads, httptools, uvloop) on a database of the benchmark's throwaway PostgreSQL, loaded by ``wrk``
(one thread, 32 connections, :data:`DURATION_S` seconds after a warm-up) on the pixels of :data:`TOKENS`
registered messages in turn (a few hits per message, as real mail gets; one message hit tens of thousands of
times would measure the judge's history of that message instead). While the load runs, one API client
follows the event feed by long-poll, as a desktop does.

Figures: ``tracker_pg_rps_1``, ``_2``, ``_4`` and ``tracker_pg_rps_scaling_4`` (rps with 4 / rps with 1). Each
carries the CPU each side used during the measured window (cores: CPU seconds per second, from /proc) for the
workers, wrk, PostgreSQL and this process (the feed follower), so the notes say what bounds the scaling on
this machine. The run checks that no event is lost: after the server stops (its writers flush), the events
stored number at least the 2xx answers wrk counted (at most the connections more: requests in flight when
wrk stops are stored but not counted by it), and the feed follower saw every stored event (an event whose
sequence number the follower's cursor had passed before it was committed would be lost to every desktop).

``tracker_longpoll_cross_worker_ms``: two tracker instances on separate ports behind the same database; a
long-poll waits on instance A, the pixel is fetched from instance B, and the time to the long-poll's answer
is measured from the pixel's request, as ``tracker_longpoll_ms`` does (p95 of :data:`LONGPOLL_ROUNDS`).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
DURATION_S = 6
WARMUP_S = 1
CONNECTIONS = 32
WORKERS = (1, 2, 4)
LONGPOLL_ROUNDS = 20
TOKENS = 10_000
LONGPOLL_WAIT_S = 3.0
_TICKS = os.sysconf("SC_CLK_TCK")


def tracker_app() -> Any:
    """The tracker as served by each worker: database from ``BENCH_DB``, rate limits out of the way.

    Returns:
        The app.
    """
    from tracker.app import create_app
    from tracker.config import RateLimit, TrackerConfig

    unlimited = RateLimit(per_second=1e9, burst=1_000_000_000)
    return create_app(TrackerConfig(database_url=os.environ["BENCH_DB"], per_ip=unlimited, per_token=unlimited,
                                    per_api_client=unlimited))


_SERVE = ("import sys, uvicorn; from tracker.limits import server_options; "
          "uvicorn.run('benchmarks.bench_tracker_scaling:tracker_app', factory=True, host='127.0.0.1', "
          "port=int(sys.argv[1]), workers=int(sys.argv[2]), loop='uvloop', access_log=False, "
          "log_level='warning', timeout_graceful_shutdown=5, **server_options())")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _cpu_s(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / _TICKS


class _Tracker:
    """``uvicorn --workers N`` serving the tracker on a free port."""

    def __init__(self, db_url: str, workers: int) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.proc = subprocess.Popen([sys.executable, "-c", _SERVE, str(self.port), str(workers)], cwd=ROOT,
                                     env={**os.environ, "BENCH_DB": db_url})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                httpx.get(self.url + "/healthz", timeout=1).raise_for_status()
            except httpx.HTTPError:
                time.sleep(0.1)
                continue
            if workers == 1 or len(self.worker_pids()) >= workers:
                time.sleep(0.5 if workers == 1 else 1.5)  # every worker past its start-up
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the tracker with {workers} workers did not start")

    def worker_pids(self) -> list[int]:
        if self.workers == 1:
            return [self.proc.pid]
        return [p for p in _children(self.proc.pid) if Path(f"/proc/{p}/cmdline").exists()
                and b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]

    def stop(self) -> None:
        """Stop the server; its writers flush first (a worker still flushing after a minute is killed)."""
        workers = self.worker_pids() if self.workers > 1 else []
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        for pid in workers:  # never left running, orphaned, after the supervisor
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _wrk(url: str, seconds: int, script: Path) -> dict[str, float]:
    out = subprocess.run(["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", str(script), url],
                         capture_output=True, text=True, check=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"rps": rps, "requests": requests, "non_2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": sum(int(g) for g in errors.groups()) if errors else 0}


class _Follower(threading.Thread):
    """A desktop's poller: long-polls the feed and keeps every cursor it was given."""

    def __init__(self, url: str, key: str, after: str) -> None:
        super().__init__(daemon=True)
        self.url, self.key, self.cursor = url, key, after
        self.seen: set[int] = set()
        self.stop_at: float | None = None
        self.error: str | None = None

    def run(self) -> None:
        headers = {"Authorization": f"Bearer {self.key}"}
        with httpx.Client(base_url=self.url, headers=headers, timeout=30) as client:
            while True:
                try:
                    response = client.get("/api/v1/events",
                                          params={"after": self.cursor, "limit": 1000, "wait": 1})
                    response.raise_for_status()
                    page = response.json()
                except httpx.HTTPError as exc:
                    self.error = repr(exc)
                    return
                self.seen.update(int(e["cursor"]) for e in page["events"])
                self.cursor = page["next_cursor"]
                if not page["events"] and self.stop_at is not None and time.monotonic() > self.stop_at:
                    return


def _db_seqs(db_url: str, after: int) -> list[int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [int(s) for s in conn.execute(text("select seq from events where seq > :a and kind = 'open' "
                                                      "order by seq"), {"a": after}).scalars()]
    finally:
        engine.dispose()


def _prepare(db_url: str, folder: Path) -> tuple[str, list[str], Path]:
    """Migrate the database once (workers then find it ready), make the API key and register :data:`TOKENS`
    messages; write the wrk script that spreads the pixel requests over them."""
    from concurrent.futures import wait

    from tracker.app import build_state, close_state
    from tracker.commands import register_message
    from tracker.config import TrackerConfig
    from tracker.keys import register_key
    from tracker.validation import parse_message
    from tracker.writer import Command

    state = build_state(TrackerConfig(database_url=db_url))
    tokens = [secrets.token_urlsafe(16) for _ in range(TOKENS)]
    try:
        key = register_key(state)
        now_us = state.now_us()
        specs = [parse_message({"token": t}) for t in tokens]
        wait([state.writer.submit(Command(lambda conn, spec=spec: register_message(conn, spec, now_us)))
              for spec in specs])
    finally:
        close_state(state)
    script = folder / "pixels.lua"
    script.write_text("local tokens = {" + ",".join(f'"{t}"' for t in tokens) + "}\n"
                      "local n = 0\n"
                      "request = function()\n"
                      "  n = n + 1\n"
                      "  return wrk.format(\"GET\", \"/o/\" .. tokens[(n % #tokens) + 1] .. \".gif\")\n"
                      "end\n")
    return key, tokens, script


def _scaling_round(db_url: str, key: str, script: Path, workers: int) -> dict[str, Any]:
    after = max(_db_seqs(db_url, 0), default=0)
    tracker = _Tracker(db_url, workers)
    try:
        warm_up = _wrk(tracker.url, WARMUP_S, script)
        _drain(db_url, after, warm_up["requests"] - warm_up["non_2xx"])  # the measured window starts empty
        warm = max(_db_seqs(db_url, after), default=after)
        follower = _Follower(tracker.url, key, str(warm))
        follower.start()
        time.sleep(0.3)
        pids = tracker.worker_pids()
        pg_pids = _postgres_pids(db_url)  # after the warm-up: every worker's connections are open
        wrk_cpu = _ChildCpu()
        before = {"workers": _cpu_s(pids), "postgres": _cpu_s(pg_pids), "self": _self_cpu(),
                  "machine": _machine_busy_s()}
        t0 = time.monotonic()
        load = _wrk(tracker.url, DURATION_S, script)
        elapsed = time.monotonic() - t0
        cpu = {"workers": _cpu_s(pids) - before["workers"], "postgres": _cpu_s(pg_pids) - before["postgres"],
               "wrk": wrk_cpu.used(), "bench_process": _self_cpu() - before["self"]}
        cpu["other_processes"] = max(0.0, _machine_busy_s() - before["machine"] - sum(cpu.values()))
        drained = _drain(db_url, warm, load["requests"] - load["non_2xx"])
        follower.stop_at = time.monotonic() + 2
        follower.join(30)
    finally:
        tracker.stop()
    stored = _db_seqs(db_url, warm)
    answered = load["requests"] - load["non_2xx"]
    missed_by_feed = sorted(set(stored) - follower.seen)
    return {
        "rps": load["rps"], "requests": load["requests"], "answered_2xx": answered, "stored": len(stored),
        "lost": max(0, answered - len(stored)), "non_2xx": load["non_2xx"], "socket_errors": load["socket_errors"],
        "feed_missed": len(missed_by_feed), "feed_follower_error": follower.error, "workers": workers,
        "s_to_store_all_after_load": drained, "stored_per_s": round(len(stored) / (elapsed + drained), 1),
        "cores_used": {k: round(v / elapsed, 2) for k, v in cpu.items()},
    }


def _drain(db_url: str, after: int, answered: int) -> float:
    """Seconds until the workers' writers stored every answered hit (or stopped storing), after the load."""
    t0 = time.monotonic()
    last, since = -1, t0
    while time.monotonic() - t0 < 90:
        count = len(_db_seqs(db_url, after))
        if count >= answered:
            break
        if count != last:
            last, since = count, time.monotonic()
        elif time.monotonic() - since > 10:  # a writer's batch of 2,000 cold hits takes a second or two
            break
        time.sleep(0.25)
    return round(time.monotonic() - t0, 2)


class _ChildCpu:
    """CPU used by children of this process that ended since it was made (wrk)."""

    def __init__(self) -> None:
        times = os.times()
        self._start = times.children_user + times.children_system

    def used(self) -> float:
        times = os.times()
        return times.children_user + times.children_system - self._start


def _machine_busy_s() -> float:
    """CPU seconds every process of the machine used so far (all cores: /proc/stat less idle and iowait)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(values) - values[3] - values[4]) / _TICKS


def _self_cpu() -> float:
    times = os.times()
    return times.user + times.system


def _postgres_pids(db_url: str) -> list[int]:
    """The benchmark's PostgreSQL server processes: the postmaster (a backend's parent) and its children."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            backend = int(conn.execute(text("select pg_backend_pid()")).scalar_one())
            status = Path(f"/proc/{backend}/status").read_text()
    finally:
        engine.dispose()
    main = int(re.search(r"^PPid:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
    return [main, *_children(main)]


def _cross_worker_longpoll(db_url: str, key: str, token: str) -> list[float]:
    """Long-poll on instance A, pixel on instance B; milliseconds from B's answer to A's."""
    a, b = _Tracker(db_url, 1), _Tracker(db_url, 1)
    headers = {"Authorization": f"Bearer {key}"}
    samples: list[float] = []
    try:
        with httpx.Client(headers=headers, timeout=30) as client:
            cursor = "0"
            for _ in range(LONGPOLL_ROUNDS):
                while True:  # to the end of the feed: the long-poll then waits for the next hit
                    page = client.get(a.url + "/api/v1/events", params={"after": cursor, "limit": 1000}).json()
                    if not page["events"]:
                        break
                    cursor = page["next_cursor"]
                box: dict[str, Any] = {}

                def poll(after: str = cursor, out: dict[str, Any] = box) -> None:
                    with httpx.Client(headers=headers, timeout=30) as poller:
                        out["page"] = poller.get(a.url + "/api/v1/events",
                                                 params={"after": after, "wait": LONGPOLL_WAIT_S}).json()
                    out["at"] = time.perf_counter()

                waiter = threading.Thread(target=poll)
                waiter.start()
                time.sleep(0.2)  # the long-poll reaches A and waits
                hit_at = time.perf_counter()  # from the pixel's request, as tracker_longpoll_ms counts
                client.get(f"{b.url}/o/{token}.gif").raise_for_status()
                waiter.join(LONGPOLL_WAIT_S + 10)
                if box["page"]["events"]:
                    samples.append((box["at"] - hit_at) * 1000)
                    cursor = box["page"]["next_cursor"]
                else:  # A never learnt of B's event: it answered empty at the end of its wait
                    samples.append(LONGPOLL_WAIT_S * 1000)
    finally:
        a.stop()
        b.stop()
    return samples


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run() -> dict[str, dict[str, Any]]:
    """Measure the tracker on PostgreSQL with 1, 2 and 4 workers, and the cross-worker long-poll."""
    from benchmarks.backends import postgres_server
    from tests.support.postgres import create_database

    server = postgres_server()
    db_url = create_database(server, f"tracker_scaling_{secrets.token_hex(4)}")
    with tempfile.TemporaryDirectory() as tmp:
        key, tokens, script = _prepare(db_url, Path(tmp))
        rounds = {n: _scaling_round(db_url, key, script, n) for n in WORKERS}
    longpoll = _cross_worker_longpoll(db_url, key, tokens[0])
    figures: dict[str, dict[str, Any]] = {}
    for n, r in rounds.items():
        figures[f"tracker_pg_rps_{n}"] = {"value": round(r["rps"], 1), "unit": "req/s", "target": "",
                                          "backend": "postgresql", **r}
    lost = sum(r["lost"] + r["feed_missed"] + r["non_2xx"] for r in rounds.values())
    cores = os.cpu_count()
    four = rounds[4]["cores_used"]
    figures["tracker_pg_rps_scaling_4"] = {
        "value": round(rounds[4]["rps"] / rounds[1]["rps"], 3), "unit": "ratio", "target": ">= 2.5",
        "backend": "postgresql", "events_lost_or_missed": lost, "cores": cores,
        "notes": (f"{cores} cores shared, with 4 workers, by the workers ({four['workers']} cores), PostgreSQL "
                  f"({four['postgres']}), wrk ({four['wrk']}), the feed follower ({four['bench_process']}) and "
                  f"the machine's other processes ({four['other_processes']}); with 1 worker the worker used "
                  f"{rounds[1]['cores_used']['workers']} cores: one worker is one core (one Python thread "
                  "answering), so rps with 4 cannot exceed rps with 1 times the cores the others leave free"),
    }
    figures["tracker_longpoll_cross_worker_ms"] = {
        "value": round(_p95(longpoll), 1), "unit": "ms", "target": "<= 100", "backend": "postgresql",
        "median_ms": round(statistics.median(longpoll), 1), "max_ms": round(max(longpoll), 1),
        "samples": len(longpoll), "timeouts": sum(1 for s in longpoll if s >= LONGPOLL_WAIT_S * 1000),
    }
    return figures


if __name__ == "__main__":
    print(run())
