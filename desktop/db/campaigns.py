"""Phoning campaigns in the database: the call list, claims, outcomes, progress and statistics.

Several salespeople work one campaign at once and never get the same contact at the same time: a contact is
*claimed* (``claimed_by`` until ``claim_expires_at``) in the transaction that picks it. On PostgreSQL the pick
is ``SELECT ... FOR UPDATE SKIP LOCKED`` (a concurrent claimer skips the row being taken); on SQLite, where
writers are serialised, a conditional ``UPDATE ... WHERE`` the row is still free takes it, and a lost race
simply tries the next one. A contact marked do-not-contact, or deleted, is never claimed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, case, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.campaigns import (
    REACHED,
    CallRecord,
    CallStats,
    Outcome,
    RetryDelays,
    call_stats,
    heat,
)
from desktop.core.followup import QuoteSignals, score
from desktop.db.campaign_models import PhoningCall, PhoningCampaign, PhoningMember
from desktop.db.models import Contact, Opportunity, User
from desktop.db.queries import members as query_members
from desktop.db.quote_models import Quote
from desktop.db.unindexed import unindexed

CLAIM_LEASE = timedelta(minutes=15)
SENT_STATUSES = ("sent", "opened", "viewed", "accepted", "refused", "expired")
_CHUNK = 500
_MEMBERS = cast(Table, PhoningMember.__table__)
OUTCOME_SUBJECTS = {
    Outcome.INTERESTED: "Appel : intéressé", Outcome.NOT_INTERESTED: "Appel : pas intéressé",
    Outcome.VOICEMAIL: "Appel : messagerie", Outcome.NO_ANSWER: "Appel : pas de réponse",
    Outcome.WRONG_NUMBER: "Appel : faux numéro", Outcome.CALLBACK: "Appel : à rappeler",
    Outcome.DO_NOT_CALL: "Appel : ne plus appeler",
}


def delays_of(campaign: PhoningCampaign) -> RetryDelays:
    """The retry delays of a campaign."""
    return RetryDelays(timedelta(minutes=campaign.no_answer_delay_minutes),
                       timedelta(minutes=campaign.voicemail_delay_minutes), campaign.max_attempts)


def create_campaign(session: Session, *, name: str, now: datetime, goal: str = "", script: str = "",
                    owner_id: int | None = None, query_id: int | None = None, keep_feeding: bool = False,
                    no_answer_minutes: int = 240, voicemail_minutes: int = 1440, max_attempts: int = 5,
                    ) -> PhoningCampaign:
    """Create an active phoning campaign (empty: add contacts next)."""
    campaign = PhoningCampaign(name=name.strip(), goal=goal, script=script, owner_id=owner_id, query_id=query_id,
                               keep_feeding=keep_feeding, no_answer_delay_minutes=no_answer_minutes,
                               voicemail_delay_minutes=voicemail_minutes, max_attempts=max_attempts,
                               status="active", created_at=now, updated_at=now)
    session.add(campaign)
    session.flush()
    return campaign


def add_contacts(session: Session, campaign_id: int, contact_ids: Sequence[int], now: datetime) -> int:
    """Add contacts to the call list (those already in it are skipped); their heat is computed at once.

    Returns:
        How many were added.
    """
    existing = set(session.scalars(select(PhoningMember.contact_id).where(PhoningMember.campaign_id == campaign_id)))
    fresh = [cid for cid in dict.fromkeys(contact_ids) if cid not in existing]
    if not fresh:
        return 0
    heats = _heats(session, fresh, now)
    session.execute(insert(_MEMBERS), [
        {"campaign_id": campaign_id, "contact_id": cid, "state": "todo", "priority": heats.get(cid, 0),
         "attempts": 0, "added_at": now} for cid in fresh])
    return len(fresh)


def feed_from_query(session: Session, campaign_id: int, now: datetime, query_id: int | None = None) -> int:
    """Add the members of a smart query ("Ajouter des comptes"); a dynamic one is evaluated now.

    Args:
        session: A session in a transaction.
        campaign_id: The campaign.
        now: Current time.
        query_id: The query; None uses the campaign's own (the keep-feeding query).

    Returns:
        How many contacts were added.
    """
    campaign = session.get_one(PhoningCampaign, campaign_id)
    qid = query_id if query_id is not None else campaign.query_id
    if qid is None:
        return 0
    added = add_contacts(session, campaign_id, query_members(session, qid, now.date(), now), now)
    campaign.fed_at = now
    return added


def latest_sent_quotes(contact_ids: Sequence[int]) -> Select[Any]:
    """The latest sent quote of each of these contacts, read by the contacts: :func:`unindexed` keeps SQLite's
    planner, which has no statistics, from walking every sent quote along the (kind, status) index for each
    chunk instead (39 ms a chunk of 500 at 100,000 contacts, against 1 ms)."""
    latest = (select(Quote.contact_id, func.max(Quote.id).label("qid"))
              .where(Quote.contact_id.in_(contact_ids), unindexed(Quote.kind) == "quote",
                     unindexed(Quote.status).in_(SENT_STATUSES))
              .group_by(Quote.contact_id).subquery())
    return select(Quote).join(latest, latest.c.qid == Quote.id)


def _heats(session: Session, contact_ids: Sequence[int], now: datetime) -> dict[int, int]:
    """The heat of each contact from its latest sent quote (human opens and views, follow-up score)."""
    out: dict[int, int] = {}
    for i in range(0, len(contact_ids), _CHUNK):
        chunk = contact_ids[i:i + _CHUNK]
        for q in session.scalars(latest_sent_quotes(chunk)):
            assert q.contact_id is not None
            found = score(QuoteSignals(q.id, q.status, q.sent_at, q.validity_date, q.viewed_at, q.accepted_at,
                                       (), q.next_followup_on), now)
            out[q.contact_id] = heat(now, last_human_open=q.last_human_open_at, last_view=q.viewed_at,
                                     followup_score=found.score if found else 0)
    return out


def refresh_priorities(session: Session, campaign_id: int, now: datetime) -> None:
    """Recompute the heat of the contacts still to call (a quote may have been opened since)."""
    ids = list(session.scalars(select(PhoningMember.contact_id).where(
        PhoningMember.campaign_id == campaign_id, PhoningMember.state == "todo")))
    heats = _heats(session, ids, now)
    session.execute(update(PhoningMember).where(PhoningMember.campaign_id == campaign_id,
                                                PhoningMember.state == "todo").values(priority=0)
                    .execution_options(synchronize_session=False))
    if heats:
        rows = [{"c": cid, "p": value} for cid, value in heats.items()]
        table = _MEMBERS
        session.execute(update(table).where(table.c.campaign_id == campaign_id, table.c.state == "todo",
                                            table.c.contact_id == bindparam("c")).values(priority=bindparam("p"))
                        .execution_options(synchronize_session=False), rows)


def _claimable(campaign_id: int, user_id: int, now: datetime, skip: Sequence[int]) -> object:
    m = PhoningMember
    query = (select(m.id).join(Contact, Contact.id == m.contact_id)
             .join(PhoningCampaign, PhoningCampaign.id == m.campaign_id)
             .where(m.campaign_id == campaign_id, m.state == "todo", PhoningCampaign.status == "active",
                    or_(m.next_call_at.is_(None), m.next_call_at <= now),
                    or_(m.claimed_by.is_(None), m.claim_expires_at <= now, m.claimed_by == user_id),
                    Contact.do_not_contact.is_(False), Contact.deleted_at.is_(None))
             .order_by(case((m.last_outcome == Outcome.CALLBACK.value, 0), else_=1), m.priority.desc(),
                       case((m.attempts == 0, 0), else_=1), m.id))
    if skip:
        query = query.where(m.id.not_in(list(skip)))
    return query


def claim_next(session: Session, campaign_id: int, user_id: int, now: datetime, *, skip: Sequence[int] = (),
               lease: timedelta = CLAIM_LEASE) -> int | None:
    """Claim the next contact to call for this salesperson; commit soon (the claim protects it from others).

    Args:
        session: A session in a transaction.
        campaign_id: The campaign.
        user_id: The salesperson.
        now: Current time.
        skip: Members this salesperson already holds (the one on screen, the one prefetched).
        lease: How long the claim lasts without an outcome.

    Returns:
        The member id, or None when nobody is due or the campaign is not active (paused, closed: a calling
        session already open then gets nobody more).
    """
    base = _claimable(campaign_id, user_id, now, skip)
    if session.get_bind().dialect.name == "postgresql":  # the row found and claimed in one round trip
        locked = base.limit(1).with_for_update(of=PhoningMember, skip_locked=True).scalar_subquery()  # type: ignore[attr-defined]
        member_id = session.scalar(update(PhoningMember).where(PhoningMember.id == locked)
                                   .values(claimed_by=user_id, claim_expires_at=now + lease)
                                   .returning(PhoningMember.id).execution_options(synchronize_session=False))
        return int(member_id) if member_id is not None else None
    for _ in range(20):  # SQLite: the conditional update wins or another claimer did; then try the next one
        member_id = session.scalar(base.limit(1))  # type: ignore[attr-defined]
        if member_id is None:
            return None
        m = PhoningMember
        taken = session.execute(update(m).where(
            m.id == member_id, m.state == "todo",
            or_(m.claimed_by.is_(None), m.claim_expires_at <= now, m.claimed_by == user_id))
            .values(claimed_by=user_id, claim_expires_at=now + lease).execution_options(synchronize_session=False))
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return int(member_id)
    return None


def release_claims(session: Session, campaign_id: int, user_id: int) -> None:
    """Give back the contacts this salesperson holds (end of a session, or pause)."""
    session.execute(update(PhoningMember).where(PhoningMember.campaign_id == campaign_id,
                                                PhoningMember.claimed_by == user_id)
                    .values(claimed_by=None, claim_expires_at=None).execution_options(synchronize_session=False))


@dataclass(frozen=True)
class QuoteGlance:
    """The contact's latest quote as the call list shows it."""

    number: str
    status: str
    total_ttc: Decimal
    sent_at: datetime | None
    last_human_open_at: datetime | None
    views: int


@dataclass(frozen=True)
class CallCard:
    """Everything the call-list window shows about one contact."""

    member_id: int
    contact_id: int
    name: str
    job_title: str
    company: str
    country: str
    city: str
    phones: tuple[tuple[str, str], ...]  # (kind, number): "phone", "mobile", "company"
    email: str
    notes: str
    member_note: str
    attempts: int
    last_outcome: str | None
    quote: QuoteGlance | None
    timeline: tuple[tuple[datetime, str, str], ...]  # (when, kind, subject), newest first
    civility: str = ""  # for the script's greeting (« Bonjour Madame Fontaine »)
    first_name: str = ""
    last_name: str = ""
    campaign_name: str = ""
    delays: RetryDelays = field(default_factory=RetryDelays)  # the campaign's, read with the card: its outcome's step


def load_card(session: Session, member_id: int) -> CallCard:
    """Read one contact of the call list with its latest quote, tracking and recent timeline (one statement)."""
    from desktop.db.call_turn import read_card

    return cast(CallCard, read_card(session, member_id))


def next_card(session: Session, campaign_id: int, user_id: int, now: datetime, skip: Sequence[int] = ()
              ) -> CallCard | None:
    """Claim and read the next contact to call (None when the list is done for now), in one statement."""
    from desktop.db.call_turn import turn

    return cast("CallCard | None", turn(session, campaign_id, user_id, now, skip=skip))


def record_outcome(session: Session, member_id: int, *, user_id: int | None, outcome: Outcome, now: datetime,
                   note: str = "", callback_at: datetime | None = None, duration_seconds: int | None = None) -> None:
    """Record a call: the log, the member's next step, the contact's timeline, an opportunity, the flag.

    "Interested" opens an opportunity (or moves the open one from qualification to proposal); "do not call"
    sets the contact's do-not-contact flag, which every campaign and claim honours. The writes are the call
    list's own (:func:`desktop.db.call_turn.turn`, claiming nobody), so both ways of calling store the same;
    the session's objects they change are expired, so the caller reads them as stored.
    """
    from desktop.db.call_turn import read_card, turn

    campaign_id = session.scalar(select(PhoningMember.campaign_id).where(PhoningMember.id == member_id))
    if campaign_id is None:
        raise LookupError(f"no call-list member {member_id}")
    turn(session, campaign_id, user_id, now, done=read_card(session, member_id), outcome=outcome, note=note,
         callback_at=callback_at, duration_seconds=duration_seconds, claim=False)
    session.expire_all()  # the statement wrote rows the identity map may hold (flushed before it ran)


def _advance_opportunity(session: Session, contact: Contact, campaign: PhoningCampaign, user_id: int | None,
                         now: datetime) -> None:
    opportunity = session.scalars(select(Opportunity).where(Opportunity.contact_id == contact.id,
                                                            Opportunity.result.is_(None))
                                  .order_by(Opportunity.id.desc()).limit(1)).first()
    if opportunity is None:
        session.add(Opportunity(title=f"{campaign.name} – {contact.full_name}".strip()[:200], stage="qualification",
                                owner_id=user_id or contact.owner_id, contact_id=contact.id,
                                company_id=contact.company_id, created_at=now))
    elif opportunity.stage == "qualification":
        opportunity.stage = "proposal"


@dataclass(frozen=True)
class Progress:
    """The call list's counters: total, done (closed), left (still to call), reached (answered once)."""

    total: int
    done: int
    left: int
    reached: int
    due_now: int


def progress(session: Session, campaign_id: int, now: datetime) -> Progress:
    """Count the call list (do-not-contact contacts count as done)."""
    m = PhoningMember
    open_ = and_(m.state == "todo", Contact.do_not_contact.is_(False), Contact.deleted_at.is_(None))
    row = session.execute(select(
        func.count(), func.sum(case((open_, 1), else_=0)),
        func.sum(case((and_(open_, or_(m.next_call_at.is_(None), m.next_call_at <= now)), 1), else_=0)),
    ).select_from(m).join(Contact, Contact.id == m.contact_id).where(m.campaign_id == campaign_id)).one()
    total, left, due = int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)
    reached = session.scalar(select(func.count(func.distinct(PhoningCall.contact_id))).where(
        PhoningCall.campaign_id == campaign_id, PhoningCall.outcome.in_([o.value for o in REACHED])))
    return Progress(total=total, done=total - left, left=left, reached=int(reached or 0), due_now=due)


def statistics(session: Session, campaign_id: int) -> CallStats:
    """Calls made, reach rate and outcomes, per salesperson and per day."""
    rows = session.execute(select(func.coalesce(User.name, ""), PhoningCall.called_at, PhoningCall.outcome)
                           .outerjoin(User, User.id == PhoningCall.user_id)
                           .where(PhoningCall.campaign_id == campaign_id)).all()
    return call_stats([CallRecord(name, at, Outcome(outcome)) for name, at, outcome in rows])


@dataclass(frozen=True)
class PhoningRow:
    """One phoning campaign in the campaigns view."""

    id: int
    name: str
    goal: str
    status: str
    owner: str
    total: int
    left: int
    calls: int
    reached: int


def list_campaigns(session: Session, now: datetime) -> list[PhoningRow]:
    """Every phoning campaign with its counters, newest first."""
    out = []
    query = select(PhoningCampaign, User.name).outerjoin(User, User.id == PhoningCampaign.owner_id)
    for c, owner in session.execute(query.order_by(PhoningCampaign.id.desc())).all():
        p = progress(session, c.id, now)
        calls, reached = session.execute(select(func.count(), func.sum(case(
            (PhoningCall.outcome.in_([o.value for o in REACHED]), 1), else_=0))).where(
            PhoningCall.campaign_id == c.id)).one()
        out.append(PhoningRow(c.id, c.name, c.goal, c.status, owner or "", p.total, p.left, int(calls or 0),
                              int(reached or 0)))
    return out


def current_user_id(session: Session, address: str = "") -> int:
    """The salesperson at this desktop: the user with the sender address, else the first one (created if none)."""
    if address:
        found = session.scalar(select(User.id).where(func.lower(User.email) == address.lower()).limit(1))
        if found is not None:
            return int(found)
    first = session.scalar(select(User.id).order_by(User.id).limit(1))
    if first is not None:
        return int(first)
    user = User(name=address or "Moi", email=address or None)
    session.add(user)
    session.flush()
    return user.id


EDITABLE = ("name", "goal", "script", "query_id", "keep_feeding", "no_answer_minutes", "voicemail_minutes",
            "max_attempts")
_COLUMNS = {"no_answer_minutes": "no_answer_delay_minutes", "voicemail_minutes": "voicemail_delay_minutes"}


def campaign_values(session: Session, campaign_id: int) -> dict[str, object]:
    """The editable fields of a campaign (what the dialog shows)."""
    campaign = session.get_one(PhoningCampaign, campaign_id)
    return {key: getattr(campaign, _COLUMNS.get(key, key)) for key in EDITABLE}


def update_campaign(session: Session, campaign_id: int, values: dict[str, object]) -> None:
    """Save the editable fields of a campaign."""
    campaign = session.get_one(PhoningCampaign, campaign_id)
    for key in EDITABLE:
        if key in values:
            setattr(campaign, _COLUMNS.get(key, key), values[key])
    session.flush()


@dataclass(frozen=True)
class SessionStart:
    """What a calling session opens on: the campaign's name and script, the first two contacts (claimed for the
    salesperson: the second is shown at once when the first is done) and the counters."""

    name: str
    script: str
    first: CallCard | None
    second: CallCard | None
    progress: Progress
    salesperson: str = ""  # who calls, and for whom: the script's « ici Julie de Atelier Lumière »
    seller_company: str = ""


def start_session(session: Session, campaign_id: int, user_id: int, now: datetime) -> SessionStart:
    """Open (or resume) a calling session: a campaign that keeps feeding takes its query's new members first."""
    campaign = session.get_one(PhoningCampaign, campaign_id)
    if campaign.keep_feeding and campaign.query_id is not None:
        feed_from_query(session, campaign_id, now)
    first = next_card(session, campaign_id, user_id, now)
    second = next_card(session, campaign_id, user_id, now, [first.member_id]) if first is not None else None
    from desktop.db.seller import seller_identity

    user = session.get(User, user_id)
    seller = seller_identity(session)
    return SessionStart(campaign.name, campaign.script, first, second, progress(session, campaign_id, now),
                        salesperson=user.name if user is not None else "",
                        seller_company=seller.legal_name if seller is not None else "")


def first_recipient(session: Session, campaign_id: int) -> int | None:
    """The contact an email campaign's preview and test message are written for: its first recipient still
    pending, else its first one (None when it has none)."""
    from desktop.db.campaign_models import EmailCampaignRecipient as R

    found = session.scalar(select(R.contact_id).where(R.campaign_id == campaign_id)
                           .order_by(R.state != "pending", R.id).limit(1))
    return int(found) if found is not None else None


# Status by hand ------------------------------------------------------------------------------------------------
def set_campaign_status(session: Session, campaign_id: int, status: str, now: datetime) -> str:
    """Pause, resume or close a phoning campaign; returns the status it had (what an undo puts back).

    Raises:
        ValueError: An unknown status.
    """
    from desktop.db.campaign_models import CAMPAIGN_STATES

    if status not in CAMPAIGN_STATES:
        raise ValueError(f"statut de campagne inconnu : {status!r}")
    campaign = session.get_one(PhoningCampaign, campaign_id)
    previous, campaign.status, campaign.updated_at = campaign.status, status, now
    session.flush()
    return previous


def set_email_campaign_status(session: Session, campaign_id: int, status: str, now: datetime) -> str:
    """Set an email campaign's status by hand (``done`` stops it for good: its pending messages are never
    handed over); returns the status it had (what an undo puts back).

    Raises:
        ValueError: An unknown status.
    """
    from desktop.db.campaign_models import EMAIL_CAMPAIGN_STATES, EmailCampaign

    if status not in EMAIL_CAMPAIGN_STATES:
        raise ValueError(f"statut de campagne inconnu : {status!r}")
    campaign = session.get_one(EmailCampaign, campaign_id)
    previous, campaign.status = campaign.status, status
    campaign.finished_at = (campaign.finished_at or now) if status == "done" else None
    session.flush()
    return previous
