"""The desktop's stored tracking events follow the retention (13 months by default) on SQLite and PostgreSQL:
opens, clicks and views older than the cut-off go with the timeline entries of opens and clicks and old
last-open times; unsubscribes, acceptances and consent records stay; the poller purges at most every
``purge_every`` on its injected clock."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.retention import months_before
from desktop.db.contacts import add_activity
from desktop.db.models import Activity, Contact
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.retention import purge_tracking
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import FakeClock

NOW = datetime(2027, 12, 3, 10, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=400)  # older than 13 months
RECENT = NOW - timedelta(days=300)


def _world(s: Session) -> int:
    contact = Contact(first_name="Marie", last_name="Durand")
    s.add(contact)
    s.flush()
    quote = Quote(number="D-1", version=1, status="opened", contact_id=contact.id, last_human_open_at=OLD)
    s.add(quote)
    s.flush()
    for when in (OLD, RECENT):
        for kind in ("open", "click", "view", "accept", "unsubscribe"):
            s.add(TrackingEvent(event_id=uuid.uuid4().hex, token="t" * 22, kind=kind, ts=when, verdict="human",
                                reasons=[], quote_id=quote.id, contact_id=contact.id))
        add_activity(s, kind="tracking", subject="Message ouvert", when=when, contact_id=contact.id,
                     payload={"event": "open"})
        add_activity(s, kind="tracking", subject="Devis consulté en ligne", when=when, contact_id=contact.id,
                     payload={"event": "view"})
    return quote.id


def test_a_purge_keeps_thirteen_months_and_what_must_stay(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        quote_id = _world(s)
        counts = purge_tracking(s, months_before(NOW, 13))
    assert (counts.events, counts.timeline) == (3, 1)
    with sessions() as s:
        kept = sorted((e.kind, e.ts == OLD) for e in s.scalars(select(TrackingEvent)))
        assert kept == [("accept", False), ("accept", True), ("click", False), ("open", False),
                        ("unsubscribe", False), ("unsubscribe", True), ("view", False)]
        subjects = sorted((a.subject, a.occurred_at == OLD) for a in s.scalars(select(Activity)))
        assert subjects == [("Devis consulté en ligne", False), ("Devis consulté en ligne", True),
                            ("Message ouvert", False)]
        assert s.get_one(Quote, quote_id).last_human_open_at is None


def test_the_poller_purges_on_its_clock_at_most_every_purge_every(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        _world(s)
    clock = FakeClock(NOW)
    poller = TrackingPoller(sessions, TrackerClient("http://127.0.0.1:9", "k"), clock, purge_every=timedelta(hours=6),
                            retention_months=12)
    assert poller.purge_if_due() is True
    assert poller.purge_if_due() is False
    with sessions() as s:
        assert len([e for e in s.scalars(select(TrackingEvent)) if e.kind == "open"]) == 1
    clock.advance(days=70)  # the recent events are now past 12 months too
    assert poller.purge_if_due() is True
    with sessions() as s:
        assert [e for e in s.scalars(select(TrackingEvent)) if e.kind == "open"] == []
