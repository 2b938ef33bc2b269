"""Amounts, percentages, quantities and dates as a French or English reader expects them (Babel).

French: ``1 234,56 €`` (a narrow no-break space U+202F between thousands, a no-break space U+00A0
before the sign, as Babel's CLDR data says) and ``27/11/2026``. English: ``€1,234.56`` and
``27 Nov 2026`` (British order, with the month spelled out so that no reader mistakes the day for the
month). Both spaces are no-break, so an amount never wraps across two lines; ``plain_spaces=True``
replaces them with ordinary spaces where a consumer cannot show them (a plain-text export).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from desktop.core.money import MoneyTypeError, VatRate

LOCALES: dict[str, str] = {"fr": "fr_FR", "en": "en_GB"}
_DATE_FORMATS: dict[str, str] = {"fr": "dd/MM/y", "en": "d MMM y"}
NARROW_NBSP = "\u202f"
NBSP = "\xa0"
MINUS = "\u2212"  # the minus sign of typography, not the hyphen


def locale_for(lang: str) -> str:
    """Return the Babel locale of a language code (``"fr"`` -> ``"fr_FR"``); French for unknown codes."""
    return LOCALES.get(lang, LOCALES["fr"])


def _plain(text: str, plain_spaces: bool) -> str:
    """No-break spaces and the minus sign as plain ASCII-ish text when asked, else the typographic ones."""
    if plain_spaces:
        return text.replace(NARROW_NBSP, " ").replace(NBSP, " ").replace(MINUS, "-")
    return MINUS + text[1:] if text.startswith("-") else text  # Babel writes the sign first, as a hyphen


def _require_decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal):
        raise MoneyTypeError(f"expected Decimal, got {type(value).__name__}")
    return value


def format_money(
    amount: Decimal, lang: str = "fr", *, currency: str = "EUR", plain_spaces: bool = False
) -> str:
    """Format an amount with its currency: ``1 234,56 €`` (fr) or ``€1,234.56`` (en).

    Args:
        amount: the amount; always printed with two decimals.
        lang: ``"fr"`` or ``"en"``.
        currency: ISO 4217 code.
        plain_spaces: use ordinary spaces instead of the no-break ones.

    Raises:
        MoneyTypeError: for anything but a ``Decimal``.
    """
    value = _require_decimal(amount)
    text = format_currency(value, currency, locale=locale_for(lang), decimal_quantization=True)
    return _plain(text, plain_spaces)


def format_money_whole(
    amount: Decimal, lang: str = "fr", *, currency: str = "EUR", plain_spaces: bool = False
) -> str:
    """Format an amount rounded to the unit, for figures read at a glance: ``1 000 501 €``, ``€49,005``.

    The amount is rounded half up, then written with the locale's own currency pattern without its
    decimals (never by editing the formatted text).

    Raises:
        MoneyTypeError: for anything but a ``Decimal``.
    """
    from decimal import ROUND_HALF_UP

    from babel import Locale

    value = _require_decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    locale = Locale.parse(locale_for(lang))
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    whole = re.sub(r"\.0+", "", pattern)
    text = format_currency(value, currency, format=whole, locale=locale, currency_digits=False)
    return _plain(text, plain_spaces)


def format_number(
    value: Decimal, lang: str = "fr", *, max_decimals: int = 3, plain_spaces: bool = False
) -> str:
    """Format a quantity: ``1 234,5`` (fr), ``1,234.5`` (en); no trailing zeros, at most ``max_decimals``."""
    number = _require_decimal(value)
    pattern = "#,##0." + "#" * max_decimals if max_decimals else "#,##0"
    text = format_decimal(number, format=pattern, locale=locale_for(lang), decimal_quantization=True)
    return _plain(text, plain_spaces)


def format_percent(value: Decimal, lang: str = "fr") -> str:
    """Format a percentage given in percent: ``5,5 %`` (fr), ``5.5%`` (en)."""
    number = format_number(_require_decimal(value), lang, max_decimals=2)
    return f"{number}{NBSP}%" if lang != "en" else f"{number}%"


def format_vat_rate(rate: VatRate, lang: str = "fr") -> str:
    """Format a VAT rate: ``20 %``, ``5,5 %``; exempt prints ``Exonéré`` / ``Exempt``."""
    if rate is VatRate.EXEMPT:
        return "Exempt" if lang == "en" else "Exonéré"
    return format_percent(rate.percent, lang)


def format_date(value: date, lang: str = "fr") -> str:
    """Format a date: ``27/11/2026`` (fr), ``27 Nov 2026`` (en)."""
    if not isinstance(value, date):
        raise TypeError(f"expected date, got {type(value).__name__}")
    return babel_format_date(value, _DATE_FORMATS.get(lang, _DATE_FORMATS["fr"]), locale=locale_for(lang))
