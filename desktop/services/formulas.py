"""Cells that a spreadsheet would run as formulas: neutralised on export, restored exactly on import.

Excel, LibreOffice Calc and Google Sheets start a formula at ``=``, ``+``, ``-`` or ``@``, also in their
full-width, small and super/subscript forms (``＝``, ``﹢``, ``⁻``...), at a minus sign ``−`` (U+2212) and,
to be safe, at any dash. They skip what a reader cannot see before it: spaces of every Unicode kind
(no-break, thin, ideographic...), line and paragraph separators, the BOM, zero-width characters, bidi
marks and the other format characters (Unicode categories Zs, Zl, Zp, Cf and the default-ignorable code
points). A control character (TAB, CR, LF, NUL...) at the start is itself a trigger (OWASP "CSV
Injection": a TAB or a line break can start a new cell when the text is pasted).

Export writes ``'`` before every such cell, and also before a cell that already starts with apostrophes
followed by such a text, so that import can tell the added apostrophe from one the user typed: import
removes one leading ``'`` exactly when the rest, after its other leading apostrophes, would be a formula.
Hence ``restore(neutralise(s)) == s`` for every string ``s``, and no written cell starts a formula.
"""

from __future__ import annotations

import re

#: Characters skipped before a formula trigger: Zs, Zl, Zp, Cf and the default-ignorable code points
#: (Unicode 14.0, the database of Python 3.11). ``tests/unit/test_formulas.py`` recomputes the set from
#: :mod:`unicodedata`, so a Python with a newer Unicode tells when this table needs more ranges.
IGNORABLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x20, 0x20), (0xA0, 0xA0), (0xAD, 0xAD), (0x34F, 0x34F), (0x600, 0x605), (0x61C, 0x61C),
    (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x115F, 0x1160), (0x1680, 0x1680),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2000, 0x200F), (0x2028, 0x202F), (0x205F, 0x206F),
    (0x3000, 0x3000), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
#: The characters whose compatibility form (NFKC) is ``=``, ``+``, ``-``, ``@`` or the minus sign.
SIGN_TRIGGERS = ("=+-@\u207a\u207b\u207c\u208a\u208b\u208c\u2212\ufb29\ufe62\ufe63\ufe66\ufe6b"
                 "\uff0b\uff0d\uff1d\uff20")
#: Dashes and heavy signs a spreadsheet might read as a minus or a plus.
DASH_TRIGGERS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2795\u2796\u2e3a\u2e3b\ufe58"
#: Control characters (Unicode Cc): a trigger wherever they stand among the leading characters.
CONTROL_RANGES: tuple[tuple[int, int], ...] = ((0x00, 0x1F), (0x7F, 0x9F))


def _char_class(ranges: tuple[tuple[int, int], ...], extra: str = "") -> str:
    parts = [re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "".join(re.escape(c) for c in extra) + "]"


_IGNORABLE = _char_class(IGNORABLE_RANGES)
_TRIGGER = _char_class(CONTROL_RANGES, SIGN_TRIGGERS + DASH_TRIGGERS)
# Leading apostrophes, then ignorable characters, then a trigger. "'" is neither ignorable nor a
# trigger, so the apostrophes are always all consumed first.
_ESCAPED_FORM = re.compile(f"'*{_IGNORABLE}*{_TRIGGER}")
_FORMULA = re.compile(f"{_IGNORABLE}*{_TRIGGER}")


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` for a formula (or split it at a leading control character)."""
    return _FORMULA.match(text) is not None


def neutralise(value: object) -> str:
    """The text of a cell as written to a file: a leading ``'`` added when it would start a formula.

    The apostrophe is also added before a text that starts with apostrophes followed by a formula, so that
    :func:`restore` can always recognise the one added here.
    """
    text = "" if value is None else str(value)
    return "'" + text if _ESCAPED_FORM.match(text) else text


def restore(text: str) -> str:
    """The exact text :func:`neutralise` was given: the apostrophe it added is removed, any other kept."""
    if text.startswith("'") and _ESCAPED_FORM.match(text, 1):
        return text[1:]
    return text
