"""Smart queries in SQL equal the reference evaluator, on SQLite and PostgreSQL (Hypothesis trees and data)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.query_spec import (
    FIELDS,
    NO_VALUE,
    OPERATORS,
    SPEC_VERSION,
    CustomFieldInfo,
    FieldDef,
    field_def,
    filter_records,
    parse,
)
from desktop.db import queries
from desktop.db.models import (
    Activity,
    Company,
    CompanyFieldValue,
    Contact,
    ContactFieldValue,
    CustomField,
    Opportunity,
    Tag,
    User,
    contact_tags,
)
from desktop.db.quote_models import Quote

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
WORDS = ["Paris", "paris", "Lyon", "50%", "a_b", "ab", "100%", "O'Brien", "é", "x\\y", "", None, "Dupont",
         "dup", "%", "_"]
INJECTIONS = ["' OR 1=1 --", "\"; DROP TABLE contacts; --", "%", "_", "%%", "\\", "a%b", "_%_", "'", "*"]
TAG_NAMES = ["vip", "salon", "100%", "a_b", "relance"]
STAGES = ["qualification", "proposal", "negotiation"]
STATUSES = ["draft", "sent", "opened", "viewed", "accepted", "refused", "expired"]


@dataclass
class Dataset:
    records: list[dict[str, Any]] = field(default_factory=list)
    custom: dict[int, CustomFieldInfo] = field(default_factory=dict)


def _moment(rng: random.Random) -> datetime:
    return NOW + timedelta(days=rng.randint(-400, 40), hours=rng.randint(-23, 23), minutes=rng.randint(0, 59))


def _maybe(rng: random.Random, value: Any, p: float = 0.7) -> Any:
    return value if rng.random() < p else None


def fill(session: Session, seed: int, contacts: int = 40) -> Dataset:
    """Insert a random but reproducible set of contacts with everything a spec can test."""
    rng = random.Random(seed)
    data = Dataset()
    users = [User(name=f"U{i}") for i in range(3)]
    tags = [Tag(name=n) for n in TAG_NAMES]
    fields = [CustomField(entity="contact", name="sector", label="Secteur", kind="text"),
              CustomField(entity="contact", name="size", label="Effectif", kind="number"),
              CustomField(entity="company", name="since", label="Client depuis", kind="date")]
    session.add_all([*users, *tags, *fields])
    session.flush()
    data.custom = {f.id: CustomFieldInfo(f.id, f.entity, f.kind, f.label) for f in fields}
    companies = []
    for number in range(contacts // 3):
        company = Company(legal_name=rng.choice(["Dupont SA", "50% Bio", "a_b SARL", f"Co {number}"]),
                          city=rng.choice(WORDS), postal_code=rng.choice(["75001", "69002", None]),
                          legal_form=rng.choice(["SAS", "SARL", None]), siret=None)
        session.add(company)
        companies.append(company)
    session.flush()
    company_since = {}
    for company in companies:
        if rng.random() < 0.5:
            since = TODAY + timedelta(days=rng.randint(-30, 30))
            company_since[company.id] = since
            session.add(CompanyFieldValue(company_id=company.id, field_id=fields[2].id, value_date=since))
    for _ in range(contacts):
        company = rng.choice([None, *companies])
        contact = Contact(first_name=rng.choice(WORDS) or "", last_name=rng.choice(["Martin", "Dupont", "50%"]),
                          email=rng.choice([None, "a@b.fr", "x_y@z.fr", "p%q@r.fr"]), city=rng.choice(WORDS),
                          job_title=rng.choice(WORDS), phone=None, mobile=rng.choice([None, "0612345678"]),
                          postal_code=rng.choice(["75001", "69002", None]),
                          status=rng.choice(["prospect", "client"]), company_id=company.id if company else None,
                          owner_id=rng.choice([None, *(u.id for u in users)]),
                          marketing_consent=rng.random() < 0.5, tracking_consent=rng.choice([None, True, False]),
                          do_not_contact=rng.random() < 0.2, do_not_email=rng.random() < 0.2,
                          is_consumer=rng.random() < 0.3, created_at=_moment(rng),
                          deleted_at=NOW if rng.random() < 0.1 else None)
        session.add(contact)
        session.flush()
        names = sorted({t.name for t in rng.sample(tags, rng.randint(0, 3))})
        if names:
            session.execute(insert(contact_tags), [{"tag_id": t.id, "contact_id": contact.id}
                                                   for t in tags if t.name in names])
        sector = rng.choice([None, "BTP", "50%", "btp"])
        size = rng.choice([None, Decimal(10), Decimal("12.5"), Decimal(100)])
        if sector is not None:
            session.add(ContactFieldValue(contact_id=contact.id, field_id=fields[0].id, value_text=sector))
        if size is not None:
            session.add(ContactFieldValue(contact_id=contact.id, field_id=fields[1].id, value_number=size))
        opps = []
        for _ in range(rng.randint(0, 2)):
            opp = Opportunity(title="o", contact_id=contact.id, stage=rng.choice(STAGES),
                              result=rng.choice([None, "won", "lost"]),
                              amount=rng.choice([None, Decimal(1000), Decimal("2500.50"), Decimal(0)]),
                              expected_close_date=_maybe(rng, TODAY + timedelta(days=rng.randint(-20, 20))))
            session.add(opp)
            opps.append(opp)
        quotes = []
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            sent = _maybe(rng, _moment(rng))
            quote = Quote(contact_id=contact.id, status=rng.choice(STATUSES) if sent else "draft",
                          total_ttc=rng.choice([Decimal(0), Decimal(1200), Decimal("99.99")]), sent_at=sent,
                          last_human_open_at=_maybe(rng, _moment(rng), 0.4),
                          validity_date=_maybe(rng, TODAY + timedelta(days=rng.randint(-10, 10))))
            session.add(quote)
            quotes.append(quote)
        moments = [_moment(rng) for _ in range(rng.choice([0, 0, 1, 3]))]
        for moment in moments:
            session.add(Activity(contact_id=contact.id, kind="note", subject="s", occurred_at=moment))
        session.flush()
        sent = [q for q in quotes if q.sent_at is not None]
        latest = max(sent, key=lambda q: (q.sent_at, q.id)) if sent else None
        record: dict[str, Any] = {"id": contact.id, "deleted": contact.deleted_at is not None,
                                  "contact.owner": contact.owner_id, "contact.tags": names,
                                  "activity.last_at": max(moments) if moments else None,
                                  f"cf:{fields[0].id}": sector, f"cf:{fields[1].id}": size,
                                  f"cf:{fields[2].id}": company_since.get(company.id) if company else None}
        for key, fdef in FIELDS.items():
            if fdef.source == "contact" and fdef.type not in ("user",):
                record[key] = getattr(contact, fdef.column)
            elif fdef.source == "company":
                record[key] = getattr(company, fdef.column) if company else None
            elif fdef.source == "opportunity":
                record[key] = [getattr(o, fdef.column) for o in opps]
            elif fdef.source == "quote":
                record[key] = getattr(latest, fdef.column) if latest else None
        data.records.append(record)
    session.flush()
    return data


def _value(fdef: FieldDef, op: str) -> st.SearchStrategy[Any]:
    if op in NO_VALUE:
        return st.none()
    if op in ("last_n_days", "next_n_days", "more_than_n_days_ago"):
        return st.sampled_from([0, 1, 7, 30, 365])
    if fdef.type == "text":
        pool = [w for w in WORDS if w] + INJECTIONS + list(fdef.choices) + ["btp", "BTP", "martin", "75", "won",
                                                                             "sent", "qualif", "a@", "SA"]
        return st.sampled_from(pool)
    if fdef.type == "number":
        one = st.sampled_from(["0", "10", "12.5", "99.99", "1000", "1200", "2500.5", "-1"])
        return st.lists(one, min_size=2, max_size=2) if op == "between" else one
    if fdef.type == "date":
        day = st.integers(-40, 40).map(lambda d: (TODAY + timedelta(days=d)).isoformat())
        return st.lists(day, min_size=2, max_size=2) if op == "between" else day
    if fdef.type == "tags":
        return st.lists(st.sampled_from([*TAG_NAMES, "inconnue"]), min_size=1, max_size=3)
    if fdef.type == "boolean":
        return st.booleans()
    return st.sampled_from([1, 2, 3, 99])


def conditions(custom: dict[int, CustomFieldInfo]) -> st.SearchStrategy[dict[str, Any]]:
    keys = sorted(FIELDS) + [f"cf:{i}" for i in custom]

    @st.composite
    def one(draw: st.DrawFn) -> dict[str, Any]:
        fdef = field_def(draw(st.sampled_from(keys)), custom)
        op = draw(st.sampled_from(OPERATORS[fdef.type]))
        value = draw(_value(fdef, op))
        return {"field": fdef.key, "op": op} | ({} if value is None else {"value": value})

    return one()


def trees(custom: dict[int, CustomFieldInfo]) -> st.SearchStrategy[dict[str, Any]]:
    group = st.recursive(
        conditions(custom),
        lambda children: st.fixed_dictionaries({"match": st.sampled_from(["all", "any"]),
                                                "conditions": st.lists(children, max_size=3)}),
        max_leaves=5)
    return st.fixed_dictionaries({"version": st.just(SPEC_VERSION), "match": st.sampled_from(["all", "any"]),
                                  "conditions": st.lists(group, min_size=1, max_size=3)})


@pytest.fixture
def dataset(sessions: sessionmaker[Session]) -> Iterator[tuple[sessionmaker[Session], Dataset]]:
    with sessions.begin() as session:
        data = fill(session, seed=7)
    yield sessions, data


def _check(sessions: sessionmaker[Session], data: Dataset, spec: dict[str, Any], tz: Any = UTC) -> None:
    tree = parse(spec, data.custom)
    live = [r for r in data.records if not r["deleted"]]
    expected = sorted(filter_records(tree, live, TODAY, tz))
    with sessions() as session:
        assert queries.evaluate_ids(session, tree, TODAY, tz) == expected, spec
        assert queries.count(session, tree, TODAY, tz) == len(expected)


# Custom-field ids are the same on a fresh database of either backend (1, 2, 3).
CUSTOM = {1: CustomFieldInfo(1, "contact", "text"), 2: CustomFieldInfo(2, "contact", "number"),
          3: CustomFieldInfo(3, "company", "date")}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=trees(CUSTOM))
def test_random_trees_match_the_reference(dataset: tuple[sessionmaker[Session], Dataset],
                                          spec: dict[str, Any]) -> None:
    sessions, data = dataset
    assert data.custom.keys() == CUSTOM.keys()
    _check(sessions, data, spec)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), spec=trees(CUSTOM))
def test_random_data_match_the_reference(sessions: sessionmaker[Session], seed: int, spec: dict[str, Any]) -> None:
    session = sessions()
    try:
        data = fill(session, seed, contacts=15)
        actual = dict(zip(CUSTOM, data.custom, strict=True))  # PostgreSQL sequences survive a rollback
        text = json.dumps(spec)
        for old, new in actual.items():
            text = text.replace(f'"cf:{old}"', f'"cf:{new}"')
        tree = parse(text, data.custom)
        live = [r for r in data.records if not r["deleted"]]
        for tz in (UTC, ZoneInfo("Europe/Paris")):
            expected = sorted(filter_records(tree, live, TODAY, tz))
            assert queries.evaluate_ids(session, tree, TODAY, tz) == expected, spec
    finally:
        session.rollback()
        session.close()


def test_every_operator_on_every_field(dataset: tuple[sessionmaker[Session], Dataset]) -> None:
    sessions, data = dataset
    samples = {"text": "Paris", "number": "12.5", "date": "2026-11-20", "tags": ["vip", "salon"],
               "boolean": True, "user": 1}
    checked = 0
    for key in [*FIELDS, *(f"cf:{i}" for i in data.custom)]:
        fdef = field_def(key, data.custom)
        for op in OPERATORS[fdef.type]:
            value: Any = samples[fdef.type]
            if op in NO_VALUE:
                value = None
            elif op == "between":
                value = ["10", "2000"] if fdef.type == "number" else ["2026-11-01", "2026-12-10"]
            elif op.endswith("days") or op.endswith("ago"):
                value = 7
            condition = {"field": key, "op": op} | ({} if value is None else {"value": value})
            _check(sessions, data, {"version": 1, "match": "all", "conditions": [condition]})
            checked += 1
    assert checked > 120


@pytest.mark.parametrize("driver", [{"field": "quote.sent_at", "op": "last_n_days", "value": 365},
                                    {"field": "quote.sent_at", "op": "between", "value": ["2026-01-01", "2027-01-01"]}])
def test_every_operator_next_to_a_latest_quote_date(dataset: tuple[sessionmaker[Session], Dataset],
                                                    driver: dict[str, Any]) -> None:
    """Next to a range of the latest quote's date, the other conditions are compiled as probes: same answers."""
    sessions, data = dataset
    samples = {"text": "Paris", "number": "12.5", "date": "2026-11-20", "tags": ["vip", "salon"],
               "boolean": True, "user": 1}
    for key in [*FIELDS, *(f"cf:{i}" for i in data.custom)]:
        fdef = field_def(key, data.custom)
        for op in OPERATORS[fdef.type]:
            value: Any = None if op in NO_VALUE else samples[fdef.type]
            if op == "between":
                value = ["10", "2000"] if fdef.type == "number" else ["2026-11-01", "2026-12-10"]
            elif op.endswith("days") or op.endswith("ago"):
                value = 7
            condition = {"field": key, "op": op} | ({} if value is None else {"value": value})
            nested = {"match": "any", "conditions": [condition, {"field": "contact.city", "op": "is", "value": "Lyon"}]}
            _check(sessions, data, {"version": 1, "match": "all", "conditions": [driver, condition]})
            _check(sessions, data, {"version": 1, "match": "all", "conditions": [condition, {"match": "all",
                                                                                 "conditions": [driver]}, nested]})


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_and_wildcards_match_themselves(sessions: sessionmaker[Session], text: str) -> None:
    with sessions.begin() as session:
        literal = Contact(first_name=f"x{text}y", last_name="L")
        other = Contact(first_name="xzzzy", last_name="M")
        session.add_all([literal, other])
        session.flush()
        wanted = [literal.id]
    for op in ("contains", "starts_with", "is"):
        value = text if op == "contains" else f"x{text}" if op == "starts_with" else f"x{text}y"
        spec = {"version": 1, "match": "all", "conditions": [{"field": "contact.first_name", "op": op,
                                                              "value": value}]}
        with sessions() as session:
            assert queries.evaluate_ids(session, spec, TODAY) == wanted, op
            assert session.query(Contact).count() == 2  # nothing was dropped or altered
