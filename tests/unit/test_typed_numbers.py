"""Numbers as people type them, in French and English: never a price multiplied by 100."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.formatting import format_money, format_number
from desktop.core.money import Problem, describe_problem, parse_typed_number
from desktop.gui.quotes.texts import edit_text


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("189,90", "en", "189.90"),  # a comma followed by two digits is no thousands separator
    ("1,5", "en", "1.5"),
    ("189.90", "en", "189.90"),
    ("1,500", "en", "1500"),
    ("1,234.56", "en", "1234.56"),
    ("1,234,567.5", "en", "1234567.5"),
    ("€1,234.50", "en", "1234.50"),
    ("189,90", "fr", "189.90"),
    ("1,500", "fr", "1.500"),
    ("1 234,56", "fr", "1234.56"),
    ("1\u202f234,56\xa0€", "fr", "1234.56"),
    ("1.234,56", "fr", "1234.56"),
    ("1.5", "fr", "1.5"),
    ("12 %", "fr", "12"),
    ("-369,30 €", "fr", "-369.30"),
    ("\u2212369,30 €", "fr", "-369.30"),
])
def test_typed_numbers_are_read_as_meant(text: str, lang: str, value: str) -> None:
    assert parse_typed_number(text, lang) == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "1,2,3", ".5", "5.", "1,234.5,6", "1.23,45", "", "12,34,567", "1e5", "٣"])
def test_what_is_no_number_says_so(text: str) -> None:
    for lang in ("fr", "en"):
        problem = parse_typed_number(text, lang)
        assert isinstance(problem, Problem) and problem.key == "not_a_number", (text, lang, problem)


def test_a_dot_with_three_digits_in_french_is_refused_in_words() -> None:
    problem = parse_typed_number("1.500", "fr")
    assert isinstance(problem, Problem) and problem.key == "ambiguous_number"
    assert describe_problem(problem, "fr") == "« 1.500 » est ambigu : écrivez 1500 ou 1,500."


amounts = st.decimals(min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from(["fr", "en"]))
def test_what_is_shown_reads_back_as_itself(amount: Decimal, lang: str) -> None:
    assert parse_typed_number(format_money(amount, lang), lang) == amount
    assert parse_typed_number(format_number(amount, lang, max_decimals=2), lang) == amount
    assert parse_typed_number(edit_text(amount, lang, 2), lang) == amount
