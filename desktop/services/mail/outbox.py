"""The outbox: messages are written here, in the caller's transaction, before anything is sent.

:func:`enqueue` (:func:`enqueue_many` for a batch) adds the built message (exact bytes, fixed Message-ID,
explicit recipients, tracking token and links, whether it carries individual tracking, the contact's tracker key
made if it has none) in the same transaction as the caller's other changes, so a
quote is never "sending" without its message, nor a message queued for a quote that was rolled back. The
sender (:mod:`desktop.services.mail.sender`) then claims rows one at a time. The functions here take a
session and never make one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import LargeBinary, Table, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from desktop.db.bulk import insert_many, insert_returning_ids
from desktop.db.consent import ensure_tracking_keys
from desktop.db.outbox_models import IN_FLIGHT, OutboxMessage, OutboxPayload
from desktop.services.mail.message import BuiltMessage

DUE_STATES = ("queued", "failed_temporary", "paused")
_OUTBOX = cast(Table, OutboxMessage.__table__)
_PAYLOADS = cast(Table, OutboxPayload.__table__)


def enqueue(session: Session, built: BuiltMessage, *, quote_id: int | None = None, contact_id: int | None = None,
            tracker_quote: Mapping[str, Any] | None = None, now: datetime,
            invoice_id: int | None = None) -> OutboxMessage:
    """Write a message to the outbox in the caller's transaction.

    Args:
        session: The caller's session (its transaction also marks the quote as being sent).
        built: The message from :func:`desktop.services.mail.message.build_message`.
        quote_id: The quote it carries, if any.
        contact_id: The contact it goes to, if any.
        tracker_quote: Quote metadata registered with the tracker (``number``, ``version``, ``amount``,
            ``currency``, ``valid_until``); the PDF is taken from the message's attachment.
        now: Creation time.
        invoice_id: The invoice it carries, if any (marked sent when the server accepts the message).

    Returns:
        The new row (flushed: it has its id).
    """
    if built.tracking is not None and contact_id is not None:
        ensure_tracking_keys(session, [contact_id])  # the sender registers the message under the contact's key
    columns = _columns(built, quote_id=quote_id, contact_id=contact_id, tracker_quote=tracker_quote, now=now)
    columns["invoice_id"] = invoice_id
    if session.get_bind().dialect.name == "postgresql":
        return _insert_with_payload(session, columns, built.raw)
    row = OutboxMessage(**columns)
    session.add(row)
    session.flush()
    session.add(OutboxPayload(outbox_id=row.id, raw=built.raw))
    session.flush()
    return row


def _insert_with_payload(session: Session, columns: dict[str, Any], raw: bytes) -> OutboxMessage:
    """PostgreSQL: the row and its bytes in one statement (the row's insert a CTE the bytes' insert reads), the
    row loaded into the session as the ORM's flush would have left it."""
    session.flush()  # the caller's pending changes first, as before
    everything = {"lost_replies": 0, "sent_copy_attempts": 0, **columns}  # the CTE gets no Python-side defaults
    row = insert(_OUTBOX).values(**everything).returning(*_OUTBOX.c).cte("queued")
    payload = insert(_PAYLOADS).from_select(["outbox_id", "raw"], select(row.c.id, literal(raw, LargeBinary())))
    statement = select(*(row.c[c.name] for c in _OUTBOX.c)).add_cte(payload.cte("queued_payload"))
    queued: OutboxMessage = session.scalars(select(OutboxMessage).from_statement(statement)).one()
    return queued


def enqueue_many(session: Session, messages: Sequence[tuple[BuiltMessage, int | None]], *, now: datetime,
                 ) -> list[int]:
    """Write several messages to the outbox in the caller's transaction: one statement for the rows, one for
    their bytes (what a scenario run queues per batch).

    Args:
        session: The caller's session.
        messages: Each built message with the contact it goes to.
        now: Creation time.

    Returns:
        The new rows' ids, in the order of ``messages``.
    """
    if not messages:
        return []
    ensure_tracking_keys(session, [cid for built, cid in messages if built.tracking is not None and cid is not None])
    rows = [_columns(built, quote_id=None, contact_id=contact_id, tracker_quote=None, now=now)
            for built, contact_id in messages]
    ids = insert_returning_ids(session, _OUTBOX, rows)  # COPY on PostgreSQL: no long INSERT for psycopg to parse
    insert_many(session, _PAYLOADS, [{"outbox_id": i, "raw": built.raw}
                                     for i, (built, _) in zip(ids, messages, strict=True)])
    return ids


def _columns(built: BuiltMessage, *, quote_id: int | None, contact_id: int | None,
             tracker_quote: Mapping[str, Any] | None, now: datetime) -> dict[str, Any]:
    tracking = built.tracking
    return {"message_id": built.message_id, "sender": built.sender, "recipients": list(built.recipients),
            "subject": built.subject[:500], "state": "queued", "attempts": 0, "created_at": now,
            "token": tracking.token if tracking else None, "links": dict(tracking.links) if tracking else None,
            "tracker_quote": dict(tracker_quote) if tracker_quote and tracking else None,
            "registered": tracking is None, "quote_id": quote_id, "contact_id": contact_id,
            "individual_tracking": bool(tracking and tracking.individual),
            "aggregate_token": tracking.aggregate_token if tracking and not tracking.individual else None}


def recover_in_flight(session: Session, now: datetime, lease: timedelta = timedelta(0)) -> int:
    """Put messages left in flight by a crash back in the queue (call once at start).

    Args:
        session: A session in a transaction.
        now: Current time.
        lease: Only rows claimed longer ago than this are taken back (several desktops sharing a
            PostgreSQL database pass a lease longer than any delivery, e.g. ten minutes).

    Returns:
        How many messages were put back.
    """
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state.in_(IN_FLIGHT),
               or_(OutboxMessage.claimed_at.is_(None), OutboxMessage.claimed_at <= now - lease))
        .values(state="queued", next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def resume_sending(session: Session, now: datetime) -> int:
    """Lift a pause (quota, refused login) at once: paused messages become due.

    Args:
        session: A session in a transaction.
        now: Current time.

    Returns:
        How many messages were paused.
    """
    result = session.execute(
        update(OutboxMessage).where(OutboxMessage.state == "paused")
        .values(next_attempt_at=now).execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """What the status bar and the outbox view show.

    Attributes:
        counts: Number of messages per state.
        paused_until: When a pause ends, or None when sending is not paused.
        pause_reason: The server's words that paused sending.
        waiting_reason: Why queued messages wait (e.g. the tracker is unreachable), or None.
    """

    counts: dict[str, int]
    paused_until: datetime | None
    pause_reason: str | None
    waiting_reason: str | None


def summary(session: Session) -> OutboxSummary:
    """Count the outbox per state and say why sending is paused or waiting.

    Args:
        session: A session.

    Returns:
        The summary.
    """
    counts = {state: n for state, n in session.execute(
        select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state))}
    paused = session.execute(
        select(OutboxMessage.next_attempt_at, OutboxMessage.last_error).where(OutboxMessage.state == "paused")
        .order_by(OutboxMessage.next_attempt_at.desc()).limit(1)
    ).first()
    waiting = session.scalar(
        select(OutboxMessage.last_error).where(OutboxMessage.state == "queued", OutboxMessage.last_error.is_not(None))
        .limit(1)
    )
    return OutboxSummary(counts=counts, paused_until=paused[0] if paused else None,
                         pause_reason=paused[1] if paused else None, waiting_reason=waiting)


def refusal_words(refused: dict[str, Any]) -> str:
    """One line naming each refused recipient with the server's words (for ``last_error`` and the timeline)."""
    def one(address: str, r: dict[str, Any]) -> str:
        code = r.get("code")
        return f"{address} ({code} {r.get('words', '')})" if code is not None else f"{address} ({r.get('words', '')})"
    final = [one(a, r) for a, r in refused.items() if r.get("permanent")]
    waiting = [one(a, r) for a, r in refused.items() if not r.get("permanent")]
    parts = ([f"refused by the server for {', '.join(final)}"] if final else []) + \
        ([f"retrying later for {', '.join(waiting)}"] if waiting else [])
    return "; ".join(parts)


def delivery_note(row: OutboxMessage) -> str | None:
    """What the quote's message list says beside a message's state, when there is more than the state.

    Args:
        row: An outbox row (from :func:`messages_of_quote`).

    Returns:
        The recipients the server refused (for good, or retried later) with its words, the warning that a
        message given up after lost replies may have been delivered, or None.
    """
    if row.maybe_delivered:
        return row.last_error
    if row.refused:
        return refusal_words(row.refused)
    return None


def messages_of_quote(session: Session, quote_id: int) -> list[OutboxMessage]:
    """The messages of a quote, newest first (state, server's words, Message-ID, for the quote view;
    :func:`delivery_note` says who was refused).

    Args:
        session: A session.
        quote_id: The quote.

    Returns:
        Its outbox rows.
    """
    return list(session.scalars(
        select(OutboxMessage).where(OutboxMessage.quote_id == quote_id).order_by(OutboxMessage.id.desc())))
