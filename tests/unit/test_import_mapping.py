"""Guessing which field each column holds, from French and English headers."""

from __future__ import annotations

import pytest

from desktop.services.exporter import COMPANY_COLUMNS, CONTACT_COLUMNS
from desktop.services.importer import Kind, MappingError, check_mapping, guess_mapping, header_key


def test_header_key_folds_accents_case_and_punctuation() -> None:
    assert header_key("  N° de TVA ") == "ndetva"
    assert header_key("E-mail") == "email"
    assert header_key("Téléphone portable") == "telephoneportable"


def test_french_contact_headers() -> None:
    header = ["Civilité", "Prénom", "NOM", "Raison sociale", "Courriel", "Tél.", "Portable", "Adresse",
              "Code postal", "Ville", "Poste", "Statut", "Étiquettes", "Commentaire", "Colonne inconnue"]
    assert guess_mapping(header, Kind.CONTACTS) == (
        "civility", "first_name", "last_name", "company_name", "email", "phone", "mobile", "address",
        "postal_code", "city", "job_title", "status", "tags", "notes", "")


def test_english_contact_headers() -> None:
    header = ["First name", "Last name", "Company", "E-mail Address", "Business Phone", "Mobile Phone",
              "ZIP code", "City", "Job Title", "Tags"]
    assert guess_mapping(header, Kind.CONTACTS) == (
        "first_name", "last_name", "company_name", "email", "phone", "mobile", "postal_code", "city",
        "job_title", "tags")


def test_contained_aliases_and_each_field_once() -> None:
    header = ["Nom", "Nom", "Téléphone portable pro", "Email professionnel", "Entreprise"]
    assert guess_mapping(header, Kind.CONTACTS) == ("last_name", "", "mobile", "email", "company_name")


def test_company_headers() -> None:
    header = ["Raison sociale", "Forme juridique", "N° SIRET", "TVA intracommunautaire", "Site internet",
              "Téléphone", "CP", "Ville", "Adresse"]
    assert guess_mapping(header, Kind.COMPANIES) == (
        "legal_name", "legal_form", "siret", "vat_number", "website", "phone", "postal_code", "city", "address")


@pytest.mark.parametrize(("kind", "columns"), [(Kind.CONTACTS, CONTACT_COLUMNS), (Kind.COMPANIES, COMPANY_COLUMNS)])
def test_exported_titles_map_back_to_their_fields(kind: Kind, columns: dict[str, str]) -> None:
    assert guess_mapping(list(columns.values()), kind) == tuple(columns)


@pytest.mark.parametrize(("mapping", "kind", "code"), [
    (("email", "city"), Kind.CONTACTS, "no_name"),
    (("last_name", "last_name"), Kind.CONTACTS, "twice"),
    (("last_name", "siret"), Kind.CONTACTS, "unknown"),
    (("siret", "city"), Kind.COMPANIES, "no_legal_name"),
])
def test_unusable_mappings_are_refused(mapping: tuple[str, ...], kind: Kind, code: str) -> None:
    with pytest.raises(MappingError) as info:
        check_mapping(mapping, kind)
    assert info.value.code == code


def test_usable_mappings_pass() -> None:
    check_mapping(("", "first_name", ""), Kind.CONTACTS)
    check_mapping(("legal_name",), Kind.COMPANIES)
