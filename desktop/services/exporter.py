"""Export contacts and companies to CSV (French Excel) or XLSX, safe against formula injection.

The default column titles are French and are the ones :func:`desktop.services.importer.guess_mapping`
recognises, so an exported file imports back as it is. A GUI passes translated titles instead.
Phones are written the local way (``06 12 34 56 78``), yes/no fields as ``oui``/``non``; the tracking consent as
``oui`` (given), ``non`` (refused or withdrawn) or empty (no answer: the proof itself is
:mod:`desktop.services.consent_proof`). The custom fields
follow the built-in columns, titled by their label and written the way they are typed (``1234,5``,
``27/11/2026``), so that they import back too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.consent import cached_answer
from desktop.core.custom_fields import FieldDef, Value, edit_text
from desktop.core.validation import format_phone
from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.db.custom_fields import list_fields, values_for_records
from desktop.db.models import Company, Contact
from desktop.services.tabular import write_table

CHUNK = 500

CONTACT_COLUMNS: dict[str, str] = {
    "civility": "Civilité", "first_name": "Prénom", "last_name": "Nom", "job_title": "Fonction",
    "company_name": "Société", "email": "E-mail", "email2": "E-mail 2", "phone": "Téléphone",
    "mobile": "Portable", "address": "Adresse", "postal_code": "Code postal", "city": "Ville",
    "status": "Statut", "tags": "Étiquettes", "marketing_consent": "Consentement marketing",
    "do_not_contact": "Ne pas contacter", "notes": "Notes", "tracking_consent": "Consentement au suivi",
}
COMPANY_COLUMNS: dict[str, str] = {
    "legal_name": "Raison sociale", "legal_form": "Forme juridique", "siret": "SIRET",
    "vat_number": "TVA intracommunautaire", "address": "Adresse", "postal_code": "Code postal", "city": "Ville",
    "website": "Site web", "phone": "Téléphone", "tags": "Étiquettes",
}


def _yes_no(value: bool) -> str:
    return "oui" if value else "non"


def _answer(value: bool | None) -> str:
    return "" if value is None else _yes_no(value)


def contact_cells(contact: Contact, region: str = "FR") -> list[str]:
    """One contact as the cells of an export row, in the order of :data:`CONTACT_COLUMNS`."""
    return [
        contact.civility or "", contact.first_name, contact.last_name, contact.job_title or "",
        contact.company.legal_name if contact.company else "", contact.email or "", contact.email2 or "",
        format_phone(contact.phone, region), format_phone(contact.mobile, region), contact.address or "",
        contact.postal_code or "", contact.city or "", contact.status, ", ".join(t.name for t in contact.tags),
        _yes_no(contact.marketing_consent), _yes_no(contact.do_not_contact), contact.notes or "",
        _answer(cached_answer(contact.tracking_consent_state)),
    ]


def company_cells(company: Company, region: str = "FR") -> list[str]:
    """One company as the cells of an export row, in the order of :data:`COMPANY_COLUMNS`."""
    return [
        company.legal_name, company.legal_form or "", company.siret or "", company.vat_number or "",
        company.address or "", company.postal_code or "", company.city or "", company.website or "",
        format_phone(company.phone, region), ", ".join(t.name for t in company.tags),
    ]


def filtered_contact_ids(session: Session, flt: ContactFilter, sort: str = "name") -> list[int]:
    """The ids of the live contacts a list filter shows, in the list's order (the list's own query)."""
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    reader = ContactListReader(dbapi, session.get_bind().dialect.name)
    return [row.id for row in reader.page(flt, sort=sort, offset=0, limit=reader.count(flt))]


def _live_ids(session: Session, model: type[Contact] | type[Company]) -> list[int]:
    order = (Company.legal_name,) if model is Company else (Contact.last_name, Contact.first_name)
    return list(session.scalars(select(model.id).where(model.deleted_at.is_(None)).order_by(*order, model.id)))


def _contacts(session: Session, ids: Sequence[int]) -> Iterator[Contact]:
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        query = (select(Contact).options(selectinload(Contact.tags), selectinload(Contact.company))
                 .where(Contact.id.in_(part), Contact.deleted_at.is_(None)))
        by_id = {c.id: c for c in session.scalars(query)}
        yield from (by_id[i] for i in part if i in by_id)
        for contact in by_id.values():  # keep memory flat on large exports
            session.expunge(contact)


def _companies(session: Session, ids: Sequence[int]) -> Iterator[Company]:
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        query = (select(Company).options(selectinload(Company.tags))
                 .where(Company.id.in_(part), Company.deleted_at.is_(None)))
        by_id = {c.id: c for c in session.scalars(query)}
        yield from (by_id[i] for i in part if i in by_id)
        for company in by_id.values():
            session.expunge(company)


def _with_custom(session: Session, entity: str, ids: Sequence[int], records: Callable[[Sequence[int]], Iterator[Any]],
                 cells: Callable[[Any], list[str]]) -> tuple[list[str], Iterator[list[str]]]:
    """The custom fields' titles, and the rows of ``records`` with their custom cells after the others."""
    fields: list[FieldDef] = list_fields(session, entity)

    def rows() -> Iterator[list[str]]:
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            values: dict[int, dict[int, Value]] = values_for_records(session, entity, part) if fields else {}
            for record in records(part):
                own = values.get(record.id, {})
                yield cells(record) + [edit_text(f.kind, own.get(f.id)) for f in fields]

    return [f.label for f in fields], rows()


def export_contacts(session: Session, path: Path, *, ids: Sequence[int] | None = None,
                    flt: ContactFilter | None = None, titles: Mapping[str, str] | None = None,
                    region: str = "FR") -> int:
    """Write live contacts to ``path`` (``.xlsx`` or CSV): the given ids, else a filter, else all.

    Args:
        session: a session of the caller's (read only).
        path: the file to write; its extension picks the format.
        ids: the contacts to export, in this order (a selection).
        flt: the list filter whose contacts are exported, when ``ids`` is None.
        titles: column titles by field name (defaults: :data:`CONTACT_COLUMNS`).
        region: the country whose way phones are written.

    Returns:
        The number of contacts written.
    """
    if ids is None:
        ids = filtered_contact_ids(session, flt) if flt is not None else _live_ids(session, Contact)
    header = [(titles or {}).get(key, title) for key, title in CONTACT_COLUMNS.items()]
    custom, rows = _with_custom(session, "contact", list(ids), lambda part: _contacts(session, part),
                                lambda c: contact_cells(c, region))
    return write_table(path, header + custom, rows)


def export_companies(session: Session, path: Path, *, ids: Sequence[int] | None = None,
                     titles: Mapping[str, str] | None = None, region: str = "FR") -> int:
    """Write live companies to ``path`` (``.xlsx`` or CSV): the given ids, else all of them.

    Args:
        session: a session of the caller's (read only).
        path: the file to write; its extension picks the format.
        ids: the companies to export, in this order.
        titles: column titles by field name (defaults: :data:`COMPANY_COLUMNS`).
        region: the country whose way phones are written.

    Returns:
        The number of companies written.
    """
    if ids is None:
        ids = _live_ids(session, Company)
    header = [(titles or {}).get(key, title) for key, title in COMPANY_COLUMNS.items()]
    custom, rows = _with_custom(session, "company", list(ids), lambda part: _companies(session, part),
                                lambda c: company_cells(c, region))
    return write_table(path, header + custom, rows)
