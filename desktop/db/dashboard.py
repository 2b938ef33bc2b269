"""The dashboard's aggregates in SQL: a handful of grouped queries, small results whatever the volume.

The definitions are those of :mod:`desktop.core.dashboard`; :func:`load_facts` reads the same quotes as
plain rows so that tests compare the SQL with the reference computation over them.

Phoning outcomes and campaign results: :func:`load_extras` reads them with plain SQL from the campaign
tables when they exist (so this module does not depend on the campaign models); scenario results are
the next key to add there.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, inspect, literal, select, text, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop.core.dashboard import (
    ZERO,
    Bucket,
    DashboardData,
    OpportunityOutcome,
    Period,
    QuoteFact,
    sort_key,
)
from desktop.db.followups import OPEN_STATUSES
from desktop.db.models import Opportunity, User
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.types import Money, UTCDateTime

#: Tables whose presence turns on a dashboard section (see :func:`load_extras`).
EXTRA_TABLES: tuple[str, ...] = ("phoning_calls", "email_campaigns", "scenarios", "invoices")


def _days(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return func.extract("epoch", later - earlier) / 86400.0


def _month(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM")


def _cohort(period: Period, owner_id: int | None) -> list[ColumnElement[bool]]:
    where = [Quote.kind == "quote", Quote.status != "superseded", Quote.sent_at >= period.start,
             Quote.sent_at < period.end]
    if owner_id is not None:
        where.append(Quote.owner_id == owner_id)
    return where


def load_buckets(session: Session, period: Period, owner_id: int | None = None) -> list[Bucket]:
    """Counts and sums of the cohort per (salesperson, month)."""
    out = [Bucket(r[0], r[1], int(r[2]), r[3] or ZERO, int(r[4] or 0), int(r[5] or 0), int(r[6] or 0),
                  int(r[7] or 0), r[8] or ZERO, float(r[9] or 0.0))
           for r in session.execute(buckets_query(session, period, owner_id))]
    return sorted(out, key=sort_key)


def buckets_query(session: Session, period: Period, owner_id: int | None = None) -> Select[Any]:
    """The per-month aggregate: one covering range of ``ix_quotes_cohort``. A quote's human and machine opens are
    counted on its row by triggers (migration 0022): the opens are not grouped by quote at each load."""
    month = _month(session, Quote.sent_at).label("month")
    human = Quote.human_opens > 0
    machine_only = and_(Quote.human_opens == 0, Quote.machine_opens > 0)
    accepted = Quote.accepted_at.is_not(None)
    root = aliased(Quote)
    # a first version is its own root (most quotes): its sending is the first, without reading the root's row
    first_sent = case((Quote.root_id == Quote.id, Quote.sent_at),
                      else_=func.coalesce(select(root.sent_at).where(root.id == Quote.root_id).scalar_subquery(),
                                          Quote.sent_at))
    return (select(Quote.owner_id, month, func.count(),
                   type_coerce(func.sum(Quote.total_ht), Money()),
                   func.sum(case((human, 1), else_=0)), func.sum(case((machine_only, 1), else_=0)),
                   func.sum(case((Quote.viewed_at.is_not(None), 1), else_=0)),
                   func.sum(case((accepted, 1), else_=0)),
                   type_coerce(func.sum(case((accepted, Quote.total_ht), else_=literal(0))), Money()),
                   func.sum(case((accepted, _days(session, Quote.accepted_at, first_sent)), else_=0.0)))
            .where(*_cohort(period, owner_id))
            .group_by(Quote.owner_id, month))


def load_unplanned(session: Session, owner_id: int | None = None) -> dict[int | None, int]:
    """Open quotes with no follow-up date, per salesperson (now, whatever the period)."""
    query = (select(Quote.owner_id, func.count()).where(
        Quote.kind == "quote", Quote.status.in_(OPEN_STATUSES), Quote.next_followup_on.is_(None))
        .group_by(Quote.owner_id))
    if owner_id is not None:
        query = query.where(Quote.owner_id == owner_id)
    return {r[0]: int(r[1]) for r in session.execute(query)}


def load_outcomes(session: Session, period: Period, owner_id: int | None = None) -> list[OpportunityOutcome]:
    """Opportunities won and lost in the period, per salesperson."""
    won = Opportunity.result == "won"
    query = (select(Opportunity.owner_id, func.sum(case((won, 1), else_=0)),
                    type_coerce(func.sum(case((won, Opportunity.amount), else_=literal(0))), Money()),
                    func.sum(case((Opportunity.result == "lost", 1), else_=0)))
             .where(Opportunity.result.is_not(None), Opportunity.closed_at >= period.start,
                    Opportunity.closed_at < period.end)
             .group_by(Opportunity.owner_id))
    if owner_id is not None:
        query = query.where(Opportunity.owner_id == owner_id)
    return sorted((OpportunityOutcome(r[0], int(r[1] or 0), r[2] or ZERO, int(r[3] or 0))
                   for r in session.execute(query)), key=lambda o: -1 if o.owner_id is None else o.owner_id)


def load_extras(session: Session, period: Period, owner_id: int | None = None,
                today: date | None = None) -> dict[str, object]:
    """Phoning outcomes, email campaign and invoice figures of the period, for the tables that exist.

    ``extras["invoices"]``: the :class:`~desktop.db.invoice_list.InvoiceFigures` of the period (invoiced and
    paid TTC), the overdue amount as of ``today`` (the period's last day when not given).

    ``extras["phoning"]``: {outcome: calls} of the calls made in the period; ``extras["email"]``:
    {"campaigns", "queued", "excluded"} of the campaigns started in the period. Scenario results are
    the next hook: add them here under their own key when their table exists.
    """
    present = set(inspect(session.get_bind()).get_table_names()) & set(EXTRA_TABLES)
    extras: dict[str, object] = {}
    moment = UTCDateTime()
    params: dict[str, object] = {"start": period.start, "end": period.end}
    types = [bindparam("start", type_=moment), bindparam("end", type_=moment)]
    if owner_id is not None:
        params["owner"] = owner_id
        types.append(bindparam("owner"))
    if "phoning_calls" in present:
        sql = text("SELECT outcome, count(*) FROM phoning_calls WHERE called_at >= :start AND called_at < :end"
                   + (" AND user_id = :owner" if owner_id is not None else "") + " GROUP BY outcome").bindparams(*types)
        extras["phoning"] = {str(r[0]): int(r[1]) for r in session.execute(sql, params)}
    if "email_campaigns" in present:
        sql = text("SELECT count(*), coalesce(sum(queued_count), 0), coalesce(sum(excluded_count), 0)"
                   " FROM email_campaigns WHERE started_at >= :start AND started_at < :end"
                   + (" AND sender_id = :owner" if owner_id is not None else "")).bindparams(*types)
        row = session.execute(sql, params).one()
        extras["email"] = {"campaigns": int(row[0]), "queued": int(row[1]), "excluded": int(row[2])}
    if "invoices" in present:
        from desktop.db.invoice_list import invoice_figures

        day = today or (period.end - timedelta(days=1)).date()
        extras["invoices"] = invoice_figures(session, period.start.date(), period.end.date(), day, owner_id)
    return extras


def _plain_plans(session: Session) -> None:
    """For this transaction: no JIT compilation and room to hash the period's opens in memory (PostgreSQL).

    At a million contacts the cohort query's estimated cost turns JIT on: compiling it in each parallel worker took
    about 4 s of a 4.5 s query, for a plan that runs in well under a second; with the default 4 MB the opens'
    aggregate spilled to disk in five batches. ``set_config(..., true)`` is ``SET LOCAL``: one round trip, gone at
    the end of the transaction.
    """
    session.execute(text("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)"))


def load_dashboard(session: Session, period: Period, owner_id: int | None = None,
                   today: date | None = None) -> DashboardData:
    """Every aggregate of the dashboard for a period and optionally one salesperson (overdue as of ``today``)."""
    if session.get_bind().dialect.name == "postgresql":
        _plain_plans(session)
    return DashboardData(
        period=period, buckets=tuple(load_buckets(session, period, owner_id)),
        unplanned=load_unplanned(session, owner_id),
        opportunities=tuple(load_outcomes(session, period, owner_id)),
        owners={r[0]: r[1] for r in session.execute(select(User.id, User.name))},
        extras=load_extras(session, period, owner_id, today))


def load_facts(session: Session, period: Period, owner_id: int | None = None) -> list[QuoteFact]:
    """The cohort's quotes as plain rows, read plainly (the reference for tests; not for the screen)."""
    quotes = list(session.scalars(select(Quote).where(*_cohort(period, owner_id))))
    verdicts: dict[int | None, set[str]] = {}
    for quote_id, verdict in session.execute(select(TrackingEvent.quote_id, TrackingEvent.verdict).where(
            TrackingEvent.kind == "open", TrackingEvent.quote_id.is_not(None))):  # whenever they came
        verdicts.setdefault(quote_id, set()).add(verdict)
    sent = {r[0]: r[1] for r in session.execute(select(Quote.id, Quote.sent_at))}
    out = []
    for q in quotes:
        assert q.sent_at is not None
        seen = verdicts.get(q.id, set())
        out.append(QuoteFact(q.id, q.owner_id, q.sent_at, q.total_ht, "human" in seen, "machine" in seen,
                             q.viewed_at is not None, q.accepted_at,
                             (sent.get(q.root_id) if q.root_id else None) or q.sent_at))
    return out

