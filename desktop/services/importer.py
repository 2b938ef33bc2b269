"""Import contacts and companies from a read spreadsheet (see :mod:`desktop.services.tabular`).

Three steps, none of them Qt:

1. :func:`guess_mapping` proposes a field for each column from its French or English header; a column may
   also go to a custom field (``cf:<id>``), recognised by its label or its name.
2. :func:`dry_run` validates every row with :mod:`desktop.core.records`, matches duplicates against
   the database (contacts: same email; companies: same SIRET, else same legal name) and inside the
   file, and returns an :class:`ImportPlan`. It writes nothing.
3. :func:`apply` writes the plan's valid rows in the caller's transaction, all or nothing: on any
   error, or when ``progress`` returns False (:class:`ImportCancelled`), the caller's ``with
   session.begin()`` rolls everything back. Inserts are batched (one duplicate query, one company
   query and one tag query per chunk, then ``executemany`` inserts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table as SATable
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentAnswer, ConsentMethod, as_state, state_after_answer
from desktop.core.custom_fields import FieldDef, Value, parse_value
from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact
from desktop.core.search import fold
from desktop.core.validation import InvalidValue
from desktop.db import contacts as repo
from desktop.db import custom_fields
from desktop.db.bulk import insert_many, insert_returning_ids
from desktop.db.consent import record_answer
from desktop.db.models import Company, Contact, Tag, company_tags, contact_tags
from desktop.services.tabular import Table, write_table

Progress = Callable[[int, int], bool]
Draft = ContactDraft | CompanyDraft
CHUNK = 500  # rows per insert batch and per progress report
LOOKUP_CHUNK = 4000  # values per duplicate lookup: each lookup scans lower(column), so few and large


class Kind(StrEnum):
    CONTACTS = "contacts"
    COMPANIES = "companies"


class DuplicatePolicy(StrEnum):
    """What to do with a row that matches an existing record or an earlier row of the file."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class ImportMode(StrEnum):
    """The user's choice once the dry run is shown."""

    VALID_ROWS = "valid_rows"
    NOTHING = "nothing"


class ImportCancelled(Exception):
    """The user cancelled the import; the caller's transaction must roll back."""


class MappingError(ValueError):
    """The column mapping cannot be imported; ``code`` names the problem."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_BOOL_FIELDS = ("marketing_consent", "do_not_contact", "tracking_consent")  # an empty tracking cell: no answer
FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.CONTACTS: ("civility", "first_name", "last_name", "job_title", "email", "email2", "phone", "mobile",
                    "address", "postal_code", "city", "company_name", "status", "tags", "notes", *_BOOL_FIELDS),
    Kind.COMPANIES: ("legal_name", "legal_form", "siret", "vat_number", "address", "postal_code", "city",
                     "website", "phone", "tags"),
}

# Folded headers (lower case, no accents, letters and digits only) that name each field.
_COMMON = {
    "address": ("adresse", "address", "rue", "street", "adresse1", "adressepostale", "voie"),
    "postal_code": ("codepostal", "cp", "postalcode", "zip", "zipcode", "postcode"),
    "city": ("ville", "city", "commune", "localite", "town"),
    "tags": ("tags", "tag", "etiquettes", "etiquette", "labels", "categories", "categorie", "motscles"),
}
ALIASES: dict[Kind, dict[str, tuple[str, ...]]] = {
    Kind.CONTACTS: {
        **_COMMON,
        "civility": ("civilite", "salutation", "civ"),
        "first_name": ("prenom", "firstname", "givenname", "first"),
        "last_name": ("nom", "lastname", "surname", "nomdefamille", "familyname", "name", "last"),
        "job_title": ("fonction", "poste", "jobtitle", "position", "role", "titredupost", "metier"),
        "email": ("email", "mail", "courriel", "adresseemail", "adressemail", "emailaddress", "emailpro"),
        "email2": ("email2", "autreemail", "secondemail", "mail2", "courriel2", "emailperso"),
        "phone": ("telephone", "tel", "phone", "telfixe", "telephonefixe", "businessphone", "phonenumber",
                  "telephonebureau", "telbureau", "fixe"),
        "mobile": ("portable", "mobile", "telportable", "telephoneportable", "mobilephone", "cellphone", "gsm",
                   "telmobile", "telephonemobile"),
        "company_name": ("societe", "entreprise", "raisonsociale", "company", "companyname", "organisation",
                         "organization", "compte", "account", "nomsociete", "nomentreprise", "employeur"),
        "status": ("statut", "status"),
        "notes": ("notes", "note", "commentaire", "commentaires", "remarques", "remarque", "comments"),
        "marketing_consent": ("consentementmarketing", "optin", "newsletter", "marketingconsent",
                              "accordmarketing", "consentement"),
        "do_not_contact": ("nepascontacter", "donotcontact", "optout", "blacklist"),
        "tracking_consent": ("consentementausuivi", "consentementsuivi", "suividesemails", "trackingconsent",
                             "accordsuivi"),
    },
    Kind.COMPANIES: {
        **_COMMON,
        "legal_name": ("raisonsociale", "societe", "entreprise", "nom", "company", "companyname", "name",
                       "legalname", "denomination", "nomsociete", "nomentreprise", "organisation", "compte"),
        "legal_form": ("formejuridique", "legalform", "forme", "statutjuridique"),
        "siret": ("siret", "numerosiret", "numsiret", "nsiret"),
        "vat_number": ("tvaintracommunautaire", "tva", "numerotva", "ntva", "vat", "vatnumber", "tvaintracom",
                       "numtvaintracom", "numerodetva", "ntvaintracommunautaire"),
        "website": ("siteweb", "site", "siteinternet", "website", "url", "web"),
        "phone": ("telephone", "tel", "phone", "standard", "telstandard", "phonenumber"),
    },
}


ENTITY = {Kind.CONTACTS: "contact", Kind.COMPANIES: "company"}
CUSTOM_PREFIX = "cf:"


def custom_key(field_id: int) -> str:
    """The mapping name of a custom field."""
    return f"{CUSTOM_PREFIX}{field_id}"


def header_key(header: str) -> str:
    """A header folded for matching: ``"N° de TVA"`` -> ``"ndetva"``."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


def guess_mapping(header: Sequence[str], kind: Kind, custom: Sequence[FieldDef] = ()) -> tuple[str, ...]:
    """The field each column probably holds (``""`` for none), each field at most once.

    An exact alias wins; otherwise the longest alias contained in the header (``"Téléphone
    portable pro"`` -> mobile), for aliases of four letters or more. The custom fields of ``custom``
    are known by their label and their name.
    """
    aliases = {**ALIASES[kind], **{custom_key(f.id): (header_key(f.label), header_key(f.name)) for f in custom}}
    keys = [header_key(h) for h in header]
    mapping = [""] * len(header)
    used: set[str] = set()
    for i, key in enumerate(keys):
        for name, names in aliases.items():
            if key in names and name not in used:
                mapping[i] = name
                used.add(name)
                break
    for i, key in enumerate(keys):
        if mapping[i] or not key:
            continue
        best = max(((len(a), name) for name, names in aliases.items() if name not in used
                    for a in names if len(a) >= 4 and a in key), default=None)
        if best is not None:
            mapping[i] = best[1]
            used.add(best[1])
    return tuple(mapping)


def check_mapping(mapping: Sequence[str], kind: Kind, custom: Sequence[FieldDef] = ()) -> None:
    """Refuse a mapping that names a field twice or misses the name fields.

    Raises:
        MappingError: with ``code`` ``"twice"``, ``"unknown"``, ``"no_name"`` or ``"no_legal_name"``.
    """
    chosen = [m for m in mapping if m]
    known = {*FIELDS[kind], *(custom_key(f.id) for f in custom)}
    for name in chosen:
        if name not in known:
            raise MappingError("unknown", f"unknown field {name!r}")
        if chosen.count(name) > 1:
            raise MappingError("twice", f"the field {name!r} is chosen for two columns")
    if kind is Kind.CONTACTS and not {"first_name", "last_name"} & set(chosen):
        raise MappingError("no_name", "choose the column of the last name or the first name")
    if kind is Kind.COMPANIES and "legal_name" not in chosen:
        raise MappingError("no_legal_name", "choose the column of the legal name")


# Plan ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rejection:
    """Why a row is not imported: ``line`` as the spreadsheet numbers it, ``column`` its header."""

    line: int
    column: str
    code: str
    message: str
    value: str = ""


@dataclass(frozen=True)
class PlannedRow:
    """A valid row: its clean draft, the fields its cells gave, and what it duplicates."""

    line: int
    draft: Draft
    given: frozenset[str]
    existing_id: int | None = None
    same_as_line: int | None = None
    custom: tuple[tuple[int, Value], ...] = ()  # (custom field id, value) of the non-empty cells


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; change ``policy`` with :func:`dataclasses.replace` before applying."""

    kind: Kind
    policy: DuplicatePolicy
    rows: tuple[PlannedRow, ...]
    rejections: tuple[Rejection, ...]
    total_rows: int

    @property
    def valid_count(self) -> int:
        return len(self.rows)

    @property
    def rejected_count(self) -> int:
        return len({r.line for r in self.rejections})

    @property
    def existing_duplicates(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is not None)

    @property
    def file_duplicates(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is None and r.same_as_line is not None)


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    companies_created: int = 0


_TRUE = {"oui", "o", "yes", "y", "true", "vrai", "1", "x"}
_FALSE = {"non", "n", "no", "false", "faux", "0", ""}
_CIVILITY = {"m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme", "mrs": "Mme", "ms": "Mme",
             "mlle": "Mme", "mademoiselle": "Mme", "": ""}
_STATUS = {"prospect": "prospect", "client": "client", "cliente": "client", "customer": "client", "": "prospect"}


def _field_value(name: str, text: str) -> object:
    """A cell's text as the draft field wants it; raises ValueError for an unreadable yes/no."""
    text = text.strip()
    if name == "tags":
        return tuple(t.strip() for t in re.split(r"[,;|]", text) if t.strip())
    if name in _BOOL_FIELDS:
        key = fold(text)
        if key not in _TRUE | _FALSE:
            raise ValueError("expected yes or no (oui/non)")
        return key in _TRUE
    if name == "civility":
        return _CIVILITY.get(header_key(text), text)
    if name == "status":
        return _STATUS.get(fold(text), text)
    if name == "postal_code" and text.isdigit() and len(text) == 4:
        return "0" + text  # a spreadsheet read 01000 as the number 1000
    return text


def _row_draft(kind: Kind, header: Sequence[str], mapping: Sequence[str], cells: Sequence[str],
               region: str, custom: Mapping[str, FieldDef] | None = None
               ) -> tuple[Draft, frozenset[str], list[Rejection], tuple[tuple[int, Value], ...]]:
    """Validate one row: its clean draft, the fields its non-empty cells gave, its rejections, and its
    custom field values."""
    values: dict[str, object] = {}
    rejections: list[Rejection] = []
    typed: list[tuple[int, Value]] = []
    for i, name in enumerate(mapping):
        if name.startswith(CUSTOM_PREFIX) and custom is not None and cells[i].strip():
            f = custom[name]
            try:
                value = parse_value(f.kind, cells[i], f.choices)
            except InvalidValue as exc:
                rejections.append(Rejection(0, header[i], "invalid_custom", exc.message, cells[i]))
            else:
                if value is not None:
                    typed.append((f.id, value))
        elif name and cells[i].strip():
            try:
                values[name] = _field_value(name, cells[i])
            except ValueError as exc:
                rejections.append(Rejection(0, header[i], f"invalid_{name}", str(exc), cells[i]))
    draft: Draft
    if kind is Kind.CONTACTS:
        draft, errors = validate_contact(ContactDraft(**values), region)  # type: ignore[arg-type]
    else:
        draft, errors = validate_company(CompanyDraft(**values), region)  # type: ignore[arg-type]
    columns = {name: i for i, name in enumerate(mapping) if name}
    for name, message in errors.items():
        i = columns.get(name, columns.get("last_name", columns.get("first_name", -1)))
        rejections.append(Rejection(0, header[i] if i >= 0 else "", f"invalid_{name}", message,
                                    cells[i] if i >= 0 and name in columns else ""))
    return draft, frozenset(values), rejections, tuple(typed)


def _dedupe_key(draft: Draft) -> str | None:
    """What makes two rows of one file the same record: the email; the SIRET, else the legal name."""
    if isinstance(draft, ContactDraft):
        return draft.email.lower() or None
    return f"siret:{draft.siret}" if draft.siret else f"name:{draft.legal_name.lower()}"


def dry_run(session: Session, table: Table, mapping: Sequence[str], kind: Kind,
            policy: DuplicatePolicy = DuplicatePolicy.SKIP, progress: Progress | None = None,
            region: str = "FR") -> ImportPlan:
    """Validate every row and match duplicates; writes nothing.

    Raises:
        MappingError: the mapping is not importable (see :func:`check_mapping`).
        ImportCancelled: ``progress`` returned False.
    """
    defined = custom_fields.list_fields(session, ENTITY[kind])
    check_mapping(mapping, kind, defined)
    custom = {custom_key(f.id): f for f in defined}
    mapped = {i for i, name in enumerate(mapping) if name}
    rows: list[PlannedRow] = []
    rejections: list[Rejection] = []
    first_line: dict[str, int] = {}
    total = len(table.rows)
    for start in range(0, total, CHUNK):
        for row in table.rows[start:start + CHUNK]:
            bad = [p for p in row.problems if p.column < 0 or p.column in mapped]
            if bad:
                rejections += [Rejection(row.line, table.header[p.column] if p.column >= 0 else "", p.code,
                                         p.message, _shown(row.cells[p.column]) if p.column >= 0 else "")
                               for p in bad]
                continue
            draft, given, problems, typed = _row_draft(kind, table.header, mapping, row.cells, region, custom)
            if problems:
                rejections += [replace(r, line=row.line, value=_shown(r.value)) for r in problems]
                continue
            key = _dedupe_key(draft)
            same = first_line.setdefault(key, row.line) if key else row.line
            rows.append(PlannedRow(row.line, draft, given, None, same if same != row.line else None, typed))
        if progress is not None and not progress(min(start + CHUNK, total), total):
            raise ImportCancelled
    rows = match_existing(session, kind, rows)
    return ImportPlan(kind, policy, tuple(rows), tuple(rejections), total)


def _shown(value: str, limit: int = 200) -> str:
    value = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    return value if len(value) <= limit else value[:limit] + "…"


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower_in(column: Any, values: Sequence[str]) -> Any:
    """``lower(column) IN (...)`` with each value folded both the Unicode way (PostgreSQL) and the
    ASCII-only way of SQLite's ``lower()``; callers then compare ``str.lower()`` keys in Python."""
    return func.lower(column).in_(sorted({f(v) for v in values for f in (str.lower, _ascii_lower)}))


def _ascii_lower(value: str) -> str:
    return value.translate(_ASCII_LOWER)


def match_existing(session: Session, kind: Kind, rows: Sequence[PlannedRow]) -> list[PlannedRow]:
    """Set ``existing_id`` on rows matching a live record; one query per chunk of rows."""
    found: dict[str, int] = {}
    if kind is Kind.CONTACTS:
        emails = sorted({r.draft.email.lower() for r in rows if isinstance(r.draft, ContactDraft) and r.draft.email})
        for part in _chunks(emails, LOOKUP_CHUNK):
            query = (select(Contact.id, Contact.email, Contact.email2)
                     .where(Contact.deleted_at.is_(None), or_(_lower_in(Contact.email, part),
                                                              _lower_in(Contact.email2, part)))
                     .order_by(Contact.id.desc()))
            for cid, email, email2 in session.execute(query):
                for value in (email2, email):
                    if value:
                        found[value.lower()] = cid
        return [_with_existing(r, found.get(r.draft.email.lower()) if isinstance(r.draft, ContactDraft)
                               and r.draft.email else None) for r in rows]
    sirets = sorted({r.draft.siret for r in rows if isinstance(r.draft, CompanyDraft) and r.draft.siret})
    names = sorted({r.draft.legal_name.lower() for r in rows if isinstance(r.draft, CompanyDraft)})
    by_name: dict[str, list[tuple[int, str | None]]] = {}
    for part in _chunks(sirets):
        by_siret = select(Company.id, Company.siret).where(Company.deleted_at.is_(None), Company.siret.in_(part))
        for cid, siret in session.execute(by_siret.order_by(Company.id.desc())):
            if siret:
                found[siret] = cid
    for part in _chunks(names, LOOKUP_CHUNK):
        query = (select(Company.id, Company.legal_name, Company.siret)
                 .where(Company.deleted_at.is_(None), _lower_in(Company.legal_name, part)).order_by(Company.id))
        for cid, name, siret in session.execute(query):
            by_name.setdefault(name.lower(), []).append((cid, siret))
    out = []
    for r in rows:
        assert isinstance(r.draft, CompanyDraft)
        existing = found.get(r.draft.siret) if r.draft.siret else None
        if existing is None:
            existing = next((cid for cid, siret in by_name.get(r.draft.legal_name.lower(), [])
                             if not (siret and r.draft.siret)), None)
        out.append(_with_existing(r, existing))
    return out


def _with_existing(row: PlannedRow, existing_id: int | None) -> PlannedRow:
    return row if row.existing_id == existing_id else replace(row, existing_id=existing_id)


# Apply -----------------------------------------------------------------------------------------------

def _merge(base: Draft, row: PlannedRow) -> Draft:
    """``base`` with the fields ``row`` gave; tags are added, never removed; a value that differs only
    by case (the name or email the row was matched by) keeps its stored spelling."""
    changes = {name: value for name in row.given if name != "tags"
               and not _same_text(value := getattr(row.draft, name), getattr(base, name))}
    if "tags" in row.given:
        changes["tags"] = tuple(dict.fromkeys([*base.tags, *row.draft.tags]))
    return replace(base, **changes)


def _same_text(a: object, b: object) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a.lower() == b.lower()


def _decide(plan: ImportPlan) -> tuple[list[PlannedRow], list[PlannedRow], int]:
    """Split the plan's rows into rows to create and rows to update, under its policy."""
    if plan.policy is DuplicatePolicy.CREATE:
        return list(plan.rows), [], 0
    firsts: dict[int, PlannedRow] = {}
    skipped = 0
    for row in plan.rows:
        lead = row.line if row.same_as_line is None else row.same_as_line
        if lead not in firsts:
            firsts[lead] = row
        elif plan.policy is DuplicatePolicy.UPDATE:
            first = firsts[lead]
            firsts[lead] = replace(first, draft=_merge(first.draft, row), given=first.given | row.given,
                                   custom=tuple({**dict(first.custom), **dict(row.custom)}.items()))
        else:
            skipped += 1
    create = [r for r in firsts.values() if r.existing_id is None]
    update = [r for r in firsts.values() if r.existing_id is not None]
    if plan.policy is DuplicatePolicy.SKIP:
        skipped += len(update)
        update = []
    return create, update, skipped


def _record_answers(session: Session, answers: Sequence[tuple[int, bool, int]], now: datetime) -> None:
    """A tracking answer read from the file becomes the contact's record, method ``import`` (its line as source);
    a "no" is a refusal or a withdrawal, never lost."""
    for contact_id, yes, line in answers:
        contact = session.get_one(Contact, contact_id)
        state = state_after_answer(contact.tracking_consent_state, yes)
        if state is as_state(contact.tracking_consent_state):
            continue  # the file says what is recorded already
        answer = ConsentAnswer(state, ConsentMethod.IMPORT, now, source=f"import, ligne {line}",
                               note="Réponse lue dans un fichier importé")
        record_answer(session, contact_id, answer, now=now)


def apply(plan: ImportPlan, session: Session, mode: ImportMode, progress: Progress | None = None,
          owner_id: int | None = None, now: datetime | None = None) -> ImportResult:
    """Write the plan in the caller's transaction; the caller commits, or rolls back on any exception.

    Duplicates are matched again against the database, which may have changed since the dry run.

    Raises:
        ImportCancelled: ``progress`` returned False; nothing must be committed.
    """
    if mode is ImportMode.NOTHING or not plan.rows:
        return ImportResult(skipped=len(plan.rows))
    plan = replace(plan, rows=tuple(match_existing(session, plan.kind, plan.rows)))
    create, update, skipped = _decide(plan)
    total, done = len(create) + len(update), 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise ImportCancelled

    report(0)
    names = (r.draft.company_name for r in create if isinstance(r.draft, ContactDraft) and r.draft.company_name)
    companies, companies_created = _company_ids(session, names, owner_id)  # one lookup for the whole file
    entity = ENTITY[plan.kind]
    moment = now or datetime.now(UTC)
    answers: list[tuple[int, bool, int]] = []
    for part in _chunks(create):
        if plan.kind is Kind.CONTACTS:
            drafts = [r.draft for r in part if isinstance(r.draft, ContactDraft)]
            ids = _insert_contacts(session, drafts, owner_id, companies)
            answers += [(cid, d.tracking_consent, r.line) for cid, d, r in zip(ids, drafts, part, strict=True)
                        if d.tracking_consent is not None]
        else:
            ids = _insert_companies(session, [r.draft for r in part if isinstance(r.draft, CompanyDraft)], owner_id)
        custom_fields.insert_values(session, entity, ((rid, fid, value) for rid, r in zip(ids, part, strict=True)
                                                      for fid, value in r.custom))
        report(len(part))
    for row in update:
        assert row.existing_id is not None
        if isinstance(row.draft, ContactDraft):
            stored = repo.get_contact(session, row.existing_id)
            assert stored is not None
            merged = _merge(repo.contact_draft(stored), row)
            assert isinstance(merged, ContactDraft)
            if "tracking_consent" in row.given and row.draft.tracking_consent is not None:
                answers.append((row.existing_id, row.draft.tracking_consent, row.line))
            repo.update_contact(session, row.existing_id, replace(merged, tracking_consent=stored.tracking_consent))
        else:
            company = session.get_one(Company, row.existing_id)
            repo.update_company(session, row.existing_id, _merge(repo.company_draft(company), row))  # type: ignore[arg-type]
        if row.custom:
            custom_fields.set_record_values(session, entity, row.existing_id, dict(row.custom))
        report(1)
    session.flush()
    _record_answers(session, answers, moment)
    return ImportResult(len(create), len(update), skipped, companies_created)


def import_plan(sessions: sessionmaker[Session], plan: ImportPlan, mode: ImportMode,
                progress: Progress | None = None, owner_id: int | None = None) -> ImportResult:
    """Apply a plan in one transaction of its own: committed whole, or rolled back whole."""
    with sessions.begin() as session:
        return apply(plan, session, mode, progress, owner_id)


def _insert_ids(session: Session, model: type[Tag] | type[Company] | type[Contact],
                rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one go (no ORM bookkeeping per row); their ids, in order (:mod:`desktop.db.bulk`)."""
    return insert_returning_ids(session, cast(SATable, model.__table__), rows)


def _tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(names))
    ids: dict[str, int] = {}
    for part in _chunks(wanted):
        ids.update({n: i for i, n in session.execute(select(Tag.id, Tag.name).where(Tag.name.in_(part)))})
    missing = [{"name": n} for n in wanted if n not in ids]
    if missing:
        new = _insert_ids(session, Tag, missing)
        ids.update(zip((m["name"] for m in missing), new, strict=True))
    return ids


def _company_ids(session: Session, names: Iterable[str], owner_id: int | None) -> tuple[dict[str, int], int]:
    """Ids of live companies by lower-cased legal name (the oldest one), created when missing."""
    wanted = list({n.lower(): n for n in names}.items())
    ids: dict[str, int] = {}
    for part in _chunks([n for _, n in wanted], LOOKUP_CHUNK):
        query = select(Company.id, Company.legal_name).where(Company.deleted_at.is_(None),
                                                             _lower_in(Company.legal_name, part))
        for cid, name in session.execute(query.order_by(Company.id.desc())):
            ids[name.lower()] = cid
    missing = [n for key, n in wanted if key not in ids]
    if missing:
        rows = [{"legal_name": n, "owner_id": owner_id} for n in missing]
        new = _insert_ids(session, Company, rows)
        ids.update(zip((n.lower() for n in missing), new, strict=True))
    return ids, len(missing)


_OPTIONAL = ("civility", "job_title", "email", "email2", "phone", "mobile", "address", "postal_code", "city",
             "notes", "legal_form", "siret", "vat_number", "website")


def _columns(draft: Draft) -> dict[str, Any]:
    """The draft as table columns: empty optional texts stored as NULL, like the repository does."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft) if f.name not in ("tags", "company_name")}
    return {k: (v or None) if k in _OPTIONAL else v for k, v in values.items()}


def _link_tags(session: Session, table: Any, key: str, ids: Sequence[int], drafts: Sequence[Draft]) -> None:
    tag_ids = _tag_ids(session, (t for d in drafts for t in d.tags))
    links = [{key: rid, "tag_id": tag_ids[t]} for rid, d in zip(ids, drafts, strict=True) for t in d.tags]
    insert_many(session, table, links)  # streamed with COPY on PostgreSQL (an executemany cost 0.3 s a 10,000-row file)


def _insert_contacts(session: Session, drafts: Sequence[ContactDraft], owner_id: int | None,
                     companies: dict[str, int]) -> list[int]:
    rows = []
    for draft in drafts:
        values = _columns(draft)
        values.update(owner_id=owner_id, company_id=companies[draft.company_name.lower()]
                      if draft.company_name else None, tracking_consent=None)  # recorded after: _record_answers
        # The repository's one definition of the search text, fed the row's values without the cost
        # of an ORM instance (it only reads these attributes).
        record = cast(Contact, SimpleNamespace(**values))
        values["search_text"] = repo.contact_search_text(record, draft.company_name or None)
        rows.append(values)
    ids = _insert_ids(session, Contact, rows)
    _link_tags(session, contact_tags, "contact_id", ids, drafts)
    return ids


def _insert_companies(session: Session, drafts: Sequence[CompanyDraft], owner_id: int | None) -> list[int]:
    rows = [{**_columns(d), "owner_id": owner_id} for d in drafts]
    ids = _insert_ids(session, Company, rows)
    _link_tags(session, company_tags, "company_id", ids, drafts)
    return ids


def write_rejection_report(path: Path, plan: ImportPlan,
                           header: Sequence[str] = ("Ligne", "Colonne", "Motif", "Valeur"),
                           describe: Callable[[Rejection], str] | None = None) -> int:
    """Save the rejected rows as CSV or XLSX (by extension), cells neutralised against formulas.

    Args:
        path: where to write; ``.xlsx`` gives a workbook, anything else a CSV for French Excel.
        plan: the dry run whose rejections are written.
        header: the column titles, in the user's language.
        describe: turns a rejection into the reason shown (default: its English message).

    Returns:
        The number of rejections written.
    """
    text = describe or (lambda r: r.message)
    return write_table(path, header, ([r.line, r.column, text(r), r.value] for r in plan.rejections))
