"""Consent end to end, with a real SMTP server and the real tracker on 127.0.0.1 over HTTP (one clock shared by
the desktop and the tracker, moved by hand):

- a fresh install sends a quote to a contact never asked: no pixel, no tracked link, the online quote and the
  polite question; the prospect opens the quote online and the seller is told at once that the quote was
  viewed ("a consulté le devis"), never that the email was opened;
- the prospect says yes on the tracker's page: the desktop records the consent, and the next message is tracked;
- the prospect withdraws from a tracked email while the desktop is offline: the tracker records nothing more
  for any of their messages (sent earlier included) and deletes what it had; the desktop, back online, records
  the withdrawal and erases the opens it had stored;
- a refusal noted by a salesperson reaches the tracker (and joins the person's older messages to their key).
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentMethod, ConsentState
from desktop.core.followup import Reason
from desktop.db.consent import consent_status, record_by_salesperson
from desktop.db.followups import load_followups
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import FakeClock, add_quote, html_part, text_part
from tests.integration.test_mail_smtp import queue_quote
from tests.support.servers import HUMAN_UA, Received, SmtpServer
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

WINDOW = 0.5


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def tracker(tmp_path: Path, clock: FakeClock) -> Iterator[EmbeddedTracker]:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=WINDOW, timing_scale=WINDOW / 5000,
                                 flush_interval_seconds=0.001,
                                 clock=clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def client(tracker: EmbeddedTracker) -> Iterator[TrackerClient]:
    with_key = TrackerClient(tracker.url, tracker.api_key)
    try:
        yield with_key
    finally:
        with_key.close()


def send(sessions: sessionmaker[Session], smtp: SmtpServer, tracker: EmbeddedTracker, client: TrackerClient,
         clock: FakeClock, quote_id: int) -> tuple[OutboxMessage, Received]:
    row = queue_quote(sessions, quote_id, clock, tracker_url=tracker.url, ask_consent=True)
    before = len(smtp.handler.received)
    assert len(deliver_due(sessions, SmtpTransport(smtp.settings), client, clock).sent) == 1
    clock.advance(seconds=WINDOW + 0.1)  # read later, by a person
    return row, smtp.handler.received[before]


def answer(url: str, **data: str) -> httpx.Response:
    """A person's browser: the page first (its signed form), then the button."""
    with httpx.Client(headers={"User-Agent": HUMAN_UA}) as browser:
        page = browser.get(url)
        found = re.search(r'name="form_token" value="([^"]+)"', page.text)
        assert page.status_code == 200 and found is not None
        return browser.post(url.split("?")[0], data={"form_token": found.group(1), **data})


def hit(url: str) -> int:
    return httpx.get(url, headers={"User-Agent": HUMAN_UA}).status_code


def test_a_fresh_install_tracks_nobody_the_seller_still_knows_when_to_call_and_a_yes_turns_tracking_on(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, tracker: EmbeddedTracker, client: TrackerClient,
        clock: FakeClock) -> None:
    told: list[object] = []
    poller = TrackingPoller(sessions, client, clock, wait=0.0, on_result=told.append)
    poller.poll_once()
    quote_id = add_quote(sessions)  # a business contact never asked, created today
    row, got = send(sessions, smtp_server, tracker, client, clock, quote_id)
    html, text = html_part(got.message), text_part(got.message)
    assert "/o/" not in html and "/l/" not in html and "/w/" not in html  # no pixel, no tracked link
    online = f"{tracker.url}/q/{row.token}"
    assert online in text and f"{tracker.url}/c/{row.token}?r=yes" in html

    started = time.monotonic()
    assert hit(online) == 200  # the prospect opens the quote online
    result = poller.poll_once(wait=2.0)
    elapsed = time.monotonic() - started
    assert [(n.kind, n.quote_id) for n in result.notify] == [("view", quote_id)] and elapsed < 1.0
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "viewed"
        [line] = load_followups(session, clock()).rows
        assert (line.followup.reason, line.followup.tracked) == (Reason.VIEWED, False)  # "a consulté le devis"

    done = answer(f"{tracker.url}/c/{row.token}?r=yes", answer="yes")
    assert done.status_code == 200
    result = poller.poll_once(wait=2.0)
    with sessions() as session:
        contact_id = session.get_one(Quote, quote_id).contact_id
        assert contact_id is not None and result.consent_changed == {contact_id}
        status = consent_status(session, contact_id)
        assert status is not None and (status.state, status.method) == (ConsentState.GIVEN, ConsentMethod.ONLINE_FORM)
        assert status.history[0].text.endswith("[Oui, prévenez-vous]") and status.history[0].source

    with sessions.begin() as session:  # the next quote to the same contact is tracked
        second = Quote(number="D-2026-0050", version=1, status="finalised", contact_id=contact_id,
                       total_ttc=session.get_one(Quote, quote_id).total_ttc)
        session.add(second)
        session.flush()
        second_id = second.id
    row2, got2 = send(sessions, smtp_server, tracker, client, clock, second_id)
    pixel = re.search(r'<img src="([^"]+/o/[^"]+\.gif)"', html_part(got2.message))
    assert pixel is not None and f"{tracker.url}/w/{row2.token}" in html_part(got2.message)
    assert hit(pixel.group(1)) == 200
    assert [(n.kind, n.quote_id) for n in poller.poll_once(wait=2.0).notify] == [("open", second_id)]


def test_a_withdrawal_while_the_desktop_is_offline_reaches_back_and_is_ingested_later(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, tracker: EmbeddedTracker, client: TrackerClient,
        clock: FakeClock) -> None:
    poller = TrackingPoller(sessions, client, clock, wait=0.0)
    quote_id = add_quote(sessions, consent=True)
    first, got = send(sessions, smtp_server, tracker, client, clock, quote_id)
    with sessions.begin() as session:
        contact_id = session.get_one(Quote, quote_id).contact_id
        later = Quote(number="D-2026-0051", version=1, status="finalised", contact_id=contact_id)
        session.add(later)
        session.flush()
        later_id = later.id
    second, got2 = send(sessions, smtp_server, tracker, client, clock, later_id)
    pixels = [re.search(r'<img src="([^"]+)"', html_part(m.message)) for m in (got, got2)]
    assert all(p is not None for p in pixels)
    assert hit(pixels[0].group(1)) == 200  # type: ignore[union-attr]
    poller.poll_once(wait=2.0)
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "opened"

    # the desktop is closed from here: the prospect withdraws from the second email, then opens both again
    withdraw = re.search(r'href="([^"]+/w/[^"]+)"', html_part(got2.message))
    assert withdraw is not None and answer(withdraw.group(1)).status_code == 200
    for found in pixels:
        assert hit(found.group(1)) == 200  # type: ignore[union-attr]
    feed = client.events("0", wait=0.0).events
    assert [e["kind"] for e in feed] == ["withdraw"]  # the earlier open is gone, nothing new was recorded

    result = poller.poll_once(wait=0.0)  # back online
    assert result.erased and result.consent_changed == {contact_id}
    with sessions() as session:
        status = consent_status(session, contact_id or 0)
        assert status is not None and (status.state, status.method) == (ConsentState.WITHDRAWN,
                                                                        ConsentMethod.EMAIL_LINK)
        assert session.scalars(select(TrackingEvent)).all() == []
        quote = session.get_one(Quote, quote_id)
        assert (quote.status, quote.last_human_open_at) == ("sent", None)
        [line] = [r for r in load_followups(session, clock()).rows if r.quote_id == quote_id]
        assert line.followup.reason is not Reason.OPENED and not line.followup.tracked
    assert first.token and second.token


def test_a_refusal_told_to_a_salesperson_reaches_the_tracker(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, tracker: EmbeddedTracker, client: TrackerClient,
        clock: FakeClock) -> None:
    quote_id = add_quote(sessions, consent=True)
    _row, got = send(sessions, smtp_server, tracker, client, clock, quote_id)
    pixel = re.search(r'<img src="([^"]+)"', html_part(got.message))
    assert pixel is not None
    with sessions.begin() as session:
        contact_id = session.get_one(Quote, quote_id).contact_id
        assert contact_id is not None
        record_by_salesperson(session, contact_id, yes=False, note="", now=clock(), channel="téléphone")
    poller = TrackingPoller(sessions, client, clock, wait=0.0)
    poller.poll_once()  # reads the (empty) feed, then tells the tracker
    assert hit(pixel.group(1)) == 200
    assert client.events("0", wait=0.3).events == []  # the tracker records no open of this person any more
