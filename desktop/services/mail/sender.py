"""The background sender: claims due outbox messages one at a time, registers, delivers, records.

For each message, in order:

1. **Claim** it in its own committed transaction (state ``registering`` or ``sending``, ``claimed_at``),
   with a compare-and-set on its state so two desktops never take the same row. A crash from here on
   leaves this single message in flight; :func:`~desktop.services.mail.outbox.recover_in_flight` (at
   start) or the lease puts it back, so it is sent at most twice and never lost.
2. **Register** its token and links with the tracker (before the message exists anywhere else, so the
   first pixel hit is known). Tracker unreachable: the message goes back to ``queued`` with the reason
   shown, and the batch stops.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.quote_status import QuoteStatus, QuoteStatusError, resolve_transition
from desktop.db.contacts import add_activity
from desktop.db.models import Contact
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


def _claim_next(session: Session, now: datetime, lease: timedelta, check_pause: bool) -> _Claimed | _Paused | None:
    m = OutboxMessage
    if check_pause:
        pause = session.execute(
            select(m.last_error).where(m.state == "paused", m.next_attempt_at > now).limit(1)).first()
        if pause is not None:
            return _Paused(pause[0] or "sending is paused")
    while True:
        row = session.execute(
            select(m.id, m.state, m.registered, m.sender, m.recipients, OutboxPayload.raw, m.token, m.links,
                   m.tracker_quote, m.attempts, m.quote_id, m.contact_id, m.message_id, m.subject)
            .join(OutboxPayload, OutboxPayload.outbox_id == m.id)
            .where(or_(
                and_(m.state.in_(DUE_STATES), or_(m.next_attempt_at.is_(None), m.next_attempt_at <= now)),
                and_(m.state.in_(IN_FLIGHT), m.claimed_at <= now - lease),
            )).order_by(m.id).limit(1)
        ).first()
        if row is None:
            return None
        target = "sending" if row.registered else "registering"
        won = session.execute(
            update(m).where(m.id == row.id, m.state == row.state).values(state=target, claimed_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if won:
            return _Claimed(row.id, row.sender, list(row.recipients), row.raw, row.token, row.links,
                            row.tracker_quote, row.registered, row.attempts, row.quote_id, row.contact_id,
                            row.message_id, row.subject)
        # another sender took it first: look again


def _pdf_of(raw: bytes) -> bytes | None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


def _register(tracker: TrackerClient | None, claimed: _Claimed, now: datetime) -> None:
    if claimed.token is None or claimed.registered:
        return
    if tracker is None:
        raise TrackerUnavailable("no tracker is configured")
    pdf = _pdf_of(claimed.raw) if claimed.tracker_quote else None
    tracker.register(claimed.token, links={k: str(v) for k, v in (claimed.links or {}).items()},
                     delivered_at=now, quote=claimed.tracker_quote if pdf else None, pdf=pdf)


def _set(sessions: sessionmaker[Session], outbox_id: int, **values: Any) -> None:
    with sessions.begin() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values)
                        .execution_options(synchronize_session=False))


def _timeline(session: Session, claimed: _Claimed, kind: str, subject: str, when: datetime,
              body: str | None = None) -> None:
    if claimed.contact_id is None:
        return
    contact = session.get(Contact, claimed.contact_id)
    add_activity(session, kind=kind, subject=subject, when=when, contact_id=claimed.contact_id,
                 company_id=contact.company_id if contact else None, body=body,
                 payload={"outbox_id": claimed.id, "message_id": claimed.message_id, "quote_id": claimed.quote_id})


def _record_sent(session: Session, claimed: _Claimed, now: datetime) -> None:
    session.execute(update(OutboxMessage).where(OutboxMessage.id == claimed.id).values(
        state="sent", sent_at=now, attempts=claimed.attempts + 1, last_code=None, last_error=None,
        next_attempt_at=None).execution_options(synchronize_session=False))
    if claimed.quote_id is not None:
        quote = session.get(Quote, claimed.quote_id)
        if quote is not None:
            with contextlib.suppress(QuoteStatusError):  # e.g. accepted meanwhile: keeps its status
                quote.status = resolve_transition(quote.status, QuoteStatus.SENT).value
            quote.sent_at = quote.sent_at or now
    _timeline(session, claimed, "email", claimed.subject, now)


def _record_failure(sessions: sessionmaker[Session], claimed: _Claimed, exc: DeliveryError, now: datetime,
                    policy: RetryPolicy, rng: random.Random, report: DeliveryReport) -> None:
    attempts = claimed.attempts + 1
    common: dict[str, Any] = {"attempts": attempts, "last_code": exc.code, "last_error": exc.words[:2000]}
    if exc.kind in (FailureKind.QUOTA, FailureKind.LOGIN):
        _set(sessions, claimed.id, state="paused", next_attempt_at=now + policy.pause, **common)
        report.paused = str(exc)
        return
    if exc.kind is FailureKind.TEMPORARY and attempts < policy.max_attempts:
        _set(sessions, claimed.id, state="failed_temporary",
             next_attempt_at=now + policy.delay(attempts, rng), **common)
        report.retrying.append(claimed.id)
        return
    words = str(exc) if exc.kind is FailureKind.PERMANENT else f"gave up after {attempts} attempts: {exc}"
    with sessions.begin() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == claimed.id).values(
            state="failed_permanent", next_attempt_at=None, **{**common, "last_error": words[:2000]})
            .execution_options(synchronize_session=False))
        _timeline(session, claimed, "email_failed", claimed.subject, now, body=words)
    report.failed.append(claimed.id)


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
    try:
        while True:
            stop = (limit is not None and attempted >= limit) or (should_stop is not None and should_stop())
            now = clock()
            with sessions.begin() as session:
                if delivered is not None:
                    _record_sent(session, *delivered)
                    report.sent.append(delivered[0].id)
                    delivered = None
                claimed = None if stop else _claim_next(session, now, policy.lease, check_pause=attempted == 0)
            if claimed is None:
                break
            if isinstance(claimed, _Paused):
                report.paused = claimed.reason
                break
            attempted += 1
            try:
                _register(tracker, claimed, now)
            except TrackerUnavailable as exc:
                _set(sessions, claimed.id, state="queued", next_attempt_at=now + policy.tracker_retry,
                     last_error=f"waiting for the tracker: {exc}")
                report.waiting_for_tracker = str(exc)
                break
            except TrackerRejected as exc:
                _record_failure(sessions, claimed, DeliveryError(FailureKind.PERMANENT, None, str(exc)), now,
                                policy, rng, report)
                continue
            if not claimed.registered:
                _set(sessions, claimed.id, state="sending", registered=True, last_error=None)
            try:
                transport.send(claimed.sender, claimed.recipients, claimed.raw)
            except DeliveryError as exc:
                log.info("message %s not delivered: %s", claimed.id, exc)
                _record_failure(sessions, claimed, exc, now, policy, rng, report)
                if report.paused or exc.code in (None, 421):
                    break  # the server is gone or asks us to stop: leave the rest for later
                continue
            delivered = (claimed, clock())
    finally:
        transport.close()
        if delivered is not None:
            with sessions.begin() as session:
                _record_sent(session, *delivered)
            report.sent.append(delivered[0].id)
    return report
