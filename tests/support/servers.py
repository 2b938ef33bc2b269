"""Real servers on loopback for the mail and tracking tests (integration and GUI): aiosmtpd with scriptable
faults, the tracker in a thread with a short delivery window. Registered as a plugin in ``tests/conftest.py``."""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

from desktop.services.mail.transport import SmtpSecurity, SmtpSettings
from tests.support.scripted_smtp import scripted_smtp  # noqa: F401 - fixtures of this plugin
from tests.support.tls import certificate  # noqa: F401
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

HUMAN_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"


@dataclass
class Received:
    """One message the SMTP server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class ScriptedHandler:
    """Accepts messages, or answers scripted faults: ``faults[recipient]`` is consumed one per attempt.

    A fault is an SMTP reply (``"451 4.3.0 try later"``) or ``"drop"`` (connection cut during DATA).
    ``refuse[recipient]`` answers that recipient's RCPT, one reply per attempt (then it is accepted).
    """

    received: list[Received] = field(default_factory=list)
    faults: dict[str, list[str]] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)
    refuse: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: SMTPServer, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        with self.lock:
            script = self.refuse.get(address)
            answer = script.pop(0) if script else None
        if answer is not None:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        with self.lock:
            first = envelope.rcpt_tos[0]
            self.attempts[first] = self.attempts.get(first, 0) + 1
            script = self.faults.get(first)
            fault = script.pop(0) if script else None
            if fault is None:
                content = envelope.original_content or b""
                self.received.append(Received(envelope.mail_from or "", list(envelope.rcpt_tos), content))
                return "250 2.0.0 OK queued"
        if fault == "drop":
            assert server.transport is not None
            server.transport.abort()
            return "250 never seen"
        return fault

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]


@dataclass
class SmtpServer:
    """The running server and what it received."""

    handler: ScriptedHandler
    host: str
    port: int

    @property
    def settings(self) -> SmtpSettings:
        return SmtpSettings(host=self.host, port=self.port, security=SmtpSecurity.NONE, timeout=5.0)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """aiosmtpd on 127.0.0.1 (a free port), with scriptable faults."""
    handler = ScriptedHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(handler, "127.0.0.1", port)
    finally:
        controller.stop()


def start_tracker(tmp_path: Path, window: float = 0.5) -> EmbeddedTracker:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=window,
                                 timing_scale=window / 5000, flush_interval_seconds=0.001)
    return start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)


@pytest.fixture
def live_tracker(tmp_path: Path) -> Iterator[EmbeddedTracker]:
    """The real tracker on 127.0.0.1 in a thread, its own SQLite file, a 0.5 s delivery window."""
    handle = start_tracker(tmp_path)
    try:
        yield handle
    finally:
        handle.stop()
