"""Quote number patterns: formatting, parsing back, version suffixes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.numbering import (
    DEFAULT_PATTERN,
    ParsedNumber,
    PatternError,
    format_number,
    parse_number,
    split_version,
    validate_pattern,
    with_version,
)


def test_default_pattern() -> None:
    assert format_number(DEFAULT_PATTERN, date(2026, 3, 1), 42) == "D-2026-0042"
    assert format_number(DEFAULT_PATTERN, date(2026, 3, 1), 12345) == "D-2026-12345"


def test_other_tokens() -> None:
    assert format_number("DEV{YY}{MM}-{NN}", date(2027, 1, 9), 7) == "DEV2701-07"


@pytest.mark.parametrize("pattern", ["D-{YYYY}", "D-{NN}-{NNN}", "D-{XX}-{NN}", "D-{NN", "D-}{NN}"])
def test_bad_patterns(pattern: str) -> None:
    with pytest.raises(PatternError):
        validate_pattern(pattern)


@given(
    pattern=st.sampled_from([DEFAULT_PATTERN, "DEV{YY}{MM}-{NN}", "{NNNNN}/{YYYY}", "Q.{YYYY}.{MM}.{N}"]),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    sequence=st.integers(min_value=1, max_value=10**7),
    version=st.integers(min_value=1, max_value=99),
)
def test_format_then_parse_round_trips(pattern: str, day: date, sequence: int, version: int) -> None:
    number = with_version(format_number(pattern, day, sequence), version)
    parsed = parse_number(pattern, number)
    assert parsed.sequence == sequence
    assert parsed.version == version
    assert parsed.year == (day.year if "Y" in pattern else None)
    assert parsed.month == (day.month if "{MM}" in pattern else None)


def test_parse_refuses_other_numbers() -> None:
    with pytest.raises(ValueError):
        parse_number(DEFAULT_PATTERN, "F-2026-0042")
    assert parse_number(DEFAULT_PATTERN, "D-2026-0042-v2") == ParsedNumber(2026, None, 42, 2)


def test_versions() -> None:
    assert with_version("D-2026-0042", 1) == "D-2026-0042"
    assert with_version("D-2026-0042", 2) == "D-2026-0042-v2"
    assert with_version("D-2026-0042-v2", 3) == "D-2026-0042-v3"
    assert split_version("D-2026-0042-v12") == ("D-2026-0042", 12)
    with pytest.raises(ValueError):
        with_version("D-2026-0042", 0)


def test_an_invoice_pattern_needs_the_year() -> None:
    from desktop.core.numbering import validate_invoice_pattern

    for good in ("F-{YYYY}-{NNNN}", "FA{YY}{MM}-{NNN}"):
        validate_invoice_pattern(good)
    for bad in ("F-{NNNN}", "F-{MM}-{NNNN}", "F-{YYYY}"):
        with pytest.raises(PatternError):
            validate_invoice_pattern(bad)
