"""Folding of text for search as you type.

The same folding builds a contact's ``search_text`` (stored) and the words typed by the user,
so every backend agrees: lower case, accents removed, words of letters and digits only.
A contact matches when every typed word is the start of one of its words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # like FTS5 unicode61: "_" separates words
_PHONE_LIKE = re.compile(r"^[\d\s.+()/-]+$")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents (``Éloïse`` -> ``eloise``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of ``text``; punctuation (``@ . -``) separates words."""
    return _WORD.findall(fold(text))


def search_text(parts: Iterable[str | None]) -> str:
    """Build the stored search text from a record's searchable fields."""
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            for w in words(part):
                seen.setdefault(w, None)
    return " ".join(seen)


def phone_digits(e164: str | None) -> list[str]:
    """Searchable forms of a phone number: its digits, and the French national form."""
    if not e164:
        return []
    digits = re.sub(r"\D", "", e164)
    forms = [digits]
    if digits.startswith("33") and len(digits) == 11:
        forms.append("0" + digits[2:])
    return forms


def query_words(typed: str, max_words: int = 8) -> list[str]:
    """The words to search for in what the user typed.

    A query that looks like a phone number (``06 12 34``) is one word of its digits, with a
    leading ``+33`` read as ``0``.
    """
    typed = typed.strip()
    if not typed:
        return []
    if _PHONE_LIKE.match(typed) and any(ch.isdigit() for ch in typed):
        digits = re.sub(r"\D", "", typed)
        if typed.startswith("+33") and len(digits) > 2:
            digits = "0" + digits[2:]
        return [digits]
    return words(typed)[:max_words]
