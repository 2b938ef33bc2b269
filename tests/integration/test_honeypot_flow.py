"""The hidden honeypot link end to end, with the real tracker over HTTP and the real SMTP server: a tracked quote
email carries one link no person can see, the desktop registers it as the honeypot, and a scanner that follows
every link of the message (a Chrome-on-Windows agent from one network, long after delivery: what looks like a
person) is judged machine on the desktop: no notification, the quote stays "sent".

The desktop and the tracker share one clock moved by hand (``clocked_tracker``)."""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.outbox_models import OutboxMessage, TrackingEvent
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

SCANNER_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
              "Safari/537.36")  # what gateways send (gophish/gophish#2446, #2646)


@pytest.fixture
def shared_clock() -> FakeClock:
    """The one clock of the desktop (delivery times) and of the tracker (hit times)."""
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def clocked_tracker(tmp_path: Path, shared_clock: FakeClock) -> Iterator[EmbeddedTracker]:
    """The real tracker on 127.0.0.1, its hits timed by ``shared_clock`` (delivery curve compressed to 0.5 s)."""
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=0.5, timing_scale=0.5 / 5000,
                                 flush_interval_seconds=0.001, clock=shared_clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


class _Hrefs(HTMLParser):
    """Every link of an HTML part, with whether it sits inside an element hidden from people."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, bool]] = []
        self._hidden: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        hidden = "display:none" in (found.get("style") or "").replace(" ", "") or found.get("aria-hidden") == "true"
        if tag not in ("img", "br", "meta"):
            self._hidden.append(hidden)
        if tag == "a" and found.get("href"):
            self.links.append((str(found["href"]), any(self._hidden)))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("img", "br", "meta") and self._hidden:
            self._hidden.pop()


def _links(html: str) -> list[tuple[str, bool]]:
    parser = _Hrefs()
    parser.feed(html)
    return parser.links


def test_a_scanner_following_every_link_and_the_honeypot_is_machine_on_the_desktop(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    tracker = clocked_tracker
    client = TrackerClient(tracker.url, tracker.api_key)
    results: list[IngestResult] = []
    poller = TrackingPoller(sessions, client, shared_clock, wait=2.0, on_result=results.append)
    quote_id = add_quote(sessions, email="ines@client.example", number="D-31", consent=True)
    queue_quote(sessions, quote_id, shared_clock, tracker_url=tracker.url)
    assert len(deliver_due(sessions, SmtpTransport(smtp_server.settings), client, shared_clock).sent) == 1
    with sessions() as session:
        token = session.scalars(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id)).one()
    assert token is not None
    [got] = smtp_server.handler.to("ines@client.example")
    html = html_part(got.message)
    text = got.message.get_body(("plain",))
    assert text is not None
    trap = f"{tracker.url}/l/{token}/{honeypot_link_id(token)}"
    links = _links(html)
    assert [hidden for href, hidden in links if href == trap] == [True]  # once, and hidden from people
    assert all(not hidden for href, hidden in links if href != trap)
    assert trap not in text.get_content() and "aria-hidden" in html

    # much later (no delivery-timing evidence), a gateway fetches the pixel and follows every link, the hidden one too
    shared_clock.advance(minutes=20)
    pixel = re.search(r'<img src="([^"]+/o/[^"]+\.gif)"', html)
    assert pixel is not None
    with httpx.Client(headers={"User-Agent": SCANNER_UA}, follow_redirects=False) as scanner:
        assert scanner.get(pixel.group(1)).status_code == 200
        for href, _hidden in links:
            assert scanner.get(href).status_code in (200, 302)
    # the tracker answers before it commits: read the feed until the hidden link's click (the last hit) is in
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        poller.step()
        with sessions() as session:
            if session.scalars(select(TrackingEvent).where(TrackingEvent.link_id == honeypot_link_id(token))).first():
                break
    # and what the feed publishes after it: the earlier hits re-judged with the honeypot's evidence (the writer
    # publishes a re-judgement in its next batch: read until it is in, or the deadline says it never came)
    while True:
        poller.step()
        with sessions() as session:
            events = {(e.kind, e.link_id): e for e in session.scalars(select(TrackingEvent))}
            assert session.get_one(Quote, quote_id).status == "sent"  # nothing a person did
        view = events.get(("view", None))
        if (view is not None and "honeypot-burst" in view.reasons) or time.monotonic() > deadline + 5.0:
            break
    honeypot = events[("click", honeypot_link_id(token))]
    assert honeypot.verdict == "machine" and honeypot.reasons[0] == "honeypot-link"
    assert events[("open", None)].verdict == "machine" and events[("view", None)].verdict == "machine"
    assert "honeypot-burst" in events[("view", None)].reasons
    told = {n.event_id for r in results for n in r.notify if n.kind in ("open", "view")}
    assert told <= {e for r in results for e in r.reclassified}  # none, or withdrawn if told before the click came
    client.close()


def test_a_person_reading_the_same_message_is_still_told(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clocked_tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> None:
    """The honeypot costs no real open: a person never follows it, and the visible links stay theirs."""
    tracker = clocked_tracker
    client = TrackerClient(tracker.url, tracker.api_key)
    poller = TrackingPoller(sessions, client, shared_clock, wait=2.0)
    quote_id = add_quote(sessions, email="jean@client.example", number="D-32", consent=True)
    queue_quote(sessions, quote_id, shared_clock, tracker_url=tracker.url)
    assert len(deliver_due(sessions, SmtpTransport(smtp_server.settings), client, shared_clock).sent) == 1
    [got] = smtp_server.handler.to("jean@client.example")
    html = html_part(got.message)
    shared_clock.advance(minutes=20)
    with httpx.Client(headers={"User-Agent": SCANNER_UA}) as person:
        for href, hidden in _links(html):
            if not hidden and "/q/" in href:
                assert person.get(href).status_code == 200
    result = poller.poll_once()
    assert [n.kind for n in result.notify] == ["view"]
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "viewed"
    client.close()


def test_a_honeypot_the_tracker_refuses_costs_the_message_nothing(live_tracker: EmbeddedTracker) -> None:
    """A sender's domain the tracker will not redirect to (an intranet name): registered without the honeypot."""
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    token = "h" * 22
    assert client.register(token, links={"site": "https://vendeur.example/", "r1": "https://intranet.corp/"},
                           honeypots={"r1"}) is True
    auth = {"Authorization": f"Bearer {live_tracker.api_key}"}
    assert httpx.get(f"{live_tracker.url}/l/{token}/site", headers=auth).status_code == 302
    assert httpx.get(f"{live_tracker.url}/l/{token}/r1").status_code != 302  # never registered
    client.close()
