"""The delivery clock of the verdicts starts when the SMTP server accepted the message (real aiosmtpd, the real tracker
over HTTP): a message is registered without a delivery time, told after the server's 250, and told again with the
later time when a 4xx made it wait; a tracker that cannot be told then never fails nor repeats the send.

The desktop and the tracker share one clock moved by hand; the tracker's own database is read to see what it keeps."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from tests.integration.conftest import FakeClock, add_quote
from tests.integration.test_mail_smtp import queue_quote
from tests.support.servers import ScriptedHandler, SmtpServer, free_port
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread
from tracker.privacy import to_us

GATEWAY_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 "
              "Safari/537.36")


@pytest.fixture
def shared_clock() -> FakeClock:
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def tracker_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.sqlite'}"


@pytest.fixture
def clocked_tracker(tracker_db: str, shared_clock: FakeClock) -> Iterator[EmbeddedTracker]:
    """The real tracker timed by ``shared_clock``, its delivery-timing curve at its real scale (minutes)."""
    config = dataclasses.replace(TrackerConfig(), flush_interval_seconds=0.001, clock=shared_clock)
    handle = start_in_thread(tracker_db, port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


def _delivered_at(tracker_db: str, token: str) -> int | None:
    engine = create_engine(tracker_db)
    try:
        with engine.connect() as conn:
            value = conn.execute(text("SELECT delivered_at_us FROM messages WHERE token = :t"), {"t": token}).scalar()
    finally:
        engine.dispose()
    return None if value is None else int(value)


def _token(sessions: sessionmaker[DbSession], quote_id: int) -> str:
    with sessions() as session:
        token = session.scalars(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id)).one()
    assert token is not None
    return token


def test_the_clock_starts_at_the_servers_acceptance_and_moves_with_a_retry(
        sessions: sessionmaker[DbSession], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        tracker_db: str, shared_clock: FakeClock) -> None:
    client = TrackerClient(clocked_tracker.url, clocked_tracker.api_key)
    quote_id = add_quote(sessions, email="anne@client.example", number="D-41", consent=True)
    queue_quote(sessions, quote_id, shared_clock, tracker_url=clocked_tracker.url)
    smtp_server.handler.faults["anne@client.example"] = ["451 4.3.0 greylisted, try later"]

    first = deliver_due(sessions, SmtpTransport(smtp_server.settings), client, shared_clock)
    token = _token(sessions, quote_id)
    assert first.sent == [] and len(first.retrying) == 1 and smtp_server.handler.received == []
    assert _delivered_at(tracker_db, token) is None  # registered, not delivered: no clock yet

    shared_clock.advance(minutes=30)  # the retry, half an hour later (past its backoff)
    accepted_at = shared_clock()
    second = deliver_due(sessions, SmtpTransport(smtp_server.settings), client, shared_clock)
    assert len(second.sent) == 1 and len(smtp_server.handler.to("anne@client.example")) == 1
    assert _delivered_at(tracker_db, token) == to_us(accepted_at)

    # a gateway fetching the pixel 5 s after the acceptance is timed from it: machine, "right after delivery"
    shared_clock.advance(seconds=5)
    assert httpx.get(f"{clocked_tracker.url}/o/{token}.gif", headers={"User-Agent": GATEWAY_UA}).status_code == 200
    [event] = client.events("0", wait=2.0).events
    assert event["verdict"] == "machine" and "delivery-timing" in event["reasons"]
    client.close()


def test_a_hit_that_raced_the_update_is_judged_again_on_the_acceptance_time(
        clocked_tracker: EmbeddedTracker, shared_clock: FakeClock) -> None:
    """A scanner faster than the desktop's update: judged without timing, then again once the time is known."""
    client = TrackerClient(clocked_tracker.url, clocked_tracker.api_key)
    token = "race" + "x" * 18
    client.register(token)
    accepted_at = shared_clock()
    shared_clock.advance(seconds=3)
    assert httpx.get(f"{clocked_tracker.url}/o/{token}.gif", headers={"User-Agent": GATEWAY_UA}).status_code == 200
    [first] = client.events("0", wait=2.0).events
    assert first["verdict"] != "machine"
    assert client.delivered(token, accepted_at) is True
    page = client.events(first["cursor"], wait=2.0)
    assert [(e["kind"], e["rejudges"], e["verdict"]) for e in page.events] == [("verdict", first["id"], "machine")]
    assert "delivery-timing" in page.events[0]["reasons"]
    assert client.delivered("unknown" + "y" * 16, accepted_at) is False
    client.close()


def test_the_delivered_call_needs_the_key(clocked_tracker: EmbeddedTracker) -> None:
    answer = httpx.post(f"{clocked_tracker.url}/api/v1/messages/{'k' * 22}/delivered",
                        json={"delivered_at": "2026-12-03T10:00:00+00:00"})
    assert answer.status_code == 401
    auth = {"Authorization": f"Bearer {clocked_tracker.api_key}"}
    bad = httpx.post(f"{clocked_tracker.url}/api/v1/messages/{'k' * 22}/delivered", headers=auth,
                     json={"delivered_at": "yesterday"})
    assert bad.status_code == 422


@dataclasses.dataclass
class _StopsTheTrackerOnAcceptance(ScriptedHandler):
    """Accepts the message, and the tracker is gone by the time the desktop would tell it."""

    tracker: EmbeddedTracker | None = None

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.tracker is not None:
            self.tracker.stop()
        answer: str = await super().handle_DATA(server, session, envelope)
        return answer


def test_a_tracker_that_cannot_be_told_never_fails_nor_repeats_the_send(
        sessions: sessionmaker[DbSession], tracker_db: str, shared_clock: FakeClock,
        caplog: pytest.LogCaptureFixture) -> None:
    config = dataclasses.replace(TrackerConfig(), flush_interval_seconds=0.001, clock=shared_clock)
    tracker = start_in_thread(tracker_db, port=0, config=config)
    handler = _StopsTheTrackerOnAcceptance(tracker=tracker)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    smtp: Any = SmtpServer(handler, "127.0.0.1", port)
    client = TrackerClient(tracker.url, tracker.api_key, timeout=2.0)
    try:
        quote_id = add_quote(sessions, email="luc@client.example", number="D-42", consent=True)
        queue_quote(sessions, quote_id, shared_clock, tracker_url=tracker.url)
        with caplog.at_level(logging.WARNING, logger="desktop.services.mail.delivery_report"):
            report = deliver_due(sessions, SmtpTransport(smtp.settings), client, shared_clock)
        accepted_at = shared_clock()
        assert len(report.sent) == 1 and report.failed == [] and report.retrying == []
        assert any("was not told when it was delivered" in r.getMessage() for r in caplog.records)
        assert tracker.api_key not in caplog.text
        with sessions() as session:
            row = session.scalars(select(OutboxMessage).where(OutboxMessage.quote_id == quote_id)).one()
            assert row.state == "sent" and row.last_error is None
        shared_clock.advance(hours=1)
        assert deliver_due(sessions, SmtpTransport(smtp.settings), client, shared_clock).sent == []
        assert len(handler.to("luc@client.example")) == 1  # once
        token = _token(sessions, quote_id)
        assert _delivered_at(tracker_db, token) is None and row.delivery_told_at is None  # still to be told
        # the tracker is back (same database): the next run of the sender tells it the acceptance time it missed
        tracker = start_in_thread(tracker_db, port=0, config=config)
        client.close()
        client = TrackerClient(tracker.url, tracker.api_key, timeout=2.0)
        assert deliver_due(sessions, SmtpTransport(smtp.settings), client, shared_clock).sent == []
        assert _delivered_at(tracker_db, token) == to_us(accepted_at)
        with sessions() as session:
            assert session.scalars(select(OutboxMessage.delivery_told_at)
                                   .where(OutboxMessage.quote_id == quote_id)).one() is not None
        assert len(handler.to("luc@client.example")) == 1  # still once
    finally:
        client.close()
        controller.stop()
        tracker.stop()
