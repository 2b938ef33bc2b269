"""The background sender: claims due outbox messages one at a time, registers, delivers, records.

For each message, in order:

1. **Claim** it in its own committed transaction (state ``registering`` or ``sending``, ``claimed_at``),
   with a compare-and-set on its state so two desktops never take the same row; on a server database the
   claim is made while the message before is being sent (:class:`_Batch`). A crash from here on leaves this
   message in flight (with, at most, the one being sent before it);
   :func:`~desktop.services.mail.outbox.recover_in_flight` (at start) or the lease puts it back, so it is
   sent at most twice and never lost.
2. **Register** its token and links with the tracker (before the message exists anywhere else, so the
   first pixel hit is known; the hidden honeypot link flagged as such; no delivery time yet), under its
   contact's opaque key (a withdrawal from any message of the contact covers them all) and after the campaign's
   anonymous pixel it carries, if any; a quote's new version
   also marks the earlier versions' messages superseded, so that their online pages point to it and refuse
   acceptance. Tracker unreachable: the message goes back to ``queued`` with the reason shown, and the batch
   stops.
3. **Deliver** it with the transport (one SMTP connection for the whole batch).
4. **Record** the result, then tell the tracker when the server accepted the message (the delivery clock of its
   verdicts starts then, on the attempt that succeeded; a tracker that cannot be told is logged, never a failed
   send): ``sent`` (the quote becomes "sent", the contact's timeline shows the message),
   ``failed_temporary`` with exponential backoff and jitter, ``failed_permanent`` with the server's words,
   or ``paused`` for the sender's quota, a refused login or settings that cannot work (nothing else is
   sent until the pause ends or :func:`~desktop.services.mail.outbox.resume_sending`).

When the transport names who files copies in the Sent folder (``transport.copies``), a delivered message is
marked for its copy in the transaction that records it, and once the batch's connection is closed the copies
due are filed (:mod:`desktop.services.mail.sent_copy`): a failing mailbox never changes a send, it only
delays its copy.

Recipients the server refuses are recorded with its words (``refused``); the message still goes to the others
(``delivered_to``), and a temporary refusal is retried for that recipient only. Every failure counts
against ``max_attempts`` but those that say nothing about the message (connecting, logging in): a message
that keeps pausing the outbox for its quota is given up too. A message that waits (backoff, pause) goes to
the back of the line: due messages are taken by ``coalesce(next_attempt_at, created_at)``, so one message
never heads the line forever. A connection lost after the whole message was handed over may mean the
server kept it: after ``max_lost_replies`` of those the message is not sent again and the user is told it
may have been delivered. Any unexpected exception becomes a recorded, worded failure: no message is left in
flight by an error. A batch stops claiming once the transport's time budget is used.

The clock and the random source are injected.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import logging
import random
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, and_, bindparam, case, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.models import Contact
from desktop.db.outbox_models import IN_FLIGHT, OutboxMessage, OutboxPayload
from desktop.db.quote_models import Quote
from desktop.services.mail import sender_step
from desktop.services.mail.delivery_report import tell_delivered, tell_pending
from desktop.services.mail.outbox import DUE_STATES
from desktop.services.mail.outcomes import (
    Claimed,
    DeliveryReport,
    RetryPolicy,
    delivered_writes,
    record_delivery,
    record_failure,
    set_row,
    transaction,
)
from desktop.services.mail.tracked import honeypot_link_id
from desktop.services.mail.transport import UNEXPECTED, Delivery, DeliveryError, FailureKind, Transport
from desktop.services.tracking.client import TrackerClient, TrackerRejected, TrackerUnavailable

__all__ = ["Clock", "DeliveryReport", "RetryPolicy", "deliver_due"]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


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
#: The line: a message that waited (backoff, pause) comes after those queued before its wait ended.
_NEXT_DUE_ID = (select(_o.id).join(_PAYLOADS, _PAYLOADS.c.outbox_id == _o.id).where(_DUE)
                .order_by(func.coalesce(_o.next_attempt_at, _o.created_at), _o.id).limit(1))
_CLAIMED_COLUMNS = (_o.id, _o.registered, _o.sender, _o.recipients, _o.token, _o.links, _o.tracker_quote,
                    _o.attempts, _o.quote_id, _o.contact_id, _o.message_id, _o.subject, _o.delivered_to,
                    _o.refused, _o.lost_replies, _o.invoice_id)
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


def _claim_next(conn: Connection, now: datetime, lease: timedelta, check_pause: bool,
                returning: bool) -> Claimed | _Paused | None:
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
        return Claimed(row.id, row.sender, list(row.recipients), raw, row.token, row.links,
                        row.tracker_quote, row.registered, row.attempts, row.quote_id, row.contact_id,
                        row.message_id, row.subject, row.delivered_to, row.refused, row.lost_replies or 0,
                        row.invoice_id)


def _writes_of(delivered: tuple[Claimed, Delivery, datetime] | None, copy: bool,
               ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    """The record of a delivery as statements, when it is the common case (every recipient accepted it)."""
    if delivered is None or delivered[1].refused:
        return None
    claimed, _delivery, accepted_at = delivered
    return delivered_writes(claimed, accepted_at, sent_copy=copy)


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


#: The contact's opaque tracker key (a withdrawal covers all its messages) and the campaign's anonymous pixel.
_TRACKER_FACTS = (select(_CONTACTS.c.tracking_key, _o.aggregate_token)
                  .select_from(_OUTBOX.outerjoin(_CONTACTS, _CONTACTS.c.id == _o.contact_id)).where(_o.id == _OID))


def _register(conn: Connection, tracker: TrackerClient | None, claimed: Claimed, now: datetime) -> None:
    """Register the message's token and links; a quote's new version also supersedes the earlier ones online.

    The earlier versions' pages then say that a newer one exists and refuse acceptance. Both calls are
    idempotent on the tracker, so a retry after a failure repeats them harmlessly; an earlier message the
    tracker does not know (sent without tracking) is skipped.
    """
    if claimed.token is None or claimed.registered:
        return
    if tracker is None:
        raise TrackerUnavailable("no tracker is configured")
    with transaction(conn):  # read, then talk to the tracker with no transaction open
        extra = conn.execute(_TRACKER_FACTS, {"oid": claimed.id}).first()
    contact_key, aggregate = (extra[0], extra[1]) if extra is not None else (None, None)
    if aggregate:  # the campaign's anonymous pixel this message carries: registered (again, harmlessly) first
        with contextlib.suppress(TrackerRejected):  # an older tracker cannot count it: the message still goes
            tracker.register(aggregate, aggregate=True)
    pdf = _pdf_of(claimed.raw) if claimed.tracker_quote else None
    links = {k: str(v) for k, v in (claimed.links or {}).items()}
    # no delivery time yet: its verdicts are timed from the server's acceptance (delivery_report.tell_delivered)
    tracker.register(claimed.token, links=links, quote=claimed.tracker_quote if pdf else None,
                     pdf=pdf, contact_key=contact_key, honeypots={honeypot_link_id(claimed.token)} & links.keys())
    if claimed.quote_id is None or not claimed.tracker_quote:
        return
    with transaction(conn):  # read, then talk to the tracker with no transaction open
        older = list(conn.execute(_OLDER_VERSION_TOKENS, {"qid": claimed.quote_id}).scalars())
    for token in older:
        with contextlib.suppress(TrackerRejected):
            tracker.supersede(token, superseded_by=claimed.token)


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

    On a server database, the step that records the message sent before and claims the next one runs on a
    thread of its own while the transport sends the current one (:class:`_Batch`): the database's time is spent
    while the SMTP server reads, not after it.

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
    report = DeliveryReport()
    with _connection(sessions) as conn:
        batch = _Batch(conn, transport, tracker, clock, rng or random.Random(), policy or RetryPolicy(), report)
        try:
            batch.run(limit, should_stop)
        finally:
            transport.close()
            batch.close()
        if tracker is not None and not (should_stop is not None and should_stop()):
            tell_pending(conn, tracker, clock())
        if transport.copies is not None and not (should_stop is not None and should_stop()):
            _file_copies(conn, transport, clock, report)
    return report


Delivered = tuple[Claimed, Delivery, datetime]


class _Inline:
    """The executor of a local database: the step runs at once, on the calling thread (a local file answers in
    a fraction of a millisecond: there is nothing to overlap, and an SQLite connection may be bound to its
    thread)."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def shutdown(self) -> None:
        pass


class _Batch:
    """One batch of :func:`deliver_due`: the messages claimed, registered, sent and recorded, in order.

    While message N is handed to the transport, one step on the database thread records message N-1 (sent just
    before) and claims message N+1 (with its bytes): on PostgreSQL a single statement
    (:mod:`desktop.services.mail.sender_step`). The step never touches the message being sent, and its outcome is
    read before anything else is done with the connection. A message is recorded only after the server accepted
    it; a message claimed ahead and not sent (the batch stops: the server went away, sending paused) is put back
    in the queue at once, as :func:`~desktop.services.mail.outbox.recover_in_flight` would after a crash.
    """

    def __init__(self, conn: Connection, transport: Transport, tracker: TrackerClient | None, clock: Clock,
                 rng: random.Random, policy: RetryPolicy, report: DeliveryReport) -> None:
        self.conn, self.transport, self.tracker, self.clock = conn, transport, tracker, clock
        self.rng, self.policy, self.report = rng, policy, report
        self.copy = transport.copies is not None
        self.returning = conn.dialect.update_returning
        self.steps: ThreadPoolExecutor | _Inline = (
            _Inline() if conn.dialect.name == "sqlite" else ThreadPoolExecutor(1, "relance-outbox-step"))
        self.unrecorded: list[Delivered] = []  # accepted by the server, not yet recorded (oldest first)
        self.attempted = 0

    def run(self, limit: int | None, should_stop: Callable[[], bool] | None) -> None:
        def ending() -> bool:  # the application closes, or the transport's time is used: nothing more starts
            return (should_stop is not None and should_stop()) or self.transport.expired()

        def at_limit() -> bool:
            return limit is not None and self.attempted >= limit

        current: Claimed | None = None  # claimed and registered: the next to send
        while True:
            if current is None:  # nothing claimed ahead: record what was sent and claim, then send
                recording = self.unrecorded[-1] if self.unrecorded else None
                claimed = self._advance(recording, self.clock(), claim=not (at_limit() or ending()),
                                        first=self.attempted == 0)
                self._recorded(recording)
                if claimed is None:
                    return
                if isinstance(claimed, _Paused):
                    self.report.paused = claimed.reason
                    return
                current, stop = self._registered(claimed)
                if stop:
                    return
                if current is None:
                    continue
            # send the current message while the step records the one sent before and claims the next
            recording = self.unrecorded[-1] if self.unrecorded else None
            now = self.clock()
            ahead = self.steps.submit(self._advance, recording, now, not at_limit(), False)
            failure: DeliveryError | None = None
            try:
                self.unrecorded.append((current, _send(self.transport, current), self.clock()))
            except DeliveryError as exc:
                failure = exc
            nxt = ahead.result()
            self._recorded(recording)
            if failure is not None:
                log.info("message %s not delivered: %s", current.id, failure)
                record_failure(self.conn, current, failure, now, self.policy, self.rng, self.report)
                if self.report.paused or failure.code in (None, 421):  # the server is gone or asks us to stop
                    self._put_back(nxt)
                    return
            current = None
            if nxt is None:  # nothing was due a moment ago (or the limit is reached): the batch ends
                return
            assert isinstance(nxt, Claimed)  # only a batch's first claim checks the pause
            if ending():  # claimed ahead, but the batch's end came: not started
                self._put_back(nxt)
            else:
                current, stop = self._registered(nxt)
                if stop:
                    return

    def _advance(self, delivered: Delivered | None, now: datetime, claim: bool,
                 first: bool) -> Claimed | _Paused | None:
        """Record ``delivered`` (if any, counted as sent) and claim the next due message (if ``claim``; with the
        pause check on the batch's ``first`` claim), committed: the claimed message, a pause, or None."""
        lease = self.policy.lease
        writes = _writes_of(delivered, self.copy)
        if self.returning and (writes is not None or delivered is None):  # one statement (sender_step)
            if first and claim:
                found = sender_step.first_step(self.conn, now, lease)
                return _Paused(found) if isinstance(found, str) else found
            claimed = sender_step.step(self.conn, now, lease, writes=writes[0] if writes else (),
                                       params=writes[1] if writes else None, claim=claim,
                                       recorded=delivered[0].id if delivered is not None else None)
            if delivered is not None:
                self.report.sent.append(delivered[0].id)
            return claimed
        with transaction(self.conn):  # record_delivery counts the message itself
            if delivered is not None:
                record_delivery(self.conn, *delivered, self.policy, self.rng, self.report, sent_copy=self.copy)
            return _claim_next(self.conn, now, lease, first, self.returning) if claim else None

    def _recorded(self, delivered: Delivered | None) -> None:
        """The step recorded ``delivered``: the tracker is told when the server accepted it."""
        if delivered is None:
            return
        self.unrecorded.remove(delivered)
        tell_delivered(self.conn, self.tracker, *delivered)

    def _registered(self, claimed: Claimed) -> tuple[Claimed | None, bool]:
        """Register a claimed message with the tracker: the message to send (None: its failure is recorded), and
        whether the batch stops (the tracker cannot be reached)."""
        self.attempted += 1
        now = self.clock()
        try:
            _register(self.conn, self.tracker, claimed, now)
        except TrackerUnavailable as exc:
            set_row(self.conn, claimed.id, state="queued", next_attempt_at=now + self.policy.tracker_retry,
                    last_error=f"waiting for the tracker: {exc}")
            self.report.waiting_for_tracker = str(exc)
            return None, True
        except TrackerRejected as exc:
            record_failure(self.conn, claimed, DeliveryError(FailureKind.PERMANENT, None, str(exc)), now,
                           self.policy, self.rng, self.report)
            return None, False
        except Exception as exc:  # recorded with words, never left in flight
            log.error("message %s: registering failed (%s)", claimed.id, type(exc).__name__)
            record_failure(self.conn, claimed, DeliveryError(FailureKind.TEMPORARY, None,
                                                             UNEXPECTED.format(type(exc).__name__)),
                           now, self.policy, self.rng, self.report)
            return None, False
        if not claimed.registered:
            set_row(self.conn, claimed.id, state="sending", registered=True, last_error=None)
        return claimed, False

    def _put_back(self, claimed: Claimed | _Paused | None) -> None:
        """A message claimed ahead that this batch will not send goes back in the queue (in line by the time it was
        queued, as :func:`~desktop.services.mail.outbox.recover_in_flight` puts it)."""
        if isinstance(claimed, Claimed):
            set_row(self.conn, claimed.id, state="queued", next_attempt_at=None, claimed_at=None)

    def close(self) -> None:
        """Record what the server accepted and no step recorded (the batch stopped on an error), then end the
        step thread."""
        self.steps.shutdown()
        while self.unrecorded:
            delivered = self.unrecorded[0]
            self._advance(delivered, self.clock(), claim=False, first=False)
            self._recorded(delivered)


def _file_copies(conn: Connection, transport: Transport, clock: Clock, report: DeliveryReport) -> None:
    """File the copies due in the Sent folder after the batch; nothing it meets reaches the sends."""
    assert transport.copies is not None
    try:
        copies = transport.copies.file_due(conn, clock)
    except Exception as exc:  # the copies wait; the sends stand
        log.error("the copies in the Sent folder failed (%s)", type(exc).__name__)
        report.copy_problem = UNEXPECTED.format(type(exc).__name__)
        return
    report.copied, report.copy_problem = copies.filed, copies.problem


def _send(transport: Transport, claimed: Claimed) -> Delivery:
    """Hand the message to the transport; anything it raises but a :class:`DeliveryError` gets words too."""
    envelope = claimed.envelope
    if not envelope:  # every recipient has it or refused it for good (a retry raced with another sender)
        return Delivery()
    try:
        return transport.send(claimed.sender, envelope, claimed.raw)
    except DeliveryError:
        raise
    except Exception as exc:
        log.error("message %s: the transport failed (%s)", claimed.id, type(exc).__name__)
        raise DeliveryError(FailureKind.TEMPORARY, None, UNEXPECTED.format(type(exc).__name__)) from None
