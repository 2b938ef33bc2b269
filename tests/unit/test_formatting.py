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
    format_number,
    format_percent,
    format_vat_rate,
)
from desktop.core.money import MoneyTypeError, VatRate


def test_french_money_uses_no_break_spaces() -> None:
    assert format_money(Decimal("1234.56")) == f"1{NARROW_NBSP}234,56{NBSP}€"
    assert format_money(Decimal("1234.56"), plain_spaces=True) == "1 234,56 €"
    assert format_money(Decimal("0.5")) == f"0,50{NBSP}€"
    assert format_money(Decimal("-307.58")).startswith("-307,58")


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
