"""French typography of interface texts: the spaces that must not break.

French sets a space before the high punctuation marks and inside the guillemets, and it must never let the
line break there (« Total : » must not leave its colon alone at the start of a line). The convention of the
Imprimerie nationale, which most French software follows: a no-break space (U+00A0) before the colon, a narrow
no-break space (U+202F) before ``;``, ``!`` and ``?`` and inside ``« »``. Only spaces already typed are changed
(a colon glued to a word, in ``%1:%2`` or ``https://``, is left alone); ``:`` and ``;`` inside an HTML tag or an
entity are left alone too.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

_BEFORE = re.compile(r"(?<=\S)[ \u00a0\u202f]+([;!?:»])")
_AFTER_OPENING = re.compile(r"«[ \u00a0\u202f]+")
_TAG = re.compile(r"<[^>]*>")


def _fix(text: str) -> str:
    text = _BEFORE.sub(lambda m: (NBSP if m.group(1) == ":" else NNBSP) + m.group(1), text)
    return _AFTER_OPENING.sub("«" + NNBSP, text)


def french_typography(text: str) -> str:
    """``text`` with French no-break spaces where a plain space stood before ``: ; ! ? »`` or after ``«``;
    the inside of HTML tags is kept as it is."""
    out, last = [], 0
    for tag in _TAG.finditer(text):
        out.append(_fix(text[last:tag.start()]))
        out.append(tag.group(0))
        last = tag.end()
    out.append(_fix(text[last:]))
    return "".join(out)


def plain_spaces_in_french(text: str) -> list[str]:
    """The places where ``text`` breaks French typography (empty when it follows it): for a test."""
    fixed = french_typography(text)
    if fixed == text:
        return []
    return [text[max(0, i - 8):i + 2] for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b]
