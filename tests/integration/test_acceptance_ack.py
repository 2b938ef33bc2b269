"""An online acceptance is confirmed to both parties, once, with the very PDF that was accepted, through the real
SMTP server; a confirmation that cannot be written never costs the acceptance."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import TrackingPolicy
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.ingest import ingest_events
from tests.integration.conftest import SENDER, FakeClock, SmtpServer, add_quote
from tests.support.mailflow import RegistersAll

PDF = b"%PDF-1.4\n% the quote as read\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
TRACKER = "https://t.relance.example"


def _sent_quote(sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> tuple[int, str]:
    quote_id = add_quote(sessions)
    with sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT,
                                  tracker_url=TRACKER)
        row = queue_quote_email(session, draft, build_quote_email(draft, SENDER, clock()), clock())
        token = row.token
    assert token is not None
    deliver_due(sessions, SmtpTransport(smtp_server.settings), RegistersAll(), clock)  # type: ignore[arg-type]
    smtp_server.handler.received.clear()
    return quote_id, token


def _accept(token: str, clock: FakeClock, sha256: str, n: int = 1) -> dict[str, Any]:
    return {"id": f"ev{n}", "cursor": str(n), "token": token, "kind": "accept", "verdict": "human",
            "ts": (clock() + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "reasons": [],
            "link_id": None, "reclassifies": [], "full_name": "Marie Durand", "pdf_sha256": sha256,
            "ip": "203.0.113.0/24", "user_agent": "Mozilla/5.0 (iPhone) Safari/604.1"}


def test_both_parties_get_the_confirmation_once_with_the_accepted_pdf(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id, token = _sent_quote(sessions, smtp_server, clock)
    accept = _accept(token, clock, hashlib.sha256(PDF).hexdigest())
    for _twice in range(2):  # a second desktop of the team, or the same feed read again
        with sessions.begin() as session:
            ingest_events(session, [accept], tracker=TRACKER, next_cursor="1", now=clock())
    clock.advance(minutes=6)
    deliver_due(sessions, SmtpTransport(smtp_server.settings), RegistersAll(), clock)  # type: ignore[arg-type]
    [got] = smtp_server.handler.received
    assert sorted(got.rcpt_tos) == sorted(["marie.durand@client.example", SENDER.address])  # both parties
    message = message_from_bytes(got.message.as_bytes(), policy=policy.default)
    assert str(message["Subject"]) == "Devis D-2026-0042 accepté – confirmation"
    assert str(message["Cc"]) == SENDER.address and SENDER.name in str(message["From"])
    [pdf] = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_payload(decode=True) == PDF and pdf.get_filename() == "Devis D-2026-0042.pdf"
    text = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "au nom de Marie Durand" in text and "(heure de Paris)" in text and hashlib.sha256(PDF).hexdigest() in text
    assert "/o/" not in message.as_string()  # a confirmation carries no pixel
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "accepted"  # the confirmation moves nothing back


def test_no_confirmation_without_an_address_and_the_acceptance_still_counts(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id, token = _sent_quote(sessions, smtp_server, clock)
    with sessions.begin() as session:
        session.get_one(Contact, session.get_one(Quote, quote_id).contact_id).email = None
    with sessions.begin() as session:
        ingest_events(session, [_accept(token, clock, "ab" * 32)], tracker=TRACKER, next_cursor="1", now=clock())
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "accepted"
        pending = session.scalars(select(OutboxMessage).where(OutboxMessage.state == "queued")).all()
        assert pending == []
