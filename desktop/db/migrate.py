"""Apply the Alembic migrations at start, safely.

- A database whose schema is newer than this build is refused, untouched.
- Before an SQLite file with data is migrated, a copy is saved beside it.
- On PostgreSQL an advisory lock keeps two desktops from migrating at once (a schema already current is
  read without it).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from desktop.db.schema_version import HEAD_REVISION

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 0x52454C41  # "RELA"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Relance; this build must not touch it."""


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_head() -> str:
    """The head revision of the shipped migration scripts."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _backup_sqlite(engine: Engine, revision: str) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{HEAD_REVISION}-from-{revision}-{stamp}{source.suffix}")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)  # consistent copy, WAL content included
    return target


def migrate(engine: Engine) -> MigrationReport:
    """Bring the database to this build's schema; see the module docstring for the guarantees."""
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    postgres = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        if postgres:
            # Already current (every start but an upgrade's): no lock to take and give back, six round trips fewer. A
            # migration elsewhere commits its schema and its version together, so this read sees both or neither.
            current = current_revision(conn)
            conn.rollback()
            if current == HEAD_REVISION:
                return MigrationReport(current, current, None)
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
        try:
            before = current_revision(conn)
            if before is not None and before not in known:
                raise SchemaTooNewError(
                    f"This database was created by a newer version of Relance (schema {before}); "
                    f"this version knows schemas up to {HEAD_REVISION}. Install the newer Relance: "
                    "the database was left untouched."
                )
            if before == HEAD_REVISION:
                return MigrationReport(before, before, None)
            backup = _backup_sqlite(engine, before) if engine.dialect.name == "sqlite" and before else None
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
            return MigrationReport(before, HEAD_REVISION, backup)
        finally:
            if postgres:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
