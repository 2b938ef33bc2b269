"""Repository of smart queries (requêtes): evaluate, save, members, and the bulk actions on members.

Functions take a session; none makes one. Static queries keep the members frozen when saved (members can
then be added or removed by hand); dynamic ones are evaluated again on every use. Both remember their
member count and when it was last evaluated. Bulk edits return what they changed, so the GUI can undo.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.query_spec import CustomFieldInfo, Group, SpecError, parse
from desktop.db.contacts import tags_by_name
from desktop.db.models import Company, Contact, CustomField, Tag, contact_tags
from desktop.db.query_compile import matching_count, matching_ids
from desktop.db.query_models import SmartQuery, SmartQueryMember

CHUNK = 500
KINDS = ("static", "dynamic")


@dataclass(frozen=True)
class QueryInfo:
    """A saved query as lists show it."""

    id: int
    name: str
    kind: str
    spec: dict[str, Any]
    member_count: int | None
    last_evaluated_at: datetime | None
    shipped: bool


@dataclass(frozen=True)
class MemberRow:
    """One matching contact as the member list shows it."""

    id: int
    name: str
    company: str
    email: str
    city: str
    status: str


def custom_catalog(session: Session) -> dict[int, CustomFieldInfo]:
    """The custom fields a spec may test, by id."""
    return {f.id: CustomFieldInfo(f.id, f.entity, f.kind, f.label, tuple(f.choices or ()))
            for f in session.scalars(select(CustomField).order_by(CustomField.entity, CustomField.position))}


def parse_for(session: Session, spec: Mapping[str, Any] | str) -> Group:
    """Validate a spec against the allowlists and this database's custom fields (SpecError otherwise)."""
    return parse(spec, custom_catalog(session))


def _info(row: SmartQuery) -> QueryInfo:
    return QueryInfo(row.id, row.name, row.kind, json.loads(row.spec), row.member_count, row.last_evaluated_at,
                     row.shipped_key is not None)


def list_queries(session: Session) -> list[QueryInfo]:
    """Every saved query, shipped ones first in their order, then by name."""
    rows = session.scalars(select(SmartQuery).order_by(SmartQuery.shipped_key.is_(None), SmartQuery.position,
                                                       SmartQuery.name))
    return [_info(r) for r in rows]


def get_query(session: Session, query_id: int) -> QueryInfo | None:
    row = session.get(SmartQuery, query_id)
    return None if row is None else _info(row)


def count(session: Session, spec: Mapping[str, Any] | Group, today: date, tz: tzinfo = UTC) -> int:
    """How many live contacts match a spec (the live count of the builder)."""
    tree = spec if isinstance(spec, Group) else parse_for(session, spec)
    return int(session.scalar(matching_count(tree, today, tz)) or 0)


def evaluate_ids(session: Session, spec: Mapping[str, Any] | Group, today: date, tz: tzinfo = UTC) -> list[int]:
    """The ids of the live contacts matching a spec, ascending.

    Read through the session's connection, and the rows straight from the driver's cursor: the ORM's per-row
    processing cost about a third of the time for ten thousand ids, and Core's rows as much again as the query
    itself (a million contacts' seed query returns about ninety thousand). Pending changes are flushed first,
    as the session would before a query.
    """
    tree = spec if isinstance(spec, Group) else parse_for(session, spec)
    if session.autoflush:
        session.flush()
    result = session.connection().execute(matching_ids(tree, today, tz))
    try:
        ids = [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
    ids.sort()
    return ids


def _stored_members(session: Session, query_id: int) -> list[int]:
    return list(session.scalars(
        select(SmartQueryMember.contact_id).join(Contact, Contact.id == SmartQueryMember.contact_id)
        .where(SmartQueryMember.query_id == query_id, Contact.deleted_at.is_(None))
        .order_by(SmartQueryMember.contact_id)))


def members(session: Session, query_id: int, today: date, now: datetime, tz: tzinfo = UTC) -> list[int]:
    """The members of a saved query now (a dynamic one is evaluated); its count and time are recorded."""
    row = session.get(SmartQuery, query_id)
    if row is None:
        raise LookupError(f"no smart query {query_id}")
    if row.kind == "static":
        ids = _stored_members(session, query_id)
    else:
        ids = evaluate_ids(session, json.loads(row.spec), today, tz)
    row.member_count, row.last_evaluated_at = len(ids), now
    return ids


def refresh_counts(session: Session, today: date, now: datetime, tz: tzinfo = UTC) -> None:
    """Evaluate the count of every dynamic query (and recount the live members of static ones)."""
    for row in session.scalars(select(SmartQuery)):
        if row.kind == "static":
            row.member_count = len(_stored_members(session, row.id))
        else:
            try:
                row.member_count = count(session, json.loads(row.spec), today, tz)
            except SpecError:
                row.member_count = None  # e.g. a custom field was deleted: the builder shows why
        row.last_evaluated_at = now


def save_query(session: Session, *, name: str, kind: str, spec: Mapping[str, Any], today: date, now: datetime,
               tz: tzinfo = UTC, query_id: int | None = None) -> int:
    """Create or update a query; a static one freezes the members matching now. Returns its id.

    Raises:
        SpecError: the spec is not valid, or the name is empty or taken.
    """
    name = name.strip()
    if not name:
        raise SpecError("donnez un nom à la requête")
    if kind not in KINDS:
        raise SpecError(f"type de requête inconnu : {kind!r}")
    tree = parse_for(session, spec)
    taken = session.scalar(select(SmartQuery.id).where(func.lower(SmartQuery.name) == name.lower(),
                                                       SmartQuery.id != (query_id or 0)))
    if taken is not None:
        raise SpecError(f"une requête s'appelle déjà « {name} »")
    row = SmartQuery(name=name) if query_id is None else session.get(SmartQuery, query_id)
    if row is None:
        raise LookupError(f"no smart query {query_id}")
    row.name, row.kind, row.spec = name, kind, json.dumps(dict(spec), ensure_ascii=False)
    session.add(row)
    session.flush()
    session.execute(delete(SmartQueryMember).where(SmartQueryMember.query_id == row.id))
    ids = evaluate_ids(session, tree, today, tz)
    if kind == "static":
        _insert_members(session, row.id, ids)
    row.member_count, row.last_evaluated_at = len(ids), now
    return row.id


def delete_query(session: Session, query_id: int) -> None:
    session.execute(delete(SmartQuery).where(SmartQuery.id == query_id))


def _insert_members(session: Session, query_id: int, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        session.execute(insert(SmartQueryMember),
                        [{"query_id": query_id, "contact_id": i} for i in ids[start:start + CHUNK]])


def add_members(session: Session, query_id: int, contact_ids: Sequence[int], now: datetime) -> list[int]:
    """Add contacts to a static query by hand; returns those that were not members yet."""
    have = set(_stored_members(session, query_id))
    new = sorted(set(contact_ids) - have)
    _insert_members(session, query_id, new)
    _recount(session, query_id, now)
    return new


def remove_members(session: Session, query_id: int, contact_ids: Sequence[int], now: datetime) -> list[int]:
    """Remove contacts from a static query; returns those that were members."""
    have = set(_stored_members(session, query_id))
    gone = sorted(set(contact_ids) & have)
    for start in range(0, len(gone), CHUNK):
        session.execute(delete(SmartQueryMember).where(SmartQueryMember.query_id == query_id,
                                                       SmartQueryMember.contact_id.in_(gone[start:start + CHUNK])))
    _recount(session, query_id, now)
    return gone


def _recount(session: Session, query_id: int, now: datetime) -> None:
    session.execute(update(SmartQuery).where(SmartQuery.id == query_id).values(
        member_count=len(_stored_members(session, query_id)), last_evaluated_at=now))


def member_rows(session: Session, ids: Sequence[int]) -> list[MemberRow]:
    """Display rows for these contacts, sorted by name."""
    rows: list[MemberRow] = []
    for start in range(0, len(ids), CHUNK):
        query = (select(Contact.id, Contact.first_name, Contact.last_name, Company.legal_name, Contact.email,
                        Contact.city, Contact.status)
                 .outerjoin(Company, Company.id == Contact.company_id)
                 .where(Contact.id.in_(ids[start:start + CHUNK])))
        rows.extend(MemberRow(r[0], f"{r[2]} {r[1]}".strip(), r[3] or "", r[4] or "", r[5] or "", r[6])
                    for r in session.execute(query))
    rows.sort(key=lambda r: (r.name.lower(), r.id))
    return rows


@dataclass(frozen=True)
class QueryScreen:
    """What the smart-query view opens on: the saved queries with fresh counts, and the builder's catalogue
    (the custom fields a spec may test, the salespeople a condition may name)."""

    queries: list[QueryInfo]
    custom: dict[int, CustomFieldInfo]
    users: list[tuple[int, str]]


def load_screen(session: Session, today: date, now: datetime, tz: tzinfo = UTC) -> QueryScreen:
    """Count every query again, then read the list and the catalogue (writes the counts: one transaction)."""
    from desktop.db.pipeline import salespeople

    refresh_counts(session, today, now, tz)
    return QueryScreen(list_queries(session), custom_catalog(session), salespeople(session))


@dataclass(frozen=True)
class Evaluation:
    """Who matches: every id, and the display rows of the first ones."""

    ids: list[int]
    rows: list[MemberRow]


def evaluate(session: Session, spec: Mapping[str, Any], today: date, now: datetime, tz: tzinfo = UTC, *,
             static_id: int | None = None, shown: int = 200) -> Evaluation:
    """The contacts a builder shows: the stored members of the saved static query ``static_id`` (its count
    recorded at ``now``), else those matching ``spec`` now; with the rows of the first ``shown``.

    Raises:
        SpecError: The spec is incomplete or wrong (the builder says why).
    """
    if static_id is not None:
        ids = members(session, static_id, today, now, tz)
    else:
        ids = evaluate_ids(session, spec, today, tz)
    return Evaluation(ids, member_rows(session, ids[:shown * 5])[:shown])


# Bulk actions ------------------------------------------------------------------------------------------
#: Contact columns a bulk action may set, with the values they take.
SETTABLE: dict[str, tuple[Any, ...] | type] = {
    "status": ("prospect", "client"), "owner_id": int, "marketing_consent": bool, "do_not_contact": bool,
    "do_not_email": bool,
}


def add_tag(session: Session, contact_ids: Sequence[int], tag_name: str) -> list[int]:
    """Tag the contacts; returns those that did not have the tag (what an undo removes)."""
    tag = tags_by_name(session, [tag_name])[0]
    session.flush()
    have = set(session.scalars(select(contact_tags.c.contact_id).where(contact_tags.c.tag_id == tag.id)))
    new = sorted(set(contact_ids) - have)
    for start in range(0, len(new), CHUNK):
        session.execute(insert(contact_tags), [{"tag_id": tag.id, "contact_id": i} for i in new[start:start + CHUNK]])
    return new


def remove_tag(session: Session, contact_ids: Sequence[int], tag_name: str) -> list[int]:
    """Untag the contacts; returns those that had the tag (what an undo tags again)."""
    tag_id = session.scalar(select(Tag.id).where(Tag.name == tag_name))
    if tag_id is None:
        return []
    have = set(session.scalars(select(contact_tags.c.contact_id).where(contact_tags.c.tag_id == tag_id)))
    gone = sorted(set(contact_ids) & have)
    for start in range(0, len(gone), CHUNK):
        session.execute(delete(contact_tags).where(contact_tags.c.tag_id == tag_id,
                                                   contact_tags.c.contact_id.in_(gone[start:start + CHUNK])))
    return gone


def set_field(session: Session, contact_ids: Sequence[int], column: str, value: Any) -> dict[int, Any]:
    """Set one allowlisted contact column; returns the previous values by contact (for an undo)."""
    allowed = SETTABLE.get(column)
    if allowed is None:
        raise SpecError(f"ce champ ne peut pas être modifié en masse : {column!r}")
    if isinstance(allowed, tuple) and value not in allowed:
        raise SpecError(f"valeur refusée pour {column} : {value!r}")
    if isinstance(allowed, type) and value is not None and not isinstance(value, allowed):
        raise SpecError(f"valeur refusée pour {column} : {value!r}")
    attr = getattr(Contact, column)
    previous: dict[int, Any] = {}
    for start in range(0, len(contact_ids), CHUNK):
        part = list(contact_ids[start:start + CHUNK])
        previous.update((r[0], r[1]) for r in session.execute(select(Contact.id, attr).where(Contact.id.in_(part))))
        session.execute(update(Contact).where(Contact.id.in_(part)).values({column: value}))
    return previous


def restore_field(session: Session, column: str, previous: Mapping[int, Any]) -> None:
    """Put back the values :func:`set_field` returned."""
    if column not in SETTABLE:
        raise SpecError(f"ce champ ne peut pas être modifié en masse : {column!r}")
    by_value: dict[Any, list[int]] = {}
    for contact_id, value in previous.items():
        by_value.setdefault(value, []).append(contact_id)
    for value, ids in by_value.items():
        for start in range(0, len(ids), CHUNK):
            session.execute(update(Contact).where(Contact.id.in_(ids[start:start + CHUNK])).values({column: value}))


def untag(session: Session, contact_ids: Sequence[int], tag_name: str) -> None:
    """Undo of :func:`add_tag`."""
    remove_tag(session, contact_ids, tag_name)


def retag(session: Session, contact_ids: Sequence[int], tag_name: str) -> None:
    """Undo of :func:`remove_tag`."""
    add_tag(session, contact_ids, tag_name)


# Custom fields of contacts (bulk) -------------------------------------------------------------------------
def set_custom_field(session: Session, contact_ids: Sequence[int], field_id: int, value: Any) -> dict[int, Any]:
    """Give the contacts one value of a contact custom field (None clears it); returns the previous values.

    Raises:
        SpecError: the field is not a custom field of contacts, or the value does not fit it.
    """
    from desktop.core.validation import InvalidValue
    from desktop.db import custom_fields

    field = custom_fields.get_field(session, field_id)
    if field is None or field.entity != "contact":
        raise SpecError(f"ce champ ne peut pas être modifié en masse : cf:{field_id}")
    try:
        return custom_fields.set_many(session, field_id, contact_ids, value)
    except InvalidValue as exc:
        raise SpecError(str(exc.message)) from exc


def restore_custom_field(session: Session, field_id: int, previous: Mapping[int, Any]) -> None:
    """Put back the values :func:`set_custom_field` returned."""
    from desktop.db import custom_fields

    custom_fields.restore_many(session, field_id, previous)
