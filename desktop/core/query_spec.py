"""Smart-query specs (requêtes): a versioned JSON filter tree, its allowlists, and a reference evaluator.

A spec is ``{"version": 1, "match": "all"|"any", "conditions": [...]}`` where each condition is either a
nested group (the same shape without ``version``) or ``{"field": key, "op": operator, "value": ...}``.
Only the fields of :data:`FIELDS` (plus custom fields ``cf:<id>`` known to the catalogue) and the
operators of their type are accepted; :func:`parse` raises :class:`SpecError` with a plain message for
anything else. The database compiler (``desktop.db.query_compile``) reads the same tables, so nothing
typed by the user ever becomes SQL text.

Semantics, shared by the compiler and :func:`evaluate` (the reference used by tests):

- a single-valued field (contact, company, custom field, the latest quote, the last activity) is ``None``
  when missing; every operator says what it answers for ``None`` (``is empty`` and ``is not`` say yes);
  an empty text counts as missing;
- opportunity fields are many-valued: the condition holds when *some* opportunity of the contact meets it;
- the latest quote is the contact's quote with the latest ``sent_at`` (ties: the highest id); quotes never
  sent do not count;
- text comparisons ignore case (``lower()``: ASCII letters on SQLite, so ``É`` and ``é`` differ there);
  ``contains`` and ``starts with`` take ``%`` and ``_`` literally;
- date operators work on whole days in the zone given (``before`` the day, ``after`` the day,
  ``between`` both days included; ``in the last N days`` is from N days ago to today,
  ``in the next N days`` from today to N days ahead, ``more than N days ago`` before that).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any

SPEC_VERSION = 1
MAX_DEPTH = 6
MAX_CONDITIONS = 100


class SpecError(ValueError):
    """A spec that cannot be used: the message says which condition and why."""


# Types and operators ---------------------------------------------------------------------------------
TEXT, NUMBER, DATE, TAGS, BOOLEAN, USER = "text", "number", "date", "tags", "boolean", "user"

OPERATORS: dict[str, tuple[str, ...]] = {
    TEXT: ("is", "is_not", "contains", "starts_with", "is_empty", "is_not_empty"),
    NUMBER: ("eq", "lt", "gt", "between", "is_empty", "is_not_empty"),
    DATE: ("before", "after", "between", "before_today", "last_n_days", "next_n_days", "more_than_n_days_ago",
           "is_empty", "is_not_empty"),
    TAGS: ("has_any", "has_all", "has_none"),
    BOOLEAN: ("is",),
    USER: ("is", "is_not", "is_empty", "is_not_empty"),
}
#: Operators that take no value.
NO_VALUE = frozenset({"is_empty", "is_not_empty", "before_today"})
#: Operators whose answer for a missing value is yes.
TRUE_ON_MISSING = frozenset({"is_not", "is_empty", "has_none"})


@dataclass(frozen=True)
class FieldDef:
    """One field a condition may test: its key, type, where it lives and (for choices) its values."""

    key: str
    type: str
    source: str  # contact | company | quote | opportunity | activity | tags | custom_contact | custom_company
    column: str
    choices: tuple[str, ...] = ()
    many: bool = False  # opportunity fields: some opportunity must match


def _f(key: str, type_: str, source: str, column: str, choices: tuple[str, ...] = (), many: bool = False) -> FieldDef:
    return FieldDef(key, type_, source, column, choices, many)


QUOTE_STATUSES = ("draft", "finalised", "sent", "opened", "viewed", "accepted", "refused", "expired", "superseded")

FIELDS: dict[str, FieldDef] = {f.key: f for f in (
    _f("contact.first_name", TEXT, "contact", "first_name"),
    _f("contact.last_name", TEXT, "contact", "last_name"),
    _f("contact.job_title", TEXT, "contact", "job_title"),
    _f("contact.email", TEXT, "contact", "email"),
    _f("contact.phone", TEXT, "contact", "phone"),
    _f("contact.mobile", TEXT, "contact", "mobile"),
    _f("contact.postal_code", TEXT, "contact", "postal_code"),
    _f("contact.city", TEXT, "contact", "city"),
    _f("contact.status", TEXT, "contact", "status", ("prospect", "client")),
    _f("contact.created_at", DATE, "contact", "created_at"),
    _f("contact.owner", USER, "contact", "owner_id"),
    _f("contact.tags", TAGS, "tags", "name"),
    _f("contact.marketing_consent", BOOLEAN, "contact", "marketing_consent"),
    _f("contact.tracking_consent", BOOLEAN, "contact", "tracking_consent"),
    # The answer itself (desktop.core.consent.ConsentState): who was never asked, who withdrew...
    _f("contact.tracking_consent_state", TEXT, "contact", "tracking_consent_state",
       ("given", "refused", "withdrawn", "not_asked", "informed")),
    _f("contact.do_not_contact", BOOLEAN, "contact", "do_not_contact"),
    _f("contact.do_not_email", BOOLEAN, "contact", "do_not_email"),
    _f("contact.is_consumer", BOOLEAN, "contact", "is_consumer"),
    _f("company.legal_name", TEXT, "company", "legal_name"),
    _f("company.city", TEXT, "company", "city"),
    _f("company.postal_code", TEXT, "company", "postal_code"),
    _f("company.legal_form", TEXT, "company", "legal_form"),
    _f("company.siret", TEXT, "company", "siret"),
    _f("opportunity.stage", TEXT, "opportunity", "stage", many=True),
    _f("opportunity.result", TEXT, "opportunity", "result", ("won", "lost"), many=True),
    _f("opportunity.amount", NUMBER, "opportunity", "amount", many=True),
    _f("opportunity.expected_close_date", DATE, "opportunity", "expected_close_date", many=True),
    _f("quote.status", TEXT, "quote", "status", QUOTE_STATUSES),
    _f("quote.total_ttc", NUMBER, "quote", "total_ttc"),
    _f("quote.sent_at", DATE, "quote", "sent_at"),
    _f("quote.last_human_open_at", DATE, "quote", "last_human_open_at"),
    _f("quote.validity_date", DATE, "quote", "validity_date"),
    _f("activity.last_at", DATE, "activity", "occurred_at"),
)}

CUSTOM_KINDS = {"text": TEXT, "choice": TEXT, "number": NUMBER, "date": DATE}


@dataclass(frozen=True)
class CustomFieldInfo:
    """A custom field as the catalogue knows it (``entity`` contact or company, ``kind`` as stored)."""

    id: int
    entity: str
    kind: str
    label: str = ""
    choices: tuple[str, ...] = ()


def field_def(key: str, custom: Mapping[int, CustomFieldInfo] | None = None) -> FieldDef:
    """The definition of a field key (``cf:<id>`` for custom fields); SpecError when unknown."""
    if key in FIELDS:
        return FIELDS[key]
    if isinstance(key, str) and key.startswith("cf:") and key[3:].isdigit():
        info = (custom or {}).get(int(key[3:]))
        if info is not None and info.kind in CUSTOM_KINDS:
            column = {TEXT: "value_text", NUMBER: "value_number", DATE: "value_date"}[CUSTOM_KINDS[info.kind]]
            return FieldDef(key, CUSTOM_KINDS[info.kind], f"custom_{info.entity}", column, info.choices)
    raise SpecError(f"champ inconnu : {key!r}")


# Parsed tree -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Condition:
    field: FieldDef
    op: str
    value: Any = None  # str | Decimal | date | int | bool | tuple (between, tags) | None


@dataclass(frozen=True)
class Group:
    match: str  # all | any
    items: tuple[Condition | Group, ...] = field(default_factory=tuple)


def _date(value: Any, where: str) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise SpecError(f"{where} : date attendue (AAAA-MM-JJ), reçu {value!r}")


def _number(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, str, float, Decimal)):
        raise SpecError(f"{where} : nombre attendu, reçu {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise SpecError(f"{where} : nombre attendu, reçu {value!r}") from None
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise SpecError(f"{where} : nombre hors limites, reçu {value!r}")
    return number


def _value(fdef: FieldDef, op: str, value: Any, where: str) -> Any:
    if op in NO_VALUE:
        return None
    if op in ("last_n_days", "next_n_days", "more_than_n_days_ago"):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 36500:
            raise SpecError(f"{where} : nombre de jours attendu (0 à 36500), reçu {value!r}")
        return value
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise SpecError(f"{where} : deux bornes attendues, reçu {value!r}")
        convert = _date if fdef.type == DATE else _number
        low, high = convert(value[0], where), convert(value[1], where)
        return (low, high)
    if fdef.type == TEXT:
        if not isinstance(value, str) or not value or len(value) > 200:
            raise SpecError(f"{where} : texte attendu (1 à 200 caractères), reçu {value!r}")
        return value
    if fdef.type == NUMBER:
        return _number(value, where)
    if fdef.type == DATE:
        return _date(value, where)
    if fdef.type == TAGS:
        if (not isinstance(value, list) or not value
                or not all(isinstance(v, str) and v and len(v) <= 80 for v in value)):
            raise SpecError(f"{where} : liste d'étiquettes attendue, reçu {value!r}")
        return tuple(dict.fromkeys(value))
    if fdef.type == BOOLEAN:
        if not isinstance(value, bool):
            raise SpecError(f"{where} : oui ou non attendu, reçu {value!r}")
        return value
    if fdef.type == USER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SpecError(f"{where} : identifiant d'utilisateur attendu, reçu {value!r}")
        return value
    raise SpecError(f"{where} : type inconnu")  # pragma: no cover - FIELDS only holds known types


def _group(raw: Any, custom: Mapping[int, CustomFieldInfo] | None, depth: int, count: list[int]) -> Group:
    if not isinstance(raw, dict):
        raise SpecError("groupe attendu (un objet JSON)")
    if depth > MAX_DEPTH:
        raise SpecError(f"trop de groupes imbriqués (au plus {MAX_DEPTH})")
    match = raw.get("match", "all")
    if match not in ("all", "any"):
        raise SpecError(f"« match » doit valoir 'all' ou 'any', reçu {match!r}")
    conditions = raw.get("conditions", [])
    if not isinstance(conditions, list):
        raise SpecError("« conditions » doit être une liste")
    items: list[Condition | Group] = []
    for position, item in enumerate(conditions, start=1):
        if isinstance(item, dict) and "conditions" in item:
            items.append(_group(item, custom, depth + 1, count))
            continue
        count[0] += 1
        if count[0] > MAX_CONDITIONS:
            raise SpecError(f"trop de conditions (au plus {MAX_CONDITIONS})")
        if not isinstance(item, dict):
            raise SpecError(f"condition {position} : objet attendu")
        fdef = field_def(item.get("field", ""), custom)
        op = item.get("op")
        where = f"condition {position} ({fdef.key})"
        if op not in OPERATORS[fdef.type]:
            raise SpecError(f"{where} : opérateur inconnu pour ce champ : {op!r}")
        items.append(Condition(fdef, op, _value(fdef, op, item.get("value"), where)))
    return Group(match, tuple(items))


def parse(spec: Mapping[str, Any] | str, custom: Mapping[int, CustomFieldInfo] | None = None) -> Group:
    """Validate a spec (a dict or its JSON text) and return its tree; SpecError with a clear message."""
    if isinstance(spec, str):
        try:
            spec = json.loads(spec)
        except json.JSONDecodeError as exc:
            raise SpecError(f"JSON illisible : {exc.msg}") from None
    if not isinstance(spec, Mapping):
        raise SpecError("une requête est un objet JSON")
    if spec.get("version") != SPEC_VERSION:
        raise SpecError(f"version de requête non prise en charge : {spec.get('version')!r}")
    return _group(dict(spec), custom, 0, [0])


def empty_spec() -> dict[str, Any]:
    return {"version": SPEC_VERSION, "match": "all", "conditions": []}


# Days in a zone ------------------------------------------------------------------------------------------
def day_start(day: date, tz: tzinfo = UTC) -> datetime:
    """The first instant of ``day`` in ``tz``."""
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def date_bounds(op: str, value: Any, today: date) -> tuple[date | None, date | None]:
    """The days ``[low, high)`` a date operator accepts (None: open end)."""
    one = timedelta(days=1)
    if op == "before":
        return None, value
    if op == "after":
        return value + one, None
    if op == "between":
        low, high = sorted(value)
        return low, high + one
    if op == "before_today":
        return None, today
    if op == "last_n_days":
        return today - timedelta(days=value), today + one
    if op == "next_n_days":
        return today, today + timedelta(days=value) + one
    if op == "more_than_n_days_ago":
        return None, today - timedelta(days=value)
    raise SpecError(f"opérateur de date inconnu : {op!r}")


# Reference evaluator ------------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Case folding as the databases do it for comparisons."""
    return text.lower()


def _missing(value: Any) -> bool:
    return value is None or value == ""


def test_value(cond: Condition, value: Any, today: date, tz: tzinfo = UTC) -> bool:
    """Whether one value meets a condition (the reference semantics)."""
    op, operand, kind = cond.op, cond.value, cond.field.type
    if kind == BOOLEAN:
        return bool(value) is bool(operand)
    if kind == TAGS:
        names = set(value or ())
        if op == "has_any":
            return bool(names & set(operand))
        if op == "has_all":
            return set(operand) <= names
        return not names & set(operand)
    if op == "is_empty":
        return _missing(value)
    if op == "is_not_empty":
        return not _missing(value)
    if _missing(value):
        return op in TRUE_ON_MISSING
    if kind in (TEXT,):
        text, wanted = fold(str(value)), fold(operand)
        return bool({"is": text == wanted, "is_not": text != wanted, "contains": wanted in text,
                     "starts_with": text.startswith(wanted)}[op])
    if kind == USER:
        return bool(value == operand) if op == "is" else bool(value != operand)
    if kind == NUMBER:
        number = Decimal(value)
        if op == "between":
            low, high = sorted(operand)
            return bool(low <= number <= high)
        return bool({"eq": number == operand, "lt": number < operand, "gt": number > operand}[op])
    if kind == DATE:
        low, high = date_bounds(op, operand, today)
        if isinstance(value, datetime):
            return ((low is None or value >= day_start(low, tz))
                    and (high is None or value < day_start(high, tz)))
        return bool((low is None or value >= low) and (high is None or value < high))
    raise SpecError(f"type inconnu : {kind!r}")  # pragma: no cover


def evaluate(tree: Group, record: Mapping[str, Any], today: date, tz: tzinfo = UTC) -> bool:
    """Whether one record matches. ``record`` maps field keys to values; opportunity keys to lists."""
    results = (evaluate(item, record, today, tz) if isinstance(item, Group) else _condition(item, record, today, tz)
               for item in tree.items)
    return all(results) if tree.match == "all" else any(results)


def _condition(cond: Condition, record: Mapping[str, Any], today: date, tz: tzinfo) -> bool:
    value = record.get(cond.field.key)
    if cond.field.many:
        return any(test_value(cond, v, today, tz) for v in (value or ()))
    return test_value(cond, value, today, tz)


def filter_records(tree: Group, records: Sequence[Mapping[str, Any]], today: date,
                   tz: tzinfo = UTC, key: Callable[[Mapping[str, Any]], Any] = lambda r: r["id"]) -> list[Any]:
    """The keys of the matching records, in order."""
    return [key(r) for r in records if evaluate(tree, r, today, tz)]


# Shipped queries ------------------------------------------------------------------------------------------
def _spec(match: str, *conditions: dict[str, Any]) -> dict[str, Any]:
    return {"version": SPEC_VERSION, "match": match, "conditions": list(conditions)}


def _c(key: str, op: str, value: Any = None) -> dict[str, Any]:
    return {"field": key, "op": op} if value is None else {"field": key, "op": op, "value": value}


#: (stable key, French name, spec) of the queries every database starts with; the first is shown first.
SHIPPED: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("quotes_to_follow_up", "Devis en cours à relancer",
     _spec("all", _c("quote.sent_at", "before_today"), _c("opportunity.result", "is_empty"))),
    ("opened_not_accepted", "Devis ouverts mais pas acceptés",
     _spec("all", _c("quote.last_human_open_at", "is_not_empty"),
           {"match": "any", "conditions": [_c("quote.status", "is", "opened"), _c("quote.status", "is", "viewed")]})),
    ("prospects_never_contacted", "Prospects jamais contactés",
     _spec("all", _c("contact.status", "is", "prospect"), _c("activity.last_at", "is_empty"),
           _c("quote.sent_at", "is_empty"))),
    ("quotes_expiring_this_week", "Devis qui expirent cette semaine",
     _spec("all", _c("quote.validity_date", "next_n_days", 7),
           {"match": "any", "conditions": [_c("quote.status", "is", "sent"), _c("quote.status", "is", "opened"),
                                           _c("quote.status", "is", "viewed")]})),
    ("customers_without_quote_12_months", "Clients sans devis depuis 12 mois",
     _spec("all", _c("contact.status", "is", "client"),
           {"match": "any", "conditions": [_c("quote.sent_at", "is_empty"),
                                           _c("quote.sent_at", "more_than_n_days_ago", 365)]})),
)
