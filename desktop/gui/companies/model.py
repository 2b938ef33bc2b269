"""Columns of the companies table over the background paged model."""

from __future__ import annotations

from desktop.core.validation import format_phone
from desktop.db.company_list import CompanyFilter, CompanyListReader, CompanyRow
from desktop.gui.contacts.paged import BackgroundPagedModel
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.paged_model import Column
from desktop.gui.kit.workers import Runner

CompanyModel = BackgroundPagedModel[CompanyRow, CompanyFilter]


def format_siret(value: str | None) -> str:
    """A SIRET in groups of 3, 3, 3 and 5 digits (anything else as it is)."""
    if not value or len(value) != 14:
        return value or ""
    return f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}"


def company_columns() -> list[Column[CompanyRow]]:
    """The companies table's columns, in the interface language."""
    return [
        Column(tr("Companies", "Raison sociale"), "name", lambda r: r.legal_name),
        Column(tr("Companies", "Forme"), None, lambda r: r.legal_form or ""),
        Column(tr("Companies", "SIRET"), "siret", lambda r: format_siret(r.siret)),
        Column(tr("Companies", "Ville"), "city", lambda r: r.city or ""),
        Column(tr("Companies", "Téléphone"), "phone", lambda r: format_phone(r.phone)),
        Column(tr("Companies", "Contacts"), "contacts", lambda r: str(r.contact_count), align_right=True),
    ]


def make_company_model(reader: CompanyListReader, runner: Runner, page_size: int = 200) -> CompanyModel:
    """Every live company, by name; the first page read at once, the rest on ``runner``'s thread."""
    return BackgroundPagedModel(reader, company_columns(), CompanyFilter(), runner, page_size=page_size)
