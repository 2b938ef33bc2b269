"""Fixtures of the mail and tracking integration tests: a real SMTP server on loopback, a real tracker,
a quote ready to send, a clock moved by hand."""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.models import Company, Contact, Opportunity, SellerIdentity
from desktop.db.quote_models import Quote
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SENDER = SenderIdentity("Claire Martin", "claire.martin@vendeur.example", "Claire Martin\nVendeur SARL")
HUMAN_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"


class FakeClock:
    """A clock the tests move by hand (aware UTC)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


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
    """

    received: list[Received] = field(default_factory=list)
    faults: dict[str, list[str]] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

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


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def start_tracker(tmp_path: Path, window: float = 0.5) -> EmbeddedTracker:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=window, flush_interval_seconds=0.001)
    return start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)


@pytest.fixture
def live_tracker(tmp_path: Path) -> Iterator[EmbeddedTracker]:
    """The real tracker on 127.0.0.1 in a thread, its own SQLite file, a 0.5 s delivery window."""
    handle = start_tracker(tmp_path)
    try:
        yield handle
    finally:
        handle.stop()


def add_quote(sessions: sessionmaker[DbSession], *, email: str = "marie.durand@client.example",
              is_consumer: bool = False,
              consent: bool | None = None, number: str = "D-2026-0042", with_opportunity: bool = True) -> int:
    """A finalised quote for a contact of a company, with an open opportunity; returns the quote id."""
    with sessions.begin() as session:
        if session.get(SellerIdentity, 1) is None:
            session.add(SellerIdentity(id=1, legal_name="Vendeur SARL"))
        company = Company(legal_name="Client SA")
        contact = Contact(first_name="Marie", last_name="Durand", civility="Mme", email=email, company=company,
                          is_consumer=is_consumer, tracking_consent=consent)
        session.add(contact)
        session.flush()
        opportunity = Opportunity(title="Projet", contact_id=contact.id) if with_opportunity else None
        if opportunity is not None:
            session.add(opportunity)
            session.flush()
        quote = Quote(number=number, version=1, status="finalised", contact_id=contact.id, company_id=company.id,
                      opportunity_id=opportunity.id if opportunity else None, issue_date=date(2026, 3, 10),
                      validity_date=date(2026, 4, 9), total_ht=Decimal("1000.00"), total_vat=Decimal("200.00"),
                      total_ttc=Decimal("1200.00"))
        session.add(quote)
        session.flush()
        return quote.id


def html_part(message: EmailMessage) -> str:
    body = message.get_body(("html",))
    assert body is not None
    content: Any = body.get_content()
    return str(content)


def text_part(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())
