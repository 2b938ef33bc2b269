"""Drafts of contacts and companies: validation keys that the interface translates."""

from __future__ import annotations

from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact


def test_contact_problems_carry_keys_and_plain_messages() -> None:
    _clean, errors = validate_contact(ContactDraft(email="x@", phone="12", status="lead", civility="Dr"))
    assert {name: getattr(p, "key", None) for name, p in errors.items()} == {
        "last_name": "name_required", "email": "email", "phone": "phone", "status": "status", "civility": "civility"}
    assert "valid email" in errors["email"]


def test_company_problems_with_values() -> None:
    _clean, errors = validate_company(CompanyDraft(legal_name="x" * 201, siret="123"))
    assert errors["legal_name"].key == "too_long" and errors["legal_name"].params == {"length": 201, "limit": 200}
    assert errors["siret"].key == "siret_length" and errors["siret"].params == {"length": 3}


def test_valid_drafts_are_normalised() -> None:
    clean, errors = validate_contact(ContactDraft(first_name=" Ana ", email="A@EX.FR", mobile="06 12 34 56 78",
                                                  tags=("VIP", "VIP", " Salon ")))
    assert errors == {}
    assert (clean.first_name, clean.email, clean.mobile, clean.tags) == ("Ana", "A@ex.fr", "+33612345678",
                                                                        ("VIP", "Salon"))
