"""A verdict the tracker changes later (a ``verdict`` record of the feed) reaches the desktop: an open judged machine
afterwards takes the quote back to "sent", marks its timeline entry and withdraws its notification, on SQLite and
PostgreSQL; an uncertain open judged human later moves the quote and notifies; a record read twice changes nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.models import Activity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from tests.db.test_tracking_ingest import event, ingest, sent_quote


def rejudge(n: int, target: str, verdict: str, reasons: list[str]) -> dict[str, Any]:
    return {**event(n, "verdict", verdict, ip=None, user_agent=None), "rejudges": target, "reasons": reasons,
            "probability": 0.02 if verdict == "machine" else 0.9}


def test_an_open_judged_machine_later_is_undone_everywhere(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    first = ingest(sessions, [event(1, "open")])
    assert [n.event_id for n in first.notify] == ["ev0001"]
    later = ingest(sessions, [rejudge(2, "ev0001", "machine", ["honeypot-burst", "agent:browser"])])
    again = ingest(sessions, [rejudge(2, "ev0001", "machine", ["honeypot-burst", "agent:browser"])])
    assert later.reclassified == ["ev0001"] and later.rejudged == ["ev0001"] and later.notify == []
    assert (again.reclassified, again.rejudged, again.duplicates) == ([], [], 1)
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert (quote.status, quote.last_human_open_at) == ("sent", None)
        stored = session.scalars(select(TrackingEvent).where(TrackingEvent.event_id == "ev0001")).one()
        assert (stored.verdict, stored.reasons) == ("machine", ["honeypot-burst", "agent:browser"])
        [entry] = session.scalars(select(Activity).where(Activity.kind == "tracking")).all()
        assert entry.payload is not None and entry.payload["rejudged"] is True
        assert entry.subject == "Message ouvert (jugé automatique ensuite)"


def test_a_verdict_record_after_a_hits_reclassifies_brings_its_reasons(sessions: sessionmaker[Session]) -> None:
    """An older tracker's ``reclassifies`` on the hit turns the open machine first, without reasons; the ``verdict``
    record that follows it in the feed is then no change of verdict, but its reasons are the ones to keep."""
    sent_quote(sessions)
    ingest(sessions, [event(1, "open")])
    trap = {**event(2, "click", "machine", link_id="trap"), "reasons": ["honeypot-link"], "reclassifies": ["ev0001"]}
    result = ingest(sessions, [trap, rejudge(3, "ev0001", "machine", ["honeypot-burst", "agent:browser"])])
    assert result.reclassified == ["ev0001"]
    with sessions() as session:
        stored = session.scalars(select(TrackingEvent).where(TrackingEvent.event_id == "ev0001")).one()
        assert (stored.verdict, stored.reasons) == ("machine", ["honeypot-burst", "agent:browser"])


def test_another_human_open_keeps_the_quote_opened(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    ingest(sessions, [event(1, "open"), event(5, "open")])
    ingest(sessions, [rejudge(6, "ev0001", "unknown", ["delivery-timing"])])
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "opened"


def test_an_uncertain_open_judged_human_later_moves_the_quote_and_notifies(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    first = ingest(sessions, [event(1, "open", "unknown")])
    assert first.notify == []
    later = ingest(sessions, [rejudge(60, "ev0001", "human", ["same-client-again", "agent:mail-client"])])
    assert [n.event_id for n in later.notify] == ["ev0001"] and later.reclassified == []
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "opened"
