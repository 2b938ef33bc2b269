"""Compile a smart-query tree (:mod:`desktop.core.query_spec`) to SQLAlchemy expressions over contacts.

Only allowlisted columns are reached: a field definition names its table and column, both looked up in
:data:`_COLUMNS`; user values are always bound parameters (``contains`` escapes ``%`` and ``_``).

Shape, chosen for the indexes: a condition on a related table becomes ``contacts.id IN (subquery)``
(or ``NOT IN`` for operators that hold when the value is missing), so that an AND of selective
conditions is driven from the small side instead of scanning every contact. The date of the last
activity is a ``MAX`` over the ``(contact_id, occurred_at)`` index, read from the index alone.

The latest quote sent is kept on the contact by triggers (``contacts.latest_quote_id`` and
``latest_quote_sent_at``, migration 0008): a condition on its date is a range of
``ix_contacts_latest_quote_sent``, and a condition on another of its columns starts from the matching
quotes through ``ix_contacts_latest_quote_id``. When an AND holds such a date range (a *driver*), the
contacts are read along that index, which also answers the live test: SQLite is then kept from starting
elsewhere (every other condition's indexed operand is written ``+x``, see :mod:`desktop.db.unindexed`), each
``IN`` list is probed with the contact id taken from the index, and a condition on another column of the
latest quote looks that one quote up by id, after the cheaper tests.

"An opportunity without result" is counted on the contact too (``contacts.open_opportunities``, migration 0022),
and written as the predicate of the partial index ``ix_contacts_open_quote_sent`` (latest quote time of the
contacts with an open opportunity): the shipped seed query (a quote sent before today, an open opportunity)
reads the contacts it returns, and only those, along that index.
"""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    exists,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from desktop.core.query_spec import (
    BOOLEAN,
    DATE,
    NUMBER,
    TAGS,
    TEXT,
    TRUE_ON_MISSING,
    USER,
    Condition,
    Group,
    date_bounds,
    day_start,
    fold,
)
from desktop.db.models import (
    Activity,
    Company,
    CompanyFieldValue,
    Contact,
    ContactFieldValue,
    Opportunity,
    Tag,
    contact_tags,
)
from desktop.db.quote_models import Quote
from desktop.db.unindexed import unindexed

_COLUMNS: dict[str, Any] = {"contact": Contact, "company": Company, "quote": Quote, "opportunity": Opportunity,
                            "activity": Activity, "custom_contact": ContactFieldValue,
                            "custom_company": CompanyFieldValue}
_DATETIME_COLUMNS = frozenset({("contact", "created_at"), ("quote", "sent_at"), ("quote", "last_human_open_at"),
                               ("activity", "occurred_at")})

Pred = ColumnElement[bool] | bool


def _maybe_unindexed(attribute: Any, probe: bool) -> ColumnElement[Any]:
    return unindexed(attribute) if probe else attribute.__clause_element__()


def _column(cond: Condition) -> Any:
    model = _COLUMNS[cond.field.source]
    column = model.__table__.c[cond.field.column]  # KeyError for anything off the allowlist
    return getattr(model, column.key)


def _present(cond: Condition, expr: Any) -> ColumnElement[bool]:
    if cond.field.type == TEXT:
        return and_(expr.is_not(None), expr != "")
    return expr.is_not(None)  # type: ignore[no-any-return]


def _missing(cond: Condition, expr: Any) -> ColumnElement[bool]:
    """The value is missing (written so that an index on the column can answer it)."""
    if cond.field.type == TEXT:  # '' written out: PostgreSQL's partial index of open opportunities (0019) says so
        return or_(expr.is_(None), expr == literal_column("''"))
    return expr.is_(None)  # type: ignore[no-any-return]


def _pred(cond: Condition, expr: Any, today: date, tz: tzinfo, is_datetime: bool) -> Pred:
    """The test of a present value (True/False when the operator ignores the value)."""
    op, value, kind = cond.op, cond.value, cond.field.type
    if op == "is_empty":
        return False
    if op == "is_not_empty":
        return True
    if kind == TEXT:
        lowered, wanted = func.lower(expr), fold(value)
        if op == "is":
            return lowered == wanted
        if op == "is_not":
            return lowered != wanted
        if op == "contains":
            return lowered.contains(wanted, autoescape=True)
        return lowered.startswith(wanted, autoescape=True)
    if kind == USER:
        return (expr == value) if op == "is" else (expr != value)  # type: ignore[no-any-return]
    if kind == NUMBER:
        if op == "between":
            low, high = sorted(value)
            return and_(expr >= low, expr <= high)
        return {"eq": expr == value, "lt": expr < value, "gt": expr > value}[op]  # type: ignore[no-any-return]
    if kind == DATE:
        low, high = date_bounds(op, value, today)
        parts = []
        if low is not None:
            parts.append(expr >= (day_start(low, tz) if is_datetime else low))
        if high is not None:
            parts.append(expr < (day_start(high, tz) if is_datetime else high))
        return and_(*parts) if parts else True
    raise ValueError(f"no SQL for {kind}/{op}")  # pragma: no cover


def _sql(pred: Pred) -> ColumnElement[bool]:
    if isinstance(pred, bool):
        return true() if pred else false()
    return pred


def _row_test(cond: Condition, expr: Any, today: date, tz: tzinfo, is_datetime: bool) -> ColumnElement[bool]:
    """The condition on one row's value, missing values included."""
    if cond.op == "is_empty":
        return _missing(cond, expr)
    pred = _pred(cond, expr, today, tz, is_datetime)
    if cond.op in TRUE_ON_MISSING:
        return or_(_missing(cond, expr), _sql(pred))
    return and_(_present(cond, expr), _sql(pred))


def _single(cond: Condition, link: Any, key: Any, rows: Select[Any], expr: Any, today: date, tz: tzinfo,
            is_datetime: bool, nullable_link: bool, *more: ColumnElement[bool]) -> ColumnElement[bool]:
    """A condition on a value that a contact has at most once (``rows`` selects ``key`` per linked row).

    The value's own test comes first in the subquery and ``rows``' conditions (e.g. "is the latest quote",
    a correlated test) last, so that the cheap test filters before the dear one.
    """
    pred = _pred(cond, expr, today, tz, is_datetime)
    if cond.op not in TRUE_ON_MISSING:
        kept = rows.where(_sql(pred), _present(cond, expr), key.is_not(None), *more)
        return link.in_(kept)  # type: ignore[no-any-return]
    excluded = link.not_in(rows.where(not_(_sql(pred)), _present(cond, expr), key.is_not(None), *more))
    return or_(link.is_(None), excluded) if nullable_link else excluded


def _latest_by_max(cond: Condition, link: ColumnElement[Any], key: Any, moment: Any, today: date,
                   tz: tzinfo) -> ColumnElement[bool]:
    """A test of MAX(moment) per contact (the last activity), read from a ``(key, moment)`` index."""
    latest = func.max(moment)
    pred = _pred(cond, latest, today, tz, True)
    grouped = select(key).where(key.is_not(None), moment.is_not(None)).group_by(key)
    if cond.op not in TRUE_ON_MISSING:
        return link.in_(grouped.having(_sql(pred)) if not isinstance(pred, bool) or not pred else grouped)
    if isinstance(pred, bool):  # is_empty: no such row at all
        return link.not_in(select(key).where(key.is_not(None), moment.is_not(None)))
    return link.not_in(grouped.having(not_(pred)))


def _latest_quote(cond: Condition, expr: Any, today: date, tz: tzinfo, is_datetime: bool,
                  probe: bool) -> ColumnElement[bool]:
    """A condition on a column (not the date) of the contact's latest quote sent.

    Alone, it starts from the matching quotes (``contacts.latest_quote_id IN (...)``, indexed); next to a
    driver, each contact read looks its one latest quote up by id instead of listing every matching quote.
    """
    if not probe:
        return _single(cond, Contact.latest_quote_id, Quote.id, select(Quote.id), expr, today, tz, is_datetime,
                       True)
    pred = _sql(_pred(cond, expr, today, tz, is_datetime))
    if cond.op not in TRUE_ON_MISSING:
        return exists().where(Quote.id == Contact.latest_quote_id, pred, _present(cond, expr))
    return ~exists().where(Quote.id == Contact.latest_quote_id, not_(pred), _present(cond, expr))


def _tags(cond: Condition, link: ColumnElement[Any]) -> ColumnElement[bool]:
    def having(names: Any) -> Select[Any]:
        return (select(contact_tags.c.contact_id).join(Tag, Tag.id == contact_tags.c.tag_id)
                .where(Tag.name.in_(names)))

    names = list(cond.value)
    if cond.op == "has_any":
        return link.in_(having(names))
    if cond.op == "has_none":
        return link.not_in(having(names))
    return and_(*(link.in_(having([name])) for name in names))


def _is_driver(cond: Condition) -> bool:
    """A range of the latest quote's date: SQLite can read the contacts it needs along its index."""
    return ((cond.field.source, cond.field.column) == ("quote", "sent_at")
            and cond.op not in TRUE_ON_MISSING and cond.op != "is_not_empty")


def compile_condition(cond: Condition, today: date, tz: tzinfo = UTC, *, probe: bool = False) -> ColumnElement[bool]:
    """One condition as a boolean expression over :class:`Contact`.

    ``probe``: a driver of the same AND reads the contacts; this condition only tests them (no index of it
    may compete to start the search).
    """
    source, kind = cond.field.source, cond.field.type
    contact_id = _maybe_unindexed(Contact.id, probe)
    if kind == TAGS:
        return _tags(cond, contact_id)
    expr = _column(cond)
    is_datetime = (source, cond.field.column) in _DATETIME_COLUMNS
    if source == "contact":
        expr = _maybe_unindexed(expr, probe)
        if kind == BOOLEAN:
            return expr.is_(True) if cond.value else or_(expr.is_(None), expr.is_(False))
        return _row_test(cond, expr, today, tz, is_datetime)
    company_id = _maybe_unindexed(Contact.company_id, probe)
    if source == "company":
        return _single(cond, company_id, Company.id, select(Company.id), expr, today, tz, is_datetime, True)
    if source == "custom_contact":
        field_id = int(cond.field.key[3:])
        rows: Select[Any] = select(ContactFieldValue.contact_id).where(ContactFieldValue.field_id == field_id)
        return _single(cond, contact_id, ContactFieldValue.contact_id, rows, expr, today, tz, False, False)
    if source == "custom_company":
        rows = select(CompanyFieldValue.company_id).where(CompanyFieldValue.field_id == int(cond.field.key[3:]))
        return _single(cond, company_id, CompanyFieldValue.company_id, rows, expr, today, tz, False, True)
    if source == "opportunity":
        if (cond.field.column, cond.op) == ("result", "is_empty"):  # counted on the contact by triggers (0022)
            return Contact.open_opportunities > literal_column("0")  # a literal: the index's predicate proves it
        rows = select(Opportunity.contact_id).where(Opportunity.contact_id.is_not(None),
                                                    _row_test(cond, expr, today, tz, is_datetime))
        return contact_id.in_(rows)
    if source == "activity":
        return _latest_by_max(cond, contact_id, Activity.contact_id, Activity.occurred_at, today, tz)
    if source == "quote":
        if cond.field.column == "sent_at":  # indexed only as a driver: "is empty" would start from 80 % of contacts
            sent_at = _maybe_unindexed(Contact.latest_quote_sent_at, probe or not _is_driver(cond))
            return _row_test(cond, sent_at, today, tz, True)
        return _latest_quote(cond, expr, today, tz, is_datetime, probe)
    raise ValueError(f"unknown source {source!r}")  # pragma: no cover


def _has_driver(tree: Group) -> bool:
    """Whether a driver is reached from the top through AND groups only."""
    return tree.match == "all" and any(_has_driver(item) if isinstance(item, Group) else _is_driver(item)
                                       for item in tree.items)


def _compile_group(tree: Group, today: date, tz: tzinfo, drive: bool, chain: bool) -> ColumnElement[bool]:
    chain = chain and tree.match == "all"
    parts = [_compile_group(item, today, tz, drive, chain) if isinstance(item, Group)
             else compile_condition(item, today, tz, probe=drive and not (chain and _is_driver(item)))
             for item in tree.items]
    if not parts:
        return true() if tree.match == "all" else false()
    return and_(*parts) if tree.match == "all" else or_(*parts)


def compile_tree(tree: Group, today: date, tz: tzinfo = UTC) -> ColumnElement[bool]:
    """A whole filter tree as one boolean expression over :class:`Contact` (live contacts not implied)."""
    return _compile_group(tree, today, tz, _has_driver(tree), True)


def _live() -> ColumnElement[bool]:
    """Live contacts, written so that no index answers it: nearly every contact is live, and SQLite's
    planner would otherwise walk all of them along the ``deleted_at`` index instead of starting from a
    selective ``contacts.id IN (...)`` condition (PostgreSQL estimates it as rare: see :class:`_ReadLive`)."""
    return func.coalesce(Contact.deleted_at, Contact.deleted_at).is_(None)


class _ReadLive(FunctionElement[bool]):
    """Live contacts when their ids are read: :func:`_live` on SQLite, the plain test on PostgreSQL, so that
    the partial indexes of live contacts apply (migration 0019: the seed query's date and live test are read
    from ``ix_contacts_live_quote_sent`` alone, merged with the open opportunities' index).

    A count keeps :func:`_live` on both: its other conditions (status, do-not-contact...) read each contact's
    row anyway, and with the plain test's estimate PostgreSQL probed quotes before tags in the builder's live
    count, a fifth slower (measured on the 100k set).
    """

    inherit_cache = True
    name = "read_live"
    type = Boolean()


@compiles(_ReadLive)
def _render_read_live(element: _ReadLive, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(Contact.deleted_at.is_(None), **kw)


@compiles(_ReadLive, "sqlite")
def _render_read_live_unindexed(element: _ReadLive, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(_live(), **kw)


def matching_ids(tree: Group, today: date, tz: tzinfo = UTC) -> Select[Any]:
    """The ids of the live contacts matching the tree (unordered)."""
    return select(Contact.id).where(compile_tree(tree, today, tz), _ReadLive())


def matching_count(tree: Group, today: date, tz: tzinfo = UTC) -> Select[Any]:
    """How many live contacts match the tree."""
    return select(func.count()).select_from(Contact).where(compile_tree(tree, today, tz), _live())
