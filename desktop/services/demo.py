"""The demo data set: a realistic French sales team, its accounts, contacts and timelines.

One generator serves two purposes: ``relance --demo`` (about 200 companies and 600 contacts) and
the benchmarks (100,000 contacts). It writes with SQLAlchemy Core bulk inserts and precomputed
ids, so the large set takes seconds, and it is deterministic: the same seed and clock give the
same rows, on SQLite as on PostgreSQL.

The work is a list of steps (:data:`STEPS`); each draws from its own random stream, so a step
added later (quotes, products, tracking events) changes nothing in the rows of the steps before
it. A step reads what earlier steps made from the :class:`DemoContext`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.core.consent import initial_state
from desktop.core.search import phone_digits, search_text
from desktop.db.models import Base
from desktop.services import demo_data as data
from desktop.services.demo_campaigns import fill_campaigns
from desktop.services.demo_quotes import fill_products, fill_quotes
from desktop.services.demo_scenarios import fill_scenarios
from desktop.services.demo_tracking import fill_tracking

DEMO_VERSION = "4"
"""Bumped whenever the generated rows change (benchmark databases are cached by it)."""

OPPORTUNITY_STAGES = ("qualification", "proposal", "negotiation")
CALL_OUTCOME_CODES = tuple(dict.fromkeys(code for code, _s, _w in data.CALL_OUTCOMES))

Progress = Callable[[int, int], object]
"""``progress(done, total)``; returning ``False`` cancels (see :class:`DemoCancelled`)."""

_CHUNK = 5_000
_PROGRESS_UNITS = 1_000
_ROWS_PER_CONTACT = 9.0  # rough total of rows written per contact, for progress only




def _paris() -> tzinfo:
    try:
        return ZoneInfo("Europe/Paris")
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without time zone data
        return timezone(timedelta(hours=1), "CET")


PARIS = _paris()


class DemoRefusedError(ValueError):
    """The database already holds contacts or companies: the demo set goes into an empty one."""


class DemoCancelledError(RuntimeError):
    """The progress callback asked to stop; the caller's transaction must be rolled back."""


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`fill_demo` wrote: rows per table, the seed, and the time it took."""

    seed: int
    counts: Mapping[str, int]
    seconds: float


@dataclass(slots=True)
class DemoCompany:
    id: int
    name: str
    domain: str
    city: str
    postal_code: str
    area: int
    sector: str
    owner_id: int
    created_at: datetime
    is_client: bool
    contact_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class DemoContact:
    id: int
    company: DemoCompany | None
    owner_id: int
    first_name: str
    last_name: str
    email: str
    created_at: datetime
    do_not_contact: bool


@dataclass(slots=True)
class DemoOpportunity:
    id: int
    contact: DemoContact
    title: str
    amount: Decimal
    result: str | None
    created_at: datetime
    closed_at: datetime | None


@dataclass
class DemoContext:
    """What the steps share: the session, the clock, the sizes, and what earlier steps made."""

    session: Session
    now: datetime
    seed: int
    contacts_wanted: int
    companies_wanted: int
    progress: Progress | None = None
    user_ids: list[int] = field(default_factory=list)
    companies: list[DemoCompany] = field(default_factory=list)
    contacts: list[DemoContact] = field(default_factory=list)
    opportunities: list[DemoOpportunity] = field(default_factory=list)
    tag_ids: dict[str, int] = field(default_factory=dict)
    field_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    _next_ids: dict[str, int] = field(default_factory=dict)
    _rows_done: int = 0

    def rng(self, step: str) -> random.Random:
        """The random stream of one step, independent of every other step's."""
        return random.Random(f"relance-demo:{self.seed}:{step}")

    def table(self, name: str) -> Table:
        return Base.metadata.tables[name]

    def new_ids(self, table: str, count: int) -> range:
        """Reserve ``count`` primary keys of ``table`` (after the largest one already there)."""
        if table not in self._next_ids:
            current = self.session.execute(select(func.max(self.table(table).c.id))).scalar()
            self._next_ids[table] = int(current or 0) + 1
        start = self._next_ids[table]
        self._next_ids[table] = start + count
        return range(start, start + count)

    def insert(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk-insert rows with SQLAlchemy Core, in chunks of one executemany each, reporting progress."""
        target = self.table(table)
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            self.session.execute(insert(target), list(chunk))
            self._rows_done += len(chunk)
            self.report()
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def report(self, finished: bool = False) -> None:
        if self.progress is None:
            return
        expected = max(1.0, self.contacts_wanted * _ROWS_PER_CONTACT)
        done = _PROGRESS_UNITS if finished else min(_PROGRESS_UNITS - 1, int(self._rows_done * 1000 / expected))
        if self.progress(done, _PROGRESS_UNITS) is False:
            raise DemoCancelledError("demo data generation cancelled")


class DemoStep(NamedTuple):
    name: str
    fill: Callable[[DemoContext], None]


def demo_search_text(row: Mapping[str, Any], company_name: str | None) -> str:
    """The search text of a contact row: the same words as ``desktop.db.contacts.contact_search_text``."""
    return search_text([
        row["first_name"], row["last_name"], company_name, row["email"], row["email2"],
        *phone_digits(row["phone"]), *phone_digits(row["mobile"]), row["city"], row["job_title"],
    ])


def demo_company_search_text(row: Mapping[str, Any]) -> str:
    """The search text of a company row: the same words as ``desktop.db.contacts.company_search_text``."""
    return search_text([row["legal_name"], row["siret"], row["city"], row["postal_code"],
                        *phone_digits(row["phone"]), row["website"]])


def _moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A time between ``start`` and ``end``, on a weekday during Paris office hours when possible."""
    span = max(0.0, (end - start).total_seconds())
    raw = start + timedelta(seconds=rng.random() * span)
    local = raw.astimezone(PARIS)
    if local.weekday() >= 5:
        local -= timedelta(days=local.weekday() - 4)
    local = local.replace(hour=8 + rng.randrange(10), minute=rng.randrange(60), second=rng.randrange(60),
                          microsecond=0)
    result = local.astimezone(UTC)
    return result if start <= result < end else raw.replace(microsecond=0)


def _weighted(rng: random.Random, choices: Sequence[tuple[Any, int]]) -> Any:
    total = sum(w for _c, w in choices)
    pick = rng.random() * total
    for choice, weight in choices:
        pick -= weight
        if pick < 0:
            return choice
    return choices[-1][0]


# Steps ---------------------------------------------------------------------------------------------------

def _fill_users(ctx: DemoContext) -> None:
    ids = ctx.new_ids("users", len(data.USERS))
    rows = []
    for uid, (name, local, mobile, title) in zip(ids, data.USERS, strict=True):
        national = f"0{mobile[0]} {mobile[1:3]} {mobile[3:5]} {mobile[5:7]} {mobile[7:9]}"
        rows.append({
            "id": uid, "name": name, "email": f"{local}@{data.SELLER['domain']}", "phone": "+33" + mobile,
            "signature": f"{name}\n{title} — Atelier Lumière\n{national}\nwww.{data.SELLER['domain']}",
            "photo": None, "created_at": ctx.now - timedelta(days=3 * 365),
        })
    ctx.insert("users", rows)
    ctx.user_ids = list(ids)


def _fill_seller(ctx: DemoContext) -> None:
    table = ctx.table("seller_identity")
    if ctx.session.execute(select(table.c.id).limit(1)).first() is not None:
        return  # the seller typed their own identity at the welcome: keep it
    s = data.SELLER
    siren = data.siren_from_body(str(s["siren_body"]))
    ctx.insert("seller_identity", [{
        "id": ctx.new_ids("seller_identity", 1)[0], "legal_name": s["legal_name"], "legal_form": s["legal_form"],
        "share_capital": Decimal(str(s["share_capital"])), "siret": data.siret_from_siren(siren, "0001"),
        "rcs_city": s["rcs_city"], "vat_number": data.vat_from_siren(siren), "address": s["address"],
        "postal_code": s["postal_code"], "city": s["city"], "email": f"contact@{s['domain']}", "phone": s["phone"],
        "iban": data.french_iban(str(s["bank_code"]), str(s["branch_code"]), str(s["account"])), "bic": s["bic"],
        "cgv": data.SELLER_CGV, "validity_days": s["validity_days"], "payment_terms": s["payment_terms"],
        "vat_exemption_mention": None, "logo": None, "late_payment_rate": "trois fois le taux d'intérêt légal",
        "building_trade": False,
    }])


def _fill_tags(ctx: DemoContext) -> None:
    table = ctx.table("tags")
    names = [name for name, *_rest in data.TAGS]
    found = ctx.session.execute(select(table.c.name, table.c.id).where(table.c.name.in_(names)))
    existing = {name: tag_id for name, tag_id in found}
    missing = [(name, color) for name, color, *_rest in data.TAGS if name not in existing]
    ids = ctx.new_ids("tags", len(missing))
    ctx.insert("tags", [{"id": i, "name": n, "color": c} for i, (n, c) in zip(ids, missing, strict=True)])
    ctx.tag_ids = {**existing, **{n: i for i, (n, _c) in zip(ids, missing, strict=True)}}


_FIELDS = (
    ("company", "nombre_salaries", "Nombre de salariés", "number", None),
    ("company", "secteur", "Secteur", "choice", [label for label, _f, _p in data.SECTORS.values()]),
    ("contact", "date_premier_contact", "Date du premier contact", "date", None),
    ("contact", "source", "Source", "choice", ["Salon", "Site web", "Recommandation", "Prospection", "LinkedIn"]),
)


def _fill_custom_fields(ctx: DemoContext) -> None:
    table = ctx.table("custom_fields")
    existing = {(e, n): (i, k) for i, e, n, k in ctx.session.execute(
        select(table.c.id, table.c.entity, table.c.name, table.c.kind))}
    rows = []
    for position, (entity, name, label, kind, choices) in enumerate(_FIELDS):
        if (entity, name) in existing:
            fid, existing_kind = existing[(entity, name)]
            if existing_kind == kind:
                ctx.field_ids[(entity, name)] = fid  # a field of another shape keeps its values untouched
            continue
        fid = ctx.new_ids("custom_fields", 1)[0]
        ctx.field_ids[(entity, name)] = fid
        rows.append({"id": fid, "entity": entity, "name": name, "label": label, "kind": kind, "choices": choices,
                     "position": position})
    ctx.insert("custom_fields", rows)


def _company_name(rng: random.Random, sector: str, city: str) -> str:
    pattern: str = rng.choice(data.SECTORS[sector][2])
    return pattern.format(nom=rng.choice(data.LAST_NAMES), nom2=rng.choice(data.LAST_NAMES), ville=city,
                          prenom=rng.choice(data.FIRST_NAMES_F + data.FIRST_NAMES_M))


def _fill_companies(ctx: DemoContext) -> None:
    rng = ctx.rng("companies")
    ids = ctx.new_ids("companies", ctx.companies_wanted)
    sectors = list(data.SECTORS)
    names: set[str] = set()
    domains: set[str] = set()
    sirens: set[str] = set()
    rows: list[dict[str, Any]] = []
    values: list[dict[str, Any]] = []
    value_ids = iter(ctx.new_ids("company_field_values", 2 * ctx.companies_wanted))
    for cid in ids:
        sector = rng.choice(sectors)
        city, postal_code, area = rng.choice(data.CITIES)
        name = _company_name(rng, sector, city)
        if name in names:
            name = f"{name} {city}" if city not in name else name
            while name in names:
                name = _company_name(rng, sector, city) + f" {rng.choice(data.CITIES)[0]}"
        names.add(name)
        domain = data.slug(name)
        if domain in domains:
            domain = f"{domain}-{data.slug(city)}"
        while domain in domains:
            domain = f"{data.slug(name)}{rng.randrange(2, 1000)}"
        domains.add(domain)
        siren = data.siren_from_body(str(rng.randrange(30_000_000, 100_000_000)))
        while siren in sirens or siren == "356000000":  # La Poste's SIREN has its own SIRET rule
            siren = data.siren_from_body(str(rng.randrange(30_000_000, 100_000_000)))
        sirens.add(siren)
        form = rng.choices(data.LEGAL_FORMS, weights=data.SECTORS[sector][1])[0]
        created = _moment(rng, ctx.now - timedelta(days=5 * 365), ctx.now - timedelta(days=14))
        owner = rng.choice(ctx.user_ids)
        company = DemoCompany(cid, name, domain + ".fr", city, postal_code, area, sector, owner, created,
                              is_client=rng.random() < 0.3)
        ctx.companies.append(company)
        rows.append({
            "id": cid, "legal_name": name, "legal_form": form,
            "siret": data.siret_from_siren(siren, f"{rng.choice((1, 1, 1, 2, 12, 25)):04d}"),
            "vat_number": data.vat_from_siren(siren),
            "address": f"{rng.randrange(1, 120)} {rng.choice(data.STREET_TYPES)} {rng.choice(data.STREET_NAMES)}",
            "postal_code": postal_code, "city": city, "country": "FR", "website": f"https://www.{company.domain}",
            "phone": data.fixed_phone(rng, area), "owner_id": owner, "created_at": created,
            "updated_at": created, "deleted_at": None,
        })
        rows[-1]["search_text"] = demo_company_search_text(rows[-1])
        headcount = rng.choice((2, 3, 5, 8, 12, 15, 20, 35, 50, 80, 120, 250))
        for key, value in ((("company", "secteur"), {"value_text": data.SECTORS[sector][0]}),
                           (("company", "nombre_salaries"), {"value_number": Decimal(headcount)})):
            fid = ctx.field_ids.get(key)
            if fid is not None:
                values.append({"id": next(value_ids), "company_id": cid, "field_id": fid, "value_text": None,
                               "value_number": None, "value_date": None, **value})
        if len(rows) >= _CHUNK:
            ctx.insert("companies", rows)
            rows = []
    ctx.insert("companies", rows)
    ctx.insert("company_field_values", values)


def _contact_slots(ctx: DemoContext, rng: random.Random) -> list[DemoCompany | None]:
    """Which company each contact works for: every company gets one, bigger ones more, a few none."""
    n, companies = ctx.contacts_wanted, ctx.companies
    orphans = n // 20 if companies else n
    slots: list[DemoCompany | None] = list(companies[: max(0, n - orphans)])
    while len(slots) < n - orphans:
        slots.append(companies[int(rng.random() ** 2 * len(companies))])
    slots.sort(key=lambda c: c.id if c else 0)
    return slots + [None] * orphans


def _fill_contacts(ctx: DemoContext) -> None:
    rng = ctx.rng("contacts")
    ids = ctx.new_ids("contacts", ctx.contacts_wanted)
    emails: set[str] = set()
    rows: list[dict[str, Any]] = []
    date_field = ctx.field_ids.get(("contact", "date_premier_contact"))
    source_field = ctx.field_ids.get(("contact", "source"))
    source_choices = next(f[4] for f in _FIELDS if f[1] == "source") or []
    values: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    value_ids = iter(ctx.new_ids("contact_field_values", 2 * ctx.contacts_wanted))
    for cid, company in zip(ids, _contact_slots(ctx, rng), strict=True):
        female = rng.random() < 0.5
        first = rng.choice(data.FIRST_NAMES_F if female else data.FIRST_NAMES_M)
        last = rng.choice(data.LAST_NAMES)
        local = f"{data.slug(first)}.{data.slug(last)}"
        domain = company.domain if company else rng.choice(data.PERSONAL_DOMAINS)
        email = f"{local}@{domain}"
        n = 2
        while email in emails:
            email = f"{local}{n}@{domain}"
            n += 1
        emails.add(email)
        if company is not None:
            start, city, postal_code, area = company.created_at, company.city, company.postal_code, company.area
            address = None
        else:
            start = ctx.now - timedelta(days=3 * 365)
            city, postal_code, area = rng.choice(data.CITIES)
            address = f"{rng.randrange(1, 120)} {rng.choice(data.STREET_TYPES)} {rng.choice(data.STREET_NAMES)}"
        created = _moment(rng, start, ctx.now - timedelta(days=7))
        owner = company.owner_id if company and rng.random() < 0.85 else rng.choice(ctx.user_ids)
        do_not_contact = rng.random() < 0.02
        row: dict[str, Any] = {
            "id": cid, "civility": "Mme" if female else "M.", "first_name": first, "last_name": last,
            "job_title": rng.choice(data.JOB_TITLES)[female] if company else None, "email": email,
            "email2": (f"{local[0]}{data.slug(last)}@{rng.choice(data.PERSONAL_DOMAINS)}"
                       if rng.random() < 0.05 else None),
            "phone": data.fixed_phone(rng, area) if company and rng.random() < 0.6 else None,
            "mobile": data.mobile_phone(rng) if rng.random() < 0.75 else None,
            "address": address, "postal_code": postal_code, "city": city,
            "company_id": company.id if company else None, "owner_id": owner,
            "status": "client" if company is not None and company.is_client else "prospect",
            "is_consumer": company is None and rng.random() < 0.5,
            "tracking_consent": (answer := rng.choice((True, True, True, False, None))),
            "tracking_consent_state": initial_state(created, answer).value,
            "marketing_consent": rng.random() < 0.55, "do_not_contact": do_not_contact,
            "do_not_email": do_not_contact or rng.random() < 0.02,
            "notes": rng.choice(data.NOTES) if rng.random() < 0.1 else None,
            "created_at": created, "updated_at": created, "deleted_at": None,
        }
        row["search_text"] = demo_search_text(row, company.name if company else None)
        rows.append(row)
        if row["tracking_consent_state"] != "not_asked":  # its proof, as an import or the migration left it
            migrated = row["tracking_consent_state"] == "informed"
            answers.append({"contact_id": cid, "state": row["tracking_consent_state"],
                            "method": "migration" if migrated else "import", "at": created, "text": "",
                            "source": "" if migrated else "démonstration", "note": "Données de démonstration",
                            "recorded_by": None, "event_id": None, "token": None, "recorded_at": created,
                            "synced_at": created})
        contact = DemoContact(cid, company, owner, first, last, email, created, do_not_contact)
        ctx.contacts.append(contact)
        if company is not None:
            company.contact_ids.append(cid)
        if date_field is not None:
            values.append({"id": next(value_ids), "contact_id": cid, "field_id": date_field, "value_text": None,
                           "value_number": None, "value_date": created.astimezone(PARIS).date()})
        if source_field is not None and rng.random() < 0.6:
            values.append({"id": next(value_ids), "contact_id": cid, "field_id": source_field,
                           "value_text": rng.choice(source_choices), "value_number": None, "value_date": None})
        if len(rows) >= _CHUNK:
            ctx.insert("contacts", rows)
            rows = []
    ctx.insert("contacts", rows)
    ctx.insert("contact_field_values", values)
    ctx.insert("consent_records", answers)


def _fill_taggings(ctx: DemoContext) -> None:
    rng = ctx.rng("taggings")
    contact_rows: list[dict[str, Any]] = []
    company_rows: list[dict[str, Any]] = []
    tags = [(ctx.tag_ids[name], c_share, co_share) for name, _color, c_share, co_share in data.TAGS]
    for contact in ctx.contacts:
        for tag_id, share, _s in tags:
            if rng.random() < share:
                contact_rows.append({"tag_id": tag_id, "contact_id": contact.id})
    for company in ctx.companies:
        for tag_id, _s, share in tags:
            if rng.random() < share:
                company_rows.append({"tag_id": tag_id, "company_id": company.id})
    ctx.insert("contact_tags", contact_rows)
    ctx.insert("company_tags", company_rows)


def _fill_opportunities(ctx: DemoContext) -> None:
    rng = ctx.rng("opportunities")
    by_id = {c.id: c for c in ctx.contacts}
    planned: list[tuple[DemoCompany, str | None]] = []
    for company in ctx.companies:
        if not company.contact_ids:
            continue
        if company.is_client:
            planned.append((company, "won"))
            if rng.random() < 0.4:
                planned.append((company, None))
        else:
            roll = rng.random()
            if roll < 0.55:
                planned.append((company, None))
            elif roll < 0.75:
                planned.append((company, "lost"))
    ids = ctx.new_ids("opportunities", len(planned))
    rows = []
    for oid, (company, result) in zip(ids, planned, strict=True):
        contact = by_id[company.contact_ids[0] if rng.random() < 0.7 else rng.choice(company.contact_ids)]
        title = rng.choice(data.OPPORTUNITY_TITLES).format(ville=company.city)
        amount = (Decimal(rng.randrange(80, 9000)) * 10 + Decimal(rng.choice((0, 0, 0, 50))) / 100).quantize(
            Decimal("0.01"))
        created = _moment(rng, contact.created_at, ctx.now - timedelta(days=1))
        closed: datetime | None = None
        if result is None:
            stage = rng.choices(OPPORTUNITY_STAGES, weights=(4, 4, 2))[0]
            expected: date = (ctx.now + timedelta(days=rng.randrange(-20, 120))).astimezone(PARIS).date()
        else:
            stage = "negotiation" if result == "won" else rng.choice(OPPORTUNITY_STAGES)
            closed = _moment(rng, created + (ctx.now - created) / 3, ctx.now - timedelta(hours=2))
            expected = (closed + timedelta(days=rng.randrange(-10, 15))).astimezone(PARIS).date()
        ctx.opportunities.append(DemoOpportunity(oid, contact, title, amount, result, created, closed))
        rows.append({"id": oid, "title": title, "amount": amount, "stage": stage, "result": result,
                     "expected_close_date": expected, "owner_id": contact.owner_id, "contact_id": contact.id,
                     "company_id": company.id, "created_at": created, "closed_at": closed})
    ctx.insert("opportunities", rows)


_KINDS = (("call", 45), ("email", 35), ("note", 20))
_TIMELINE_LENGTHS = ((1, 2), (2, 4), (3, 5), (4, 4), (5, 3), (7, 2))
_CALLS = tuple(((code, subject), weight) for code, subject, weight in data.CALL_OUTCOMES)


_Event = tuple[datetime, str, str, str | None, dict[str, Any] | None]


def _timeline(ctx: DemoContext, rng: random.Random, contact: DemoContact,
              opportunity: DemoOpportunity | None) -> list[_Event]:
    end = ctx.now - timedelta(hours=1)
    events: list[_Event] = [
        (contact.created_at, "note", "Premier contact", rng.choice(data.ORIGINS), None)]
    for _ in range(_weighted(rng, _TIMELINE_LENGTHS) - 1):
        when = _moment(rng, contact.created_at + timedelta(minutes=5), end)
        kind = _weighted(rng, _KINDS)
        if kind == "call":
            code, subject = _weighted(rng, _CALLS)
            duration = 0 if code in ("voicemail", "no_answer", "wrong_number") else rng.randrange(60, 1500)
            body = rng.choice(data.CALL_NOTES) if code == "reached" else None
            events.append((when, "call", subject, body or None, {"outcome": code, "duration_s": duration}))
        elif kind == "email":
            inbound = rng.random() < 0.3
            subject = rng.choice(data.EMAILS_IN if inbound else data.EMAILS_OUT)
            events.append((when, "email", subject, None, {"direction": "inbound" if inbound else "outbound"}))
        else:
            events.append((when, "note", "Note", rng.choice(data.NOTES), None))
    if opportunity is not None:
        sent = _moment(rng, opportunity.created_at, opportunity.closed_at or end)
        events.append((sent, "email", f"Proposition commerciale : {opportunity.title}", None,
                       {"direction": "outbound", "opportunity_id": opportunity.id}))
        if opportunity.closed_at is not None and opportunity.result == "won":
            events.append((opportunity.closed_at, "note", f"Bon pour accord reçu : {opportunity.title}", None,
                           {"opportunity_id": opportunity.id}))
        elif opportunity.closed_at is not None:
            events.append((opportunity.closed_at, "note", f"Opportunité perdue : {opportunity.title}",
                           rng.choice(data.LOSS_REASONS), {"opportunity_id": opportunity.id}))
    if contact.do_not_contact:
        events.append((_moment(rng, contact.created_at, end), "note", "Ne souhaite plus être contacté",
                       "Demande reçue par téléphone ; contact marqué « ne pas contacter ».", None))
    events.sort(key=lambda e: e[0])
    return events


def _fill_activities(ctx: DemoContext) -> None:
    rng = ctx.rng("activities")
    by_contact = {o.contact.id: o for o in ctx.opportunities}
    rows: list[dict[str, Any]] = []
    next_id = ctx.new_ids("activities", 0).start
    for contact in ctx.contacts:
        for when, kind, subject, body, payload in _timeline(ctx, rng, contact, by_contact.get(contact.id)):
            author = contact.owner_id if rng.random() < 0.8 else rng.choice(ctx.user_ids)
            rows.append({"id": next_id, "contact_id": contact.id,
                         "company_id": contact.company.id if contact.company else None, "kind": kind,
                         "subject": subject, "body": body, "author_id": author, "occurred_at": when,
                         "payload": payload})
            next_id += 1
        if len(rows) >= _CHUNK:
            ctx.new_ids("activities", len(rows))
            ctx.insert("activities", rows)
            rows = []
    ctx.new_ids("activities", len(rows))
    ctx.insert("activities", rows)


STEPS: list[DemoStep] = [
    DemoStep("users", _fill_users),
    DemoStep("seller", _fill_seller),
    DemoStep("tags", _fill_tags),
    DemoStep("custom_fields", _fill_custom_fields),
    DemoStep("companies", _fill_companies),
    DemoStep("contacts", _fill_contacts),
    DemoStep("taggings", _fill_taggings),
    DemoStep("opportunities", _fill_opportunities),
    DemoStep("activities", _fill_activities),
    DemoStep("products", fill_products),
    DemoStep("quotes", fill_quotes),
    DemoStep("tracking", fill_tracking),
    DemoStep("campaigns", fill_campaigns),
    DemoStep("scenarios", fill_scenarios),
    # Later: tracking events. Append steps here; each draws from ctx.rng(<its name>) so the rows of the
    # steps above stay the same.
]


@contextmanager
def _search_index_paused(ctx: DemoContext) -> Iterator[None]:
    """SQLite: fill the FTS index once at the end instead of row by row (100,000 contacts: 4 s less).

    The insert trigger of the migration is dropped inside the transaction, then the index is rebuilt
    from ``contacts.search_text`` and the trigger recreated from its own stored SQL, even on error;
    the table was empty before, so the index ends exactly as the trigger would have left it.
    """
    session = ctx.session
    trigger = None
    if session.get_bind().dialect.name == "sqlite":
        trigger = session.execute(text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contacts_ai' "
            "AND EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'contacts_fts')")).scalar()
    if trigger is None:
        yield
        return
    connection = session.connection()
    if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        # pysqlite opens its transaction only at the first INSERT/UPDATE/DELETE: open it now, or the DROP
        # would be committed at once and a rollback would lose the trigger.
        connection.exec_driver_sql("BEGIN")
    connection.exec_driver_sql("DROP TRIGGER contacts_ai")
    try:
        yield
    finally:
        session.execute(text("INSERT INTO contacts_fts(rowid, search_text) "  # live contacts only, as the triggers
                             "SELECT id, search_text FROM contacts WHERE deleted_at IS NULL"))
        session.connection().exec_driver_sql(trigger)  # raw: the stored SQL is not a bind template


def _reset_sequences(ctx: DemoContext, tables: Iterable[str]) -> None:
    """PostgreSQL: explicit ids do not move the serial sequences; move them past the rows written."""
    if ctx.session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        if "id" in ctx.table(name).c:
            ctx.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # names are our own constants
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"))


def fill_demo(target: Session | Engine, *, contacts: int = 600, companies: int | None = None, seed: int = 42,
              now: datetime, progress: Progress | None = None,
              steps: Sequence[DemoStep] | None = None) -> DemoSummary:
    """Fill an empty database with the French demo set.

    Args:
        target: A session (the caller commits or rolls back) or an engine (one transaction, committed).
        contacts: How many contacts; 600 for the demo, 100,000 for benchmarks.
        companies: How many companies; by default a third of ``contacts``.
        seed: The same seed (and ``now``) gives the same rows.
        now: The current time (timezone-aware); every generated time lies before it.
        progress: Called as ``progress(done, total)`` while writing; returning ``False`` cancels.
        steps: The steps to run, :data:`STEPS` by default.

    Returns:
        The rows written per table, the seed and the time taken.

    Raises:
        DemoRefusedError: The database already has contacts or companies.
        DemoCancelledError: ``progress`` returned ``False``; nothing is committed by an engine target.
        ValueError: ``now`` is naive or a size is negative.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if contacts < 0 or (companies is not None and companies < 0):
        raise ValueError("sizes must not be negative")
    if isinstance(target, Engine):
        with Session(target) as session, session.begin():
            return fill_demo(session, contacts=contacts, companies=companies, seed=seed, now=now,
                             progress=progress, steps=steps)
    started = time.perf_counter()
    for table in ("contacts", "companies"):
        if target.execute(select(Base.metadata.tables[table].c.id).limit(1)).first() is not None:
            raise DemoRefusedError("the demo data set can only be loaded into an empty database")
    ctx = DemoContext(session=target, now=now.astimezone(UTC), seed=seed, contacts_wanted=contacts,
                      companies_wanted=contacts // 3 if companies is None else companies, progress=progress)
    with _search_index_paused(ctx):
        for step in STEPS if steps is None else steps:
            step.fill(ctx)
    _reset_sequences(ctx, ctx.counts)
    ctx.report(finished=True)
    return DemoSummary(seed=seed, counts=dict(ctx.counts), seconds=time.perf_counter() - started)
