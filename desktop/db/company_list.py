"""The companies list, read page by page over a plain DB-API connection (see ``dbapi``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.search import query_words
from desktop.db.dbapi import Reader

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("co.legal_name",),
    "siret": ("co.siret",),
    "city": ("co.city",),
    "phone": ("co.phone",),
    "contacts": ("contact_count",),
}


@dataclass(frozen=True)
class CompanyFilter:
    text: str = ""
    tag_id: int | None = None


@dataclass(frozen=True)
class CompanyRow:
    id: int
    legal_name: str
    legal_form: str | None
    siret: str | None
    city: str | None
    phone: str | None
    website: str | None
    contact_count: int


class CompanyListReader(Reader):
    """Counts and pages of live companies with their number of live contacts."""

    def _where(self, flt: CompanyFilter) -> tuple[str, dict[str, Any]]:
        clauses = ["co.deleted_at IS NULL"]
        params: dict[str, Any] = {}
        clauses += self._word_prefix_clauses("co.search_text", query_words(flt.text), params)
        if flt.tag_id is not None:
            params["tag"] = flt.tag_id
            clauses.append(f"co.id IN (SELECT company_id FROM company_tags WHERE tag_id = {self._p('tag')})")
        return " AND ".join(clauses), params

    def count(self, flt: CompanyFilter) -> int:
        where, params = self._where(flt)
        return int(self._run(f"SELECT count(*) FROM companies co WHERE {where}", params)[0][0])

    def page(self, flt: CompanyFilter, sort: str = "name", descending: bool = False, offset: int = 0,
             limit: int = 100) -> list[CompanyRow]:
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key: {sort}")
        where, params = self._where(flt)
        direction = " DESC" if descending else ""
        order = ", ".join(f"{col}{direction}" for col in (*SORT_KEYS[sort], "co.id"))
        params["limit"], params["offset"] = int(limit), int(offset)
        sql = (
            "SELECT co.id, co.legal_name, co.legal_form, co.siret, co.city, co.phone, co.website, "
            "(SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.deleted_at IS NULL) AS contact_count "
            f"FROM companies co WHERE {where} ORDER BY {order} LIMIT {self._p('limit')} OFFSET {self._p('offset')}"
        )
        return [CompanyRow(*row) for row in self._run(sql, params)]
