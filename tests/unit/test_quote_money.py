"""Decimal conversion, VAT rates and the validation helpers with their message catalogue."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.money import (
    MESSAGES,
    MoneyTypeError,
    Problem,
    VatRate,
    describe_problem,
    round_cents,
    to_decimal,
    validate_amount,
    validate_percent,
    validate_quantity,
    validate_vat_rate,
)


def test_to_decimal_refuses_floats_and_bools() -> None:
    for bad in (0.1, True, None, [1]):
        with pytest.raises(MoneyTypeError):
            to_decimal(bad)  # type: ignore[arg-type]


def test_to_decimal_reads_french_input() -> None:
    assert to_decimal("1\u202f234,56") == Decimal("1234.56")
    with pytest.raises(ValueError):
        to_decimal("douze")
    with pytest.raises(ValueError):
        to_decimal("NaN")


def test_round_cents_half_up_both_signs() -> None:
    assert round_cents(Decimal("1.005")) == Decimal("1.01")
    assert round_cents(Decimal("-1.005")) == Decimal("-1.01")
    assert round_cents(Decimal("1.0049")) == Decimal("1.00")


@pytest.mark.parametrize(("text", "rate"), [("20", VatRate.STANDARD), ("5,5", VatRate.REDUCED),
                                              (Decimal("2.1"), VatRate.SUPER_REDUCED), (0, VatRate.ZERO),
                                              ("exonéré", VatRate.EXEMPT)])
def test_vat_rate_parse(text: object, rate: VatRate) -> None:
    assert VatRate.parse(text) is rate  # type: ignore[arg-type]


def test_vat_rate_rejects_other_rates() -> None:
    assert validate_vat_rate("19,6") == Problem("vat_rate_unknown", {"value": "19,6"})
    assert validate_vat_rate(20.0) == Problem("float_refused")
    assert validate_vat_rate("10") is None


@pytest.mark.parametrize(("value", "key"), [("0", "quantity_not_positive"), ("-1", "quantity_not_positive"),
                                             ("1.2345", "quantity_too_precise"), ("abc", "not_a_number"),
                                             ("10000000", "quantity_too_large"), (2.0, "float_refused")])
def test_quantity_problems(value: object, key: str) -> None:
    problem = validate_quantity(value)
    assert problem is not None and problem.key == key


@pytest.mark.parametrize(("value", "key"), [("-0.01", "amount_negative"), ("1.001", "amount_too_precise"),
                                             ("1000000000", "amount_too_large")])
def test_amount_problems(value: str, key: str) -> None:
    problem = validate_amount(value)
    assert problem is not None and problem.key == key


def test_valid_values_have_no_problem() -> None:
    assert validate_quantity("2,5") is None
    assert validate_amount("1 234,50") is None
    assert validate_percent("12.5") is None
    assert validate_percent("100.01") == Problem("percent_out_of_range")


def test_every_message_exists_in_both_languages_and_formats() -> None:
    assert set(MESSAGES["fr"]) == set(MESSAGES["en"])
    params = {"value": "x", "max": "9", "one": "1500", "other": "1,500"}
    for key in MESSAGES["fr"]:
        fr = describe_problem(Problem(key, params), "fr")
        en = describe_problem(Problem(key, params), "en")
        assert fr and en and fr != en and "{" not in fr + en
