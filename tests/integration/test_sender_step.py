"""The sender's step in one statement (issue #20): the message just delivered recorded and the next one claimed
with its bytes, one round trip on PostgreSQL; what the user gets is unchanged (the quote sent, its timeline
entry), and two desktops sending from one PostgreSQL still send each message once.

Trips are counted as ``bench_roundtrips`` counts them (:mod:`tests.support.trips`).
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.models import Activity, Contact
from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.db.quote_models import Quote
from desktop.services.mail.message import BuiltMessage, TrackingPolicy, build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.templates import RenderedEmail
from desktop.services.mail.transport import SmtpTransport
from tests.integration.conftest import PDF, SENDER, FakeClock, SmtpServer, add_quote
from tests.support.threads import run_together
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _message(i: int) -> BuiltMessage:
    return build_message(sender_address=SENDER.address, sender_name=SENDER.name, to=[f"client{i}@client.example"],
                         rendered=RenderedEmail(f"Message {i}", "Bonjour", "<p>Bonjour</p>"), tracking=None, now=NOW)


def _queue(sessions: sessionmaker[Session], start: int, count: int) -> None:
    with sessions.begin() as s:
        for i in range(start, start + count):
            enqueue(s, _message(i), now=NOW)


def _queue_quote(sessions: sessionmaker[Session], quote_id: int, clock: FakeClock) -> None:
    with sessions.begin() as s:
        draft = draft_quote_email(s, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT, tracker_url=None,
                                  ask_consent=False)
        queue_quote_email(s, draft, build_quote_email(draft, SENDER, clock()), clock())


def _batch_trips(trips: Trips, smtp_server: SmtpServer, clock: FakeClock) -> int:
    trips.take()
    report = deliver_due(trips.sessions, SmtpTransport(smtp_server.settings), None, clock)
    assert report.failed == [] and report.retrying == []
    tally = trips.take()
    return tally.value


def test_each_further_message_of_a_batch_costs_one_trip_on_postgresql(trips: Trips, smtp_server: SmtpServer) -> None:
    clock = FakeClock(NOW)
    _queue(trips.sessions, 0, 7)
    # warm: the statements' first runs (psycopg prepares a statement at its sixth run, in a trip of its own: the
    # record-and-claim runs once for each message but the first and the last of a batch)
    _batch_trips(trips, smtp_server, clock)
    _queue(trips.sessions, 7, 1)
    one = _batch_trips(trips, smtp_server, clock)
    _queue(trips.sessions, 8, 4)
    four = _batch_trips(trips, smtp_server, clock)
    per_message = (four - one) / 3
    # PostgreSQL: the record and the next claim with its bytes, one autocommitted statement; SQLite: the record
    # and the claim (two statements, its BEGIN/COMMIT are library calls)
    assert per_message == (1 if trips.backend == "postgresql" else 2), (one, four)
    # PostgreSQL: ping, the pause check with the first claim, the claim of a next one while the message is sent
    # (nothing left), the record; SQLite: pause check, claim, the claim of a next one, record
    assert one == 4, one
    assert len(smtp_server.handler.received) == 12


def test_a_quote_delivered_is_sent_with_its_timeline_entry_in_the_same_step(trips: Trips,
                                                                          smtp_server: SmtpServer) -> None:
    clock = FakeClock(NOW)
    first, second = add_quote(trips.sessions, number="D-2026-0001"), add_quote(trips.sessions, number="D-2026-0002")
    with trips.sessions.begin() as s:
        s.execute(Quote.__table__.update().where(Quote.id == second).values(status="accepted"))
    _queue_quote(trips.sessions, first, clock)
    _queue_quote(trips.sessions, second, clock)
    clock.advance(minutes=1)
    trips.take()
    report = deliver_due(trips.sessions, SmtpTransport(smtp_server.settings), None, clock)
    counted = trips.take().value
    assert len(report.sent) == 2 and len(smtp_server.handler.received) == 2
    with trips.sessions() as s:
        quotes = {q.id: q for q in s.scalars(select(Quote))}
        assert quotes[first].status == "sent" and quotes[first].sent_at == clock()
        assert quotes[second].status == "accepted" and quotes[second].sent_at == clock()  # keeps its status
        entries = list(s.scalars(select(Activity).where(Activity.kind == "email").order_by(Activity.id)))
        contacts = {c.id: c for c in s.scalars(select(Contact))}
        assert [e.payload["quote_id"] for e in entries] == [first, second]  # type: ignore[index]
        assert all(e.company_id == contacts[e.contact_id].company_id is not None for e in entries)  # type: ignore[index]
        assert {m.state for m in s.scalars(select(OutboxMessage))} == {"sent"}
    # ping, pause check + claim, the second claimed while the first is sent, the first recorded + a claim while
    # the second is sent (nothing left), the second recorded
    if trips.backend == "postgresql":
        assert counted == 5, counted


@pytest.mark.postgres
def test_two_desktops_sending_from_one_postgresql_send_each_message_once(postgres_url: str,
                                                                        smtp_server: SmtpServer) -> None:
    from desktop.db.migrate import migrate

    engines = [make_engine(postgres_url) for _ in range(2)]
    migrate(engines[0])
    factories = [make_session_factory(e) for e in engines]
    _queue(factories[0], 0, 40)
    reports = []
    start = threading.Barrier(2)

    def desktop(sessions: sessionmaker[Session]) -> None:
        start.wait()
        reports.append(deliver_due(sessions, SmtpTransport(smtp_server.settings), None,
                                   lambda: datetime.now(UTC)))

    assert run_together(desktop, factories, engines) == []
    received = Counter(r for message in smtp_server.handler.received for r in message.rcpt_tos)
    assert received == Counter({f"client{i}@client.example": 1 for i in range(40)})
    sent = [i for r in reports for i in r.sent]
    assert len(sent) == len(set(sent)) == 40


def test_a_message_is_queued_with_its_bytes_in_one_statement_on_postgresql(trips: Trips) -> None:
    clock = FakeClock(NOW)
    quote_id = add_quote(trips.sessions)
    with trips.sessions() as s:
        draft = draft_quote_email(s, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT, tracker_url=None,
                                  ask_consent=False)
    built = build_quote_email(draft, SENDER, clock())
    trips.take()
    with trips.sessions.begin() as s:
        row = queue_quote_email(s, draft, built, clock())
        assert (row.state, row.quote_id, row.attempts, row.lost_replies, row.created_at) == (
            "queued", quote_id, 0, 0, clock())
        outbox_id = row.id
    counted = trips.take()
    with trips.sessions() as s:
        assert s.get_one(OutboxPayload, outbox_id).raw == built.raw
        assert s.get_one(OutboxMessage, outbox_id).message_id == built.message_id
    # PostgreSQL: ping, BEGIN, the quote locked, its latest message read after the lock, the row with its bytes,
    # COMMIT (SQLite: the outbox row, then its bytes)
    assert counted.value == (6 if trips.backend == "postgresql" else 4), counted.trips


def test_nothing_is_claimed_while_sending_is_paused(trips: Trips, smtp_server: SmtpServer) -> None:
    clock = FakeClock(NOW)
    _queue(trips.sessions, 0, 2)
    with trips.sessions.begin() as s:
        first = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
        assert first is not None
        first.state, first.next_attempt_at, first.last_error = "paused", NOW.replace(hour=10), "quota exceeded"
    report = deliver_due(trips.sessions, SmtpTransport(smtp_server.settings), None, clock)
    assert (report.paused, report.sent, smtp_server.handler.received) == ("quota exceeded", [], [])
    with trips.sessions() as s:
        assert sorted(m.state for m in s.scalars(select(OutboxMessage))) == ["paused", "queued"]
    clock.advance(hours=2)  # the pause is over: both go, the paused one last (it waited)
    report = deliver_due(trips.sessions, SmtpTransport(smtp_server.settings), None, clock)
    assert report.paused is None and len(report.sent) == 2 and report.sent[-1] == first.id
