"""Numbers read from requests: ASCII digits only, bounded length, bounded value.

``str.isdigit()`` is true for ``"²"`` and ``"١"``, which ``int()`` then refuses or reads as another value,
and ``float()`` takes ``"1_0"``, ``"nan"``, ``"inf"`` and full-width digits. Every number the tracker reads
from a path, a query string, a form or a header goes through these two functions, which answer None for
anything that is not plain ASCII decimal notation within the given bounds (the caller then answers 4xx).
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"([0-9]+)(?:\.([0-9]+))?")


def parse_int(text: str, low: int, high: int) -> int | None:
    """Read a non-negative integer written in ASCII digits, within ``[low, high]``.

    Leading zeros are allowed (``"0100"`` is 100) but never make a long text acceptable: the digits after
    them may not be more than those of ``high``, so nothing huge is ever converted.

    Args:
        text: The text received.
        low: Smallest value accepted.
        high: Largest value accepted.

    Returns:
        The value, or None if the text is not ASCII digits or the value is out of range.
    """
    if _DIGITS.fullmatch(text) is None:
        return None
    significant = text.lstrip("0") or "0"
    if len(significant) > len(str(high)):
        return None
    value = int(significant)
    return value if low <= value <= high else None


def parse_decimal(text: str, low: float, high: float, max_fraction_digits: int = 6) -> float | None:
    """Read a non-negative decimal number (``"2"``, ``"0.5"``) written in ASCII, within ``[low, high]``.

    No sign, exponent, underscore, ``nan`` or ``inf``.

    Args:
        text: The text received.
        low: Smallest value accepted.
        high: Largest value accepted.
        max_fraction_digits: Most digits accepted after the point.

    Returns:
        The value, or None if the text is not such a number or is out of range.
    """
    found = _DECIMAL.fullmatch(text)
    if found is None:
        return None
    whole, fraction = found.group(1), found.group(2) or ""
    if len(fraction) > max_fraction_digits:
        return None
    whole_value = parse_int(whole, 0, max(0, int(high)))
    if whole_value is None:
        return None
    value = whole_value + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)
    return value if low <= value <= high else None
