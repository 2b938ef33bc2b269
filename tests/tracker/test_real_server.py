"""The tracker over real HTTP: a `relance-tracker serve` subprocess and the embedded thread server; request heads
past the bounds (one 40 MiB header, too many headers, a huge path) are refused over a raw socket and the server
stays up."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.tracker.conftest import new_token, registration
from tracker.embedded import EmbeddedTracker, start_in_thread

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 30) -> None:
    """Poll /healthz until it answers ok (each attempt blocks on the connection, not on a sleep)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).json().get("status") == "ok":
                return
        except httpx.TransportError:
            threading.Event().wait(0.05)  # connection refused: the socket is not bound yet
    raise AssertionError("the tracker did not become healthy")


def tracker_command() -> list[str]:
    script = Path(sys.executable).with_name("relance-tracker")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tracker"]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    db = f"sqlite:///{tmp_path / 'served.db'}"
    key = subprocess.run([*tracker_command(), "--database-url", db, "create-key", "--label", "test"],
                         capture_output=True, text=True, check=True, timeout=60, cwd=ROOT).stdout.strip()
    port = free_port()
    proc = subprocess.Popen([*tracker_command(), "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--database-url", db, "--log-level", "warning"], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, key
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise


def test_served_process_end_to_end(served: tuple[str, str]) -> None:
    url, key = served
    assert key.startswith("rlk_")
    token = new_token()
    auth = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, timeout=10) as client:
        assert client.get("/api/v1/events", headers={"Authorization": f"Bearer {key[:-2]}"}).status_code == 401
        assert client.post("/api/v1/messages", json=registration(token), headers=auth).status_code == 201
        pixel_known = client.get(f"/o/{token}.gif")
        pixel_unknown = client.get(f"/o/{new_token()}.gif")
        page = client.get(f"/q/{token}")
        events = client.get("/api/v1/events", params={"wait": 5, "limit": 10}, headers=auth).json()["events"]
        while len(events) < 2:
            after = events[-1]["cursor"] if events else "0"
            events += client.get("/api/v1/events", params={"wait": 5, "after": after}, headers=auth).json()["events"]
    assert pixel_known.content == pixel_unknown.content and len(pixel_known.content) == 43
    assert page.status_code == 200 and "D-2025-0042" in page.text
    assert [e["kind"] for e in events] == ["open", "view"]
    assert events[0]["ip"] == "127.0.0.0/24"


def test_events_survive_a_restart_of_the_process(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'restart.db'}"
    key = subprocess.run([*tracker_command(), "--database-url", db, "create-key"], capture_output=True,
                         text=True, check=True, timeout=60, cwd=ROOT).stdout.strip()
    token = new_token()
    auth = {"Authorization": f"Bearer {key}"}
    for round_ in range(2):
        port = free_port()
        proc = subprocess.Popen([*tracker_command(), "serve", "--port", str(port), "--database-url", db,
                                 "--log-level", "warning"], cwd=ROOT, env={**os.environ})
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, proc)
            if round_ == 0:
                httpx.post(f"{url}/api/v1/messages", json={"token": token}, headers=auth).raise_for_status()
                httpx.get(f"{url}/o/{token}.gif")
        finally:
            proc.send_signal(signal.SIGTERM)  # graceful: the writer flushes what is queued
            proc.wait(20)
    events = []
    embedded = start_in_thread(db, api_key=key)
    try:
        events = httpx.get(f"{embedded.url}/api/v1/events", headers=auth).json()["events"]
    finally:
        embedded.stop()
    assert [(e["token"], e["kind"]) for e in events] == [(token, "open")]


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedTracker]:
    handle = start_in_thread(f"sqlite:///{tmp_path / 'embedded.db'}")
    yield handle
    handle.stop()


def test_embedded_tracker_long_poll_learns_of_an_open_within_a_second(embedded: EmbeddedTracker) -> None:
    token = new_token()
    auth = {"Authorization": f"Bearer {embedded.api_key}"}
    assert embedded.url.startswith("http://127.0.0.1:")
    httpx.post(f"{embedded.url}/api/v1/messages", json={"token": token}, headers=auth).raise_for_status()
    result: dict[str, object] = {}
    polling = threading.Event()

    def poll() -> None:
        polling.set()
        page = httpx.get(f"{embedded.url}/api/v1/events", params={"wait": 20}, headers=auth, timeout=30).json()
        result["events"] = page["events"]
        result["at"] = time.monotonic()

    waiter = threading.Thread(target=poll)
    waiter.start()
    polling.wait(5)
    hit_at = time.monotonic()
    httpx.get(f"{embedded.url}/o/{token}.gif")
    waiter.join(25)
    assert [e["token"] for e in result["events"]] == [token]  # type: ignore[union-attr]
    assert float(result["at"]) - hit_at < 1.0  # type: ignore[arg-type]


def test_embedded_tracker_accepts_a_given_key_and_refuses_others(tmp_path: Path) -> None:
    key = "rlk_from_the_keyring_0123456789"
    handle = start_in_thread(f"sqlite:///{tmp_path / 'k.db'}", api_key=key)
    try:
        good = httpx.get(f"{handle.url}/api/v1/events", headers={"Authorization": f"Bearer {key}"})
        bad = httpx.get(f"{handle.url}/api/v1/events", headers={"Authorization": f"Bearer {key[:-5]}"})
    finally:
        handle.stop()
    assert handle.api_key == key
    assert (good.status_code, bad.status_code) == (200, 401)


def raw_exchange(url: str, chunks: Iterator[bytes]) -> tuple[bytes, bool]:
    """Send bytes over a plain socket (stopping if the server closes), then read the answer to its end.

    Returns:
        The answer, and whether every byte could be sent (False: the server closed before the end).
    """
    host, port = url.removeprefix("http://").rsplit(":", 1)
    sent_all = False
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        try:
            for chunk in chunks:
                sock.sendall(chunk)
            sent_all = True
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading: what it answered, if anything, is read below
        answer = b""
        try:
            while block := sock.recv(65536):
                answer += block
        except ConnectionResetError:
            pass
    return answer, sent_all


def one_huge_header(size: int) -> Iterator[bytes]:
    yield b"GET /o/" + new_token().encode() + b".gif HTTP/1.1\r\nHost: t\r\nX-Big: "
    for _ in range(size // 65536):
        yield b"a" * 65536
    yield b"\r\n\r\n"


def many_headers(count: int) -> Iterator[bytes]:
    yield (b"GET /healthz HTTP/1.1\r\nHost: t\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(count))
           + b"Connection: close\r\n\r\n")


def long_head_in_one_read(size: int) -> Iterator[bytes]:
    yield b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: " + b"b" * size + b"\r\nConnection: close\r\n\r\n"


def huge_path(size: int) -> Iterator[bytes]:
    yield b"GET /q/"
    for _ in range(size // 65536):
        yield b"p" * 65536
    yield b" HTTP/1.1\r\nHost: t\r\n\r\n"


REFUSALS = [("one 40 MiB header", one_huge_header, 40 * 1024 * 1024), ("101 headers", many_headers, 101),
            ("a 40 KiB head in one read", long_head_in_one_read, 40 * 1024),
            ("a 40 MiB path", huge_path, 40 * 1024 * 1024)]


def assert_refused_and_still_serving(url: str, chunks: Iterator[bytes], size: int) -> None:
    answer, sent_all = raw_exchange(url, chunks)
    assert answer == b"" or answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    if size > 1024 * 1024:  # cut while it arrives, not read whole (socket buffers hold a few MiB at most)
        assert not sent_all
    assert httpx.get(f"{url}/healthz", timeout=10).json()["status"] == "ok"


@pytest.mark.parametrize(("case", "chunks", "size"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_oversized_heads_are_refused_by_the_embedded_server(
        embedded: EmbeddedTracker, case: str, chunks: Callable[[int], Iterator[bytes]], size: int) -> None:
    assert_refused_and_still_serving(embedded.url, chunks(size), size)


def test_oversized_heads_are_refused_by_the_served_process(served: tuple[str, str]) -> None:
    url, _ = served  # uvloop, as deployed
    for _case, chunks, size in REFUSALS:
        assert_refused_and_still_serving(url, chunks(size), size)


def test_heads_within_the_bounds_are_served(embedded: EmbeddedTracker) -> None:
    answer, _ = raw_exchange(embedded.url, iter([
        b"GET /healthz HTTP/1.1\r\nHost: t\r\n" + b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 300) for i in range(90))
        + b"Connection: close\r\n\r\n"]))  # 90 headers, 28 KiB
    assert answer.startswith(b"HTTP/1.1 200 ")
