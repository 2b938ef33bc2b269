"""Columns of the contacts table over the background paged model."""

from __future__ import annotations

from desktop.core.validation import format_phone
from desktop.db.contact_list import ContactFilter, ContactListReader, ContactRow
from desktop.gui.contacts.paged import BackgroundPagedModel
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.paged_model import Column
from desktop.gui.kit.workers import Runner

ContactModel = BackgroundPagedModel[ContactRow, ContactFilter]


def status_text(status: str) -> str:
    return tr("Contacts", "Client") if status == "client" else tr("Contacts", "Prospect")


def contact_columns() -> list[Column[ContactRow]]:
    """The contacts table's columns, in the interface language."""
    return [
        Column(tr("Contacts", "Nom"), "name", lambda r: f"{r.last_name.upper()} {r.first_name}".strip()),
        Column(tr("Contacts", "Société"), "company", lambda r: r.company or ""),
        Column(tr("Contacts", "Fonction"), None, lambda r: r.job_title or ""),
        Column(tr("Contacts", "Email"), "email", lambda r: r.email or ""),
        Column(tr("Contacts", "Téléphone"), "phone", lambda r: format_phone(r.phone or r.mobile)),
        Column(tr("Contacts", "Ville"), "city", lambda r: r.city or ""),
        Column(tr("Contacts", "Statut"), "status", lambda r: status_text(r.status)),
    ]


def make_contact_model(reader: ContactListReader, runner: Runner, page_size: int = 200) -> ContactModel:
    """Every live contact, by name; the first page read at once, the rest on ``runner``'s thread."""
    return BackgroundPagedModel(reader, contact_columns(), ContactFilter(), runner, page_size=page_size)
