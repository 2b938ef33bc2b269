"""One step of the sender in one statement: the message just delivered recorded, the next one claimed with its bytes.

Between two SMTP transactions the sender waits for the database; on a remote team server each trip is a wait
the batch pays per message. So a step is written as few statements as the backend allows:

- the next due message is claimed by ONE ``UPDATE ... RETURNING`` that also returns its bytes (a subquery of
  ``outbox_payloads``): the oldest due row, locked ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (a row another
  desktop is claiming is passed over, never waited for nor taken twice) and re-checked in the ``UPDATE``
  itself (a compare-and-set: a row another sender changed meanwhile no longer matches); on SQLite the
  statement runs under the write lock, so the row it picks is free;
- the record of the message delivered before (:func:`desktop.services.mail.outcomes.delivered_writes`:
  outbox row sent, quote and invoice sent, timeline entry) are data-modifying CTEs of that same statement on
  PostgreSQL, which then runs autocommitted: one statement, atomic by itself, one trip (``BEGIN`` and
  ``COMMIT`` would be two more). SQLite, which has no such CTEs, runs them before the claim in one transaction
  (its ``BEGIN``/``COMMIT`` are library calls).

The row just recorded is never the one claimed (its id is excluded), so no row is written twice by the
statement.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    update,
)

from desktop.db.outbox_models import IN_FLIGHT, OutboxMessage, OutboxPayload
from desktop.services.mail.outbox import DUE_STATES
from desktop.services.mail.outcomes import Claimed, transaction

_OUTBOX = cast(Table, OutboxMessage.__table__)
_PAYLOADS = cast(Table, OutboxPayload.__table__)
_o = _OUTBOX.c
_CLAIMED_COLUMNS = (_o.id, _o.registered, _o.sender, _o.recipients, _o.token, _o.links, _o.tracker_quote,
                    _o.attempts, _o.quote_id, _o.contact_id, _o.message_id, _o.subject, _o.delivered_to,
                    _o.refused, _o.lost_replies, _o.invoice_id)
# Named with its table: SQLite writes an UPDATE's own columns bare, which inside a subquery would name the
# subquery's table instead.
_RAW = (select(_PAYLOADS.c.raw).where(_PAYLOADS.c.outbox_id == literal_column("outbox.id"))
        .scalar_subquery().label("raw"))


_NOW = bindparam("c_now", type_=_o.claimed_at.type)
_STALE_BEFORE = bindparam("c_stale", type_=_o.claimed_at.type)
_RECORDED = bindparam("c_recorded", type_=_o.id.type)
#: Due now: waiting and due, or in flight under a lease that ran out (a crashed sender).
_DUE = or_(and_(_o.state.in_(DUE_STATES), or_(_o.next_attempt_at.is_(None), _o.next_attempt_at <= _NOW)),
           and_(_o.state.in_(IN_FLIGHT), _o.claimed_at <= _STALE_BEFORE))
_statements: dict[tuple[Any, ...], Any] = {}


def claim_statement(*, postgres: bool, recording: bool = False, writes: tuple[Any, ...] = ()) -> Any:
    """The claim of the next due message (with its bytes), after ``writes`` (CTEs on PostgreSQL); built once for
    each shape. Parameters: ``c_now``, ``c_stale`` (claimed before: abandoned), ``c_recorded`` (the message the
    writes record, never the one claimed) and the writes' own.
    """
    key = (postgres, recording, *(id(w) for w in writes))
    statement = _statements.get(key)
    if statement is not None:
        return statement
    pick = (select(_o.id).join(_PAYLOADS, _PAYLOADS.c.outbox_id == _o.id).where(_DUE)
            .order_by(func.coalesce(_o.next_attempt_at, _o.created_at), _o.id).limit(1))
    if recording:
        pick = pick.where(_o.id != _RECORDED)
    if postgres:
        pick = pick.with_for_update(of=_OUTBOX, skip_locked=True)
    update_ = (update(_OUTBOX).where(_o.id == pick.scalar_subquery(), _DUE)
               .values(state=case((_o.registered, "sending"), else_="registering"), claimed_at=_NOW))
    if writes:
        update_ = update_.add_cte(*(w.cte(f"recorded_{i}") for i, w in enumerate(writes)))
    statement = _statements[key] = update_.returning(*_CLAIMED_COLUMNS, _RAW)
    return statement


#: Sending is paused (a quota error, a refused login) until a row's next attempt: its words.
_PAUSE = select(_o.last_error).where(_o.state == "paused", _o.next_attempt_at > _NOW).limit(1)


def first_claim_statement() -> Any:
    """PostgreSQL: a batch's first claim with the pause check in the same statement: nothing is claimed while
    sending is paused, and the row returned says why (``paused``, ``pause_reason``); its claim columns are NULL
    when nothing was claimed."""
    statement = _statements.get(("first",))
    if statement is not None:
        return statement
    paused = _PAUSE.cte("paused")
    pick = (select(_o.id).join(_PAYLOADS, _PAYLOADS.c.outbox_id == _o.id).where(_DUE)
            .order_by(func.coalesce(_o.next_attempt_at, _o.created_at), _o.id).limit(1)
            .with_for_update(of=_OUTBOX, skip_locked=True))
    claimed = (update(_OUTBOX).where(_o.id == pick.scalar_subquery(), _DUE, ~exists(select(paused.c.last_error)))
               .values(state=case((_o.registered, "sending"), else_="registering"), claimed_at=_NOW)
               .returning(*_CLAIMED_COLUMNS, _RAW).cte("claimed"))
    one = select(literal(1).label("one")).subquery("one")
    statement = _statements[("first",)] = (
        select(*claimed.c, exists(select(paused.c.last_error)).label("paused"),
               select(paused.c.last_error).scalar_subquery().label("pause_reason"))
        .select_from(one.outerjoin(claimed, true())))
    return statement


def first_step(conn: Connection, now: datetime, lease: timedelta) -> Claimed | str | None:
    """A batch's first claim, after the pause check: the claimed message, the pause's words, or None.

    One autocommitted statement on PostgreSQL; two statements on SQLite (which has no data-modifying CTEs)."""
    values = {"c_now": now, "c_stale": now - lease, "c_recorded": None}
    if conn.dialect.name != "postgresql":
        with transaction(conn):
            pause = conn.execute(_PAUSE, values).first()
            if pause is not None:
                return str(pause[0] or "sending is paused")
            row = conn.execute(claim_statement(postgres=False), values).first()
        return claimed_of(row) if row is not None else None
    with one_statement(conn):
        row = conn.execute(first_claim_statement(), values).one()
    if row.paused:
        return str(row.pause_reason or "sending is paused")
    return claimed_of(row) if row.id is not None else None


def _writes_statement(writes: tuple[Any, ...]) -> Any:
    """PostgreSQL: the writes as one statement (the first, the others its CTEs)."""
    key = ("writes", *(id(w) for w in writes))
    statement = _statements.get(key)
    if statement is None:
        statement = _statements[key] = writes[0].add_cte(
            *(w.cte(f"recorded_{i}") for i, w in enumerate(writes[1:])))
    return statement


def claimed_of(row: Any) -> Claimed:
    return Claimed(row.id, row.sender, list(row.recipients), row.raw, row.token, row.links, row.tracker_quote,
                   row.registered, row.attempts, row.quote_id, row.contact_id, row.message_id, row.subject,
                   row.delivered_to, row.refused, row.lost_replies or 0, row.invoice_id)


@contextlib.contextmanager
def one_statement(conn: Connection) -> Iterator[Connection]:
    """A committed step of one statement: autocommitted on PostgreSQL (no ``BEGIN``/``COMMIT`` trips) unless the
    connection is already in a transaction (a savepoint then, as :func:`transaction`)."""
    if conn.dialect.name != "postgresql" or conn.in_transaction():
        with transaction(conn):
            yield conn
        return
    default = conn.default_isolation_level
    conn.execution_options(isolation_level="AUTOCOMMIT")
    try:
        with conn.begin():  # no BEGIN on the wire: the driver is in autocommit
            yield conn
    finally:
        conn.execution_options(isolation_level=default or "READ COMMITTED")


def step(conn: Connection, now: datetime, lease: timedelta, *, recorded: int | None = None,
         writes: tuple[Any, ...] = (), params: dict[str, Any] | None = None, claim: bool = True) -> Claimed | None:
    """Run the record's ``writes`` (of message ``recorded``, with ``params``) and claim the next due message,
    committed.

    Returns:
        The claimed message with its bytes, or None when nothing is due (or ``claim`` is False).
    """
    postgres = conn.dialect.name == "postgresql"
    values = {**(params or {}), "c_now": now, "c_stale": now - lease, "c_recorded": recorded}
    if not claim:
        if not writes:
            return None
        if postgres:
            with one_statement(conn):
                conn.execute(_writes_statement(writes), values)
        else:
            with transaction(conn):
                for write in writes:
                    conn.execute(write, values)
        return None
    recording = recorded is not None
    if postgres:
        with one_statement(conn):
            row = conn.execute(claim_statement(postgres=True, recording=recording, writes=writes), values).first()
    else:
        with transaction(conn):
            for write in writes:
                conn.execute(write, values)
            row = conn.execute(claim_statement(postgres=False, recording=recording), values).first()
    return claimed_of(row) if row is not None else None
