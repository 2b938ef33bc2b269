"""One turn of the call list in one statement: the outcome stored, the next contact claimed and read.

An outcome key in a calling session costs the database what a salesperson waits for on a remote team server,
so its work is written as few statements as the backend allows, every one of them the repository's own:

- the contact's card (:class:`~desktop.db.campaigns.CallCard`) is read as typed scalar subqueries over the
  member's row (the contact, its company, the latest quote and its views, the six latest timeline entries, the
  campaign's retry delays), so that a claim returns it in its ``RETURNING``;
- the member just called and the next one are ONE ``UPDATE`` of two rows: the called one gets its next step
  (:func:`desktop.core.campaigns.next_step`, from the attempts and delays its card carries) and loses its
  claim, the next one is claimed by the same condition as :func:`desktop.db.campaigns.claim_next` (``FOR UPDATE
  SKIP LOCKED`` on PostgreSQL; on SQLite the statement runs under the write lock, so the row it picks is free);
- on PostgreSQL the call's log and timeline entry (and the do-not-contact flag) are data-modifying CTEs of that
  same statement: one statement, atomic by itself, which the caller may run autocommitted
  (:func:`desktop.db.trips.one_statement`); SQLite, which has no such CTEs, runs them as two ``INSERT`` before
  it in the same transaction.

"Interested" also opens or moves an opportunity, by the ORM, after the statement (in the caller's transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Label, case, func, insert, literal, literal_column, null, select, update
from sqlalchemy.orm import Session

from desktop.core.campaigns import Outcome, RetryDelays, next_step
from desktop.db.campaign_models import PhoningCall, PhoningCampaign, PhoningMember
from desktop.db.models import Activity, Company, Contact
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.types import UTCDateTime
from desktop.db.unindexed import unindexed

TIMELINE = 6  # the entries a card shows
_CONTACT = ("first_name", "last_name", "job_title", "civility", "email", "notes", "phone", "mobile", "city",
            "company_id")
_COMPANY = ("legal_name", "country", "city", "phone")
_QUOTE = ("number", "version", "status", "total_ttc", "sent_at", "last_human_open_at")
_ACTIVITY = ("occurred_at", "kind", "subject")
_CAMPAIGN = ("name", "no_answer_delay_minutes", "voicemail_delay_minutes", "max_attempts")


@dataclass(frozen=True)
class _MemberRef:
    contact_id: ColumnElement[Any]
    campaign_id: ColumnElement[Any]


def card_columns() -> list[Label[Any]]:
    """The card of the member row in the enclosing statement, as labelled scalar subqueries (each keeps its
    column's type, so dates and amounts come back as the ORM reads them)."""
    # The member's columns named with their table: SQLite writes an UPDATE's own columns bare, which inside a
    # subquery would name the subquery's table instead.
    m = _MemberRef(literal_column("phoning_members.contact_id"), literal_column("phoning_members.campaign_id"))
    columns: list[Label[Any]] = [select(getattr(Contact, c)).where(Contact.id == m.contact_id).scalar_subquery()
                                 .label(f"contact_{c}") for c in _CONTACT]
    company = select(Contact.company_id).where(Contact.id == m.contact_id).scalar_subquery()
    columns += [select(getattr(Company, c)).where(Company.id == company).scalar_subquery().label(f"company_{c}")
                for c in _COMPANY]  # no join: SQLite's RETURNING writes the columns of its subqueries bare too
    # the contact's quotes by their index: ``unindexed`` keeps SQLite's planner, which has no statistics, from
    # walking every quote of the kind in the (kind, number) index instead
    latest = (select(Quote.id).where(Quote.contact_id == m.contact_id, unindexed(Quote.kind) == "quote",
                                     Quote.number.is_not(None)).order_by(Quote.id.desc()).limit(1).scalar_subquery())
    columns += [select(getattr(Quote, c)).where(Quote.id == latest).scalar_subquery().label(f"quote_{c}")
                for c in _QUOTE]
    columns.append(select(func.count()).select_from(TrackingEvent)
                   .where(TrackingEvent.quote_id == latest, TrackingEvent.kind == "view",
                          TrackingEvent.verdict == "human").scalar_subquery().label("quote_views"))
    columns += [select(getattr(Activity, c)).where(Activity.contact_id == m.contact_id)
                .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(1).offset(k).scalar_subquery()
                .label(f"recent{k}_{c}") for k in range(TIMELINE) for c in _ACTIVITY]
    columns += [select(getattr(PhoningCampaign, c)).where(PhoningCampaign.id == m.campaign_id).scalar_subquery()
                .label(f"campaign_{c}") for c in _CAMPAIGN]
    return columns


def _member_columns() -> list[Any]:
    m = PhoningMember
    return [m.id, m.contact_id, m.attempts, m.last_outcome, m.note, *card_columns()]


def card_of(row: Any) -> Any:
    """A :class:`~desktop.db.campaigns.CallCard` from a row of :func:`_member_columns`."""
    from desktop.core.numbering import with_version
    from desktop.db.campaigns import CallCard, QuoteGlance

    r = row._mapping
    contact = {c: r[f"contact_{c}"] for c in _CONTACT}
    has_company = r["contact_company_id"] is not None
    phones = tuple((kind, number) for kind, number in (("phone", contact["phone"]), ("mobile", contact["mobile"]),
                                                       ("company", r["company_phone"])) if number)
    glance = None
    if r["quote_number"] is not None:
        glance = QuoteGlance(with_version(r["quote_number"], r["quote_version"]), r["quote_status"],
                             r["quote_total_ttc"], r["quote_sent_at"], r["quote_last_human_open_at"],
                             int(r["quote_views"] or 0))
    timeline = tuple((r[f"recent{k}_occurred_at"], r[f"recent{k}_kind"], r[f"recent{k}_subject"])
                     for k in range(TIMELINE) if r[f"recent{k}_occurred_at"] is not None)
    first, last = contact["first_name"] or "", contact["last_name"] or ""
    return CallCard(member_id=r["id"], contact_id=r["contact_id"], name=f"{first} {last}".strip(),
                    job_title=contact["job_title"] or "", company=r["company_legal_name"] or "" if has_company else "",
                    country=r["company_country"] if has_company else "FR",
                    city=contact["city"] or (r["company_city"] or "" if has_company else ""),
                    phones=phones, email=contact["email"] or "", notes=contact["notes"] or "",
                    member_note=r["note"] or "", attempts=r["attempts"], last_outcome=r["last_outcome"],
                    quote=glance, timeline=timeline, civility=contact["civility"] or "", first_name=first,
                    last_name=last, campaign_name=r["campaign_name"] or "",
                    delays=RetryDelays(timedelta(minutes=r["campaign_no_answer_delay_minutes"]),
                                       timedelta(minutes=r["campaign_voicemail_delay_minutes"]),
                                       r["campaign_max_attempts"]))


def read_card(session: Session, member_id: int) -> Any:
    """One member's card in one statement."""
    return card_of(session.execute(select(*_member_columns()).where(PhoningMember.id == member_id)).one())


def turn(session: Session, campaign_id: int, user_id: int | None, now: datetime, *, done: Any = None,
         outcome: Outcome | None = None, note: str = "", callback_at: datetime | None = None,
         duration_seconds: int | None = None, skip: Sequence[int] = (), lease: timedelta | None = None,
         claim: bool = True) -> Any:
    """Store the outcome of the card ``done`` (when given) and claim and read the next contact to call.

    Args:
        session: A session (in a transaction, or autocommitted on PostgreSQL unless the outcome is
            "interested", whose opportunity is written after the statement).
        campaign_id: The campaign.
        user_id: The salesperson.
        now: Current time.
        done: The card just called (its member, contact, attempts and delays as read at its claim).
        outcome: What the call gave (with ``done``).
        note: The note typed during the call.
        callback_at: The chosen time of a "call back at".
        duration_seconds: The call's length, when known.
        skip: Members this salesperson holds besides (the one prefetched).
        lease: How long the claim lasts without an outcome.
        claim: False to store the outcome only (:func:`desktop.db.campaigns.record_outcome`): nobody is claimed.

    Returns:
        The next card, or None when nobody is due, the campaign is not active or ``claim`` is False.
    """
    from desktop.db.campaigns import CLAIM_LEASE, OUTCOME_SUBJECTS, _advance_opportunity, _claimable

    m = PhoningMember
    postgres = session.get_bind().dialect.name == "postgresql"
    held = [*skip, done.member_id] if done is not None else list(skip)
    if claim and user_id is None:
        raise ValueError("a claim needs its salesperson")
    pick = _claimable(campaign_id, user_id or 0, now, held).limit(1)  # type: ignore[attr-defined]
    if postgres:
        pick = pick.with_for_update(of=PhoningMember, skip_locked=True)
    until = literal(now + (lease or CLAIM_LEASE), UTCDateTime())
    claimed: dict[str, Any] = {"claimed_by": literal(user_id), "claim_expires_at": until}
    if done is None:
        if not claim:
            return None
        statement = update(m).where(m.id == pick.scalar_subquery()).values(**claimed)
    else:
        assert outcome is not None
        step = next_step(outcome, done.attempts + 1, now, done.delays, callback_at)
        called = m.id == done.member_id

        def on_called(value: Any, otherwise: Any) -> ColumnElement[Any]:
            return case((called, value), else_=otherwise)

        values: dict[str, Any] = {
            "attempts": on_called(m.attempts + 1, m.attempts),
            "state": on_called(literal(step.state), m.state),
            "next_call_at": on_called(literal(step.next_call_at, UTCDateTime()) if step.next_call_at else null(),
                                      m.next_call_at),
            "last_outcome": on_called(literal(outcome.value), m.last_outcome),
            "last_called_at": on_called(literal(now, UTCDateTime()), m.last_called_at),
            "claimed_by": on_called(null(), claimed["claimed_by"]),
            "claim_expires_at": on_called(null(), until)}
        if note:
            values["note"] = on_called(literal(note), m.note)
        rows_ = [literal(done.member_id), pick.scalar_subquery()] if claim else [literal(done.member_id)]
        statement = update(m).where(m.id.in_(rows_)).values(**values)
        writes = _outcome_writes(campaign_id, user_id, now, done, outcome, note, callback_at, duration_seconds,
                                 OUTCOME_SUBJECTS[outcome])
        if postgres:
            statement = statement.add_cte(*(w.cte(f"turn_{i}") for i, w in enumerate(writes)))
        else:
            for write in writes:
                session.execute(write)
    returned = _member_columns() if claim else [m.id]  # storing an outcome alone reads no card
    rows = session.execute(statement.returning(*returned).execution_options(synchronize_session=False)).all()
    if done is not None and outcome is Outcome.INTERESTED:
        contact = session.get_one(Contact, done.contact_id)
        _advance_opportunity(session, contact, session.get_one(PhoningCampaign, campaign_id), user_id, now)
        session.flush()
    following = [row for row in rows if done is None or row.id != done.member_id]
    return card_of(following[0]) if following else None


def _outcome_writes(campaign_id: int, user_id: int | None, now: datetime, done: Any, outcome: Outcome, note: str,
                    callback_at: datetime | None, duration_seconds: int | None, subject: str) -> list[Any]:
    """The call's log and its timeline entry (and the do-not-contact flag): the statements besides the member's."""
    name = select(PhoningCampaign.name).where(PhoningCampaign.id == campaign_id).scalar_subquery()
    writes: list[Any] = [
        insert(PhoningCall).values(campaign_id=campaign_id, contact_id=done.contact_id, user_id=user_id,
                                   called_at=now, outcome=outcome.value, duration_seconds=duration_seconds,
                                   callback_at=callback_at, note=note or None),
        insert(Activity).values(
            kind="call", subject=literal(f"{subject} (") + name + literal(")"), body=note or None, occurred_at=now,
            contact_id=done.contact_id, author_id=user_id,
            company_id=select(Contact.company_id).where(Contact.id == done.contact_id).scalar_subquery(),
            payload={"campaign_id": campaign_id, "outcome": outcome.value,
                     "callback_at": callback_at.isoformat() if callback_at else None})]
    if outcome is Outcome.DO_NOT_CALL:
        writes.append(update(Contact).where(Contact.id == done.contact_id)
                      .values(do_not_contact=True, updated_at=now))
    return writes
