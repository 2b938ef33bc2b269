"""Pure parts of the demo generator: identifiers, phone numbers, names, and the search text it stores."""

from __future__ import annotations

import random
from typing import Any

import phonenumbers
import pytest

from desktop.core.validation import check_email, check_iban, check_siret, check_vat_number
from desktop.db.contacts import company_search_text, contact_search_text
from desktop.db.models import Company, Contact
from desktop.services import demo_data as data
from desktop.services.demo import demo_company_search_text, demo_search_text


def test_vat_number_key_matches_the_published_example() -> None:
    assert data.vat_from_siren("303265045") == "FR40303265045"  # the example of desktop.core.validation
    assert data.vat_from_siren("732829320") == "FR44732829320"


def test_siret_and_iban_makers_give_valid_numbers() -> None:
    rng = random.Random(1)
    for _ in range(500):
        siren = data.siren_from_body(str(rng.randrange(30_000_000, 100_000_000)))
        siret = data.siret_from_siren(siren, f"{rng.randrange(1, 100):04d}")
        assert check_siret(siret) == siret and siret.startswith(siren)
        assert check_vat_number(data.vat_from_siren(siren))
    iban = data.french_iban("30004", "00823", "00010245987")
    assert iban.startswith("FR76") and len(iban) == 27 and check_iban(iban) == iban


@pytest.mark.parametrize("area", [1, 2, 3, 4, 5])
def test_generated_phones_are_valid_for_phonenumbers(area: int) -> None:
    rng = random.Random(area)
    for _ in range(300):
        for number, kind in ((data.fixed_phone(rng, area), phonenumbers.PhoneNumberType.FIXED_LINE),
                             (data.mobile_phone(rng), phonenumbers.PhoneNumberType.MOBILE)):
            parsed = phonenumbers.parse(number, "FR")
            assert phonenumbers.is_valid_number(parsed), number
            assert phonenumbers.number_type(parsed) == kind
    assert data.fixed_phone(rng, area)[3] == str(area)


def test_slug_makes_email_safe_words() -> None:
    assert data.slug("Le Bistrot de Zoé") == "le-bistrot-de-zoe"
    assert data.slug("Rénov'Saint-Étienne & Fils") == "renov-saint-etienne-fils"
    for first in data.FIRST_NAMES_F + data.FIRST_NAMES_M:
        for last in data.LAST_NAMES[:20]:
            email = f"{data.slug(first)}.{data.slug(last)}@exemple.fr"
            assert check_email(email) == email


def test_word_lists_are_clean() -> None:
    assert len(set(data.LAST_NAMES)) == len(data.LAST_NAMES) >= 150
    assert all(len(code) == 5 and code.isdigit() and 1 <= area <= 5 for _c, code, area in data.CITIES)
    assert {name for name, *_rest in data.TAGS} >= {"Salon Batimat 2026", "VIP", "Partenaire", "Relance téléphonique"}
    for label, weights, patterns in data.SECTORS.values():
        assert label and len(weights) == len(data.LEGAL_FORMS) and patterns


def _contact_row(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "first_name": "Éloïse", "last_name": "Dupont-Moreau", "email": "eloise.dupont-moreau@acme.fr",
        "email2": None, "phone": "+33478451230", "mobile": "+33612345678", "city": "Saint-Étienne",
        "job_title": "Responsable des achats",
    }
    row.update(overrides)
    return row


@pytest.mark.parametrize("overrides", [
    {}, {"email2": "e.dupont@orange.fr", "phone": None}, {"mobile": None, "job_title": None},
    {"first_name": "Jean", "last_name": "Jean", "city": "Jean"},
])
@pytest.mark.parametrize("company", ["Acmé Bâtiment", None])
def test_contact_search_text_is_the_repository_one(overrides: dict[str, Any], company: str | None) -> None:
    row = _contact_row(**overrides)
    assert demo_search_text(row, company) == contact_search_text(Contact(**row), company)


def test_company_search_text_is_the_repository_one() -> None:
    row = {"legal_name": "Le Bistrot de Zoé", "siret": "30326504500013", "city": "Nîmes", "postal_code": "30000",
           "phone": "+33466123456", "website": "https://www.le-bistrot-de-zoe.fr"}
    assert demo_company_search_text(row) == company_search_text(Company(**row))
