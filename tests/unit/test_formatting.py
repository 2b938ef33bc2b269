"""Amounts and dates in French and English (Babel)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.formatting import (
    NARROW_NBSP,
    NBSP,
    format_date,
    format_money,
    format_money_whole,
    format_number,
    format_percent,
    format_vat_rate,
)
from desktop.core.money import MoneyTypeError, VatRate


def test_french_money_uses_no_break_spaces() -> None:
    assert format_money(Decimal("1234.56")) == f"1{NARROW_NBSP}234,56{NBSP}€"
    assert format_money(Decimal("1234.56"), plain_spaces=True) == "1 234,56 €"
    assert format_money(Decimal("0.5")) == f"0,50{NBSP}€"
    assert format_money(Decimal("-307.58")) == f"\u2212307,58{NBSP}€"  # the minus sign, not a hyphen
    assert format_money(Decimal("-307.58"), plain_spaces=True) == "-307,58 €"


@pytest.mark.parametrize(("amount", "fr", "en"), [
    ("1000500", f"1{NARROW_NBSP}000{NARROW_NBSP}500{NBSP}€", "€1,000,500"),
    ("49005", f"49{NARROW_NBSP}005{NBSP}€", "€49,005"),
    ("414002", f"414{NARROW_NBSP}002{NBSP}€", "€414,002"),
    ("100", f"100{NBSP}€", "€100"),
    ("0", f"0{NBSP}€", "€0"),
    ("999.50", f"1{NARROW_NBSP}000{NBSP}€", "€1,000"),
    ("2.49", f"2{NBSP}€", "€2"),
    ("-369.30", f"\u2212369{NBSP}€", "\u2212€369"),
])
def test_whole_amounts_keep_every_digit(amount: str, fr: str, en: str) -> None:
    # round amounts are where text surgery (stripping ",00") used to eat zeros: 1 000 500 € became 10 500
    assert format_money_whole(Decimal(amount)) == fr
    assert format_money_whole(Decimal(amount), "en") == en


def test_english_money() -> None:
    assert format_money(Decimal("1234.56"), "en") == "€1,234.56"


def test_money_refuses_floats() -> None:
    with pytest.raises(MoneyTypeError):
        format_money(1234.56)  # type: ignore[arg-type]


def test_dates() -> None:
    assert format_date(date(2026, 11, 27)) == "27/11/2026"
    assert format_date(date(2026, 11, 27), "en") == "27 Nov 2026"


def test_numbers_percent_and_rates() -> None:
    assert format_number(Decimal("2.500")) == "2,5"
    assert format_number(Decimal("1234.5"), "en") == "1,234.5"
    assert format_percent(Decimal("5.5")) == f"5,5{NBSP}%"
    assert format_percent(Decimal("5.5"), "en") == "5.5%"
    assert format_vat_rate(VatRate.EXEMPT) == "Exonéré"
    assert format_vat_rate(VatRate.SUPER_REDUCED, "en") == "2.1%"
