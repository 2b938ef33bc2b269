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
    """Counts and pages of live contacts, filtered and sorted, for one backend."""

    def _where(self, flt: ContactFilter) -> tuple[str, dict[str, Any]]:
        clauses = ["c.deleted_at IS NULL"]
        params: dict[str, Any] = {}
        terms = query_words(flt.text)
        if terms:
            if self._dialect == "sqlite":
                # Words are \w+ only (no quote can reach the FTS syntax); each is a prefix.
                params["fts"] = " ".join(f'"{w}"*' for w in terms)
                clauses.append(f"c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH {self._p('fts')})")
            else:
                clauses += self._word_prefix_clauses("c.search_text", terms, params)
        if flt.tag_id is not None:
            params["tag"] = flt.tag_id
            clauses.append(f"c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = {self._p('tag')})")
        return " AND ".join(clauses), params

    def count(self, flt: ContactFilter) -> int:
        where, params = self._where(flt)
        return int(self._run(f"SELECT count(*) FROM contacts c WHERE {where}", params)[0][0])

    def page(self, flt: ContactFilter, sort: str = "name", descending: bool = False, offset: int = 0,
             limit: int = 100) -> list[ContactRow]:
        """One page of rows in display order; ``sort`` is a key of ``SORT_KEYS``."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key: {sort}")
        where, params = self._where(flt)
        direction = " DESC" if descending else ""
        order = ", ".join(f"{col}{direction}" for col in (*SORT_KEYS[sort], "c.id"))
        params["limit"], params["offset"] = int(limit), int(offset)
        join = "LEFT JOIN companies co ON co.id = c.company_id"
        sql = (f"SELECT {_COLUMNS} FROM contacts c {join} WHERE {where} ORDER BY {order} "
               f"LIMIT {self._p('limit')} OFFSET {self._p('offset')}")
        return [ContactRow(*row) for row in self._run(sql, params)]
