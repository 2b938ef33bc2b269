"""Validation of typed values, and the fast French phone display against phonenumbers itself."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.validation import (
    InvalidValue,
    check_bic,
    check_email,
    check_iban,
    check_phone,
    check_siret,
    check_vat_number,
    clean_text,
    format_phone,
)


@given(st.sampled_from("1234567890"), st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_fast_french_display_equals_phonenumbers(first: str, rest: str) -> None:
    e164 = f"+33{first}{rest}"  # 08 numbers (special rates) take the slow path: "0 800 00 00 00"
    number = phonenumbers.parse(e164, "FR")
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert format_phone(e164) == expected


def test_foreign_numbers_are_shown_internationally() -> None:
    assert format_phone("+4930123456") == "+49 30 123456"
    assert format_phone("") == "" and format_phone(None) == ""


@pytest.mark.parametrize("typed, stored", [("06 12 34 56 78", "+33612345678"), ("+33 1 45 45 45 45", "+33145454545"),
                                           ("0033612345678", "+33612345678")])
def test_phones_are_stored_in_e164(typed: str, stored: str) -> None:
    assert check_phone(typed) == stored


@pytest.mark.parametrize("bad", ["12", "06 12", "abc", "0612345678" * 5, "06\x0012345678"])
def test_bad_phones_are_refused(bad: str) -> None:
    with pytest.raises(InvalidValue):
        check_phone(bad)


@pytest.mark.parametrize("bad", ["", "a@", "@b.fr", "a b@c.fr", "a@b", "x" * 65 + "@b.fr", "a@b.fr\r\nBcc: x@y.fr",
                                 "a\udc80@b.fr"])
def test_bad_emails_are_refused(bad: str) -> None:
    with pytest.raises(InvalidValue):
        check_email(bad)


def test_identifiers() -> None:
    assert check_siret("732 829 320 00074") == "73282932000074"
    assert check_vat_number("fr 40 303 265 045") == "FR40303265045"
    assert check_iban("FR76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189"
    assert check_bic("BNPAFRPP") == "BNPAFRPP"
    for check, bad in [(check_siret, "73282932000075"), (check_siret, "123"), (check_vat_number, "FR00303265045"),
                       (check_iban, "FR7630006000011234567890188"), (check_bic, "BNP")]:
        with pytest.raises(InvalidValue):
            check(bad)


def test_clean_text_refuses_nul_controls_and_lone_surrogates() -> None:
    assert clean_text("  Dupont \n") == "Dupont"
    for bad in ["a\x00b", "a\x1bb", "a\ud800b"]:
        with pytest.raises(InvalidValue):
            clean_text(bad)
    with pytest.raises(InvalidValue, match="too long"):
        clean_text("x" * 301)


def _read_by_phonenumbers(value: str) -> str | None:
    """The oracle: what ``phonenumbers`` alone makes of a typed number in France (None: refused)."""
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_SEPARATOR = st.sampled_from(["", "", " ", ".", "-", "  ", "/"])


@st.composite
def _french_typed(draw: st.DrawFn) -> str:
    digits = draw(st.text("0123456789", min_size=8, max_size=11))
    first = draw(st.sampled_from("0123456789"))
    parts = [draw(st.sampled_from(["0", "+33", "+33 ", "0033", "+330", ""])), first]
    for d in digits:
        parts += [draw(_SEPARATOR), d]
    return draw(st.sampled_from(["", " "])) + "".join(parts) + draw(st.sampled_from(["", " "]))


@settings(max_examples=400, deadline=None)
@given(_french_typed())
def test_a_french_number_is_read_as_phonenumbers_reads_it(typed: str) -> None:
    expected = _read_by_phonenumbers(typed)
    if expected is None:
        with pytest.raises(InvalidValue):
            check_phone(typed)
    else:
        assert check_phone(typed) == expected
