"""Recording what became of one message: sent (to every recipient or some), retried, paused, given up.

The sender (:mod:`desktop.services.mail.sender`) claims a message, hands it to the transport, and calls
:func:`record_delivery` or :func:`record_failure` with the outcome. Both write with prebuilt Core statements on
the batch's connection. The rules (the sender's module docstring tells them whole): a failure that says nothing
of the message (connecting, logging in) is not counted; the sender's quota pauses sending, counted, up to
``max_attempts``; recipients refused for good are kept with the server's words while the others have the
message; temporarily refused ones are retried alone; a message given up after ``max_lost_replies`` connections
lost after its whole transfer may have been delivered.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, case, func, insert, or_, select, update

from desktop.core.quote_status import QuoteStatus, QuoteStatusError, resolve_transition
from desktop.db.models import Activity, Contact, utcnow
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.outbox import refusal_words
from desktop.services.mail.transport import Delivery, DeliveryError, FailureKind, Refusal


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
        max_lost_replies: Connections lost after the whole message was sent (before the server's reply)
            after which the message is no longer sent: it may have been delivered.
    """

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 8
    jitter: float = 0.3
    pause: timedelta = timedelta(hours=1)
    tracker_retry: timedelta = timedelta(seconds=30)
    lease: timedelta = timedelta(minutes=10)
    max_lost_replies: int = 2

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        """The wait after ``attempts`` failed attempts (1 for the first), with jitter."""
        plain: timedelta = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        factor = 1.0 + self.jitter * (2.0 * rng.random() - 1.0)
        return plain * factor


@dataclass
class DeliveryReport:
    """What one call of :func:`deliver_due` did.

    Attributes:
        sent: Outbox ids delivered (to every recipient, or to some for the first time).
        retrying: Outbox ids that failed temporarily, or whose refused recipients, and will be retried.
        failed: Outbox ids that failed for good.
        paused: The server's words when sending was paused (quota, login), else None.
        waiting_for_tracker: Why tracked messages wait for the tracker, else None.
        copied: Outbox ids filed in the Sent folder after the batch.
        copy_problem: Why copies in the Sent folder failed after the batch, else None (the sends stand).
    """

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    paused: str | None = None
    waiting_for_tracker: str | None = None
    copied: list[int] = field(default_factory=list)
    copy_problem: str | None = None


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message claimed by the sender: its row's fields and its bytes."""

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
    delivered_to: list[str] | None
    refused: dict[str, Any] | None
    lost_replies: int
    invoice_id: int | None = None

    @property
    def envelope(self) -> list[str]:
        """The recipients of this attempt: not those that have the message or refused it for good."""
        done = set(self.delivered_to or ())
        refused = self.refused or {}
        return [r for r in self.recipients if r not in done and not (refused.get(r) or {}).get("permanent")]


_OUTBOX = cast(Table, OutboxMessage.__table__)
_QUOTES = cast(Table, Quote.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_ACTIVITIES = cast(Table, Activity.__table__)
_o = _OUTBOX.c


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One committed step (a savepoint when the factory is bound to a connection already in a transaction)."""
    with conn.begin_nested() if conn.in_transaction() else conn.begin():
        yield conn


def set_row(conn: Connection, outbox_id: int, **values: Any) -> None:
    with transaction(conn):
        conn.execute(update(_OUTBOX).where(_o.id == outbox_id).values(**values))


def _timeline(conn: Connection, claimed: Claimed, kind: str, subject: str, when: datetime,
              body: str | None = None) -> None:
    """What :func:`desktop.db.contacts.add_activity` adds, as one prebuilt insert."""
    if claimed.contact_id is not None:
        conn.execute(_timeline_statement(claimed, kind, subject, when, body))


def _sent_status(status: QuoteStatus) -> QuoteStatus:
    with contextlib.suppress(QuoteStatusError):  # e.g. accepted meanwhile: keeps its status
        return resolve_transition(status, QuoteStatus.SENT)
    return status


#: The statuses a delivery moves, to the status they take (the state machine's own answer for each).
_BECOMES_SENT = {s.value: t.value for s in QuoteStatus if (t := _sent_status(s)) is not s}


def _quote_sent_statement(quote_id: Any, now: Any, updated_at: Any) -> Any:
    """The quote's status moved as :func:`resolve_transition` says and its first ``sent_at``, in one ``UPDATE``
    that writes nothing when nothing changes."""
    q = _QUOTES.c
    status = case(*((q.status == s, t) for s, t in _BECOMES_SENT.items()), else_=q.status)
    return (update(_QUOTES).where(q.id == quote_id, or_(q.status.in_(list(_BECOMES_SENT)), q.sent_at.is_(None)))
            .values(status=status, sent_at=func.coalesce(q.sent_at, now), updated_at=updated_at))


def _invoice_sent_statement(invoice_id: Any, now: Any) -> Any:
    """An issued invoice the server accepted is sent (the first acceptance gives its ``sent_at``)."""
    from desktop.db.invoice_models import Invoice

    return (update(Invoice).where(Invoice.id == invoice_id, Invoice.status.in_(("issued", "sent")))
            .values(status="sent", sent_at=func.coalesce(Invoice.sent_at, now), updated_at=now))


def _timeline_statement(claimed: Claimed, kind: str, subject: str, when: datetime, body: str | None = None) -> Any:
    """What :func:`desktop.db.contacts.add_activity` adds, as one insert (its company read in it)."""
    company = select(_CONTACTS.c.company_id).where(_CONTACTS.c.id == claimed.contact_id).scalar_subquery()
    return insert(_ACTIVITIES).values(
        kind=kind, subject=subject, body=body, occurred_at=when, contact_id=claimed.contact_id, company_id=company,
        author_id=None, payload={"outbox_id": claimed.id, "message_id": claimed.message_id,
                                 "quote_id": claimed.quote_id})


# The record of a delivery, prebuilt (parameter names never match a column name: Core would add them to an
# UPDATE's SET clause).
_AT = bindparam("r_at", type_=_o.sent_at.type)
_RID = bindparam("r_id", type_=_o.id.type)
_SENT = update(_OUTBOX).where(_o.id == _RID).values(
    state="sent", sent_at=_AT, attempts=bindparam("r_attempts", type_=_o.attempts.type), last_code=None,
    last_error=None, next_attempt_at=None, sent_copy_state=bindparam("r_copy", type_=_o.sent_copy_state.type))
_QUOTE_SENT = _quote_sent_statement(bindparam("r_quote", type_=_QUOTES.c.id.type), _AT,
                                    bindparam("r_updated", type_=_QUOTES.c.updated_at.type))
_INVOICE_SENT = _invoice_sent_statement(bindparam("r_invoice", type_=_QUOTES.c.id.type), _AT)
_r_contact = bindparam("r_contact", type_=_CONTACTS.c.id.type)
_SENT_ENTRY = insert(_ACTIVITIES).values(
    kind="email", subject=bindparam("r_subject", type_=_ACTIVITIES.c.subject.type), body=None, occurred_at=_AT,
    contact_id=_r_contact, author_id=None, payload=bindparam("r_payload", type_=_ACTIVITIES.c.payload.type),
    company_id=select(_CONTACTS.c.company_id).where(_CONTACTS.c.id == _r_contact).scalar_subquery())


def delivered_writes(claimed: Claimed, now: datetime, *, sent_copy: bool = False,
                     ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    """The writes that record a message every recipient accepted on its first delivery (the common case) and
    their parameters, or None when the delivery needs :func:`record_delivery`'s reading (refusals, a retry of
    some recipients).

    The outbox row marked sent, its quote sent, its invoice sent, the contact's timeline entry: prebuilt
    statements that read nothing back, so that on PostgreSQL they can be CTEs of the statement claiming the next
    message (:mod:`desktop.services.mail.sender_step`); the same statements for the same kind of message.
    """
    if claimed.delivered_to or claimed.refused:
        return None
    writes = (_SENT, *((_QUOTE_SENT,) if claimed.quote_id is not None else ()),
              *((_INVOICE_SENT,) if claimed.invoice_id is not None else ()),
              *((_SENT_ENTRY,) if claimed.contact_id is not None else ()))
    params = {"r_id": claimed.id, "r_at": now, "r_attempts": claimed.attempts + 1,
              "r_copy": "pending" if sent_copy else None, "r_quote": claimed.quote_id, "r_updated": utcnow(),
              "r_invoice": claimed.invoice_id, "r_contact": claimed.contact_id, "r_subject": claimed.subject,
              "r_payload": {"outbox_id": claimed.id, "message_id": claimed.message_id, "quote_id": claimed.quote_id}}
    return writes, params


def _mark_quote_sent(conn: Connection, claimed: Claimed, now: datetime) -> None:
    if claimed.quote_id is not None:
        conn.execute(_quote_sent_statement(claimed.quote_id, now, utcnow()))


def _mark_invoice_sent(conn: Connection, claimed: Claimed, now: datetime) -> None:
    if claimed.invoice_id is not None:
        conn.execute(_invoice_sent_statement(claimed.invoice_id, now))


def _as_json(refusal: Refusal) -> dict[str, Any]:
    return {"code": refusal.code, "words": refusal.words[:500], "permanent": refusal.permanent}


def record_delivery(conn: Connection, claimed: Claimed, delivery: Delivery, now: datetime, policy: RetryPolicy,
                     rng: random.Random, report: DeliveryReport, *, sent_copy: bool = False) -> None:
    """Record an accepted message; some recipients may have been refused (retried when temporarily).

    ``sent_copy``: a copy is to be filed in the sender's Sent folder (marked ``pending`` on the first delivery).
    """
    first = not claimed.delivered_to
    copy_state = "pending" if sent_copy else None
    common = None if delivery.refused else delivered_writes(claimed, now, sent_copy=sent_copy)
    if common is not None:
        for write in common[0]:
            conn.execute(write, common[1])
        report.sent.append(claimed.id)
        return
    attempts = claimed.attempts + 1
    accepted = [r for r in claimed.envelope if r not in delivery.refused]
    refused = {a: r for a, r in (claimed.refused or {}).items() if a not in accepted}
    refused.update({a: _as_json(r) for a, r in delivery.refused.items()})
    waiting = [a for a, r in refused.items() if not r["permanent"]]
    gave_up = bool(waiting) and attempts >= policy.max_attempts
    for address in waiting if gave_up else ():
        refused[address] = {**refused[address], "permanent": True,
                            "words": f"gave up after {attempts} attempts: {refused[address]['words']}"[:500]}
    retry = bool(waiting) and not gave_up
    words = refusal_words(refused) or None
    values: dict[str, Any] = {
        "state": "failed_temporary" if retry else "sent", "attempts": attempts,
        "delivered_to": [*(claimed.delivered_to or ()), *accepted], "refused": refused or None,
        "next_attempt_at": now + policy.delay(attempts, rng) if retry else None,
        "last_code": None, "last_error": words[:2000] if words else None}
    if first:
        values["sent_at"] = now
        values["sent_copy_state"] = copy_state
    conn.execute(update(_OUTBOX).where(_o.id == claimed.id).values(**values))
    if first:
        _mark_quote_sent(conn, claimed, now)
        _mark_invoice_sent(conn, claimed, now)
        _timeline(conn, claimed, "email", claimed.subject, now, body=words)
    elif not retry and refused:
        final = {a: r for a, r in refused.items() if a in claimed.envelope}
        if any(r["permanent"] for r in final.values()):
            _timeline(conn, claimed, "email_failed", claimed.subject, now, body=refusal_words(final))
    if first or not retry:
        report.sent.append(claimed.id)
    if retry:
        report.retrying.append(claimed.id)


_MAYBE_DELIVERED = ("the connection was lost {n} times after the whole message was sent, before the server "
                    "confirmed it: it may have been delivered, so Relance does not send it again. Ask the "
                    "recipient before sending it once more.")


def record_failure(conn: Connection, claimed: Claimed, exc: DeliveryError, now: datetime,
                    policy: RetryPolicy, rng: random.Random, report: DeliveryReport) -> None:
    # A failure before the message's own transaction (connecting, logging in, settings) says nothing of it:
    # it is not counted, and a server refusing the session for good (a 554 greeting) pauses sending.
    if exc.before_message and exc.kind is FailureKind.PERMANENT:
        exc = DeliveryError(FailureKind.SETTINGS, exc.code, exc.words, before_message=True)
    charged = not exc.before_message and exc.kind not in (FailureKind.LOGIN, FailureKind.SETTINGS)
    attempts = claimed.attempts + (1 if charged else 0)
    common: dict[str, Any] = {"attempts": attempts, "last_code": exc.code, "last_error": exc.words[:2000]}
    refused = {**(claimed.refused or {}), **{a: _as_json(r) for a, r in exc.refused.items()}}
    if exc.refused:
        common["refused"] = refused
    if exc.kind in (FailureKind.LOGIN, FailureKind.SETTINGS) or (
            exc.kind is FailureKind.QUOTA and attempts < policy.max_attempts):
        set_row(conn, claimed.id, state="paused", next_attempt_at=now + policy.pause, **common)
        report.paused = str(exc)
        return
    lost = claimed.lost_replies + (1 if exc.maybe_delivered else 0)
    if exc.maybe_delivered:
        common["lost_replies"] = lost
    if exc.kind is FailureKind.TEMPORARY and lost < policy.max_lost_replies and (
            not charged or attempts < policy.max_attempts):
        delay = policy.delay(attempts, rng) if charged else policy.delay(1, rng)
        set_row(conn, claimed.id, state="failed_temporary", next_attempt_at=now + delay, **common)
        report.retrying.append(claimed.id)
        return
    if exc.maybe_delivered:
        words = _MAYBE_DELIVERED.format(n=lost)
    elif exc.kind is FailureKind.PERMANENT:
        words = str(exc)
    else:
        words = f"gave up after {attempts} attempts: {exc}"
    # a message some recipients already have stays "sent"; the others are refused for good
    partly = bool(claimed.delivered_to)
    body = words
    if partly:
        for address in claimed.envelope:
            if not (refused.get(address) or {}).get("permanent"):
                refused[address] = {"code": exc.code, "words": words[:500], "permanent": True}
        common["refused"] = refused
        body = refusal_words({a: refused[a] for a in claimed.envelope})
    with transaction(conn):
        conn.execute(update(_OUTBOX).where(_o.id == claimed.id).values(
            state="sent" if partly else "failed_permanent", next_attempt_at=None,
            **{**common, "last_error": (refusal_words(refused) if partly else words)[:2000]}))
        _timeline(conn, claimed, "email_failed", claimed.subject, now, body=body)
    report.failed.append(claimed.id)
