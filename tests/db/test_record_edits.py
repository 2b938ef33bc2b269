"""The contact and company dialogs' database work on both backends: what a dialog starts from, a record saved
with its custom values as one action (and its undo), the duplicates a draft may be."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.custom_fields import Definition
from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact
from desktop.db import custom_fields as cf
from desktop.services import record_edits as edits

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _contact(**fields: object) -> ContactDraft:
    draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    return draft


def _company(**fields: object) -> CompanyDraft:
    draft, errors = validate_company(CompanyDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    return draft


def test_a_contact_is_created_edited_and_restored_with_its_custom_values(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        budget = cf.create_field(s, "contact", Definition("Budget", "number"))
        draft, (fields, values) = edits.contact_form(s, None)
        assert draft == ContactDraft() and [f.label for f in fields] == ["Budget"] and values == {}
        before = _contact(first_name="Léa", last_name="Roux", company_name="Atelier Nord", tags=("VIP",))
        lea = edits.create_contact(s, before, {budget.id: Decimal("1200")}, NOW)
    with sessions.begin() as s:
        stored, (_fields, values) = edits.contact_form(s, lea)
        assert stored == before and values == {budget.id: Decimal("1200")}
        after = _contact(first_name="Léa", last_name="Roux", city="Arles", company_name="Atelier Nord")
        edits.save_contact(s, lea, after, {budget.id: None}, NOW)
    with sessions.begin() as s:
        assert edits.contact_form(s, lea) == (after, (_fields, {}))
        edits.save_contact(s, lea, before, {budget.id: Decimal("1200")}, NOW)  # what undo does
    with sessions() as s:
        assert edits.contact_form(s, lea)[0] == before
        assert cf.record_values(s, "contact", lea) == {budget.id: Decimal("1200")}
        with pytest.raises(LookupError):
            edits.contact_form(s, lea + 1000)


def test_a_company_is_created_and_edited_with_its_custom_values(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        sector = cf.create_field(s, "company", Definition("Secteur", "text"))
        acme = edits.create_company(s, _company(legal_name="Acme", siret="73282932000074"), {sector.id: "BTP"})
        edits.save_company(s, acme, _company(legal_name="Acme Bâtiment", siret="73282932000074", city="Lyon"))
    with sessions() as s:
        draft, (_fields, values) = edits.company_form(s, acme)
        assert (draft.legal_name, draft.city, values) == ("Acme Bâtiment", "Lyon", {sector.id: "BTP"})
        assert edits.company_form(s, None)[0] == CompanyDraft()


def test_duplicates_are_found_by_email_name_or_siret_never_the_record_itself(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        anne = edits.create_contact(s, _contact(first_name="Anne", last_name="Martin", email="anne@x.fr"))
        acme = edits.create_company(s, _company(legal_name="Acme", siret="73282932000074"))
    with sessions() as s:
        assert edits.contact_duplicates(s, _contact(last_name="Autre", email="ANNE@x.fr"), None) == [
            (anne, "Anne Martin", "anne@x.fr")]
        assert edits.contact_duplicates(s, _contact(first_name="Anne", last_name="Martin"), None)[0][0] == anne
        assert edits.contact_duplicates(s, _contact(first_name="Anne", last_name="Martin", email="anne@x.fr"),
                                        anne) == []
        assert edits.company_duplicates(s, _company(legal_name="Autre", siret="73282932000074"), None) == ["Acme"]
        assert edits.company_duplicates(s, _company(legal_name="Acme"), acme) == []
