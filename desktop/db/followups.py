"""The follow-up list read from the database, and the salesperson's actions on it.

Open quotes are the latest versions of quotes that were sent and not closed (sent, opened, viewed),
plus accepted ones whose follow-up (thanks and next steps) is not done. Their human tracking events (the
online quote viewed, the PDF downloaded, and opens and clicks only where the message carried individual
tracking), the replies found in the mailbox and the calls logged since the quote was sent feed the score of
:mod:`desktop.core.followup`; machine events never count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Row, ScalarSelect, Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.consent import ConsentState, as_state
from desktop.core.followup import (
    FollowUp,
    HumanEvent,
    QuoteSignals,
    default_next_followup,
    rank,
    score_overdue_invoice,
)
from desktop.db.contacts import add_activity
from desktop.db.models import Activity, Company, Contact
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.quotes import printed_number
from desktop.db.scenario_models import MailReply

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
    invoice_id: int | None = None  # an overdue invoice (« facture échue »): quote_id is then its order
    #: The latest open, click or view of the quote that was not counted (judged machine or uncertain), as
    #: ``(verdict, kind, reasons)``: the list says why it does not make the prospect hot.
    not_counted: tuple[str, str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class FollowUpList:
    rows: tuple[FollowUpRow, ...]
    unplanned: int  # open quotes with no follow-up date: always shown to the salesperson


def _is_open() -> ColumnElement[bool]:
    return (Quote.kind == "quote") & (
        (Quote.status.in_(OPEN_STATUSES)) | ((Quote.status == "accepted") & Quote.followup_done_at.is_(None)))


OpenQuote = tuple[Quote, Contact, Company, bool, bool, bool, datetime, datetime]


def _open_quotes(owner_id: int | None, since: datetime) -> Select[*OpenQuote]:
    """The open quotes with their contact and company, and beside each what its messages and its contact say:
    whether a tracked message carried individual tracking (True, False or None before schema 0011, each an
    EXISTS), the latest reply and the latest call since it was sent (within ``since``)."""
    messages = select(OutboxMessage.id).where(OutboxMessage.quote_id == Quote.id, OutboxMessage.token.is_not(None))

    def latest(at: InstrumentedAttribute[datetime], contact: InstrumentedAttribute[int | None],
               *also: ColumnElement[bool]) -> ScalarSelect[datetime]:
        """The latest time of the quote's contact since ``since`` and since the quote was sent (if it was)."""
        return select(func.max(at)).where(contact == Quote.contact_id, at >= since, *also,
                                          or_(Quote.sent_at.is_(None), at >= Quote.sent_at)).scalar_subquery()

    last_reply = latest(MailReply.received_at, MailReply.contact_id)
    last_call = latest(Activity.occurred_at, Activity.contact_id, Activity.kind == "call")
    query = select(
        Quote, Contact, Company,
        messages.where(OutboxMessage.individual_tracking.is_(True)).exists().label("individual"),
        messages.where(OutboxMessage.individual_tracking.is_(None)).exists().label("legacy"),
        messages.exists().label("any_message"), last_reply.label("last_reply"), last_call.label("last_call"),
    ).outerjoin(Contact, Contact.id == Quote.contact_id).outerjoin(
        Company, Company.id == Quote.company_id).where(_is_open())
    return query.where(Quote.owner_id == owner_id) if owner_id is not None else query


def _open_ids(owner_id: int | None) -> Select[int]:
    """The open quotes' ids: the subquery their tracking events are read against (one read however many quotes
    are open, where lists of 500 ids cost a round trip each)."""
    query = select(Quote.id).where(_is_open())
    return query.where(Quote.owner_id == owner_id) if owner_id is not None else query


_TRACKABLE = (ConsentState.GIVEN, ConsentState.INFORMED)
NotCounted = dict[int, tuple[str, str, tuple[str, ...]]]


def _signals(session: Session, rows: Sequence[Row[*OpenQuote]], since: datetime,
             owner_id: int | None) -> tuple[list[QuoteSignals], NotCounted]:
    """What the score looks at for each open quote (read with it, and its tracking events in one more read
    whatever the number of quotes), and the latest open, click or view of each quote that was not counted
    (judged machine or uncertain)."""
    events: dict[int, list[HumanEvent]] = defaultdict(list)
    not_counted: NotCounted = {}
    hits = select(
            TrackingEvent.quote_id, TrackingEvent.ts, TrackingEvent.kind, TrackingEvent.link_id, TrackingEvent.ip,
            TrackingEvent.user_agent, TrackingEvent.verdict, TrackingEvent.reasons).where(
            TrackingEvent.quote_id.in_(_open_ids(owner_id)),
            TrackingEvent.kind.in_(("open", "view", "click")), TrackingEvent.ts >= since,
    ).order_by(TrackingEvent.ts, TrackingEvent.id)
    for e in session.execute(hits) if rows else ():  # no open quote: nothing to read
        if e.verdict == "human":
            kind = "download" if e.kind == "view" and e.link_id == "pdf" else e.kind
            events[e.quote_id].append(HumanEvent(e.ts, kind, f"{e.ip or ''}|{e.user_agent or ''}"))
        else:  # the latest one wins (read in time order)
            not_counted[int(e.quote_id)] = (str(e.verdict), str(e.kind), tuple(str(r) for r in e.reasons or ()))
    out = []
    for row in rows:
        q, c = row.Quote, row.Contact
        state = as_state(c.tracking_consent_state) if c is not None else ConsentState.NOT_ASKED
        # a message queued before schema 0011 (None) carried a pixel, and a quote with no message stored (sent
        # by other means) is judged by the consent alone: both count where the consent allows tracking now
        legacy = bool(row.legacy) or not row.any_message
        tracked = (bool(row.individual) or (legacy and state in _TRACKABLE)) and \
            state not in (ConsentState.REFUSED, ConsentState.WITHDRAWN)
        out.append(QuoteSignals(q.id, q.status, q.sent_at, q.validity_date, q.viewed_at, q.accepted_at,
                                tuple(events[q.id]), q.next_followup_on, tracked,
                                row.last_reply if c is not None else None, row.last_call if c is not None else None))
    return out, not_counted


def load_followups(session: Session, now: datetime, owner_id: int | None = None) -> FollowUpList:
    """Rank the open quotes (of one salesperson when ``owner_id`` is given) for follow-up now.

    Args:
        session: A session.
        now: Current time (injected).
        owner_id: One salesperson's quotes only, or everyone's.

    Returns:
        The ranked rows (each ``followup`` has its reason's key, values and ``tracked``) and the unplanned count.
    """
    since = now - EVENT_HISTORY
    rows = session.execute(_open_quotes(owner_id, since)).all()
    signals, not_counted = _signals(session, rows, since, owner_id)
    by_id = {row.Quote.id: (row.Quote, row.Contact, row.Company) for row in rows}
    out = []
    for f in rank(signals, now):
        q, c, co = by_id[f.quote_id]
        out.append(FollowUpRow(
            quote_id=q.id, number=printed_number(q), contact_id=q.contact_id,
            contact_name=c.full_name if c else "", company=co.legal_name if co else "",
            phone=(c.phone or c.mobile or "") if c else "", email=(c.email or "") if c else "",
            total_ttc=q.total_ttc, status=q.status, next_followup_on=q.next_followup_on, followup=f,
            not_counted=not_counted.get(q.id)))
    out.extend(_overdue_rows(session, now, owner_id))
    out.sort(key=lambda r: (-r.followup.score, r.invoice_id is None, r.quote_id, r.invoice_id or 0))
    unplanned = sum(1 for q, _c, _co in by_id.values() if q.status in OPEN_STATUSES and q.next_followup_on is None)
    return FollowUpList(tuple(out), unplanned)


def _overdue_rows(session: Session, now: datetime, owner_id: int | None) -> list[FollowUpRow]:
    """The overdue invoices whose reminder is due, as follow-up rows (« facture échue »)."""
    from desktop.db.invoice_list import overdue_invoices

    return [FollowUpRow(
        quote_id=r.order_id or 0, number=r.number, contact_id=r.contact_id, contact_name=r.contact_name,
        company=r.company, phone=r.phone, email=r.email, total_ttc=r.balance, status="invoice_overdue",
        next_followup_on=r.next_reminder_on, followup=score_overdue_invoice(r.order_id or 0, r.days_overdue),
        invoice_id=r.invoice_id) for r in overdue_invoices(session, now.date(), owner_id)]


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
