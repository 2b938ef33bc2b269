"""Repository of custom fields (champs personnalisés): definitions and the values of contacts and companies.

Functions take a session; none makes one. Every change returns what an undo needs: a
:class:`FieldSnapshot` holds a definition (with its id, so that smart queries naming ``cf:<id>`` work again
after an undo) and, when the change touched them, all the values of the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.custom_fields import (
    ENTITIES,
    Definition,
    FieldDef,
    Value,
    check_value,
    column_for,
    name_from_label,
    validate_definition,
)
from desktop.core.validation import InvalidValue
from desktop.db.models import Company, CompanyFieldValue, Contact, ContactFieldValue, CustomField

CHUNK = 500


@dataclass(frozen=True)
class FieldSnapshot:
    """A field as it was; ``values`` (by record id) is None when the change left the values alone."""

    field: FieldDef
    values: dict[int, Value] | None = None


def _value_model(entity: str) -> tuple[Any, Any, Any]:
    """The value table of an entity, its record column, and the record table."""
    if entity == "contact":
        return ContactFieldValue, ContactFieldValue.contact_id, Contact
    if entity == "company":
        return CompanyFieldValue, CompanyFieldValue.company_id, Company
    raise ValueError(f"unknown entity: {entity!r}")


def _def(row: CustomField) -> FieldDef:
    return FieldDef(row.id, row.entity, row.name, row.label, row.kind, tuple(row.choices or ()), row.position)


def _value_of(row: Any, kind: str) -> Value | None:
    value: Value | None = getattr(row, column_for(kind))
    return value


def _columns(kind: str, value: Value | None) -> dict[str, Any]:
    columns: dict[str, Any] = {"value_text": None, "value_number": None, "value_date": None}
    columns[column_for(kind)] = value
    return columns


# Definitions ------------------------------------------------------------------------------------------------
def list_fields(session: Session, entity: str | None = None) -> list[FieldDef]:
    """The custom fields of one entity (or of both), in their order."""
    query = select(CustomField).order_by(CustomField.entity, CustomField.position, CustomField.id)
    if entity is not None:
        query = query.where(CustomField.entity == entity)
    return [_def(r) for r in session.scalars(query)]


def get_field(session: Session, field_id: int) -> FieldDef | None:
    row = session.get(CustomField, field_id)
    return None if row is None else _def(row)


def _checked(session: Session, entity: str, definition: Definition, field_id: int | None) -> Definition:
    others = [f for f in list_fields(session, entity) if f.id != field_id]
    clean, errors = validate_definition(definition, others)
    if errors:
        problem = next(iter(errors.values()))
        raise InvalidValue(problem.key, str(problem), **problem.params)
    return clean


def create_field(session: Session, entity: str, definition: Definition) -> FieldDef:
    """Add a field at the end of the entity's list; its name is derived from the label.

    Raises:
        InvalidValue: the definition is refused (no label, a label already used, a choice list without
            choices…).
    """
    if entity not in ENTITIES:
        raise ValueError(f"unknown entity: {entity!r}")
    clean = _checked(session, entity, definition, None)
    taken = set(session.scalars(select(CustomField.name).where(CustomField.entity == entity)))
    position = session.scalar(select(func.max(CustomField.position)).where(CustomField.entity == entity))
    row = CustomField(entity=entity, name=name_from_label(clean.label, taken), label=clean.label,
                      kind=clean.kind, choices=list(clean.choices) if clean.kind == "choice" else None,
                      position=(position + 1) if position is not None else 0)
    session.add(row)
    session.flush()
    return _def(row)


def values_of_field(session: Session, f: FieldDef) -> dict[int, Value]:
    """Every stored value of a field, by record id (live or deleted records)."""
    model, record, _table = _value_model(f.entity)
    column = getattr(model, column_for(f.kind))
    return {r[0]: r[1] for r in session.execute(select(record, column).where(model.field_id == f.id))
            if r[1] is not None}


def update_field(session: Session, field_id: int, definition: Definition,
                 renamed: Mapping[str, str] | None = None) -> FieldSnapshot:
    """Rename a field (its label) and, for a choice, change its choices; the kind and name never change.

    ``renamed`` maps a former choice to its new text: values that held it follow. Values holding a choice
    that is no longer in the list are cleared (:func:`values_lost_by` counts them first).

    Returns:
        The field as it was (with its values when the choices changed), for :func:`restore_field`.
    """
    row = session.get_one(CustomField, field_id)
    before = _def(row)
    if definition.kind != row.kind:
        raise InvalidValue("cf_kind_fixed", "le type d’un champ ne change pas une fois créé")
    clean = _checked(session, row.entity, definition, field_id)
    values: dict[int, Value] | None = None
    if row.kind == "choice" and (tuple(clean.choices) != before.choices or renamed):
        values = values_of_field(session, before)
        model, _record, _table = _value_model(row.entity)
        mapping = _choice_mapping(before.choices, clean.choices, renamed)
        gone = [old for old, new in mapping.items() if new is None]
        moved = {old: new for old, new in mapping.items() if new is not None and new != old}
        if gone:  # first, so that a choice renamed to a removed one's text does not keep its values
            session.execute(delete(model).where(model.field_id == field_id, model.value_text.in_(gone)))
        if moved:  # one statement: a swap or a chain of renames applies at once, not one after the other
            session.execute(update(model).where(model.field_id == field_id, model.value_text.in_(list(moved)))
                            .values(value_text=case(moved, value=model.value_text)))
        session.execute(delete(model).where(model.field_id == field_id,
                                            model.value_text.not_in(list(clean.choices))))
    row.label = clean.label
    row.choices = list(clean.choices) if row.kind == "choice" else None
    session.flush()
    return FieldSnapshot(before, values)


def values_lost_by(session: Session, field_id: int, choices: Sequence[str],
                   renamed: Mapping[str, str] | None = None) -> int:
    """How many values a new list of choices would clear (those whose choice is gone and not renamed)."""
    row = session.get_one(CustomField, field_id)
    if row.kind != "choice":
        return 0
    model, _record, _table = _value_model(row.entity)
    mapping = _choice_mapping(tuple(row.choices or ()), tuple(choices), renamed)
    survive = [old for old, new in mapping.items() if new is not None]
    return int(session.scalar(select(func.count()).select_from(model).where(
        model.field_id == field_id, model.value_text.not_in(survive))) or 0)


def _choice_mapping(before: Sequence[str], after: Sequence[str],
                    renamed: Mapping[str, str] | None) -> dict[str, str | None]:
    """What each former choice becomes: its new text, or None when it was removed.

    A former choice not renamed is kept when its text is still in the list and is not the new text of
    another, renamed choice (the list holds no duplicates, so that text then belongs to the other one).
    """
    renamed = {old: new for old, new in (renamed or {}).items() if new in after}
    taken = set(renamed.values())
    return {old: renamed.get(old, old if old in after and old not in taken else None) for old in before}


def delete_field(session: Session, field_id: int) -> FieldSnapshot:
    """Delete a field and its values; returns them for :func:`restore_field`."""
    row = session.get_one(CustomField, field_id)
    before = _def(row)
    values = values_of_field(session, before)
    model, _record, _table = _value_model(before.entity)
    session.execute(delete(model).where(model.field_id == field_id))
    session.delete(row)
    session.flush()
    return FieldSnapshot(before, values)


def restore_field(session: Session, snapshot: FieldSnapshot) -> None:
    """Put a field back as a snapshot holds it (same id); its values too when the snapshot has them."""
    f = snapshot.field
    row = session.get(CustomField, f.id)
    if row is None:
        row = CustomField(id=f.id, entity=f.entity, name=f.name, kind=f.kind)
        session.add(row)
    row.label, row.position = f.label, f.position
    row.choices = list(f.choices) if f.kind == "choice" else None
    session.flush()
    if snapshot.values is None:
        return
    model, record, _table = _value_model(f.entity)
    session.execute(delete(model).where(model.field_id == f.id))
    items = list(snapshot.values.items())
    for start in range(0, len(items), CHUNK):
        session.execute(insert(model), [{record.key: rid, "field_id": f.id, **_columns(f.kind, value)}
                                        for rid, value in items[start:start + CHUNK]])


def reorder(session: Session, entity: str, ids: Sequence[int]) -> list[int]:
    """Put the entity's fields in this order (fields not named keep theirs, after); returns the old order."""
    before = [f.id for f in list_fields(session, entity)]
    order = [i for i in ids if i in before] + [i for i in before if i not in ids]
    for position, field_id in enumerate(order):
        session.execute(update(CustomField).where(CustomField.id == field_id).values(position=position))
    return before


def value_counts(session: Session, entity: str) -> dict[int, int]:
    """How many live records have a value in each field of the entity."""
    model, record, table = _value_model(entity)
    query = (select(model.field_id, func.count()).join(table, table.id == record)
             .where(table.deleted_at.is_(None)).group_by(model.field_id))
    return {r[0]: int(r[1]) for r in session.execute(query)}


# Values of one record ---------------------------------------------------------------------------------------
def record_values(session: Session, entity: str, record_id: int,
                  fields: Sequence[FieldDef] | None = None) -> dict[int, Value]:
    """The values of one contact or company, by field id (empty fields are absent); ``fields``: the entity's
    fields when the caller has read them already (one query less)."""
    model, record, _table = _value_model(entity)
    kinds = {f.id: f.kind for f in (list_fields(session, entity) if fields is None else fields)}
    out: dict[int, Value] = {}
    for row in session.scalars(select(model).where(record == record_id)):
        value = _value_of(row, kinds.get(row.field_id, "text"))
        if value is not None:
            out[row.field_id] = value
    return out


def filled_fields(session: Session, entity: str, record_id: int) -> list[tuple[FieldDef, Value]]:
    """The filled fields of one contact or company with their values, in the fields' order (one query: what a
    panel shows)."""
    model, record, _table = _value_model(entity)
    rows = session.execute(select(CustomField, model).join(model, and_(model.field_id == CustomField.id,
                                                                       record == record_id))
                           .where(CustomField.entity == entity)
                           .order_by(CustomField.position, CustomField.id))
    out = []
    for field, row in rows:
        value = _value_of(row, field.kind)
        if value is not None:
            out.append((_def(field), value))
    return out


def set_record_values(session: Session, entity: str, record_id: int, values: Mapping[int, Value | None]) -> None:
    """Set some values of one record (None clears one); each value is checked against its field.

    Raises:
        InvalidValue: a value does not fit its field (a number for a date, a choice not in the list…).
    """
    fields = {f.id: f for f in list_fields(session, entity)}
    model, record, _table = _value_model(entity)
    for field_id, raw in values.items():
        f = fields.get(field_id)
        if f is None:
            continue  # deleted meanwhile (another desktop): nothing to keep it in
        value = check_value(f, raw)
        session.execute(delete(model).where(record == record_id, model.field_id == field_id))
        if value is not None:
            session.execute(insert(model).values({record.key: record_id, "field_id": field_id,
                                                  **_columns(f.kind, value)}))
    session.flush()


def values_for_records(session: Session, entity: str, ids: Iterable[int]) -> dict[int, dict[int, Value]]:
    """The values of many records: ``{record id: {field id: value}}`` (exports, bulk undo)."""
    model, record, _table = _value_model(entity)
    kinds = {f.id: f.kind for f in list_fields(session, entity)}
    wanted = list(ids)
    out: dict[int, dict[int, Value]] = {}
    for start in range(0, len(wanted), CHUNK):
        for row in session.scalars(select(model).where(record.in_(wanted[start:start + CHUNK]))):
            value = _value_of(row, kinds.get(row.field_id, "text"))
            if value is not None:
                out.setdefault(getattr(row, record.key), {})[row.field_id] = value
    return out


# Many records, one field ------------------------------------------------------------------------------------
def set_many(session: Session, field_id: int, record_ids: Sequence[int],
             value: Value | None) -> dict[int, Value | None]:
    """Give many records the same value of one field (None clears it); returns the previous values."""
    row = session.get(CustomField, field_id)
    if row is None:
        raise InvalidValue("cf_gone", "ce champ personnalisé n’existe plus")
    f = _def(row)
    clean = check_value(f, value)
    model, record, _table = _value_model(f.entity)
    column = getattr(model, column_for(f.kind))
    previous: dict[int, Value | None] = {}
    for start in range(0, len(record_ids), CHUNK):
        part = list(record_ids[start:start + CHUNK])
        previous.update({i: None for i in part})
        previous.update((r[0], r[1]) for r in session.execute(
            select(record, column).where(model.field_id == field_id, record.in_(part))))
        session.execute(delete(model).where(model.field_id == field_id, record.in_(part)))
        if clean is not None:
            session.execute(insert(model), [{record.key: i, "field_id": field_id, **_columns(f.kind, clean)}
                                            for i in part])
    return previous


def restore_many(session: Session, field_id: int, previous: Mapping[int, Value | None]) -> None:
    """Put back the values :func:`set_many` returned (a field deleted since is left alone)."""
    row = session.get(CustomField, field_id)
    if row is None:
        return
    model, record, _table = _value_model(row.entity)
    items = list(previous.items())
    for start in range(0, len(items), CHUNK):
        part = items[start:start + CHUNK]
        session.execute(delete(model).where(model.field_id == field_id, record.in_([i for i, _v in part])))
        rows = [{record.key: i, "field_id": field_id, **_columns(row.kind, v)} for i, v in part if v is not None]
        if rows:
            session.execute(insert(model), rows)



def form_state(session: Session, entity: str, record_id: int | None) -> tuple[list[FieldDef], dict[int, Value]]:
    """What an edit dialog needs: the entity's fields and, for an existing record, its values."""
    fields = list_fields(session, entity)
    return fields, ({} if record_id is None else record_values(session, entity, record_id, fields))


def insert_values(session: Session, entity: str, values: Iterable[tuple[int, int, Value]]) -> None:
    """Insert values of new records: ``(record id, field id, value)``, already checked (imports)."""
    model, record, _table = _value_model(entity)
    kinds = {f.id: f.kind for f in list_fields(session, entity)}
    rows = [{record.key: rid, "field_id": fid, **_columns(kinds[fid], value)}
            for rid, fid, value in values if fid in kinds]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[start:start + CHUNK])
