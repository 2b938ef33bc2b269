"""The benchmark sets: kept across new migrations, rebuilt on a changed one, loaded into PostgreSQL row for row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from benchmarks import datagen, pg_load
from desktop.db.engine import make_engine
from desktop.db.migrate import migrate
from desktop.db.schema_version import HEAD_REVISION

SMALL = 40


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("sets") / "relance-small.sqlite"
    datagen.build_database(target, SMALL)
    return target


def test_dependency_order_puts_parents_first() -> None:
    edges = [("quote_lines", "quotes"), ("quotes", "contacts"), ("quotes", "quotes"), ("contacts", "companies")]
    order = pg_load.dependency_order(["quote_lines", "quotes", "contacts", "companies", "tags"], edges)
    assert order.index("companies") < order.index("contacts") < order.index("quotes") < order.index("quote_lines")
    assert sorted(order) == ["companies", "contacts", "quote_lines", "quotes", "tags"]


def test_a_set_at_an_older_head_is_migrated_forward_once(tmp_path: Path) -> None:
    target = tmp_path / "relance-old.sqlite"
    datagen.upgrade_sqlite(target, "0017")
    datagen.write_manifest(target, {"revision": "0017", "migrations": datagen.migration_hashes("0017"),
                                    "built": "b1", "migrated": []})
    current = datagen.migration_hashes()

    assert datagen.ensure_database(target, SMALL, current) == "migrated"
    manifest = datagen.read_manifest(target)
    assert manifest is not None and manifest["revision"] == HEAD_REVISION and manifest["migrations"] == current
    assert manifest["built"] == "b1" and manifest["migrated"][0]["from"] == "0017"
    assert datagen.revision_of(target) == HEAD_REVISION
    assert datagen.schema_of(target) == datagen.fresh_schema(HEAD_REVISION)
    assert datagen.ensure_database(target, SMALL, current) == "cached"


def test_a_changed_applied_migration_rebuilds_the_set(tmp_path: Path) -> None:
    target = tmp_path / "relance-changed.sqlite"
    datagen.upgrade_sqlite(target)
    hashes = datagen.migration_hashes()
    changed = {**hashes, "0002_quotes.py": "0" * 64}
    datagen.write_manifest(target, {"revision": HEAD_REVISION, "migrations": changed, "built": "b1"})

    assert not datagen.still_valid(datagen.read_manifest(target) or {}, hashes)
    assert datagen.ensure_database(target, 5, hashes) == "built"
    manifest = datagen.read_manifest(target)
    assert manifest is not None and manifest["migrations"] == hashes and manifest["built"] != "b1"
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 5


@pytest.mark.postgres
def test_the_sqlite_set_is_loaded_into_postgresql_row_for_row(small_set: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    url = make_url(postgres_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database) as pg:
        report = pg_load.load(small_set, pg)
        with closing(sqlite3.connect(small_set)) as src:
            for table, rows in report.rows.items():
                assert rows == src.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], table
                assert rows == pg.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], table
            assert report.rows["quote_lines"] > 0
            first = src.execute("SELECT id, created_at FROM contacts ORDER BY id LIMIT 1").fetchone()
        created = pg.execute("SELECT created_at FROM contacts WHERE id = %s", (first[0],)).fetchone()[0]
        assert created.strftime("%Y-%m-%d %H:%M:%S") == first[1][:19]  # naive UTC text read back as UTC
        assert "quote_lines.quote_lines_frozen" in report.disabled_triggers
        # the word index of contacts (kept by a trigger the load disabled) is refilled from the copied contacts
        words = pg.execute("SELECT count(*) FROM contact_words").fetchone()[0]
        assert words > 0 and words == pg.execute(
            "SELECT count(*) FROM contacts c CROSS JOIN LATERAL relance_contact_word_keys(c.search_text) "
            "WHERE c.deleted_at IS NULL").fetchone()[0]
        assert pg.execute("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'"
                          ).fetchone()[0] == 0
        # the freeze guard is back: a sent quote's lines are refused again
        sent = pg.execute("SELECT l.quote_id FROM quote_lines l JOIN quotes q ON q.id = l.quote_id "
                          "WHERE q.status <> 'draft' LIMIT 1").fetchone()[0]
        with pytest.raises(psycopg.Error, match="quote_frozen"):
            pg.execute("DELETE FROM quote_lines WHERE quote_id = %s", (sent,))
        pg.rollback()
        # sequences continue after the copied ids
        top = pg.execute("SELECT max(id) FROM contacts").fetchone()[0]
        assert pg.execute("SELECT nextval(pg_get_serial_sequence('contacts', 'id'))").fetchone()[0] > top
