"""The team-mode word index of contacts (``contact_words``, PostgreSQL, migration 0019): SQL for the search.

The table holds, for each live contact, each distinct word of its folded search text and that word's first one
and two letters, in byte order (``COLLATE "C"``). A typed term of one or two letters is one equality on the
primary key ``(word, contact_id)`` (each contact once); a longer term is the range of words starting with it
(several words of one contact may start with it). A contact matches when every typed term matches, as in
SQLite's FTS5 prefix queries. No SQLAlchemy here: the contact list reads it over a bare DB-API connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

KEY_LETTERS = 2  # the prefixes stored beside each word: its first one and two letters

# Fills the table from the contacts (after a bulk load that bypassed the trigger); the key function is 0019's.
REFILL = (
    "TRUNCATE contact_words",
    "ALTER TABLE contact_words DROP CONSTRAINT pk_contact_words",
    "INSERT INTO contact_words (word, contact_id) SELECT k, c.id FROM contacts c "
    "CROSS JOIN LATERAL relance_contact_word_keys(c.search_text) AS k WHERE c.deleted_at IS NULL",
    "ALTER TABLE contact_words ADD CONSTRAINT pk_contact_words PRIMARY KEY (word, contact_id)",
    "ANALYZE contact_words",
)

_SURROGATES = range(0xD800, 0xE000)

CONTACTS_ESTIMATE = "(SELECT reltuples FROM pg_class WHERE oid = 'contacts'::regclass)"
"""About how many contacts there are, read beside a count in the same statement: the planner's number (negative
before the table's first analysis). It tells how dense a search's matches are (:func:`walk_pays`)."""


def after_prefix(term: str) -> str | None:
    """The smallest string greater than every string starting with ``term`` (code point order, that is
    UTF-8 byte order); None when there is none (every character is the last code point)."""
    while term:
        last = ord(term[-1]) + 1
        if last in _SURROGATES:  # no text holds a surrogate: the next character is past them
            last = _SURROGATES.stop
        if last <= 0x10FFFF:
            return term[:-1] + chr(last)
        term = term[:-1]
    return None


def term_condition(i: int, term: str, params: dict[str, Any], p: Callable[[str], str]) -> str:
    """The condition on ``word`` for the typed term number ``i``; its values go into ``params``."""
    params[f"w{i}"] = term
    if len(term) <= KEY_LETTERS:
        return f"word = {p(f'w{i}')}"
    upper = after_prefix(term)
    if upper is None:
        return f"word >= {p(f'w{i}')}"
    params[f"w{i}_end"] = upper
    return f"word >= {p(f'w{i}')} AND word < {p(f'w{i}_end')}"


def matching_clauses(column: str, terms: list[str], params: dict[str, Any], p: Callable[[str], str],
                     first: int = 0) -> list[str]:
    """One ``column IN (...)`` per term: the ids of the contacts holding a word the term starts (terms numbered
    from ``first`` in ``params``)."""
    return [f"{column} IN (SELECT contact_id FROM contact_words WHERE {term_condition(i, t, params, p)})"
            for i, t in enumerate(terms, start=first)]


def _matching_words(terms: list[str], params: dict[str, Any], p: Callable[[str], str]) -> tuple[str, bool]:
    """The WHERE of the rows of the first term (the longest: usually the fewest rows) whose contact matches
    every term, and whether a contact may have several of them (a range)."""
    terms = sorted(terms, key=len, reverse=True)
    clauses = [term_condition(0, terms[0], params, p), *matching_clauses("contact_id", terms[1:], params, p, 1)]
    return " AND ".join(clauses), len(terms[0]) > KEY_LETTERS


def count_sql(terms: list[str], params: dict[str, Any], p: Callable[[str], str]) -> str:
    """How many live contacts match every term (at least one), read from the word index alone: it holds live
    contacts only. The first term's rows are counted, the other terms filter them, each by probing the key.

    The second column is the planner's estimate of the number of contacts (``reltuples``; negative before the
    table's first analysis), read in the same round trip: it tells how dense the matches are (:func:`walk_pays`).
    """
    where, several = _matching_words(terms, params, p)
    return (f"SELECT {'count(DISTINCT contact_id)' if several else 'count(*)'}, {CONTACTS_ESTIMATE} "
            f"FROM contact_words WHERE {where}")


def bounded_count_sql(terms: list[str], params: dict[str, Any], p: Callable[[str], str], bound: int) -> str:
    """:func:`count_sql` reading at most ``bound`` rows of the index: the contacts among them, the planner's number
    of contacts, and the rows read (fewer than the bound: the count is the count). The bound is written in the
    statement: a prepared statement's generic plan, not knowing its limit, read every match (114 ms for « thomas r »
    at a million contacts, where the plan for 6,326 rows takes 35)."""
    where, _several = _matching_words(terms, params, p)
    return (f"SELECT count(DISTINCT contact_id), {CONTACTS_ESTIMATE}, "
            f"count(*) FROM (SELECT contact_id FROM contact_words WHERE {where} LIMIT {int(bound):d}) AS m")


WALK_RATIO = 5.0
"""What reading one match from the word index by its key and sorting it costs, in contacts walked and tested in the
index of the names with their words (0024, an index-only scan): 2.5 to 5 µs a match against 0.4 to 0.6 µs a
contact, measured at 100,000 and a million contacts (break-even: « thomas », 2,298 matches at 100k, 6.1 ms either
way; « 06 12 », 5,397 at a million, 17.8 ms walked against 19.1 listed)."""


def walk_pays(matches: int, contacts: float, rows: int, ratio: float = WALK_RATIO) -> bool:
    """Whether walking the contacts in name order until ``rows`` matches (about ``rows * contacts / matches``
    contacts tested) costs less than reading the ``matches`` from the word index and sorting them."""
    return matches > 0 and matches * matches * ratio >= rows * max(contacts, matches)


def ids_sql(terms: list[str], params: dict[str, Any], p: Callable[[str], str]) -> str:
    """The ids of the live contacts matching every term (at least one), each once."""
    where, several = _matching_words(terms, params, p)
    return f"SELECT {'DISTINCT ' if several else ''}contact_id FROM contact_words WHERE {where}"


def row_filter(column: str, terms: list[str], params: dict[str, Any], p: Callable[[str], str],
               barrier: bool = True) -> str:
    """Every term starts a word of ``column`` (the contact's own search text: the same words as the index),
    tested row by row: a page of a broad search walks the contacts in display order and stops after a page.

    Written as a subquery the planner cannot flatten (``OFFSET 0``): it then keeps the walk, where a plain
    condition's estimated selectivity could make it read and sort every match instead. ``barrier=False`` (SQLite,
    whose planner has no estimate to be misled by, and no ``OFFSET`` without ``LIMIT``): the plain conditions.
    """
    likes = []
    for i, term in enumerate(terms):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[f"l{i}"] = f"% {escaped}%"
        likes.append(f"(' ' || {column}) LIKE {p(f'l{i}')} ESCAPE '\\'")
    if not barrier:
        return f"({' AND '.join(likes)})"
    return f"EXISTS (SELECT 1 WHERE {' AND '.join(likes)} OFFSET 0)"
