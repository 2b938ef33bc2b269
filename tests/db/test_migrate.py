"""Migrations at start: head matches, newer schemas are refused untouched, SQLite files are copied first."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from desktop.db.engine import make_engine, sqlite_url
from desktop.db.migrate import SchemaTooNewError, _backup_sqlite, migrate, script_head
from desktop.db.models import Base
from desktop.db.schema_version import HEAD_REVISION
from desktop.services.database import schema_is_current


def test_the_quick_check_constant_is_the_migration_head() -> None:
    assert script_head() == HEAD_REVISION


def test_migration_creates_every_model_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "relance.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        conn.execute(text("INSERT INTO tags (name) VALUES ('kept')"))
    engine.dispose()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    engine = make_engine(sqlite_url(path))
    with pytest.raises(SchemaTooNewError, match="newer version of Relance"):
        migrate(engine)
    engine.dispose()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert list(tmp_path.glob("*.before-*")) == []
    assert not schema_is_current(sqlite_url(path))


@pytest.mark.postgres
def test_a_newer_schema_is_refused_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNewError):
        migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_backup_copies_committed_data_including_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "relance.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO tags (name) VALUES ('in the wal')"))
    backup = _backup_sqlite(engine, "0000")
    engine.dispose()
    assert backup is not None and backup.exists() and backup != path
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT name FROM tags").fetchall() == [("in the wal",)]


def test_quick_check_knows_a_current_file_without_sqlalchemy(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "relance.sqlite")
    assert not schema_is_current(url)  # missing file
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    assert schema_is_current(url)
    assert migrate(make_engine(url)).before == HEAD_REVISION  # nothing to do the second time


@pytest.mark.postgres
def test_quick_check_knows_a_current_team_database_with_one_bare_connection(postgres_url: str) -> None:
    """A team database already current opens without SQLAlchemy before the first paint; anything else does not."""
    assert not schema_is_current(postgres_url)  # empty: no version table
    engine = make_engine(postgres_url)
    migrate(engine)
    assert schema_is_current(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not schema_is_current(postgres_url)  # older: migrated by the full open
    engine.dispose()
    assert not schema_is_current(postgres_url.replace("/t_", "/missing_"))  # no such base: the full open says so


def test_0009_keeps_an_existing_seller_on_the_trade_register_and_downgrades(db_url: str) -> None:
    from alembic import command

    from desktop.db.migrate import alembic_config
    from tests.support.database import upgrade_to

    engine = make_engine(db_url)
    try:
        cfg = alembic_config()
        with engine.connect() as conn:
            upgrade_to(conn, "0008")
            cfg.attributes["connection"] = conn
            conn.execute(text("INSERT INTO seller_identity (legal_name, rcs_city, validity_days) "
                              "VALUES ('Atelier', 'Lyon', 30)"))
            conn.commit()
            command.upgrade(cfg, "0009")
            conn.commit()
            assert conn.execute(text("SELECT registry_kind FROM seller_identity")).scalar_one() == "RCS"
            command.downgrade(cfg, "0008")
            conn.commit()
            assert "registry_kind" not in {c["name"] for c in inspect(conn).get_columns("seller_identity")}
            assert conn.execute(text("SELECT rcs_city FROM seller_identity")).scalar_one() == "Lyon"
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_early_check_hands_its_team_connection_to_the_first_reader(postgres_url: str) -> None:
    """A current team schema: the check's connection is the views' first read connection (no second sign-in to
    a remote server), later readers connect anew, and an unused one is closed with the database."""
    from desktop.services.database import Database, check_schema

    engine = make_engine(postgres_url)
    migrate(engine)
    engine.dispose()
    assert check_schema(postgres_url).connection is None  # not asked to keep it: closed
    checked = check_schema(postgres_url, keep=True)
    assert checked.current and checked.connection is not None and not checked.connection.closed
    database = Database(postgres_url, schema_current=True, first_reader=checked.connection)
    first, second = database.reader_connection(), database.reader_connection()
    assert first is checked.connection and second is not first
    cur = first.cursor()
    cur.execute("SELECT 1")
    assert cur.fetchone() == (1,)
    database.close()
    assert first.closed and second.closed
    unused = check_schema(postgres_url, keep=True).connection
    Database(postgres_url, schema_current=True, first_reader=unused).close()
    assert unused.closed


def test_an_old_schema_keeps_no_connection(tmp_path: Path) -> None:
    path = tmp_path / "relance.sqlite"
    from desktop.services.database import check_schema

    assert check_schema(sqlite_url(path), keep=True).connection is None  # no file: nothing to keep
    engine = make_engine(sqlite_url(path))
    migrate(engine)
    engine.dispose()
    assert check_schema(sqlite_url(path), keep=True) == check_schema(sqlite_url(path))  # SQLite: never kept
    assert check_schema(sqlite_url(path), keep=True).connection is None
