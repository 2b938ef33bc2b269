"""Senders killed with SIGKILL mid-send, and desktops of a team starting while another one sends.

Each desktop is a real process (:mod:`benchmarks.reliability.sender_child`) sending to a real SMTP server
(aiosmtpd on loopback) that counts every copy by Message-ID. Figures: kills, lost (queued, never received),
duplicated (received more than once).
"""

from __future__ import annotations

import asyncio
import collections
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.services.mail.message import build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.templates import RenderedEmail

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CountingSink:
    """Accepts every message after ``delay`` seconds and counts the copies of each Message-ID."""

    delay: float = 0.0
    copies: collections.Counter[str] = field(default_factory=collections.Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        head = (envelope.original_content or b"").split(b"\r\n\r\n", 1)[0]
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                with self.lock:
                    self.copies[line.split(b":", 1)[1].strip().decode()] += 1
        return "250 2.0.0 OK"

    @property
    def received(self) -> int:
        with self.lock:
            return sum(self.copies.values())


def fill(url: str, count: int) -> set[str]:
    """A migrated database whose outbox holds ``count`` messages; their Message-IDs."""
    engine = make_engine(url)
    migrate(engine)
    now = datetime.now(UTC)
    ids = set()
    with make_session_factory(engine).begin() as session:
        for i in range(count):
            built = build_message(sender_address="a@vendeur.example", sender_name="A", to=[f"c{i}@client.example"],
                                  rendered=RenderedEmail(f"Message {i}", f"Bonjour {i}\n", None), tracking=None,
                                  now=now)
            enqueue(session, built, now=now)
            ids.add(built.message_id)
    engine.dispose()
    return ids


def _desktop(url: str, port: int, lease: float, start_lease: float | None = None) -> subprocess.Popen[str]:
    extra = [] if start_lease is None else [str(start_lease)]
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.reliability.sender_child", url, str(port), str(lease),
                              *extra], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        raise RuntimeError("the sending process did not start")
    return child


def _wait_until(condition: object, child: subprocess.Popen[str] | None = None, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if child is not None and child.poll() is not None:
            return
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        time.sleep(0.002)


def _finish(child: subprocess.Popen[str], timeout: float = 180) -> None:
    child.communicate(timeout=timeout)
    if child.returncode != 0:
        raise RuntimeError(f"a sending process failed ({child.returncode})")


def _served(sink: CountingSink) -> tuple[Controller, int]:
    from tests.support.servers import free_port

    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, port


def _figures(expected: set[str], sink: CountingSink) -> tuple[int, int]:
    lost = len(expected - set(sink.copies))
    duplicated = sum(n - 1 for n in sink.copies.values() if n > 1)
    return lost, duplicated


def kills(url: str, *, messages: int = 300, count: int = 10, lease: float = 1.0, seed: int = 2026) -> dict[str, int]:
    """Kill one desktop's sender ``count`` times at random points of a send, then let a last one finish.

    The restarted sender takes back a killed one's message once the lease (``lease`` seconds here, ten
    minutes in the application) has run out: nothing is lost, and each kill repeats at most its one message.
    """
    expected = fill(url, messages)
    sink = CountingSink()
    controller, port = _served(sink)
    rng = random.Random(seed)
    try:
        for kill in range(count):
            child = _desktop(url, port, lease)
            step = messages / (count + 1)
            target = int(step * (kill + 1) + rng.uniform(-step / 3, step / 3))
            _wait_until(lambda t=target: sink.received >= t, child)
            child.kill()
            child.wait(10)
            if child.stdout is not None:
                child.stdout.close()
        _finish(_desktop(url, port, lease))
    finally:
        controller.stop()
    lost, duplicated = _figures(expected, sink)
    return {"kills": count, "lost": lost, "duplicated": duplicated}


def team_starts(url: str, *, messages: int = 200, starts: int = 5, start_lease: float | None = None,
                ) -> dict[str, int]:
    """One desktop sends while ``starts`` others start (recovery at start) and send beside it; no kill.

    Args:
        url: The shared database.
        messages: Messages in the outbox.
        starts: Desktops started while the first one sends.
        start_lease: The lease of the start-up recovery of the starting desktops; None is the application's
            (the sender's ten minutes), 0 the last release's.

    Returns:
        starts, lost and duplicated.
    """
    expected = fill(url, messages)
    sink = CountingSink(delay=0.02)
    controller, port = _served(sink)
    others = []
    try:
        first = _desktop(url, port, 600.0)
        for k in range(starts):
            _wait_until(lambda k=k: sink.received >= (k + 1) * messages // (4 * starts), first)
            others.append(_desktop(url, port, 600.0, start_lease))
        for child in (first, *others):
            _finish(child)
    finally:
        controller.stop()
    lost, duplicated = _figures(expected, sink)
    return {"starts": starts, "lost": lost, "duplicated": duplicated}
