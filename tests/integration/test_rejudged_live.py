"""A late re-judgement reaches the desktop within a second: the real tracker over HTTP, the desktop's real feed
consumer (:class:`~desktop.services.tracking.poller.TrackingPoller` long-polling in its thread, as the application
runs it). An open judged human makes the quote "opened" and hot and is told; then the hidden honeypot link is
followed from the same network, the tracker judges the open again as machine, and the desktop takes the quote back
to "sent", out of the hot list, and withdraws the notification, measured in wall time from the tracker's answer to
the decisive click.

Hit times come from the clock the desktop and the tracker share (moved by hand); only the latency is wall time."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.followup import Reason
from desktop.db.followups import load_followups
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.tracked import honeypot_link_id
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.ingest import IngestResult
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import FakeClock, add_quote, html_part
from tests.integration.test_mail_smtp import queue_quote
from tests.support.servers import SmtpServer
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

PERSON_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
             "Safari/537.36")


@pytest.fixture
def shared_clock() -> FakeClock:
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def clocked_tracker(tmp_path: Path, shared_clock: FakeClock) -> Iterator[EmbeddedTracker]:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=0.5, timing_scale=0.5 / 5000,
                                 flush_interval_seconds=0.001, clock=shared_clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


def _reason(sessions: sessionmaker[Session], quote_id: int, now: datetime) -> Reason | None:
    with sessions() as session:
        rows = load_followups(session, now).rows
    return next((r.followup.reason for r in rows if r.quote_id == quote_id), None)


def test_an_open_judged_machine_later_is_undone_on_the_desktop_within_a_second(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    tracker = clocked_tracker
    client = TrackerClient(tracker.url, tracker.api_key, timeout=5.0)
    quote_id = add_quote(sessions, email="rose@client.example", number="D-51", consent=True)
    queue_quote(sessions, quote_id, shared_clock, tracker_url=tracker.url)
    assert len(deliver_due(sessions, SmtpTransport(smtp_server.settings), client, shared_clock).sent) == 1
    with sessions() as session:
        token = session.scalars(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id)).one()
    assert token is not None
    [got] = smtp_server.handler.to("rose@client.example")
    pixel = re.search(r'<img src="([^"]+/o/[^"]+\.gif)"', html_part(got.message))
    assert pixel is not None

    told: list[str] = []
    withdrawn = threading.Event()
    opened = threading.Event()
    undone_at: list[float] = []

    def on_result(result: IngestResult) -> None:  # the polling thread, as LiveServices receives it
        told.extend(n.event_id for n in result.notify if n.kind == "open")
        if told:
            opened.set()
        if told and told[0] in result.reclassified:
            undone_at.append(time.monotonic())
            withdrawn.set()

    poller = TrackingPoller(sessions, client, shared_clock, wait=1.0, on_result=on_result)  # returns at an event
    poller.start()
    try:
        shared_clock.advance(minutes=20)  # read much later, from a browser: a person
        assert httpx.get(pixel.group(1), headers={"User-Agent": PERSON_UA}).status_code == 200
        assert opened.wait(5.0)
        with sessions() as session:
            assert session.get_one(Quote, quote_id).status == "opened"
        assert _reason(sessions, quote_id, shared_clock()) is Reason.OPENED
        assert httpx.get(pixel.group(1), headers={"User-Agent": PERSON_UA}).status_code == 200  # twice: hot
        deadline = time.monotonic() + 5.0
        while _reason(sessions, quote_id, shared_clock()) is not Reason.HOT and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _reason(sessions, quote_id, shared_clock()) is Reason.HOT

        shared_clock.advance(seconds=10)  # the same network follows the hidden link: it was a scanner
        trap = f"{tracker.url}/l/{token}/{honeypot_link_id(token)}"
        answer = httpx.get(trap, headers={"User-Agent": PERSON_UA}, follow_redirects=False)
        accepted = time.monotonic()  # the tracker has taken the decisive hit
        assert answer.status_code == 302
        assert withdrawn.wait(5.0)
        latency = undone_at[0] - accepted
        print(f"re-judgement reached the desktop in {latency * 1000:.0f} ms")
        assert latency < 1.0
    finally:
        poller.stop(timeout=5.0)
        client.close()
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "sent"  # no open left that a person made
    assert _reason(sessions, quote_id, shared_clock()) not in (Reason.HOT, Reason.OPENED)
