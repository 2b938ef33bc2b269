"""Migrated databases for tests, on SQLite and on the suite's PostgreSQL.

A test's migrated database is a copy of one migrated once for the session (the SQLite file copied, the PostgreSQL
database created from it as a template): migrating twenty revisions costs 0.15 s on SQLite and 0.4 s on
PostgreSQL, a copy a tenth of that. The copy is then opened by ``migrate`` as the app opens a current database.
The tests of the migrations themselves start from an empty database (``db_url``, ``postgres_url``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_engine, make_session_factory, sqlite_url
from desktop.db.migrate import migrate
from tests.support.postgres import PostgresServer, create_database, drop_database

PG_TEMPLATE = "relance_migrated"


def upgrade_to(conn: Connection, revision: str) -> None:
    """Apply the migrations up to ``revision`` on ``conn`` and commit: a database at an older schema, which a test
    fills before it migrates the rest of the way."""
    from alembic import command

    from desktop.db.migrate import alembic_config

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
    conn.commit()


def migrated_engine(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "relance.sqlite")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once for the session (closed: its WAL checkpointed into it)."""
    path = tmp_path_factory.mktemp("template") / "relance.sqlite"
    migrated_engine(sqlite_url(path)).dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A PostgreSQL database migrated once for the session, the template of each test's migrated database."""
    migrated_engine(create_database(postgres_server, PG_TEMPLATE)).dispose()
    return PG_TEMPLATE


def _copy_of_migrated(url: str, request: pytest.FixtureRequest) -> str:
    """Make the (empty) database at ``url`` a copy of the session's migrated one; returns ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database is not None
        target = Path(parsed.database)
        if not target.exists():
            shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        return url
    assert parsed.database is not None
    template = request.getfixturevalue("postgres_template")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    drop_database(server, parsed.database)
    return create_database(server, parsed.database, template)


@pytest.fixture
def engine(db_url: str, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A migrated engine on both backends."""
    eng = migrated_engine(_copy_of_migrated(db_url, request))
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory over the migrated engine."""
    return make_session_factory(engine)


@pytest.fixture
def sqlite_engine(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A migrated SQLite engine only (GUI tests and SQLite-specific checks)."""
    eng = migrated_engine(_copy_of_migrated(sqlite_url(tmp_path / "relance.sqlite"), request))
    yield eng
    eng.dispose()
