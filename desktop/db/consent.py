"""Repository of tracking consent: answers recorded with their proof, the current state, the tracker's key,
what the tracker must still be told, and a withdrawal's reach into the opens already stored.

Every write of a contact's consent goes through :func:`record_answer` (or :func:`record_by_salesperson`): it
appends a :class:`~desktop.db.consent_models.ConsentRecord`, and when the record is the contact's latest
(by ``at``) it sets ``contacts.tracking_consent_state`` and the boolean cache ``contacts.tracking_consent``
(:func:`desktop.core.consent.cached_answer`), writes the timeline, and for a refusal or a withdrawal erases
the contact's stored opens and clicks (:func:`erase_tracking`). Functions take a session; none makes one.

Erasure deletes, it does not anonymise: an open is only meaningful tied to its message, and a row kept with
its time and campaign can be tied back to the one message of that campaign the person received; deleting is
what the person asked for and is provable. What the person did on the online quote (views, downloads, the
acceptance) is the service they asked for and stays (GDPR art. 6(1)(b)).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.core.consent import (
    ConsentAnswer,
    ConsentMethod,
    ConsentState,
    as_state,
    cached_answer,
    check_answer,
    state_after_answer,
)
from desktop.db.consent_models import ConsentRecord
from desktop.db.models import Activity, Company, Contact, User
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote

#: The timeline's words for each answer (the contact panel shows them as they are, like other entries).
TIMELINE_SUBJECT = {
    ConsentState.GIVEN: "Consentement au suivi des e-mails donné",
    ConsentState.REFUSED: "Suivi des e-mails refusé",
    ConsentState.WITHDRAWN: "Suivi des e-mails retiré",
    ConsentState.INFORMED: "Informé du suivi des e-mails, sans opposition",
}
INDIVIDUAL_KINDS = ("open", "click")  # what a withdrawal erases; views, downloads and acceptances stay
_ERASED_SUBJECTS = ("Message ouvert", "Lien du message suivi")


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    """One record of a contact's history, as the contact panel and the proof show it.

    Attributes:
        id: The record.
        state: The answer.
        method: How it was given.
        at: When it was given.
        text: The exact text shown to the person (empty when unknown).
        source: Truncated network, imported file or channel.
        note: The salesperson's note.
        recorded_by: Who recorded it (a user's name, empty for the tracker or an import).
        recorded_at: When it was stored.
    """

    id: int
    state: ConsentState
    method: ConsentMethod
    at: datetime
    text: str
    source: str
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ConsentStatus:
    """A contact's consent now, with its history (newest first).

    Attributes:
        contact_id: The contact.
        state: The current state.
        since: When the current answer was given (None: never asked).
        method: How it was given (None: never asked).
        history: Every record, newest first.
    """

    contact_id: int
    state: ConsentState
    since: datetime | None
    method: ConsentMethod | None
    history: tuple[ConsentEntry, ...]


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """What recording an answer changed.

    Attributes:
        record_id: The new record (None when the tracker's event was already recorded).
        state: The contact's state afterwards.
        changed: The state changed (the record is the latest and says something new).
        erased: Ids of the tracking events erased by a refusal or a withdrawal.
    """

    record_id: int | None
    state: ConsentState
    changed: bool
    erased: tuple[str, ...] = ()


def _latest(session: Session, contact_id: int) -> ConsentRecord | None:
    return session.scalars(select(ConsentRecord).where(ConsentRecord.contact_id == contact_id)
                           .order_by(ConsentRecord.at.desc(), ConsentRecord.id.desc()).limit(1)).first()


def _insert(session: Session, values: dict[str, Any]) -> int | None:
    """Insert a record; one carrying a tracker event already stored (another desktop) inserts nothing."""
    table = ConsentRecord.__table__
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values).returning(table.c.id)
    if values.get("event_id") is not None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["event_id"])
    found = session.execute(stmt).first()
    return int(found[0]) if found is not None else None


def record_answer(session: Session, contact_id: int, answer: ConsentAnswer, *, now: datetime,
                  recorded_by: int | None = None, event_id: str | None = None,
                  token: str | None = None) -> RecordOutcome | None:
    """Record one answer with its proof, and apply it when it is the contact's latest.

    Args:
        session: A session in a transaction.
        contact_id: The contact.
        answer: The answer (checked by :func:`desktop.core.consent.check_answer`).
        now: When it is recorded.
        recorded_by: The user recording it, if any.
        event_id: The tracker's event that carried it (recorded once, whoever reads the feed).
        token: The message whose link the person used.

    Returns:
        What changed, or None when the contact no longer exists.

    Raises:
        desktop.core.consent.ConsentError: The answer cannot be recorded as given.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    checked = check_answer(answer, created_at=contact.created_at)
    record_id = _insert(session, {
        "contact_id": contact_id, "state": checked.state.value, "method": checked.method.value, "at": checked.at,
        "text": checked.text, "source": checked.source, "note": checked.note, "recorded_by": recorded_by,
        "event_id": event_id, "token": token, "recorded_at": now, "synced_at": None})
    before = as_state(contact.tracking_consent_state)
    if record_id is None:
        return RecordOutcome(None, before, False)
    session.add(Activity(kind="consent", subject=TIMELINE_SUBJECT[checked.state], body=checked.note or None,
                         occurred_at=checked.at, contact_id=contact_id, company_id=contact.company_id,
                         author_id=recorded_by, payload={"consent_record_id": record_id, "state": checked.state.value,
                                                         "method": checked.method.value}))
    latest = _latest(session, contact_id)
    if latest is None or latest.id != record_id:
        session.flush()
        return RecordOutcome(record_id, before, False)  # an older answer arriving late: history only
    contact.tracking_consent_state = checked.state.value
    contact.tracking_consent = cached_answer(checked.state)
    erased: list[str] = []
    if checked.state in (ConsentState.REFUSED, ConsentState.WITHDRAWN):
        erased = erase_tracking(session, contact_id)
    session.flush()
    return RecordOutcome(record_id, checked.state, checked.state is not before, tuple(erased))


def record_by_salesperson(session: Session, contact_id: int, *, yes: bool, note: str, now: datetime,
                          user_id: int | None = None, channel: str = "") -> RecordOutcome | None:
    """Record what a person told a salesperson: "yes" needs a note saying how, "no" is a refusal or a withdrawal.

    Args:
        session: A session in a transaction.
        contact_id: The contact.
        yes: The person agrees to their emails' reading being measured.
        note: How and when they said it (needed for a yes).
        now: The time of the answer and of the record.
        user_id: The salesperson.
        channel: How it was said (``téléphone``, ``rendez-vous``, ``courrier``...), kept as the source.

    Returns:
        What changed, or None when the contact no longer exists.

    Raises:
        desktop.core.consent.ConsentError: A yes without a note (key ``consent_note_needed``).
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    state = state_after_answer(contact.tracking_consent_state, yes)
    return record_answer(session, contact_id, ConsentAnswer(state, ConsentMethod.SALESPERSON, now, source=channel,
                                                            note=note), now=now, recorded_by=user_id)


def _entry(record: ConsentRecord, who: str | None) -> ConsentEntry:
    return ConsentEntry(record.id, ConsentState(record.state), ConsentMethod(record.method), record.at, record.text,
                        record.source, record.note, who or "", record.recorded_at)


def consent_status(session: Session, contact_id: int) -> ConsentStatus | None:
    """A contact's consent now and its history, for the contact panel.

    Args:
        session: A session.
        contact_id: The contact.

    Returns:
        The status, or None when the contact does not exist.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    rows = session.execute(select(ConsentRecord, User.name).outerjoin(User, User.id == ConsentRecord.recorded_by)
                           .where(ConsentRecord.contact_id == contact_id)
                           .order_by(ConsentRecord.at.desc(), ConsentRecord.id.desc())).all()
    history = tuple(_entry(r, who) for r, who in rows)
    state = as_state(contact.tracking_consent_state)
    current = history[0] if history and history[0].state is state else None
    return ConsentStatus(contact_id, state, current.at if current else None, current.method if current else None,
                         history)


def ensure_tracking_keys(session: Session, contact_ids: Sequence[int]) -> dict[int, str]:
    """The opaque tracker key of each contact, made (128 random bits) for those that have none yet.

    Args:
        session: A session in a transaction.
        contact_ids: The contacts.

    Returns:
        Contact id -> key.
    """
    wanted = sorted(set(contact_ids))  # rows written in id order, as every writer of contacts in bulk: two
    table = cast(Table, Contact.__table__)  # desktops keying the same contacts wait for each other, never deadlock
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        rows = session.execute(select(Contact.id, Contact.tracking_key).where(Contact.id.in_(part))
                               .order_by(Contact.id)).all()
        missing = [{"cid": cid, "key": secrets.token_urlsafe(16)} for cid, key in rows if key is None]
        if missing:  # one statement for the batch; a key another desktop wrote meanwhile is kept
            session.execute(table.update().where(table.c.id == bindparam("cid"), table.c.tracking_key.is_(None))
                            .values(tracking_key=bindparam("key")), missing)
            rows = session.execute(select(Contact.id, Contact.tracking_key).where(Contact.id.in_(part))).all()
        found.update({cid: str(key) for cid, key in rows if key is not None})
    return found


def erase_tracking(session: Session, contact_id: int) -> list[str]:
    """Delete a contact's stored opens and clicks (every message, sent before or after), and what they made.

    The quotes' "opened" status goes back to "sent" (a view or an acceptance stays what it is), their last
    open time is cleared, and the timeline entries of those opens and clicks go.

    Args:
        session: A session in a transaction.
        contact_id: The contact.

    Returns:
        The ids of the erased events (a notification shown for one of them should be withdrawn).
    """
    tokens = select(OutboxMessage.token).where(OutboxMessage.contact_id == contact_id,
                                               OutboxMessage.token.is_not(None))
    mine = (TrackingEvent.kind.in_(INDIVIDUAL_KINDS)
            & ((TrackingEvent.contact_id == contact_id) | TrackingEvent.token.in_(tokens)))
    erased = [str(e) for e in session.scalars(select(TrackingEvent.event_id).where(mine))]
    if erased:
        session.execute(delete(TrackingEvent).where(mine).execution_options(synchronize_session=False))
    session.execute(update(Quote).where(Quote.contact_id == contact_id, Quote.last_human_open_at.is_not(None))
                    .values(last_human_open_at=None).execution_options(synchronize_session="fetch"))
    session.execute(update(Quote).where(Quote.contact_id == contact_id, Quote.status == "opened")
                    .values(status="sent").execution_options(synchronize_session="fetch"))
    for activity in session.scalars(select(Activity).where(Activity.contact_id == contact_id,
                                                           Activity.kind == "tracking")):
        payload = activity.payload or {}
        if payload.get("event") in INDIVIDUAL_KINDS or (not payload and activity.subject in _ERASED_SUBJECTS):
            session.delete(activity)
    session.flush()
    return erased


@dataclass(frozen=True, slots=True)
class ContactSync:
    """What the tracker is told of one contact whose answer it may not know.

    Attributes:
        contact_id: The contact.
        key: Its opaque tracker key.
        blocked: The person refused or withdrew: the tracker records no open nor click of its messages.
        at: When the current answer was given (the tracker keeps the newest it was told).
        tokens: The contact's registered messages, so that messages registered before keys existed join.
        up_to: The highest record id this accounts for.
    """

    contact_id: int
    key: str
    blocked: bool
    at: datetime
    tokens: tuple[str, ...]
    up_to: int


def pending_sync(session: Session, *, since: datetime, now: datetime, limit: int = 200) -> list[ContactSync]:
    """The contacts with answers the tracker was not told yet (a salesperson's, an import's, the migration's,
    and the tracker's own withdrawals, whose older messages may not carry the key).

    Contacts that never had a message registered are marked told at once (the tracker knows nothing of them).

    Args:
        session: A session in a transaction.
        since: Messages created before this are gone from the tracker (its retention): not listed.
        now: Current time (contacts with nothing to tell are marked told at this time).
        limit: Most contacts returned.

    Returns:
        One entry per contact, to push with :meth:`~desktop.services.tracking.client.TrackerClient.sync_contacts`.
    """
    r = ConsentRecord
    rows = session.execute(select(r.contact_id, func.max(r.id)).where(r.synced_at.is_(None))
                           .group_by(r.contact_id).order_by(r.contact_id).limit(limit)).all()
    out: list[ContactSync] = []
    silent: list[tuple[int, int]] = []
    for contact_id, up_to in rows:
        contact = session.get(Contact, contact_id)
        if contact is None:
            continue
        tokens = tuple(str(t) for t in session.scalars(
            select(OutboxMessage.token).where(OutboxMessage.contact_id == contact_id, OutboxMessage.token.is_not(None),
                                              OutboxMessage.registered.is_(True), OutboxMessage.created_at >= since)
            .order_by(OutboxMessage.id.desc()).limit(1000)))
        if not tokens and contact.tracking_key is None:
            silent.append((contact_id, up_to))
            continue
        key = ensure_tracking_keys(session, [contact_id])[contact_id]
        latest = _latest(session, contact_id)
        state = as_state(contact.tracking_consent_state)
        out.append(ContactSync(contact_id, key, state in (ConsentState.REFUSED, ConsentState.WITHDRAWN),
                               latest.at if latest is not None else contact.created_at, tokens, int(up_to)))
    for contact_id, up_to in silent:
        mark_synced(session, [(contact_id, up_to)], now)
    return out


def mark_synced(session: Session, told: Sequence[tuple[int, int]], now: datetime) -> None:
    """Note that the tracker was told of these contacts' answers (up to the given record ids).

    Args:
        session: A session in a transaction.
        told: ``(contact_id, up_to)`` pairs from :func:`pending_sync`.
        now: When.
    """
    for contact_id, up_to in told:
        session.execute(update(ConsentRecord).where(ConsentRecord.contact_id == contact_id,
                                                    ConsentRecord.id <= up_to, ConsentRecord.synced_at.is_(None))
                        .values(synced_at=now).execution_options(synchronize_session=False))


@dataclass(frozen=True, slots=True)
class ProofRow:
    """One line of the proof export: who, and one of their records.

    Attributes:
        contact_id: The contact.
        contact: Their name.
        email: Their address.
        company: Their company.
        current: Their state now.
        entry: The record.
    """

    contact_id: int
    contact: str
    email: str
    company: str
    current: ConsentState
    entry: ConsentEntry


def proof_rows(session: Session, contact_ids: Sequence[int] | None = None) -> list[ProofRow]:
    """Every record of these contacts (all contacts when None), by contact then oldest first.

    Args:
        session: A session.
        contact_ids: The contacts, or None for all.

    Returns:
        The rows of the proof.
    """
    query = (select(ConsentRecord, Contact, Company.legal_name, User.name)
             .join(Contact, Contact.id == ConsentRecord.contact_id)
             .outerjoin(Company, Company.id == Contact.company_id)
             .outerjoin(User, User.id == ConsentRecord.recorded_by)
             .order_by(Contact.last_name, Contact.first_name, Contact.id, ConsentRecord.at, ConsentRecord.id))
    if contact_ids is not None:
        query = query.where(ConsentRecord.contact_id.in_(list(contact_ids)))
    return [ProofRow(contact.id, contact.full_name, contact.email or "", company or "",
                     as_state(contact.tracking_consent_state), _entry(record, who))
            for record, contact, company, who in session.execute(query)]
