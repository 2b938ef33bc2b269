"""With a real tracker on 127.0.0.1: register, deliver, fetch the pixel from the delivered message as a mail
client would, poll the feed, ingest; machine fetches are stored but never notify; the tracker away.

The desktop and the tracker share one clock moved by hand (``clocked_tracker``): "a person opening the mail
later" is the clock moved past the tracker's delivery window, not a sleep."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.ingest import IngestResult, ingest_events
from desktop.services.tracking.poller import TrackerState, TrackingPoller
from tests.integration.conftest import FakeClock, add_quote, html_part
from tests.integration.test_mail_smtp import queue_quote
from tests.support.servers import HUMAN_UA, SmtpServer
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

APPLE_MPP_UA = "Mozilla/5.0"
WINDOW = 0.5  # the tracker's delivery window, in seconds: hits sooner than this after delivery are machine


def wall_clock() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def shared_clock() -> FakeClock:
    """The one clock of the desktop (delivery times) and of the tracker (hit times)."""
    return FakeClock(wall_clock())


@pytest.fixture
def clocked_tracker(tmp_path: Path, shared_clock: FakeClock) -> Iterator[EmbeddedTracker]:
    """The real tracker on 127.0.0.1 whose hits are timed by ``shared_clock``."""
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=WINDOW, timing_scale=WINDOW / 5000,
                                 flush_interval_seconds=0.001,
                                 clock=shared_clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


def _send(sessions: sessionmaker[Session], smtp: SmtpServer, tracker: EmbeddedTracker, client: TrackerClient,
          email: str, number: str, clock: FakeClock | None = None) -> tuple[int, str]:
    quote_id = add_quote(sessions, email=email, number=number, consent=True)  # consented: the pixel is there
    queue_quote(sessions, quote_id, clock or FakeClock(wall_clock()), tracker_url=tracker.url)
    report = deliver_due(sessions, SmtpTransport(smtp.settings), client, clock or wall_clock)
    assert len(report.sent) == 1, report
    [got] = smtp.handler.to(email)
    found = re.search(r'<img src="([^"]+/o/[^"]+\.gif)"', html_part(got.message))
    assert found is not None
    return quote_id, found.group(1)


def _quote_status(sessions: sessionmaker[Session], quote_id: int) -> str:
    with sessions() as session:
        return session.get_one(Quote, quote_id).status


def test_a_human_open_moves_the_quote_to_opened_and_notifies(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    live_tracker = clocked_tracker
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    results: list[IngestResult] = []
    poller = TrackingPoller(sessions, client, shared_clock, wait=2.0, on_result=results.append)
    quote_id, pixel = _send(sessions, smtp_server, live_tracker, client, "marie@client.example", "D-1",
                            shared_clock)
    assert _quote_status(sessions, quote_id) == "sent"

    shared_clock.advance(seconds=WINDOW + 0.1)  # past the delivery window, as a person opening the mail later
    assert httpx.get(pixel, headers={"User-Agent": HUMAN_UA}).status_code == 200
    poller.step()

    assert poller.status.state is TrackerState.ONLINE
    [result] = results
    assert [(n.kind, n.quote_id) for n in result.notify] == [("open", quote_id)]
    assert _quote_status(sessions, quote_id) == "opened"

    # the online quote page: "viewed" (the link in the message, followed by a browser)
    with sessions() as session:
        token = session.scalar(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id))
    assert httpx.get(f"{live_tracker.url}/q/{token}", headers={"User-Agent": HUMAN_UA}).status_code == 200
    poller.step()
    assert _quote_status(sessions, quote_id) == "viewed"
    assert [n.kind for n in results[-1].notify] == ["view"]
    client.close()


def test_an_apple_proxy_fetch_right_after_delivery_is_machine_and_does_not_notify(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    live_tracker = clocked_tracker
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    quote_id, pixel = _send(sessions, smtp_server, live_tracker, client, "paul@client.example", "D-2", shared_clock)
    shared_clock.advance(seconds=WINDOW / 5)  # within the window however slow the machine is: the clock says so
    assert httpx.get(pixel, headers={"User-Agent": APPLE_MPP_UA}).status_code == 200

    page = client.events("0", wait=2.0)
    assert len(page.events) == 1
    with sessions.begin() as session:
        first = ingest_events(session, page.events, tracker=client.base_url, next_cursor=page.next_cursor,
                              now=wall_clock())
    with sessions.begin() as session:  # the same page again (another desktop, or a retry): nothing new
        again = ingest_events(session, page.events, tracker=client.base_url, next_cursor=page.next_cursor,
                              now=wall_clock())

    assert (first.stored, first.notify) == (1, [])
    assert (again.stored, again.duplicates, again.notify) == (0, 1, [])
    with sessions() as session:
        event = session.scalars(select(TrackingEvent)).one()
        assert event.verdict == "machine" and event.kind == "open" and event.quote_id == quote_id
        assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 1
    assert _quote_status(sessions, quote_id) == "sent"
    client.close()


def test_the_tracker_away_keeps_messages_waiting_visibly_and_the_poller_offline(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, live_tracker: EmbeddedTracker) -> None:
    gone = TrackerClient("http://127.0.0.1:9", "any-key", timeout=1.0)  # nothing listens on port 9
    clock = FakeClock(wall_clock())
    row = queue_quote(sessions, add_quote(sessions), clock, tracker_url=live_tracker.url)
    report = deliver_due(sessions, SmtpTransport(smtp_server.settings), gone, clock)
    assert report.sent == [] and report.waiting_for_tracker is not None
    assert smtp_server.handler.received == []
    with sessions() as session:
        waiting = session.get_one(OutboxMessage, row.id)
        assert waiting.state == "queued" and "waiting for the tracker" in (waiting.last_error or "")

    poller = TrackingPoller(sessions, gone, clock, wait=0.0, backoff_base=1.0)
    assert poller.step() > 0 and poller.status.state is TrackerState.OFFLINE

    back = TrackerClient(live_tracker.url, live_tracker.api_key)
    clock.advance(minutes=1)
    assert deliver_due(sessions, SmtpTransport(smtp_server.settings), back, clock).sent == [row.id]
    gone.close()
    back.close()


def test_sending_a_new_version_supersedes_the_earlier_one_on_the_tracker(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, live_tracker: EmbeddedTracker) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    first_id, _pixel = _send(sessions, smtp_server, live_tracker, client, "paul@client.example", "D-7")
    with sessions.begin() as session:
        first = session.get_one(Quote, first_id)
        second = Quote(number="D-7", version=2, root_id=first_id, previous_id=first_id, status="finalised",
                       contact_id=first.contact_id, company_id=first.company_id, issue_date=first.issue_date,
                       validity_date=first.validity_date, total_ht=first.total_ht, total_vat=first.total_vat,
                       total_ttc=first.total_ttc)
        first.status = "superseded"
        session.add(second)
        session.flush()
        second_id = second.id
    queue_quote(sessions, second_id, FakeClock(wall_clock()), tracker_url=live_tracker.url)
    assert len(deliver_due(sessions, SmtpTransport(smtp_server.settings), client, wall_clock).sent) == 1
    with sessions() as session:
        old, new = (session.scalar(select(OutboxMessage.token).where(OutboxMessage.quote_id == q))
                    for q in (first_id, second_id))
    auth = {"Authorization": f"Bearer {live_tracker.api_key}"}
    assert httpx.get(f"{live_tracker.url}/api/v1/messages/{old}", headers=auth).json()["superseded"] is True
    assert httpx.get(f"{live_tracker.url}/api/v1/messages/{new}", headers=auth).json()["superseded"] is False
    page = httpx.get(f"{live_tracker.url}/q/{old}", headers={"User-Agent": HUMAN_UA}).text
    assert "version plus récente" in page and f'href="/q/{new}"' in page and "form_token" not in page
    client.close()


def test_in_team_mode_every_desktop_is_told_not_only_the_one_that_ingested(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    live_tracker = clocked_tracker
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    first, second = (TrackingPoller(sessions, client, shared_clock, wait=0.0) for _ in range(2))
    for desktop in (first, second):
        assert desktop.poll_once().notify == []  # both running before the open
    quote_id, pixel = _send(sessions, smtp_server, live_tracker, client, "lea@client.example", "D-9", shared_clock)
    shared_clock.advance(seconds=WINDOW + 0.1)  # past the delivery window: a person opening the mail
    assert httpx.get(pixel, headers={"User-Agent": HUMAN_UA}).status_code == 200

    ingested = first.poll_once(wait=2.0)  # this desktop reads the feed first and stores the event
    told = second.poll_once()  # the feed has nothing new for the other one: the cursor moved on
    assert ingested.stored == 1 and told.stored == 0
    assert [(n.kind, n.quote_id) for n in ingested.notify] == [("open", quote_id)]
    assert [(n.kind, n.quote_id, n.event_id) for n in told.notify] == \
        [(n.kind, n.quote_id, n.event_id) for n in ingested.notify]
    assert first.poll_once().notify == [] and second.poll_once().notify == []  # told once each
    late = TrackingPoller(sessions, client, shared_clock, wait=0.0)
    assert late.poll_once().notify == []  # a desktop started afterwards is not told old news

    # On PostgreSQL a row can become visible after a higher id was read (ids are given at insert, not at
    # commit): an event stored "late" below the mark is still told, once.
    def stored_by_another_desktop(row_id: int, event_id: str) -> None:
        with sessions.begin() as session:
            session.add(TrackingEvent(id=row_id, event_id=event_id, token="t" * 22, kind="view", ts=wall_clock(),
                                      verdict="human", reasons=[], quote_id=quote_id))

    with sessions() as session:
        top = session.scalar(select(func.max(TrackingEvent.id))) or 0
    stored_by_another_desktop(top + 10, "evt-higher")
    assert [n.event_id for n in second.poll_once().notify] == ["evt-higher"]
    stored_by_another_desktop(top + 5, "evt-committed-late")
    assert [n.event_id for n in second.poll_once().notify] == ["evt-committed-late"]
    assert second.poll_once().notify == []
    client.close()
