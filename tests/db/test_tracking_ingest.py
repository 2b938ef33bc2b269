"""Ingestion of tracker events on SQLite and PostgreSQL: idempotent, forward-only, acceptance record (always
notified, whatever its verdict), unsubscribe, reclassification, and two desktops ingesting the same feed at once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.models import Contact, Opportunity
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.ingest import ingest_events, read_cursor
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import add_quote
from tracker.embedded import EmbeddedTracker

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TRACKER = "https://t.relance.example"
TOKEN = "tok_abcdefghijklmnopqrs"


def event(n: int, kind: str, verdict: str = "human", **extra: Any) -> dict[str, Any]:
    ts = (T0 + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {"id": f"ev{n:04d}", "cursor": str(n), "token": TOKEN, "kind": kind, "ts": ts, "verdict": verdict,
            "reasons": ["browser-or-mail-client"], "link_id": None, "reclassifies": [], "full_name": None,
            "pdf_sha256": None, "ip": "203.0.113.0/24", "user_agent": "Mozilla/5.0 (X11) Thunderbird/128", **extra}


def sent_quote(sessions: sessionmaker[Session], consent: bool | None = True) -> int:
    """A quote sent to a contact who consented to tracking (opens and clicks are then kept)."""
    quote_id = add_quote(sessions, consent=consent)
    with sessions.begin() as session:
        quote = session.get_one(Quote, quote_id)
        quote.status = "sent"
        session.add(OutboxMessage(message_id="<m1@vendeur.example>", sender="a@vendeur.example",
                                  recipients=["marie.durand@client.example"], state="sent", token=TOKEN,
                                  quote_id=quote_id, contact_id=quote.contact_id, created_at=T0))
    return quote_id


def ingest(sessions: sessionmaker[Session], events: list[dict[str, Any]]) -> Any:
    with sessions.begin() as session:
        return ingest_events(session, events, tracker=TRACKER, next_cursor=events[-1]["cursor"], now=T0)


def test_events_move_the_quote_forward_only_and_notify_human_ones(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    first = ingest(sessions, [event(1, "open", "machine"), event(2, "view"), event(3, "open")])
    again = ingest(sessions, [event(1, "open", "machine"), event(2, "view"), event(3, "open")])
    assert [n.kind for n in first.notify] == ["view", "open"]
    assert (again.stored, again.duplicates, again.notify) == (0, 3, [])
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "viewed"  # the later open does not move it back
        assert quote.viewed_at == T0 + timedelta(minutes=2)
        assert quote.last_human_open_at == T0 + timedelta(minutes=3)
        assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 3
        assert read_cursor(session, TRACKER) == "3"


def test_acceptance_stores_the_record_and_wins_the_opportunity(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    result = ingest(sessions, [event(1, "accept", full_name="Marie Durand", pdf_sha256="ab" * 32)])
    assert [n.kind for n in result.notify] == ["accept"]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "accepted" and quote.accepted_at == T0 + timedelta(minutes=1)
        assert (quote.acceptance_name, quote.acceptance_pdf_sha256) == ("Marie Durand", "ab" * 32)
        assert quote.acceptance_ip == "203.0.113.0/24"
        opportunity = session.get_one(Opportunity, quote.opportunity_id)
        assert opportunity.result == "won" and opportunity.closed_at == quote.accepted_at


def test_unsubscribe_sets_do_not_email_and_reclassification_is_applied(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    ingest(sessions, [event(1, "click", link_id="site")])
    result = ingest(sessions, [event(2, "click", "machine", link_id="hp", reclassifies=["ev0001"]),
                               event(3, "unsubscribe")])
    assert result.reclassified == ["ev0001"] and result.notify == []
    with sessions() as session:
        assert session.scalar(select(TrackingEvent.verdict).where(TrackingEvent.event_id == "ev0001")) == "machine"
        contact_id = session.get_one(Quote, quote_id).contact_id
        assert session.get_one(Contact, contact_id).do_not_email is True


def test_two_desktops_ingesting_the_same_feed_store_each_event_once(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    sent_quote(sessions)
    events = [event(n, "open") for n in range(1, 41)]
    other = make_engine(engine.url.render_as_string(hide_password=False))
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(factory: sessionmaker[Session]) -> None:
        try:
            for chunk in range(0, 40, 10):
                results.append(ingest(factory, events[chunk:chunk + 10]))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f,)) for f in (sessions, make_session_factory(other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    other.dispose()
    assert errors == []
    assert sum(r.stored for r in results) == 40
    assert sum(len(r.notify) for r in results) == 40  # each event notified by exactly one desktop
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(TrackingEvent)) == 40
        assert read_cursor(session, TRACKER) == "40"


HEADLESS_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0"


def test_an_acceptance_judged_machine_by_an_older_tracker_still_accepts_and_notifies(
        sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    accepted = event(1, "accept", "machine", reasons=["agent:crawler"], full_name="Marie Durand",
                     pdf_sha256="ab" * 32, user_agent=HEADLESS_UA)
    result = ingest(sessions, [accepted, event(2, "view", "machine", user_agent=HEADLESS_UA)])
    assert [(n.kind, n.quote_id, n.full_name) for n in result.notify] == [("accept", quote_id, "Marie Durand")]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "accepted" and quote.acceptance_user_agent == HEADLESS_UA


def test_the_other_desktop_is_told_of_an_acceptance_judged_machine(
        sessions: sessionmaker[Session], live_tracker: EmbeddedTracker) -> None:
    quote_id = sent_quote(sessions)
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    other_desktop = TrackingPoller(sessions, client, lambda: T0, wait=0.0)
    try:
        assert other_desktop.poll_once().notify == []  # started: what is stored from now on is news to it
        ingest(sessions, [event(1, "accept", "machine", reasons=["agent:crawler"], full_name="Marie Durand",
                                user_agent=HEADLESS_UA), event(2, "open", "machine")])  # by the first desktop
        told = other_desktop.poll_once().notify
    finally:
        client.close()
    assert [(n.kind, n.quote_id) for n in told] == [("accept", quote_id)]
