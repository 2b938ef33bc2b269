"""Quote numbers: formatting and parsing of the configurable pattern, and version suffixes.

A pattern is literal text with tokens in braces:

- ``{YYYY}`` the four-digit year, ``{YY}`` its last two digits, ``{MM}`` the two-digit month;
- ``{NNNN}`` the sequence number, zero-padded to as many digits as there are ``N`` (one at least;
  a number longer than the padding is printed whole).

The default is ``D-{YYYY}-{NNNN}`` -> ``D-2026-0042``. Versions after the first get a ``-v<n>`` suffix:
``D-2026-0042-v2``. Allocating the next sequence number (per year, without gaps) is the database's job;
these functions are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DEFAULT_PATTERN = "D-{YYYY}-{NNNN}"
_TOKEN = re.compile(r"\{([A-Z]+)\}")
_VERSION = re.compile(r"^(?P<base>.+)-v(?P<version>[1-9][0-9]*)$")


class PatternError(ValueError):
    """The numbering pattern is not usable (unknown tag, no sequence, sequence twice)."""


@dataclass(frozen=True)
class ParsedNumber:
    """What a quote number says: its year (if the pattern has one), sequence and version."""

    year: int | None
    month: int | None
    sequence: int
    version: int = 1


def validate_pattern(pattern: str) -> None:
    """Raise :class:`PatternError` unless ``pattern`` has exactly one sequence tag and known tokens.

    Args:
        pattern: e.g. ``"D-{YYYY}-{NNNN}"``.
    """
    tokens = _TOKEN.findall(pattern)
    unknown = [t for t in tokens if t not in {"YYYY", "YY", "MM"} and set(t) != {"N"}]
    if unknown:
        raise PatternError(f"unknown tag {{{unknown[0]}}} in {pattern!r}")
    sequences = [t for t in tokens if set(t) == {"N"}]
    if len(sequences) != 1:
        raise PatternError(f"the pattern {pattern!r} needs exactly one {{NNNN}} sequence tag")
    if re.sub(_TOKEN, "", pattern).count("{") or re.sub(_TOKEN, "", pattern).count("}"):
        raise PatternError(f"unbalanced braces in {pattern!r}")


def validate_invoice_pattern(pattern: str) -> None:
    """As :func:`validate_pattern`, and the year in it: invoice numbers restart every year and must stay unique.

    Raises:
        PatternError: the pattern is refused.
    """
    validate_pattern(pattern)
    if not {"YYYY", "YY"} & set(_TOKEN.findall(pattern)):
        raise PatternError(f"the invoice pattern {pattern!r} needs the year ({{YYYY}} or {{YY}})")


def format_number(pattern: str, issued: date, sequence: int) -> str:
    """Format a quote number.

    Args:
        pattern: the numbering pattern (see the module docstring).
        issued: the date that gives the year and month.
        sequence: the sequence number, 1 or more.

    Returns:
        The number, e.g. ``"D-2026-0042"``.

    Raises:
        PatternError: for an unusable pattern.
        ValueError: for a sequence below 1.
    """
    validate_pattern(pattern)
    if sequence < 1:
        raise ValueError(f"sequence numbers start at 1, got {sequence}")

    def replace(match: re.Match[str]) -> str:
        tag = match.group(1)
        if tag == "YYYY":
            return f"{issued.year:04d}"
        if tag == "YY":
            return f"{issued.year % 100:02d}"
        if tag == "MM":
            return f"{issued.month:02d}"
        return str(sequence).zfill(len(tag))

    return _TOKEN.sub(replace, pattern)


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for match in _TOKEN.finditer(pattern):
        parts.append(re.escape(pattern[position:match.start()]))
        tag = match.group(1)
        if tag == "YYYY":
            parts.append(r"(?P<year>[0-9]{4})")
        elif tag == "YY":
            parts.append(r"(?P<yy>[0-9]{2})")
        elif tag == "MM":
            parts.append(r"(?P<month>0[1-9]|1[0-2])")
        else:
            parts.append(rf"(?P<seq>[0-9]{{{len(tag)},}})")
        position = match.end()
    parts.append(re.escape(pattern[position:]))
    return re.compile("^" + "".join(parts) + r"(?:-v(?P<version>[1-9][0-9]*))?$")


def parse_number(pattern: str, number: str) -> ParsedNumber:
    """Read a quote number written with ``pattern``, with or without a version suffix.

    Args:
        pattern: the numbering pattern the number was made with.
        number: e.g. ``"D-2026-0042-v2"``.

    Returns:
        The year (``None`` if the pattern has none; ``{YY}`` is read as 20YY), month, sequence and version.

    Raises:
        PatternError: for an unusable pattern.
        ValueError: if ``number`` does not follow the pattern.
    """
    validate_pattern(pattern)
    match = _pattern_regex(pattern).match(number.strip())
    if match is None:
        raise ValueError(f"{number!r} does not follow the pattern {pattern!r}")
    groups = match.groupdict()
    year: int | None = None
    if groups.get("year"):
        year = int(groups["year"])
    elif groups.get("yy"):
        year = 2000 + int(groups["yy"])
    month = int(groups["month"]) if groups.get("month") else None
    version = int(groups["version"]) if groups.get("version") else 1
    return ParsedNumber(year=year, month=month, sequence=int(groups["seq"]), version=version)


def with_version(number: str, version: int) -> str:
    """Return the printed number of a version: unchanged for v1, ``-v<n>`` appended after.

    Any version suffix already on ``number`` is replaced, so ``with_version("D-2026-0042-v2", 3)``
    is ``"D-2026-0042-v3"``.

    Raises:
        ValueError: for a version below 1.
    """
    if version < 1:
        raise ValueError(f"versions start at 1, got {version}")
    base, _ = split_version(number)
    return base if version == 1 else f"{base}-v{version}"


def split_version(number: str) -> tuple[str, int]:
    """Split ``"D-2026-0042-v2"`` into ``("D-2026-0042", 2)``; a number without suffix is version 1."""
    match = _VERSION.match(number)
    if match is None:
        return number, 1
    return match.group("base"), int(match.group("version"))
