"""The contacts list, read page by page over a plain DB-API connection.

This path imports no SQLAlchemy on purpose: the main window shows the first page of contacts
before the ORM has finished importing (see ``benchmarks/bench_startup.py``). SQL here is made of
constants; what the user types only ever travels as bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.search import query_words
from desktop.db.dbapi import Reader

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("c.last_name", "c.first_name"),
    "company": ("co.legal_name",),
    "email": ("c.email",),
    "phone": ("c.phone",),
    "city": ("c.city",),
    "status": ("c.status",),
    "updated": ("c.updated_at",),
}

_COLUMNS = ("c.id, c.first_name, c.last_name, co.legal_name, c.email, c.phone, c.mobile, c.city, c.status, "
            "c.job_title")


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    tag_id: int | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    first_name: str
    last_name: str
    company: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    city: str | None
    status: str
    job_title: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ContactListReader(Reader):
    """Counts and pages of live contacts, filtered and sorted, for one backend.

    On SQLite the FTS index holds live contacts only, so a text search is counted in the index
    alone. A page of a selective search is read from the index's matches; a page of a broad one
    (thousands of matches) walks the sort index and keeps the matches, which stops after a page.
    """

    SELECTIVE = 5000  # matches below which a page is read from the search index's side

    def __init__(self, conn: Any, dialect: str) -> None:
        super().__init__(conn, dialect)
        self._counted: tuple[ContactFilter, int] | None = None

    def _fts(self, flt: ContactFilter, params: dict[str, Any]) -> bool:
        """Put the FTS query in ``params``; False when there is no text to search (or not on SQLite)."""
        terms = query_words(flt.text)
        if not terms or self._dialect != "sqlite":
            return False
        # Words are \w+ only (no quote can reach the FTS syntax); each is a prefix.
        params["fts"] = " ".join(f'"{w}"*' for w in terms)
        return True

    def _where(self, flt: ContactFilter, params: dict[str, Any], fts_joined: bool = False) -> str:
        clauses = ["c.deleted_at IS NULL"]
        if self._fts(flt, params):
            if fts_joined:
                clauses.append(f"contacts_fts MATCH {self._p('fts')}")
            else:
                clauses.append(f"c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH {self._p('fts')})")
        elif flt.text:
            clauses += self._word_prefix_clauses("c.search_text", query_words(flt.text), params)
        if flt.tag_id is not None:
            params["tag"] = flt.tag_id
            clauses.append(f"c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = {self._p('tag')})")
        return " AND ".join(clauses)

    def count(self, flt: ContactFilter) -> int:
        """How many live contacts match."""
        params: dict[str, Any] = {}
        if flt.tag_id is None and self._fts(flt, params):
            sql = f"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH {self._p('fts')}"
        else:
            params = {}
            sql = f"SELECT count(*) FROM contacts c WHERE {self._where(flt, params)}"
        n = int(self._run(sql, params)[0][0])
        self._counted = (flt, n)
        return n

    def page(self, flt: ContactFilter, sort: str = "name", descending: bool = False, offset: int = 0,
             limit: int = 100) -> list[ContactRow]:
        """One page of rows in display order; ``sort`` is a key of ``SORT_KEYS``."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key: {sort}")
        params: dict[str, Any] = {}
        selective = (self._dialect == "sqlite" and bool(query_words(flt.text)) and self._counted is not None
                     and self._counted[0] == flt and self._counted[1] <= self.SELECTIVE)
        source = "contacts_fts CROSS JOIN contacts c ON c.id = contacts_fts.rowid" if selective else "contacts c"
        where = self._where(flt, params, fts_joined=selective)
        direction = " DESC" if descending else ""
        order = ", ".join(f"{col}{direction}" for col in (*SORT_KEYS[sort], "c.id"))
        params["limit"], params["offset"] = int(limit), int(offset)
        sql = (f"SELECT {_COLUMNS} FROM {source} LEFT JOIN companies co ON co.id = c.company_id WHERE {where} "
               f"ORDER BY {order} LIMIT {self._p('limit')} OFFSET {self._p('offset')}")
        return [ContactRow(*row) for row in self._run(sql, params)]
