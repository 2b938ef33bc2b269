"""Migrations 0024 (the index of the live names with their search words, the search texts cut to fit it) and 0025
(SQLite's FTS index with the prefixes of up to six letters)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, insert, inspect, text

from desktop.core.search import SEARCH_TEXT_BYTES
from desktop.db.engine import make_engine
from desktop.db.migrate import alembic_config
from desktop.db.models import Company, Contact
from tests.support.database import upgrade_to

_OLD_NAMES_INDEX = {"sqlite": "ix_contacts_live_last_name", "postgresql": "ix_contacts_live_name"}


def _indexes(conn: Connection) -> set[str]:
    return {str(i["name"]) for i in inspect(conn).get_indexes("contacts")}


def test_0024_cuts_long_search_texts_builds_the_walk_index_and_goes_down_again(db_url: str) -> None:
    words = [f"mot{n:04d}é" for n in range(400)]  # 8 or 9 bytes each: 3,600 bytes in all
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            upgrade_to(conn, "0023")
            company = conn.execute(insert(Company).values(legal_name="Longue", search_text=" ".join(words))
                                   .returning(Company.id)).scalar_one()
            conn.execute(insert(Contact).values(first_name="Anne", last_name="Longue", company_id=company,
                                                search_text=" ".join(words)))
            conn.execute(insert(Contact).values(first_name="Paul", last_name="Court", search_text="paul court"))
            conn.commit()
            upgrade_to(conn, "head")
            texts: dict[str, str] = dict(conn.execute(text("SELECT last_name, search_text FROM contacts")).all())
            company_text = conn.execute(text("SELECT search_text FROM companies")).scalar_one()
            for cut in (texts["Longue"], company_text):
                assert len(cut.encode()) <= SEARCH_TEXT_BYTES
                assert len(cut.encode()) > SEARCH_TEXT_BYTES - 10  # cut at the last word that fits, not sooner
                assert cut.split() == words[:len(cut.split())]  # whole words, in their order
            assert texts["Court"] == "paul court"
            dialect = engine.dialect.name
            assert "ix_contacts_name_walk" in _indexes(conn)
            assert _OLD_NAMES_INDEX[dialect] not in _indexes(conn)  # the index it extends is gone
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0023")
            conn.commit()
            assert "ix_contacts_name_walk" not in _indexes(conn)
            assert _OLD_NAMES_INDEX[dialect] in _indexes(conn)
            upgrade_to(conn, "head")
            assert "ix_contacts_name_walk" in _indexes(conn)
    finally:
        engine.dispose()


def test_0025_rebuilds_the_fts_index_with_longer_prefixes_and_live_contacts_only(tmp_path: object) -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from desktop.db.engine import sqlite_url

    engine = make_engine(sqlite_url(Path(str(tmp_path)) / "relance.sqlite"))

    def found(conn: Connection, typed: str) -> list[str]:
        return [r[0] for r in conn.execute(text(
            "SELECT c.last_name FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid "
            "WHERE contacts_fts MATCH :q ORDER BY c.last_name"), {"q": typed})]

    def fts_sql(conn: Connection) -> str:
        return str(conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'contacts_fts'")).scalar_one())

    try:
        with engine.connect() as conn:
            upgrade_to(conn, "0024")
            for last, deleted in (("Dupont", None), ("Dupontel", datetime(2026, 1, 1, tzinfo=UTC)), ("Roy", None)):
                conn.execute(insert(Contact).values(first_name="A", last_name=last, deleted_at=deleted,
                                                    search_text=f"a {last.lower()}"))
            conn.commit()
            upgrade_to(conn, "head")
            assert "prefix='1 2 3 4 5 6'" in fts_sql(conn)
            assert found(conn, '"dupo"*') == ["Dupont"]  # the deleted contact is not in the index
            assert found(conn, '"dupont"*') == ["Dupont"] and found(conn, '"r"*') == ["Roy"]
            conn.execute(insert(Contact).values(first_name="B", last_name="Dupond", search_text="b dupond"))
            conn.execute(text("UPDATE contacts SET deleted_at = '2026-12-07' WHERE last_name = 'Roy'"))
            conn.commit()  # the triggers of 0001 keep the new index
            assert found(conn, '"dupon"*') == ["Dupond", "Dupont"] and found(conn, '"roy"*') == []
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0024")
            conn.commit()
            assert "prefix='1 2 3'" in fts_sql(conn) and "4 5 6" not in fts_sql(conn)
            assert found(conn, '"dupon"*') == ["Dupond", "Dupont"] and found(conn, '"roy"*') == []
    finally:
        engine.dispose()
