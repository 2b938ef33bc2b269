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


SEARCH_TEXT_BYTES = 1024
"""A record's search text keeps its words (in the order of its fields: the names first) while they fit in this many
UTF-8 bytes. PostgreSQL's index of the live names holds it beside them (migration 0024), and a B-tree entry has a
ceiling (2,704 bytes, names included); a real contact's words take about a hundred bytes."""


def search_text(parts: Iterable[str | None]) -> str:
    """Build the stored search text from a record's searchable fields (at most :data:`SEARCH_TEXT_BYTES`)."""
    seen: dict[str, None] = {}
    size = -1  # the spaces between words
    for part in parts:
        for w in words(part) if part else ():
            if w not in seen:
                size += len(w.encode()) + 1
                if size > SEARCH_TEXT_BYTES:
                    return " ".join(seen)
                seen[w] = None
    return " ".join(seen)


def capped(text: str) -> str:
    """A stored search text (one written before the cap) cut as :func:`search_text` cuts: its words while they fit
    in :data:`SEARCH_TEXT_BYTES`."""
    data = text.encode()
    if len(data) <= SEARCH_TEXT_BYTES:
        return text
    return data[:max(data.rfind(b" ", 0, SEARCH_TEXT_BYTES + 1), 0)].decode()


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


def collation_key(text: str) -> tuple[str, str]:
    """Sort key that reads like French order on every backend: letters first without their accents
    (``Élise`` beside ``Elise``, not after ``Z``), then the accents and case to break ties."""
    return fold(text), text.casefold()


def name_match_rank(typed: list[str], name: str) -> int:
    """How well the typed words name a person: 0 every word is one of the name's words, 1 every word starts
    one of them, 2 otherwise (a match found through the company or other fields).

    Args:
        typed: The folded typed words (:func:`query_words`).
        name: The person's first and last names.

    Returns:
        0, 1 or 2 (smaller is better).
    """
    own = words(name)
    if typed and all(w in own for w in typed):
        return 0
    if typed and all(any(o.startswith(w) for o in own) for w in typed):
        return 1
    return 2
