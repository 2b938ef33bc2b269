"""The contacts list, read page by page over a plain DB-API connection.

This path imports no SQLAlchemy on purpose: the main window shows the first page of contacts
before the ORM has finished importing (see ``benchmarks/bench_startup.py``). SQL here is made of
constants; what the user types only ever travels as bound parameters.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

from desktop.core.search import query_words
from desktop.db import contact_words
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
# What a page reads of a contact found in the word index (its columns, the sort keys, the company, liveness).
_LATERAL_COLUMNS = ("c.id, c.first_name, c.last_name, c.company_id, c.email, c.phone, c.mobile, c.city, c.status, "
                    "c.job_title, c.updated_at, c.deleted_at")


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


SQLITE_CONTACTS_ESTIMATE = "(SELECT max(rowid) FROM contacts)"
"""SQLite's :data:`~desktop.db.contact_words.CONTACTS_ESTIMATE`: the largest contact id, one index seek."""

SQLITE_WALK_RATIO = 8.0
"""SQLite's :data:`~desktop.db.contact_words.WALK_RATIO`, for a broad search (more than ``SELECTIVE`` matches): the
other shape then lists every FTS match and walks the names' index probing that list. Walking the index of the names
with their words (0024) costs 0.3 to 0.5 µs a contact; measured on the million-contact set, the walk pays from
about 5,000 matches (« 06 12 », 5,397 matches: walked 13.8 ms, listed 14.2 ms; « martin », 36,340: 5.3 against
15.6 ms), which this ratio puts at that size."""


CANCEL_TIMEOUT_S = 5.0
"""How long a stop waits for PostgreSQL to take its cancel request (psycopg's default is 30 s): the database thread
waits for it too, should the count end meanwhile."""


class ContactListReader(Reader):
    """Counts and pages of live contacts, filtered and sorted, for one backend.

    On SQLite the FTS index holds live contacts only, so a text search is counted in the index
    alone. A page of a selective search is read from the index's matches; a page of a broad one
    (thousands of matches) walks the sort index and keeps the matches, which stops after a page: in name order
    each walked contact's own words are tested (the same test as PostgreSQL's walk, when
    :func:`~desktop.db.contact_words.walk_pays` says so), else the FTS index's matches are listed first.
    On PostgreSQL the word index ``contact_words`` (:mod:`desktop.db.contact_words`) plays the FTS
    index's part: a search is counted in it alone; a page is read from its matches (each contact by its
    key, then sorted), or, when the matches are dense enough (:func:`~desktop.db.contact_words.walk_pays`),
    in name order by walking the live names (migration 0019's index) and testing each contact's search
    text, which stops after a page. The shape is chosen here from the count, not left to the planner's
    estimates (a prepared statement's generic plan has none, and they chose badly on a busy server); a
    broad search in another order is left to the planner.
    """

    SELECTIVE = 5000  # matches below which a page is read from the search index's side

    def __init__(self, conn: Any, dialect: str) -> None:
        super().__init__(conn, dialect)
        self._counted: tuple[ContactFilter, int] | None = None
        self._contacts = 0.0  # about how many contacts there are, read with a search's count (reltuples, max id)
        self.walk_ratio = contact_words.WALK_RATIO if dialect == "postgresql" else SQLITE_WALK_RATIO
        self._interruptible = threading.Lock()  # held while a full count is started, ended or stopped
        self._counting = False
        self._stop_sent = False  # interrupt_count stopped the running full count (not the server, nor an admin)

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
        elif query_words(flt.text):
            clauses += contact_words.matching_clauses("c.id", query_words(flt.text), params, self._p)
        return " AND ".join(clauses + self._tag_clause(flt, params))

    def _tag_clause(self, flt: ContactFilter, params: dict[str, Any]) -> list[str]:
        if flt.tag_id is None:
            return []
        params["tag"] = flt.tag_id
        return [f"c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = {self._p('tag')})"]

    def count(self, flt: ContactFilter) -> int:
        """How many live contacts match."""
        params: dict[str, Any] = {}
        terms = query_words(flt.text)
        if flt.tag_id is None and self._fts(flt, params):
            # with the largest contact id: about how many contacts there are, at the cost of one index seek
            sql = (f"SELECT count(*), {SQLITE_CONTACTS_ESTIMATE} FROM contacts_fts "
                   f"WHERE contacts_fts MATCH {self._p('fts')}")
        elif flt.tag_id is None and terms:
            sql = contact_words.count_sql(terms, params, self._p)
        elif flt.tag_id is None and self._dialect == "sqlite":
            # every contact less the deleted ones: SQLite counts the first along its narrowest index and finds the
            # few deleted ones by the start of the names' index (5 ms at a million contacts, where walking every
            # live contact's entry in that wide index took 41 ms of the start-up); with the largest id, as above
            sql = ("SELECT (SELECT count(*) FROM contacts) - (SELECT count(*) FROM contacts c "
                   f"WHERE c.deleted_at IS NOT NULL), {SQLITE_CONTACTS_ESTIMATE}")
        else:
            params = {}
            estimate = SQLITE_CONTACTS_ESTIMATE if self._dialect == "sqlite" else contact_words.CONTACTS_ESTIMATE
            sql = f"SELECT count(*), {estimate} FROM contacts c WHERE {self._where(flt, params)}"
        row = self._run(sql, params, planned_for_values=len(terms) > 1)[0]
        n = int(row[0])
        if len(row) > 1:
            self._contacts = float(row[1] or 0)
        self._counted = (flt, n)
        return n

    def count_bound(self, rows: int) -> int:
        """Past how many matches a search's first ``rows`` rows are read as its full count would have them read:
        more than ``SELECTIVE``, and more than the matches from which walking the names pays (:meth:`_walks`)."""
        walk_from = math.sqrt(rows * max(self._contacts, 1.0) / self.walk_ratio) if self.walk_ratio > 0 else 0.0
        return max(self.SELECTIVE, math.ceil(walk_from)) + 1

    def first_count(self, flt: ContactFilter, rows: int) -> tuple[int, bool]:
        """A count to read the first ``rows`` rows by, and whether it is the count. A text search's matches are
        counted up to :meth:`count_bound` only (a broad search's full count grows with its matches: 3 to 30 ms at a
        million contacts, where its first page takes 2 to 5), which chooses the page's shape as the full count
        would; past the bound the full count is :meth:`count`'s, read later. Any other filter: its count."""
        terms = query_words(flt.text)
        if not terms or flt.tag_id is not None:
            return self.count(flt), True
        bound = self.count_bound(rows)  # written in the statement (a number of ours): planned knowing the limit
        params: dict[str, Any] = {}
        if self._fts(flt, params):
            sql = (f"SELECT count(*), {SQLITE_CONTACTS_ESTIMATE}, count(*) FROM (SELECT 1 FROM contacts_fts "
                   f"WHERE contacts_fts MATCH {self._p('fts')} LIMIT {bound:d})")
        else:
            sql = contact_words.bounded_count_sql(terms, params, self._p, bound)
        found, contacts, read = self._run(sql, params, planned_for_values=len(terms) > 1)[0]
        self._contacts = float(contacts or 0)
        exact = int(read) < bound
        # past the bound the page is read as for at least that many matches (on PostgreSQL a contact may have two
        # words in the bound's rows: the contacts found may be a few fewer)
        self._counted = (flt, int(found) if exact else max(int(found), bound))
        return int(found), exact

    def full_count(self, flt: ContactFilter) -> int | None:
        """:meth:`count`, or None when :meth:`interrupt_count` stopped it (a newer search made it useless); a stop
        that came from elsewhere (the server's ``statement_timeout``, an administrator) is raised as it came."""
        with self._interruptible:
            self._counting, self._stop_sent = True, False
        try:
            return self.count(flt)
        except Exception as exc:
            with self._interruptible:
                stopped_here = self._stop_sent
            if stopped_here and _interrupted(exc):
                return None
            raise
        finally:
            with self._interruptible:
                self._counting = False

    def interrupt_count(self) -> None:
        """Stop a :meth:`full_count` running on another thread; nothing else is ever stopped.

        SQLite's interrupt stops only the statements running when it is called. PostgreSQL's cancel request is
        sent while the count holds the lock: the count cannot return and give the connection to the next statement
        before the server has the request, which then finds that count running, or the connection idle (a cancel
        request for an idle connection is ignored). It waits for the server: call it off the UI thread.
        """
        with self._interruptible:
            if not self._counting:
                return
            self._stop_sent = True
            if self._dialect == "sqlite":
                self._conn.interrupt()  # type: ignore[attr-defined]
            else:
                self._conn.cancel_safe(timeout=CANCEL_TIMEOUT_S)  # type: ignore[attr-defined]

    def _walks(self, flt: ContactFilter, terms: list[str], counted: int | None, sort: str, rows: int) -> bool:
        """Whether a page of this search is read by walking the live names (a broad search in name order)."""
        return bool(terms) and counted is not None and sort == "name" and flt.tag_id is None \
            and contact_words.walk_pays(counted, self._contacts, int(rows), self.walk_ratio)

    def page(self, flt: ContactFilter, sort: str = "name", descending: bool = False, offset: int = 0,
             limit: int = 100) -> list[ContactRow]:
        """One page of rows in display order; ``sort`` is a key of ``SORT_KEYS``."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key: {sort}")
        params: dict[str, Any] = {}
        matches = ""
        terms = query_words(flt.text)
        counted = self._counted[1] if self._counted is not None and self._counted[0] == flt else None
        selective = bool(terms) and counted is not None and counted <= self.SELECTIVE
        sqlite = self._dialect == "sqlite"
        walk = not (sqlite and selective) and self._walks(flt, terms, counted, sort, offset + limit)
        if walk:
            # broad: walk the live names and test each contact's own words, until the page is full, in the index of
            # the names that holds the words (0024: the walk reads no row; SQLite would list every FTS match first:
            # 0.1 s for « d » at a million contacts)
            source = "contacts c"
            where = " AND ".join([self._where(ContactFilter(), params), contact_words.row_filter(
                "c.search_text", terms, params, self._p, barrier=not sqlite)])
        elif sqlite:
            source = "contacts_fts CROSS JOIN contacts c ON c.id = contacts_fts.rowid" if selective else "contacts c"
            where = self._where(flt, params, fts_joined=selective)
        elif selective or (terms and counted is not None and sort == "name" and flt.tag_id is None):
            # from the word index's matches, each contact read by its key, then sorted
            # (the matches are planned on their own, MATERIALIZED: inside the page's query, with its LIMIT, the
            # planner read them through the table's pages and in parallel workers, several times slower)
            matches = f"WITH m AS MATERIALIZED ({contact_words.ids_sql(terms, params, self._p)}) "
            if sort != "company":  # the sort keys of every match, the rest of the page's rows only
                keys = ", ".join(dict.fromkeys(("c.id", *SORT_KEYS[sort])))
                source = (f"m CROSS JOIN LATERAL (SELECT {keys} FROM contacts c WHERE c.id = m.contact_id "
                          "AND c.deleted_at IS NULL OFFSET 0) c")
                where = " AND ".join(self._tag_clause(flt, params)) or "TRUE"
            else:
                source = (f"m CROSS JOIN LATERAL (SELECT {_LATERAL_COLUMNS} FROM contacts c "
                          "WHERE c.id = m.contact_id OFFSET 0) c")
                where = self._where(ContactFilter(tag_id=flt.tag_id), params)
        else:
            source = "contacts c"
            where = self._where(flt, params)
        direction = " DESC" if descending else ""
        order = ", ".join(f"{col}{direction}" for col in (*SORT_KEYS[sort], "c.id"))
        params["limit"], params["offset"] = int(limit), int(offset)
        paging = f"ORDER BY {order} LIMIT {self._p('limit')} OFFSET {self._p('offset')}"
        if (matches or (sqlite and selective) or walk) and sort != "company":
            # the page's ids in order first, then their rows and companies (read for every match before the sort,
            # a selective search on SQLite cost a third more; read for every contact walked, PostgreSQL's walk could
            # not be an index-only scan)
            rows_of = ("contacts c ON c.id = p.id" if sqlite
                       else "LATERAL (SELECT * FROM contacts c WHERE c.id = p.id OFFSET 0) c")
            sql = (f"{matches}SELECT {_COLUMNS} FROM (SELECT c.id FROM {source} WHERE {where} {paging}) p "
                   f"CROSS JOIN {rows_of} LEFT JOIN companies co ON co.id = c.company_id ORDER BY {order}")
        else:
            sql = (f"{matches}SELECT {_COLUMNS} FROM {source} LEFT JOIN companies co ON co.id = c.company_id "
                   f"WHERE {where} {paging}")
        return [ContactRow(*row) for row in self._run(sql, params, planned_for_values=len(terms) > 1)]


def _interrupted(exc: BaseException) -> bool:
    """Whether a statement failed because :meth:`ContactListReader.interrupt_count` stopped it."""
    if type(exc).__name__ == "QueryCanceled":  # psycopg.errors.QueryCanceled (psycopg is not imported here)
        return True
    return type(exc).__module__ == "sqlite3" and "interrupt" in str(exc).lower()
