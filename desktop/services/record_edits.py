"""The database work of the contact and company dialogs, in the caller's session (the GUI runs it through
``desktop.gui.kit.db_op``): what a dialog starts from, saving a record with its custom field values as one
action, and the possible duplicates of what is typed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.custom_fields import FieldDef, Value
from desktop.core.records import CompanyDraft, ContactDraft
from desktop.db import contacts as repo
from desktop.db.custom_fields import form_state, set_record_values
from desktop.db.models import Company

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CustomState = tuple[list[FieldDef], dict[int, Value]]
"""The custom fields of a kind of record, and one record's values (empty for a new record)."""
Values = Mapping[int, Value | None]


def contact_form(session: Session, contact_id: int | None) -> tuple[ContactDraft, CustomState]:
    """What the contact dialog starts from: the stored contact's draft (an empty one for a new contact) and the
    custom fields with its values."""
    draft = ContactDraft()
    if contact_id is not None:
        contact = repo.get_contact(session, contact_id)
        if contact is None:
            raise LookupError(f"no contact {contact_id}")
        draft = repo.contact_draft(contact)
    return draft, form_state(session, "contact", contact_id)


def company_form(session: Session, company_id: int | None) -> tuple[CompanyDraft, CustomState]:
    """What the company dialog starts from, as :func:`contact_form` does for a contact."""
    draft = CompanyDraft() if company_id is None else repo.company_draft(session.get_one(Company, company_id))
    return draft, form_state(session, "company", company_id)


def create_contact(session: Session, draft: ContactDraft, values: Values | None = None,
                   now: datetime | None = None) -> int:
    """Insert a validated contact with its custom field values; its id."""
    contact_id = repo.create_contact(session, draft, now=now).id
    if values:
        set_record_values(session, "contact", contact_id, values)
    return contact_id


def save_contact(session: Session, contact_id: int, draft: ContactDraft, values: Values | None = None,
                 now: datetime | None = None) -> None:
    """Write a validated draft and its custom field values over a contact (an edit, or its undo)."""
    repo.update_contact(session, contact_id, draft, now=now)
    if values:
        set_record_values(session, "contact", contact_id, values)


def create_company(session: Session, draft: CompanyDraft, values: Values | None = None) -> int:
    """Insert a validated company with its custom field values; its id."""
    company_id = repo.create_company(session, draft).id
    if values:
        set_record_values(session, "company", company_id, values)
    return company_id


def save_company(session: Session, company_id: int, draft: CompanyDraft, values: Values | None = None) -> None:
    """Write a validated draft and its custom field values over a company (an edit, or its undo)."""
    repo.update_company(session, company_id, draft)
    if values:
        set_record_values(session, "company", company_id, values)


def contact_duplicates(session: Session, draft: ContactDraft, exclude_id: int | None) -> list[tuple[int, str, str]]:
    """Live contacts this draft may duplicate (same email, or same full name): id, name and email of each."""
    found = repo.find_contact_duplicates(session, draft.email or None, exclude_id, draft.first_name, draft.last_name)
    return [(c.id, c.full_name, c.email or "") for c in found]


def company_duplicates(session: Session, draft: CompanyDraft, exclude_id: int | None) -> list[str]:
    """The legal names of the live companies this draft may duplicate (same SIRET or same name)."""
    return [c.legal_name for c in repo.find_company_duplicates(session, draft.siret or None, draft.legal_name,
                                                                exclude_id)]
