"""Custom fields (champs personnalisés): their definition and the typed values people type into them.

A team adds fields to contacts or to companies. Each has a *label* (what people read, may be renamed), a
stable *name* derived from the first label (an identifier for imports and scenarios that never changes), a
*kind* (text, number, date, choice) and, for a choice, its list of choices.

:func:`validate_definition` checks a definition; :func:`parse_value` reads a typed value from text (numbers
with a French decimal comma, dates ``jj/mm/aaaa`` or ISO, a choice of the list) and :func:`edit_text` writes
it back the way it is typed. Both raise :class:`~desktop.core.validation.InvalidValue` whose message is a
:class:`~desktop.core.validation.Problem` with a key the interface translates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.search import fold
from desktop.core.validation import InvalidValue, Problem, clean_text

ENTITIES = ("contact", "company")
KINDS = ("text", "number", "date", "choice")
LABEL_MAX = 120
NAME_MAX = 60
CHOICE_MAX = 120
MAX_CHOICES = 200
TEXT_MAX = 2_000
# value_number is NUMERIC(18, 6): twelve digits before the decimal point, six after.
# 9 + 6 = 15 significant digits at most: what SQLite, which stores NUMERIC as a double, gives back exactly.
NUMBER_INTEGER_DIGITS = 9
NUMBER_DECIMALS = 6

Value = str | Decimal | date
"""A stored value: ``str`` for text and choice, ``Decimal`` for number, ``date`` for date."""


@dataclass(frozen=True)
class FieldDef:
    """A custom field as defined by the team."""

    id: int
    entity: str
    name: str
    label: str
    kind: str
    choices: tuple[str, ...] = field(default_factory=tuple)
    position: int = 0


@dataclass(frozen=True)
class Definition:
    """A definition as typed in the settings (before it has an id or a name)."""

    label: str
    kind: str
    choices: tuple[str, ...] = ()


# Names ------------------------------------------------------------------------------------------------------
_NOT_NAME = re.compile(r"[^a-z0-9]+")


def name_from_label(label: str, taken: Iterable[str] = ()) -> str:
    """The stable identifier of a new field: folded label, words joined by ``_`` (``Date du salon`` ->
    ``date_du_salon``); ``_2``, ``_3``… when a field of the same entity already has it."""
    base = _NOT_NAME.sub("_", fold(label)).strip("_")[:NAME_MAX - 4].strip("_") or "champ"
    if base[0].isdigit():
        base = f"champ_{base}"[:NAME_MAX - 4]
    used = set(taken)
    name, n = base, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    return name


def same_label(a: str, b: str) -> bool:
    """Two labels that people would take for the same field (case, accents and spacing ignored)."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


# Definitions ------------------------------------------------------------------------------------------------
def validate_definition(definition: Definition, others: Sequence[FieldDef] = ()) -> tuple[Definition,
                                                                                            dict[str, Problem]]:
    """Check a definition; ``others`` are the entity's other fields (a label may not repeat one of theirs).

    Returns ``(clean, errors)`` with errors under ``label``, ``kind`` or ``choices``.
    """
    errors: dict[str, Problem] = {}
    label = definition.label
    try:
        label = clean_text(definition.label.replace("\n", " "), LABEL_MAX)
    except InvalidValue as exc:
        errors["label"] = exc.message
    if "label" not in errors:
        if not label:
            errors["label"] = Problem("cf_label_required", "donnez un libellé au champ")
        else:
            clash = next((f for f in others if same_label(f.label, label)), None)
            if clash is not None:
                errors["label"] = Problem("cf_label_taken", f"un champ « {clash.label} » existe déjà",
                                          label=clash.label)
    if definition.kind not in KINDS:
        errors["kind"] = Problem("cf_kind", "le type est texte, nombre, date ou liste de choix")
    choices: list[str] = []
    if definition.kind == "choice":
        for raw in definition.choices:
            try:
                choice = clean_text(raw.replace("\n", " "), CHOICE_MAX)
            except InvalidValue as exc:
                errors["choices"] = exc.message
                continue
            if not choice:
                continue
            if any(same_label(choice, c) for c in choices):
                errors["choices"] = Problem("cf_choice_duplicate", f"le choix « {choice} » est en double",
                                            choice=choice)
                continue
            choices.append(choice)
        if not choices and "choices" not in errors:
            errors["choices"] = Problem("cf_choices_required", "une liste de choix a besoin d’au moins un choix")
        if len(choices) > MAX_CHOICES:
            errors["choices"] = Problem("cf_choices_many", f"au plus {MAX_CHOICES} choix", limit=MAX_CHOICES)
    return Definition(label, definition.kind, tuple(choices)), errors


# Values -----------------------------------------------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_FR_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_number(text: str) -> Decimal:
    """A number as typed: ``1 234,5``, ``1234.5``, ``-3``; at most 12 digits before the comma and 6 after."""
    compact = _SPACES.sub("", text.strip())
    if not _NUMBER.match(compact):
        raise InvalidValue("cf_number", "n’est pas un nombre (exemple : 1 234,5)")
    if compact.count(",") + compact.count(".") > 1:
        raise InvalidValue("cf_number", "n’est pas un nombre (exemple : 1 234,5)")
    try:
        number = Decimal(compact.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern only lets numbers through
        raise InvalidValue("cf_number", "n’est pas un nombre (exemple : 1 234,5)") from exc
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > NUMBER_DECIMALS:
        raise InvalidValue("cf_number_decimals", f"au plus {NUMBER_DECIMALS} chiffres après la virgule",
                           limit=NUMBER_DECIMALS)
    if abs(number) >= Decimal(10) ** NUMBER_INTEGER_DIGITS:
        raise InvalidValue("cf_number_big", f"nombre trop grand ({NUMBER_INTEGER_DIGITS} chiffres au plus avant "
                                            "la virgule)",
                           limit=NUMBER_INTEGER_DIGITS)
    return number + 0 if number == 0 else number  # -0 is 0


def parse_date(text: str) -> date:
    """A date as typed: ``27/11/2026`` (also ``27.11.2026``, ``27-11-2026``) or ISO ``2026-11-27``."""
    value = text.strip()
    french, iso = _FR_DATE.match(value), _ISO_DATE.match(value)
    if french:
        day, month, year = (int(g) for g in french.groups())
    elif iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        raise InvalidValue("cf_date", "n’est pas une date (exemple : 27/11/2026)")
    try:
        parsed = date(year, month, day)
    except ValueError as exc:
        raise InvalidValue("cf_date_invalid", "cette date n’existe pas") from exc
    if parsed.year < 1900:
        raise InvalidValue("cf_date_invalid", "cette date n’existe pas")
    return parsed


def parse_choice(text: str, choices: Sequence[str]) -> str:
    """One of ``choices`` (case and accents ignored: the choice is returned as defined)."""
    found = next((c for c in choices if same_label(c, text)), None)
    if found is None:
        shown = ", ".join(choices[:8]) + ("…" if len(choices) > 8 else "")
        raise InvalidValue("cf_choice", f"n’est pas un des choix ({shown})", choices=shown)
    return found


def parse_value(kind: str, text: str, choices: Sequence[str] = ()) -> Value | None:
    """The value of a field of this kind typed as ``text``; None when left empty.

    Raises:
        InvalidValue: the text is not a value of this kind (the message says why and gives an example).
    """
    if not text.strip():
        return None
    if kind == "number":
        return parse_number(text)
    if kind == "date":
        return parse_date(text)
    if kind == "choice":
        return parse_choice(text, choices)
    if kind == "text":
        return clean_text(text, TEXT_MAX) or None
    raise ValueError(f"unknown custom field kind: {kind!r}")


def check_value(f: FieldDef, value: object) -> Value | None:
    """A typed value (from a form or a bulk action) checked against the field; InvalidValue otherwise."""
    if value is None or value == "":
        return None
    if f.kind == "number" and isinstance(value, Decimal | int) and not isinstance(value, bool):
        return parse_number(str(value))
    if f.kind == "date" and isinstance(value, date):
        return value
    if f.kind in ("text", "choice") and isinstance(value, str):
        return parse_value(f.kind, value, f.choices)
    raise InvalidValue("cf_type", f"valeur refusée pour le champ « {f.label} »", label=f.label)


def edit_text(kind: str, value: Value | None) -> str:
    """A stored value written the way it is typed back: ``1234,5``, ``27/11/2026``, the text itself."""
    if value is None:
        return ""
    if kind == "number" and isinstance(value, Decimal):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if kind == "date" and isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read_values(fields: Sequence[FieldDef], texts: Mapping[int, str]) -> tuple[dict[int, Value | None],
                                                                                dict[int, Problem]]:
    """Parse the texts typed for some fields (by field id); returns ``(values, errors)`` by field id."""
    values: dict[int, Value | None] = {}
    errors: dict[int, Problem] = {}
    for f in fields:
        if f.id not in texts:
            continue
        try:
            values[f.id] = parse_value(f.kind, texts[f.id], f.choices)
        except InvalidValue as exc:
            errors[f.id] = exc.message
    return values, errors


def column_for(kind: str) -> str:
    """The value column a kind is stored in."""
    return {"number": "value_number", "date": "value_date"}.get(kind, "value_text")


def changed(before: Mapping[int, Any], after: Mapping[int, Any]) -> bool:
    """Whether two sets of values differ (a missing value and None are the same)."""
    return any(before.get(k) != after.get(k) for k in set(before) | set(after))
