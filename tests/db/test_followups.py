"""The follow-up list on the demo data, on SQLite and PostgreSQL: ranking, machine events, actions."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.followup import Reason
from desktop.db import followups as fu
from desktop.db.models import Activity, Contact
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.demo import fill_demo

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def _demo(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        fill_demo(s, contacts=150, now=NOW - timedelta(hours=2))


def _event(s: Session, quote_id: int, minutes_ago: int, verdict: str = "human", device: str = "a") -> None:
    s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind="open",
                        ts=NOW - timedelta(minutes=minutes_ago), verdict=verdict, reasons=[], quote_id=quote_id,
                        ip=device, user_agent="Mozilla/5.0"))


def _a_sent_quote(s: Session) -> int:
    return int(s.scalars(select(Quote.id).where(Quote.status == "sent", Quote.kind == "quote")
                         .order_by(Quote.id)).first())  # type: ignore[arg-type]


def test_ranked_list_with_unplanned_count(sessions: sessionmaker[Session]) -> None:
    _demo(sessions)
    with sessions() as s:
        listing = fu.load_followups(s, NOW)
        scores = [r.followup.score for r in listing.rows]
        assert scores and scores == sorted(scores, reverse=True)
        open_quotes = s.scalar(select(func.count()).select_from(Quote).where(
            Quote.kind == "quote", Quote.status.in_(fu.OPEN_STATUSES)))
        unplanned = s.scalar(select(func.count()).select_from(Quote).where(
            Quote.kind == "quote", Quote.status.in_(fu.OPEN_STATUSES), Quote.next_followup_on.is_(None)))
        assert listing.unplanned == unplanned == fu.count_unplanned(s)
        assert len([r for r in listing.rows if r.status in fu.OPEN_STATUSES]) <= open_quotes
        assert all(r.contact_name for r in listing.rows)


def test_human_opens_make_a_quote_hot_machine_opens_do_not(sessions: sessionmaker[Session]) -> None:
    _demo(sessions)
    with sessions.begin() as s:
        hot, cold = s.scalars(select(Quote.id).where(Quote.status == "sent", Quote.kind == "quote")
                              .order_by(Quote.id).limit(2)).all()
        for quote_id in (hot, cold):  # both due today, so both are listed; both contacts consented to tracking
            quote = s.get_one(Quote, quote_id)
            quote.next_followup_on = NOW.date()
            contact = s.get_one(Contact, quote.contact_id)
            contact.tracking_consent, contact.tracking_consent_state = True, "given"
        for minutes, device in ((40, "a"), (10, "b"), (2, "a")):
            _event(s, hot, minutes, device=device)
        for minutes in (30, 20, 5):
            _event(s, cold, minutes, verdict="machine")
    with sessions() as s:
        rows = fu.load_followups(s, NOW).rows
        assert rows[0].quote_id == hot
        assert rows[0].followup.reason is Reason.HOT and rows[0].followup.params == {"count": 3, "devices": 2}
        cold_row = next(r for r in rows if r.quote_id == cold)
        assert cold_row.followup.reason is not Reason.HOT


def test_snooze_mark_done_and_call_log(sessions: sessionmaker[Session]) -> None:
    _demo(sessions)
    with sessions.begin() as s:
        quote_id = _a_sent_quote(s)
        fu.plan_followup(s, quote_id, date(2026, 12, 15))
    with sessions() as s:
        assert quote_id not in [r.quote_id for r in fu.load_followups(s, NOW).rows]
        assert quote_id in [r.quote_id for r in fu.load_followups(s, datetime(2026, 12, 15, 9, tzinfo=UTC)).rows]
    with sessions.begin() as s:
        fu.log_call(s, quote_id, outcome="interested", note="rappeler après le salon", next_on=None, now=NOW)
    with sessions() as s:
        quote = s.get_one(Quote, quote_id)
        assert quote.next_followup_on == date(2026, 12, 2)
        calls = s.scalars(select(Activity).where(Activity.contact_id == quote.contact_id, Activity.kind == "call",
                                                 Activity.occurred_at == NOW)).all()
        assert len(calls) == 1 and calls[0].body == "rappeler après le salon"
    with sessions.begin() as s:
        accepted = s.scalars(select(Quote.id).where(Quote.status == "accepted", Quote.kind == "quote")).first()
        assert accepted is not None
        s.get_one(Quote, accepted).followup_done_at = None  # thanks not sent yet: the quote is listed
    with sessions() as s:
        assert accepted in [r.quote_id for r in fu.load_followups(s, NOW).rows]
    with sessions.begin() as s:
        assert fu.mark_done(s, accepted, NOW) is None
    with sessions() as s:
        assert accepted not in [r.quote_id for r in fu.load_followups(s, NOW).rows]
