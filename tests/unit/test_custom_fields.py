"""Custom fields in the core: definitions, names, and typed values read from what people type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.custom_fields import (
    Definition,
    FieldDef,
    check_value,
    edit_text,
    name_from_label,
    parse_value,
    read_values,
    validate_definition,
)
from desktop.core.validation import InvalidValue

SECTEUR = FieldDef(1, "company", "secteur", "Secteur", "choice", ("Bâtiment", "Hôtellerie", "Santé"))


@pytest.mark.parametrize("typed, value", [
    ("1234,5", Decimal("1234.5")), ("1 234,50", Decimal("1234.50")), ("1\u202f234,5", Decimal("1234.5")),
    ("1234.5", Decimal("1234.5")), ("-3", Decimal("-3")), (",5", Decimal("0.5")), ("  42  ", Decimal("42")),
    ("999 999 999,999999", Decimal("999999999.999999")),
])
def test_numbers_take_a_french_decimal_comma(typed: str, value: Decimal) -> None:
    assert parse_value("number", typed) == value


@pytest.mark.parametrize("typed, key", [
    ("abc", "cf_number"), ("1,2,3", "cf_number"), ("1.234,5", "cf_number"), ("1e5", "cf_number"),
    ("12 €", "cf_number"), ("1,1234567", "cf_number_decimals"), ("1000000000", "cf_number_big"),
    ("NaN", "cf_number"), ("Infinity", "cf_number"),
])
def test_bad_numbers_are_refused_with_a_reason(typed: str, key: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_value("number", typed)
    assert caught.value.key == key and str(caught.value.message)


@pytest.mark.parametrize("typed, value", [
    ("27/11/2026", date(2026, 11, 27)), ("1/2/2026", date(2026, 2, 1)), ("27.11.2026", date(2026, 11, 27)),
    ("2026-11-27", date(2026, 11, 27)), ("29/02/2028", date(2028, 2, 29)),
])
def test_dates_are_french_or_iso(typed: str, value: date) -> None:
    assert parse_value("date", typed) == value


@pytest.mark.parametrize("typed, key", [
    ("31/02/2026", "cf_date_invalid"), ("11/27/26", "cf_date"), ("demain", "cf_date"),
    ("2026-13-01", "cf_date_invalid"), ("01/01/0001", "cf_date_invalid"),
])
def test_bad_dates_are_refused(typed: str, key: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_value("date", typed)
    assert caught.value.key == key


def test_a_choice_is_one_of_the_list_as_defined() -> None:
    assert parse_value("choice", "batiment", SECTEUR.choices) == "Bâtiment"
    assert parse_value("choice", " SANTÉ ", SECTEUR.choices) == "Santé"
    with pytest.raises(InvalidValue) as caught:
        parse_value("choice", "Commerce", SECTEUR.choices)
    assert caught.value.key == "cf_choice" and "Bâtiment" in str(caught.value.message)


def test_empty_text_is_no_value_and_text_is_cleaned() -> None:
    for kind in ("text", "number", "date", "choice"):
        assert parse_value(kind, "   ", ("a",)) is None
    assert parse_value("text", "  Stand B42 ") == "Stand B42"
    with pytest.raises(InvalidValue):
        parse_value("text", "a\x00b")


@given(st.decimals(min_value=Decimal("-999999999.999999"), max_value=Decimal("999999999.999999"),
                   places=6, allow_nan=False, allow_infinity=False))
def test_a_number_written_back_reads_the_same(number: Decimal) -> None:
    assert parse_value("number", edit_text("number", number)) == number


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_a_date_written_back_reads_the_same(day: date) -> None:
    assert edit_text("date", day) == day.strftime("%d/%m/%Y")
    assert parse_value("date", edit_text("date", day)) == day
    assert parse_value("date", day.isoformat()) == day


@given(st.text(max_size=30))
def test_parsing_any_text_either_gives_a_value_or_a_problem(text: str) -> None:
    for kind in ("text", "number", "date", "choice"):
        try:
            parse_value(kind, text, SECTEUR.choices)
        except InvalidValue as exc:
            assert exc.message.key.startswith(("cf_", "control_chars", "too_long"))


def test_names_are_stable_identifiers_from_the_label() -> None:
    assert name_from_label("Date du dernier salon") == "date_du_dernier_salon"
    assert name_from_label("Nombre de salariés (2025)") == "nombre_de_salaries_2025"
    assert name_from_label("Secteur", ["secteur"]) == "secteur_2"
    assert name_from_label("Secteur", ["secteur", "secteur_2"]) == "secteur_3"
    assert name_from_label("2e interlocuteur") == "champ_2e_interlocuteur"
    assert name_from_label("¿?") == "champ"
    assert len(name_from_label("x" * 500)) <= 60


def test_definitions_are_checked() -> None:
    clean, errors = validate_definition(Definition("  Secteur ", "choice", ("Bâtiment", " ", "Santé ")))
    assert errors == {} and clean == Definition("Secteur", "choice", ("Bâtiment", "Santé"))
    _clean, errors = validate_definition(Definition("", "text"))
    assert errors["label"].key == "cf_label_required"
    _clean, errors = validate_definition(Definition("Source", "choice", ()))
    assert errors["choices"].key == "cf_choices_required"
    _clean, errors = validate_definition(Definition("Source", "choice", ("Salon", "salon")))
    assert errors["choices"].key == "cf_choice_duplicate"
    _clean, errors = validate_definition(Definition("secteur", "text"), [SECTEUR])
    assert errors["label"].key == "cf_label_taken" and "Secteur" in errors["label"]
    _clean, errors = validate_definition(Definition("Âge", "boolean"))
    assert errors["kind"].key == "cf_kind"
    clean, errors = validate_definition(Definition("Notes", "text", ("ignored",)))
    assert errors == {} and clean.choices == ()


def test_read_values_reports_each_bad_field() -> None:
    fields = [SECTEUR, FieldDef(2, "company", "salaries", "Salariés", "number"),
              FieldDef(3, "company", "salon", "Salon", "date")]
    values, errors = read_values(fields, {1: "santé", 2: "douze", 3: ""})
    assert values == {1: "Santé", 3: None} and set(errors) == {2}


def test_check_value_refuses_a_value_of_another_type() -> None:
    number = FieldDef(2, "contact", "n", "N", "number")
    assert check_value(number, Decimal("2.5")) == Decimal("2.5")
    assert check_value(number, None) is None
    with pytest.raises(InvalidValue):
        check_value(number, "2,5")
    with pytest.raises(InvalidValue):
        check_value(SECTEUR, "Commerce")
