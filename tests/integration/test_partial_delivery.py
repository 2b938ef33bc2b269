"""A refused Cc is never dropped silently (SQLite and PostgreSQL, aiosmtpd refusing chosen recipients at RCPT):
the message goes to the others, the refusal is recorded with the server's words and shown with the quote's
messages and in the contact's timeline; a temporary refusal is retried for that recipient only, a permanent one
(or one that never clears) is reported."""

from __future__ import annotations

import random

from sqlalchemy.orm import Session, sessionmaker

from desktop.db.contacts import timeline
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.outbox import delivery_note, messages_of_quote
from desktop.services.mail.sender import RetryPolicy, deliver_due
from desktop.services.mail.transport import SmtpTransport
from tests.integration.conftest import FakeClock, add_quote
from tests.support.mailflow import RegistersAll, queue_quote
from tests.support.servers import SmtpServer

TO, CC, CC2 = "marie.durand@client.example", "direction@client.example", "compta@client.example"
UNKNOWN = "550 5.1.1 <direction@client.example>: Recipient address rejected: User unknown"
BUSY = "450 4.2.1 Mailbox busy, try again later"


def _send(sessions: sessionmaker[Session], server: SmtpServer, clock: FakeClock,
          policy: RetryPolicy | None = None) -> None:
    deliver_due(sessions, SmtpTransport(server.settings), RegistersAll(), clock, rng=random.Random(5),  # type: ignore[arg-type]
                policy=policy)


def test_a_permanently_refused_cc_is_recorded_shown_and_not_retried(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id = add_quote(sessions)
    outbox_id = queue_quote(sessions, quote_id, clock(), cc=(CC, CC2))
    smtp_server.handler.refuse[CC] = [UNKNOWN] * 10

    _send(sessions, smtp_server, clock)
    clock.advance(hours=5)
    _send(sessions, smtp_server, clock)

    [got] = smtp_server.handler.received
    assert got.rcpt_tos == [TO, CC2]
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "sent" and row.sent_at is not None and row.attempts == 1
        assert row.refused == {CC: {"code": 550, "words": UNKNOWN[4:], "permanent": True}}
        assert row.delivered_to == [TO, CC2]
        [listed] = messages_of_quote(session, quote_id)
        note = delivery_note(listed)
        assert note is not None and CC in note and "User unknown" in note and "refused by the server" in note
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "sent"
        [entry] = [a for a in timeline(session, quote.contact_id or 0) if a.kind == "email"]
        assert entry.body is not None and CC in entry.body and "550" in entry.body


def test_a_temporarily_refused_cc_is_retried_alone_with_the_same_message(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id = add_quote(sessions)
    outbox_id = queue_quote(sessions, quote_id, clock(), cc=(CC,))
    smtp_server.handler.refuse[CC] = [BUSY]

    _send(sessions, smtp_server, clock)
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "failed_temporary" and row.delivered_to == [TO] and row.next_attempt_at is not None
        assert row.refused == {CC: {"code": 450, "words": BUSY[4:], "permanent": False}}
        assert "retrying later for" in (delivery_note(row) or "")
        assert session.get_one(Quote, quote_id).status == "sent"  # the main recipient has it
        wait = row.next_attempt_at - clock()
    clock.advance(seconds=wait.total_seconds())
    _send(sessions, smtp_server, clock)

    first, second = smtp_server.handler.received
    assert first.rcpt_tos == [TO] and second.rcpt_tos == [CC]
    assert first.message["Message-ID"] == second.message["Message-ID"]
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "sent" and row.refused is None and row.delivered_to == [TO, CC]
        assert delivery_note(row) is None and row.last_error is None
        contact_id = session.get_one(Quote, quote_id).contact_id or 0
        assert [a.kind for a in timeline(session, contact_id) if a.kind.startswith("email")] == ["email"]


def test_a_refusal_that_never_clears_is_reported_after_the_attempts(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id = add_quote(sessions)
    outbox_id = queue_quote(sessions, quote_id, clock(), cc=(CC,))
    smtp_server.handler.refuse[CC] = [BUSY] * 50
    policy = RetryPolicy(max_attempts=3)
    for _ in range(10):
        _send(sessions, smtp_server, clock, policy)
        clock.advance(hours=2)

    assert [r.rcpt_tos for r in smtp_server.handler.received] == [[TO]]
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "sent" and row.attempts == 3 and row.refused is not None
        assert row.refused[CC]["permanent"] and "gave up after 3 attempts" in row.refused[CC]["words"]
        contact_id = session.get_one(Quote, quote_id).contact_id or 0
        kinds = [a.kind for a in timeline(session, contact_id) if a.kind.startswith("email")]
        assert sorted(kinds) == ["email", "email_failed"]
        [failed] = [a for a in timeline(session, contact_id) if a.kind == "email_failed"]
        assert failed.body is not None and CC in failed.body


def test_every_recipient_refused_is_a_failure_naming_each(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id = add_quote(sessions)
    outbox_id = queue_quote(sessions, quote_id, clock(), cc=(CC,))
    smtp_server.handler.refuse[TO] = ["550 5.1.1 User unknown"]
    smtp_server.handler.refuse[CC] = [UNKNOWN]
    _send(sessions, smtp_server, clock)
    assert smtp_server.handler.received == []
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "failed_permanent" and row.refused is not None and set(row.refused) == {TO, CC}
        assert TO in (row.last_error or "") and CC in (row.last_error or "")
        assert session.get_one(Quote, quote_id).status != "sent"
