"""The follow-up list read from the database, and the salesperson's actions on it.

Open quotes are the latest versions of quotes that were sent and not closed (sent, opened, viewed),
plus accepted ones whose follow-up (thanks and next steps) is not done. Their human tracking events
feed the score of :mod:`desktop.core.followup`; machine events never count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.followup import FollowUp, HumanEvent, QuoteSignals, default_next_followup, rank
from desktop.db.contacts import add_activity
from desktop.db.models import Company, Contact
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.quotes import printed_number

OPEN_STATUSES = ("sent", "opened", "viewed")
EVENT_HISTORY = timedelta(days=60)


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the follow-up list: the quote, who to reach, and the score's verdict."""

    quote_id: int
    number: str
    contact_id: int | None
    contact_name: str
    company: str
    phone: str
    email: str
    total_ttc: Decimal
    status: str
    next_followup_on: date | None
    followup: FollowUp


@dataclass(frozen=True)
class FollowUpList:
    rows: tuple[FollowUpRow, ...]
    unplanned: int  # open quotes with no follow-up date: always shown to the salesperson


def _open_quotes(owner_id: int | None) -> object:
    query = select(Quote, Contact, Company).outerjoin(Contact, Contact.id == Quote.contact_id).outerjoin(
        Company, Company.id == Quote.company_id).where(
        Quote.kind == "quote",
        (Quote.status.in_(OPEN_STATUSES)) | ((Quote.status == "accepted") & Quote.followup_done_at.is_(None)))
    if owner_id is not None:
        query = query.where(Quote.owner_id == owner_id)
    return query


def load_followups(session: Session, now: datetime, owner_id: int | None = None) -> FollowUpList:
    """Rank the open quotes (of one salesperson when ``owner_id`` is given) for follow-up now."""
    rows = session.execute(_open_quotes(owner_id)).all()  # type: ignore[call-overload]
    ids = [q.id for q, _c, _co in rows]
    events: dict[int, list[HumanEvent]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        for e in session.scalars(select(TrackingEvent).where(
                TrackingEvent.quote_id.in_(ids[chunk:chunk + 500]), TrackingEvent.verdict == "human",
                TrackingEvent.kind.in_(("open", "view", "click")), TrackingEvent.ts >= now - EVENT_HISTORY)):
            assert e.quote_id is not None
            events[e.quote_id].append(HumanEvent(e.ts, e.kind, f"{e.ip or ''}|{e.user_agent or ''}"))
    signals = [QuoteSignals(q.id, q.status, q.sent_at, q.validity_date, q.viewed_at, q.accepted_at,
                            tuple(events[q.id]), q.next_followup_on) for q, _c, _co in rows]
    by_id = {q.id: (q, c, co) for q, c, co in rows}
    out = []
    for f in rank(signals, now):
        q, c, co = by_id[f.quote_id]
        out.append(FollowUpRow(
            quote_id=q.id, number=printed_number(q), contact_id=q.contact_id,
            contact_name=c.full_name if c else "", company=co.legal_name if co else "",
            phone=(c.phone or c.mobile or "") if c else "", email=(c.email or "") if c else "",
            total_ttc=q.total_ttc, status=q.status, next_followup_on=q.next_followup_on, followup=f))
    unplanned = sum(1 for q, _c, _co in rows if q.status in OPEN_STATUSES and q.next_followup_on is None)
    return FollowUpList(tuple(out), unplanned)


def count_unplanned(session: Session) -> int:
    """Open quotes with no follow-up date."""
    return int(session.scalar(select(func.count()).select_from(Quote).where(
        Quote.kind == "quote", Quote.status.in_(OPEN_STATUSES), Quote.next_followup_on.is_(None))) or 0)


def plan_followup(session: Session, quote_id: int, on: date | None) -> None:
    """Set (or clear) the date of a quote's next follow-up; a date in the future also snoozes it."""
    session.get_one(Quote, quote_id).next_followup_on = on
    session.flush()


def mark_done(session: Session, quote_id: int, now: datetime) -> date | None:
    """The follow-up was done: an accepted quote leaves the list; another gets its next date."""
    quote = session.get_one(Quote, quote_id)
    if quote.status == "accepted":
        quote.followup_done_at = now
        quote.next_followup_on = None
    else:
        quote.next_followup_on = default_next_followup(now)
    _timeline(session, quote, "Relance faite", now)
    session.flush()
    return quote.next_followup_on


def log_call(session: Session, quote_id: int, *, outcome: str, note: str, next_on: date | None, now: datetime,
             author_id: int | None = None) -> None:
    """Record a follow-up call in the contact's timeline and plan the next follow-up."""
    quote = session.get_one(Quote, quote_id)
    subject = f"Appel de relance ({printed_number(quote)}) : {outcome}"
    add_activity(session, kind="call", subject=subject, body=note or None, when=now, contact_id=quote.contact_id,
                 company_id=quote.company_id, author_id=author_id, payload={"quote_id": quote.id, "outcome": outcome})
    quote.next_followup_on = next_on if next_on is not None else default_next_followup(now)
    session.flush()


def _timeline(session: Session, quote: Quote, subject: str, now: datetime) -> None:
    add_activity(session, kind="quote", subject=f"{subject} ({printed_number(quote)})", when=now,
                 contact_id=quote.contact_id, company_id=quote.company_id, payload={"quote_id": quote.id})
