"""The background sender: claims due outbox messages one at a time, registers, delivers, records.

For each message, in order:

1. **Claim** it in its own committed transaction (state ``registering`` or ``sending``, ``claimed_at``),
   with a compare-and-set on its state so two desktops never take the same row. A crash from here on
   leaves this single message in flight; :func:`~desktop.services.mail.outbox.recover_in_flight` (at
   start) or the lease puts it back, so it is sent at most twice and never lost.
2. **Register** its token and links with the tracker (before the message exists anywhere else, so the
   first pixel hit is known); a quote's new version also marks the earlier versions' messages superseded,
   so that their online pages point to it and refuse acceptance. Tracker unreachable: the message goes
   back to ``queued`` with the reason shown, and the batch stops.
3. **Deliver** it with the transport (one SMTP connection for the whole batch).
4. **Record** the result: ``sent`` (the quote becomes "sent", the contact's timeline shows the message),
   ``failed_temporary`` with exponential backoff and jitter, ``failed_permanent`` with the server's words,
   or ``paused`` for a quota error or a refused login (nothing else is sent until the pause ends or
   :func:`~desktop.services.mail.outbox.resume_sending`).

The clock and the random source are injected.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import logging
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, and_, bindparam, case, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.quote_status import QuoteStatus, QuoteStatusError, resolve_transition
from desktop.db.models import Activity, Contact
from desktop.db.outbox_models import IN_FLIGHT, OutboxMessage, OutboxPayload
from desktop.db.quote_models import Quote
from desktop.services.mail.outbox import DUE_STATES
from desktop.services.mail.transport import DeliveryError, FailureKind, Transport
from desktop.services.tracking.client import TrackerClient, TrackerRejected, TrackerUnavailable

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long to wait after failures.

    Attributes:
        base: Delay after the first temporary failure; doubled after each further one.
        cap: Longest delay between two attempts.
        max_attempts: Attempts before a temporary failure is given up as permanent.
        jitter: Each delay is multiplied by a random factor in ``[1 - jitter, 1 + jitter]``.
        pause: How long a quota error or a refused login pauses sending.
        tracker_retry: How long a message waits when the tracker is unreachable.
        lease: A message claimed longer ago than this is taken as abandoned by a crashed sender.
    """

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 8
    jitter: float = 0.3
    pause: timedelta = timedelta(hours=1)
    tracker_retry: timedelta = timedelta(seconds=30)
    lease: timedelta = timedelta(minutes=10)

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        """The wait after ``attempts`` failed attempts (1 for the first), with jitter."""
        plain: timedelta = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        factor = 1.0 + self.jitter * (2.0 * rng.random() - 1.0)
        return plain * factor


@dataclass
class DeliveryReport:
    """What one call of :func:`deliver_due` did.

    Attributes:
        sent: Outbox ids delivered.
        retrying: Outbox ids that failed temporarily and will be retried.
        failed: Outbox ids that failed for good.
        paused: The server's words when sending was paused (quota, login), else None.
        waiting_for_tracker: Why tracked messages wait for the tracker, else None.
    """

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    paused: str | None = None
    waiting_for_tracker: str | None = None


@dataclass(frozen=True, slots=True)
class _Claimed:
    id: int
    sender: str
    recipients: list[str]
    raw: bytes
    token: str | None
    links: dict[str, Any] | None
    tracker_quote: dict[str, Any] | None
    registered: bool
    attempts: int
    quote_id: int | None
    contact_id: int | None
    message_id: str
    subject: str


class _Paused:
    def __init__(self, reason: str) -> None:
        self.reason = reason


# Every state change is a prebuilt Core statement run on one connection held for the batch (no ORM session,
# no statement construction per message): the per-message work between two SMTP transactions stays small.
# Parameter names never match a column name (Core would add them to an UPDATE's SET clause).
_OUTBOX = cast(Table, OutboxMessage.__table__)
_PAYLOADS = cast(Table, OutboxPayload.__table__)
_QUOTES = cast(Table, Quote.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_ACTIVITIES = cast(Table, Activity.__table__)
_o = _OUTBOX.c
_NOW = bindparam("now", type_=_o.claimed_at.type)
_STALE_BEFORE = bindparam("stale_before", type_=_o.claimed_at.type)
_OID = bindparam("oid", type_=_o.id.type)

#: Due now: waiting and due, or in flight under a lease that ran out (a crashed sender). Only rows that
#: have their payload (an inner join, as the claim always required).
_DUE = or_(
    and_(_o.state.in_(DUE_STATES), or_(_o.next_attempt_at.is_(None), _o.next_attempt_at <= _NOW)),
    and_(_o.state.in_(IN_FLIGHT), _o.claimed_at <= _STALE_BEFORE),
)
_NEXT_DUE_ID = (select(_o.id).join(_PAYLOADS, _PAYLOADS.c.outbox_id == _o.id).where(_DUE)
                .order_by(_o.id).limit(1))
_CLAIMED_COLUMNS = (_o.id, _o.registered, _o.sender, _o.recipients, _o.token, _o.links, _o.tracker_quote,
                    _o.attempts, _o.quote_id, _o.contact_id, _o.message_id, _o.subject)
_PAUSE = select(_o.last_error).where(_o.state == "paused", _o.next_attempt_at > _NOW).limit(1)
#: The claim in one statement: the oldest due row, re-checked in the UPDATE itself (a compare-and-set: on
#: PostgreSQL a concurrent claimer's committed change fails the re-check and the row is not returned).
_CLAIM = (update(_OUTBOX)
          .where(_o.id == _NEXT_DUE_ID.scalar_subquery(), _DUE)
          .values(state=case((_o.registered, "sending"), else_="registering"), claimed_at=_NOW)
          .returning(*_CLAIMED_COLUMNS))
# Without UPDATE ... RETURNING (SQLite before 3.35): read the row, then compare-and-set its state.
_NEXT_DUE = (select(_o.state, *_CLAIMED_COLUMNS).where(_o.id == _NEXT_DUE_ID.scalar_subquery()))
_CAS = (update(_OUTBOX).where(_o.id == _OID, _o.state == bindparam("old_state", type_=_o.state.type))
        .values(state=bindparam("new_state", type_=_o.state.type), claimed_at=_NOW))
_PAYLOAD = select(_PAYLOADS.c.raw).where(_PAYLOADS.c.outbox_id == _OID)
_MARK_SENT = (update(_OUTBOX).where(_o.id == _OID)
              .values(state="sent", sent_at=_NOW, attempts=bindparam("n_attempts", type_=_o.attempts.type),
                      last_code=None, last_error=None, next_attempt_at=None))
_QUOTE_SENT_STATE = select(_QUOTES.c.status, _QUOTES.c.sent_at).where(_QUOTES.c.id == _OID)
_CONTACT_COMPANY = select(_CONTACTS.c.company_id).where(_CONTACTS.c.id == _OID)
_ADD_ACTIVITY = insert(_ACTIVITIES)


def _claim_next(conn: Connection, now: datetime, lease: timedelta, check_pause: bool,
                returning: bool) -> _Claimed | _Paused | None:
    params = {"now": now, "stale_before": now - lease}
    if check_pause:
        pause = conn.execute(_PAUSE, params).first()
        if pause is not None:
            return _Paused(pause[0] or "sending is paused")
    while True:
        if returning:
            row = conn.execute(_CLAIM, params).first()
            if row is None:
                if conn.execute(_NEXT_DUE_ID, params).first() is None:
                    return None
                continue  # another sender took it first: look again
        else:
            row = conn.execute(_NEXT_DUE, params).first()
            if row is None:
                return None
            target = "sending" if row.registered else "registering"
            won = conn.execute(_CAS, {"oid": row.id, "old_state": row.state, "new_state": target, "now": now})
            if not won.rowcount:
                continue  # another sender took it first: look again
        raw = conn.execute(_PAYLOAD, {"oid": row.id}).scalar_one()
        return _Claimed(row.id, row.sender, list(row.recipients), raw, row.token, row.links,
                        row.tracker_quote, row.registered, row.attempts, row.quote_id, row.contact_id,
                        row.message_id, row.subject)


def _pdf_of(raw: bytes) -> bytes | None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


_older = _QUOTES.alias("older")
_newer = _QUOTES.alias("newer")
#: Tokens of the registered messages of a quote's earlier versions (the quote itself, its follow-ups).
_OLDER_VERSION_TOKENS = (
    select(_o.token).join(_older, _older.c.id == _o.quote_id).join(_newer, _newer.c.id == bindparam("qid"))
    .where(func.coalesce(_older.c.root_id, _older.c.id) == func.coalesce(_newer.c.root_id, _newer.c.id),
           _older.c.version < _newer.c.version, _o.token.is_not(None), _o.registered.is_(True)))


def _register(conn: Connection, tracker: TrackerClient | None, claimed: _Claimed, now: datetime) -> None:
    """Register the message's token and links; a quote's new version also supersedes the earlier ones online.

    The earlier versions' pages then say that a newer one exists and refuse acceptance. Both calls are
    idempotent on the tracker, so a retry after a failure repeats them harmlessly; an earlier message the
    tracker does not know (sent without tracking) is skipped.
    """
    if claimed.token is None or claimed.registered:
        return
    if tracker is None:
        raise TrackerUnavailable("no tracker is configured")
    pdf = _pdf_of(claimed.raw) if claimed.tracker_quote else None
    tracker.register(claimed.token, links={k: str(v) for k, v in (claimed.links or {}).items()},
                     delivered_at=now, quote=claimed.tracker_quote if pdf else None, pdf=pdf)
    if claimed.quote_id is None or not claimed.tracker_quote:
        return
    with _transaction(conn):  # read, then talk to the tracker with no transaction open
        older = list(conn.execute(_OLDER_VERSION_TOKENS, {"qid": claimed.quote_id}).scalars())
    for token in older:
        with contextlib.suppress(TrackerRejected):
            tracker.supersede(token, superseded_by=claimed.token)


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    """One committed step (a savepoint when the factory is bound to a connection already in a transaction)."""
    with conn.begin_nested() if conn.in_transaction() else conn.begin():
        yield conn


def _set(conn: Connection, outbox_id: int, **values: Any) -> None:
    with _transaction(conn):
        conn.execute(update(_OUTBOX).where(_o.id == outbox_id).values(**values))


def _timeline(conn: Connection, claimed: _Claimed, kind: str, subject: str, when: datetime,
              body: str | None = None) -> None:
    """What :func:`desktop.db.contacts.add_activity` adds, as one prebuilt insert."""
    if claimed.contact_id is None:
        return
    company_id = conn.execute(_CONTACT_COMPANY, {"oid": claimed.contact_id}).scalar()
    conn.execute(_ADD_ACTIVITY, {
        "kind": kind, "subject": subject, "body": body, "occurred_at": when, "contact_id": claimed.contact_id,
        "company_id": company_id, "author_id": None,
        "payload": {"outbox_id": claimed.id, "message_id": claimed.message_id, "quote_id": claimed.quote_id}})


def _record_sent(conn: Connection, claimed: _Claimed, now: datetime) -> None:
    conn.execute(_MARK_SENT, {"oid": claimed.id, "now": now, "n_attempts": claimed.attempts + 1})
    if claimed.quote_id is not None:
        quote = conn.execute(_QUOTE_SENT_STATE, {"oid": claimed.quote_id}).first()
        if quote is not None:
            status = quote.status
            with contextlib.suppress(QuoteStatusError):  # e.g. accepted meanwhile: keeps its status
                status = resolve_transition(quote.status, QuoteStatus.SENT).value
            changes: dict[str, Any] = {}
            if status != quote.status:
                changes["status"] = status
            if quote.sent_at is None:
                changes["sent_at"] = now
            if changes:  # (``updated_at`` follows, as with the ORM; nothing is written when nothing changes)
                conn.execute(update(_QUOTES).where(_QUOTES.c.id == claimed.quote_id).values(**changes))
    _timeline(conn, claimed, "email", claimed.subject, now)


def _record_failure(conn: Connection, claimed: _Claimed, exc: DeliveryError, now: datetime,
                    policy: RetryPolicy, rng: random.Random, report: DeliveryReport) -> None:
    attempts = claimed.attempts + 1
    common: dict[str, Any] = {"attempts": attempts, "last_code": exc.code, "last_error": exc.words[:2000]}
    if exc.kind in (FailureKind.QUOTA, FailureKind.LOGIN):
        _set(conn, claimed.id, state="paused", next_attempt_at=now + policy.pause, **common)
        report.paused = str(exc)
        return
    if exc.kind is FailureKind.TEMPORARY and attempts < policy.max_attempts:
        _set(conn, claimed.id, state="failed_temporary",
             next_attempt_at=now + policy.delay(attempts, rng), **common)
        report.retrying.append(claimed.id)
        return
    words = str(exc) if exc.kind is FailureKind.PERMANENT else f"gave up after {attempts} attempts: {exc}"
    with _transaction(conn):
        conn.execute(update(_OUTBOX).where(_o.id == claimed.id).values(
            state="failed_permanent", next_attempt_at=None, **{**common, "last_error": words[:2000]}))
        _timeline(conn, claimed, "email_failed", claimed.subject, now, body=words)
    report.failed.append(claimed.id)


@contextlib.contextmanager
def _connection(sessions: sessionmaker[Session]) -> Iterator[Connection]:
    """One connection of the factory's database for the whole batch."""
    with sessions() as session:
        bind = session.get_bind(OutboxMessage)
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            yield conn
    else:
        yield bind


def deliver_due(
    sessions: sessionmaker[Session],
    transport: Transport,
    tracker: TrackerClient | None,
    clock: Clock,
    *,
    rng: random.Random | None = None,
    policy: RetryPolicy | None = None,
    limit: int | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> DeliveryReport:
    """Send every due message of the outbox, one at a time, over one transport connection.

    Args:
        sessions: The session factory (each step commits on its own).
        transport: SMTP or the local folder; closed when the batch ends.
        tracker: The tracker client, or None (tracked messages then wait).
        clock: Current time (UTC, aware).
        rng: Random source of the jitter.
        policy: Retry and pause delays.
        limit: Largest number of messages to attempt in this call.
        should_stop: Polled between messages (the application is closing).

    Returns:
        What was sent, retried, given up, and why sending pauses or waits.
    """
    rng = rng or random.Random()
    policy = policy or RetryPolicy()
    report = DeliveryReport()
    attempted = 0
    delivered: tuple[_Claimed, datetime] | None = None  # recorded in the transaction that claims the next one
    with _connection(sessions) as conn:
        returning = conn.dialect.update_returning
        try:
            while True:
                stop = (limit is not None and attempted >= limit) or (should_stop is not None and should_stop())
                now = clock()
                with _transaction(conn):
                    if delivered is not None:
                        _record_sent(conn, *delivered)
                        report.sent.append(delivered[0].id)
                        delivered = None
                    claimed = None if stop else _claim_next(conn, now, policy.lease, attempted == 0, returning)
                if claimed is None:
                    break
                if isinstance(claimed, _Paused):
                    report.paused = claimed.reason
                    break
                attempted += 1
                try:
                    _register(conn, tracker, claimed, now)
                except TrackerUnavailable as exc:
                    _set(conn, claimed.id, state="queued", next_attempt_at=now + policy.tracker_retry,
                         last_error=f"waiting for the tracker: {exc}")
                    report.waiting_for_tracker = str(exc)
                    break
                except TrackerRejected as exc:
                    _record_failure(conn, claimed, DeliveryError(FailureKind.PERMANENT, None, str(exc)), now,
                                    policy, rng, report)
                    continue
                if not claimed.registered:
                    _set(conn, claimed.id, state="sending", registered=True, last_error=None)
                try:
                    transport.send(claimed.sender, claimed.recipients, claimed.raw)
                except DeliveryError as exc:
                    log.info("message %s not delivered: %s", claimed.id, exc)
                    _record_failure(conn, claimed, exc, now, policy, rng, report)
                    if report.paused or exc.code in (None, 421):
                        break  # the server is gone or asks us to stop: leave the rest for later
                    continue
                delivered = (claimed, clock())
        finally:
            transport.close()
            if delivered is not None:
                with _transaction(conn):
                    _record_sent(conn, *delivered)
                report.sent.append(delivered[0].id)
    return report
