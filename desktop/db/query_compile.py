"""Compile a smart-query tree (:mod:`desktop.core.query_spec`) to SQLAlchemy expressions over contacts.

Only allowlisted columns are reached: a field definition names its table and column, both looked up in
:data:`_COLUMNS`; user values are always bound parameters (``contains`` escapes ``%`` and ``_``).

Shape, chosen for the indexes: a condition on a related table becomes ``contacts.id IN (subquery)``
(or ``NOT IN`` for operators that hold when the value is missing), so that an AND of selective
conditions is driven from the small side (e.g. the quotes sent, through ``quotes(contact_id, sent_at)``)
instead of scanning every contact. The date the latest quote was sent and the date of the last activity
are ``MAX`` over ``(contact_id, date)`` indexes, read from the index alone.
"""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, not_, or_, select, true
from sqlalchemy.orm import aliased

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

_COLUMNS: dict[str, Any] = {"contact": Contact, "company": Company, "quote": Quote, "opportunity": Opportunity,
                            "activity": Activity, "custom_contact": ContactFieldValue,
                            "custom_company": CompanyFieldValue}
_DATETIME_COLUMNS = frozenset({("contact", "created_at"), ("quote", "sent_at"), ("quote", "last_human_open_at"),
                               ("activity", "occurred_at")})

Pred = ColumnElement[bool] | bool


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
    if cond.field.type == TEXT:
        return or_(expr.is_(None), expr == "")
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


def _latest_by_max(cond: Condition, key: Any, moment: Any, today: date, tz: tzinfo) -> ColumnElement[bool]:
    """A test of MAX(moment) per contact (the latest quote sent, the last activity), read from an index."""
    latest = func.max(moment)
    pred = _pred(cond, latest, today, tz, True)
    grouped = select(key).where(key.is_not(None), moment.is_not(None)).group_by(key)
    if cond.op not in TRUE_ON_MISSING:
        return Contact.id.in_(grouped.having(_sql(pred)) if not isinstance(pred, bool) or not pred else grouped)
    if isinstance(pred, bool):  # is_empty: no such row at all
        return Contact.id.not_in(select(key).where(key.is_not(None), moment.is_not(None)))
    return Contact.id.not_in(grouped.having(not_(pred)))


def _tags(cond: Condition) -> ColumnElement[bool]:
    def having(names: Any) -> Select[Any]:
        return (select(contact_tags.c.contact_id).join(Tag, Tag.id == contact_tags.c.tag_id)
                .where(Tag.name.in_(names)))

    names = list(cond.value)
    if cond.op == "has_any":
        return Contact.id.in_(having(names))
    if cond.op == "has_none":
        return Contact.id.not_in(having(names))
    return and_(*(Contact.id.in_(having([name])) for name in names))


def compile_condition(cond: Condition, today: date, tz: tzinfo = UTC) -> ColumnElement[bool]:
    """One condition as a boolean expression over :class:`Contact`."""
    source, kind = cond.field.source, cond.field.type
    if kind == TAGS:
        return _tags(cond)
    expr = _column(cond)
    is_datetime = (source, cond.field.column) in _DATETIME_COLUMNS
    if source == "contact":
        if kind == BOOLEAN:
            return expr.is_(True) if cond.value else or_(expr.is_(None), expr.is_(False))
        return _row_test(cond, expr, today, tz, is_datetime)
    if source == "company":
        return _single(cond, Contact.company_id, Company.id, select(Company.id), expr, today, tz, is_datetime, True)
    if source == "custom_contact":
        field_id = int(cond.field.key[3:])
        rows: Select[Any] = select(ContactFieldValue.contact_id).where(ContactFieldValue.field_id == field_id)
        return _single(cond, Contact.id, ContactFieldValue.contact_id, rows, expr, today, tz, False, False)
    if source == "custom_company":
        rows = select(CompanyFieldValue.company_id).where(CompanyFieldValue.field_id == int(cond.field.key[3:]))
        return _single(cond, Contact.company_id, CompanyFieldValue.company_id, rows, expr, today, tz, False, True)
    if source == "opportunity":
        rows = select(Opportunity.contact_id).where(Opportunity.contact_id.is_not(None),
                                                    _row_test(cond, expr, today, tz, is_datetime))
        return Contact.id.in_(rows)
    if source == "activity":
        return _latest_by_max(cond, Activity.contact_id, Activity.occurred_at, today, tz)
    if source == "quote":
        if cond.field.column == "sent_at":
            return _latest_by_max(cond, Quote.contact_id, Quote.sent_at, today, tz)
        later = aliased(Quote)
        latest = select(Quote.contact_id).where(
            ~exists().where(later.contact_id == Quote.contact_id, later.sent_at.is_not(None),
                            or_(later.sent_at > Quote.sent_at,
                                and_(later.sent_at == Quote.sent_at, later.id > Quote.id))))
        return _single(cond, Contact.id, Quote.contact_id, latest, expr, today, tz, is_datetime, False,
                       Quote.sent_at.is_not(None))
    raise ValueError(f"unknown source {source!r}")  # pragma: no cover


def compile_tree(tree: Group, today: date, tz: tzinfo = UTC) -> ColumnElement[bool]:
    """A whole filter tree as one boolean expression over :class:`Contact` (live contacts not implied)."""
    parts = [compile_tree(item, today, tz) if isinstance(item, Group) else compile_condition(item, today, tz)
             for item in tree.items]
    if not parts:
        return true() if tree.match == "all" else false()
    return and_(*parts) if tree.match == "all" else or_(*parts)


def _live() -> ColumnElement[bool]:
    """Live contacts, written so that no index answers it: nearly every contact is live, and SQLite's
    planner would otherwise walk all of them along the ``deleted_at`` index instead of starting from a
    selective ``contacts.id IN (...)`` condition."""
    return func.coalesce(Contact.deleted_at, Contact.deleted_at).is_(None)


def matching_ids(tree: Group, today: date, tz: tzinfo = UTC) -> Select[Any]:
    """The ids of the live contacts matching the tree (unordered)."""
    return select(Contact.id).where(compile_tree(tree, today, tz), _live())


def matching_count(tree: Group, today: date, tz: tzinfo = UTC) -> Select[Any]:
    """How many live contacts match the tree."""
    return select(func.count()).select_from(Contact).where(compile_tree(tree, today, tz), _live())
