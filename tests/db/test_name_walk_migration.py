"""Migration 0024: the index of the live names with their search words, and the search texts cut to fit it."""

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
