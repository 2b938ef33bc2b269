"""The application's database handle: a quick read path at once, the ORM when it is ready.

Start-up must not wait for SQLAlchemy to import (a third of a second). So:

- ``schema_is_current`` checks the schema's version with the bare driver (an SQLite file, or the team's
  PostgreSQL over one psycopg connection: a remote server then costs a few round trips, not SQLAlchemy's start);
- list views read through ``reader_connection`` (bare DB-API, see ``desktop.db.dbapi``);
- ``open`` imports SQLAlchemy, builds the engine and migrates; the GUI runs it on its worker
  thread right after the first paint, and everything that writes runs on that same thread after it.
When the schema is not current (first start, upgrade), ``open`` runs before the window is built.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.db import dbapi
from desktop.db.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


#: One trip: the schema's version, and whether the seller's identity was saved (a first start asks for it).
_CHECK_SQL = "SELECT version_num, EXISTS (SELECT 1 FROM seller_identity) FROM alembic_version"


@dataclass(frozen=True)
class SchemaCheck:
    """What the early check read: the schema is at this build's head, and (then) a seller identity exists."""

    current: bool
    has_seller: bool = False
    #: Team mode with ``keep=True``: the check's open connection (autocommit), handed to the views as their first
    #: read connection (:class:`Database` ``first_reader``): a remote server is spared a second TLS sign-in.
    connection: Any = field(default=None, compare=False, repr=False)
    #: Team mode: the server refused to sign in without a password (libpq's ``PQconnectionNeedsPassword``).
    needs_password: bool = False
    #: Team mode: whether the sign-in used a password (``PQconnectionUsedPassword``); None when none succeeded.
    password_used: bool | None = None


def check_schema(url: str, password: str | None = None, *, keep: bool = False) -> SchemaCheck:
    """Whether the database at ``url`` is already at this build's schema, and whether it holds the seller's
    identity (else the first start's welcome is due), in one statement with the bare driver.

    Any failure (no file, no server, no table, refused sign-in) answers not current: the caller then opens the
    database the full way, which migrates or says in words what is wrong. ``keep`` (team mode): a current
    schema's answer carries the open connection (see :attr:`SchemaCheck.connection`); else it is closed.
    """
    if dbapi.dialect_of(url) != "sqlite":
        try:
            conn = dbapi.connect(url, password)
        except Exception as exc:  # the full open says why
            refused = getattr(exc, "pgconn", None)  # psycopg's finished connection: what libpq learned
            return SchemaCheck(False, needs_password=bool(getattr(refused, "needs_password", False)))
        kept = False
        used = bool(getattr(getattr(conn, "pgconn", None), "used_password", False))
        try:
            cur = conn.cursor()
            cur.execute(_CHECK_SQL)
            row = cur.fetchone()
            cur.close()
            checked = replace(_checked(row), password_used=used)
            kept = keep and checked.current
            return replace(checked, connection=conn) if kept else checked
        except Exception:  # no table yet (a fresh team database), or a schema older than the seller's identity
            return SchemaCheck(False, password_used=used)
        finally:
            if not kept:
                conn.close()
    path = Path(dbapi.sqlite_path(url))
    if not path.exists():
        return SchemaCheck(False)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute(_CHECK_SQL).fetchone()
    except sqlite3.Error:
        return SchemaCheck(False)
    return _checked(row)


def _checked(row: Any) -> SchemaCheck:
    if row is None or row[0] != HEAD_REVISION:
        return SchemaCheck(False)
    return SchemaCheck(True, bool(row[1]))


def schema_is_current(url: str, password: str | None = None) -> bool:
    """True when the database at ``url`` is already at this build's schema (checked without SQLAlchemy)."""
    return check_schema(url, password).current


class Database:
    """One database for the whole application: URL, ORM session factory, bare read connections."""

    def __init__(self, url: str, password: str | None = None, *, schema_current: bool = False,
                 first_reader: dbapi.DBAPIConnection | None = None) -> None:
        """``schema_current``: the caller has just read the schema's version at this build's head
        (:func:`check_schema`): ``open`` then builds the engine without a connection, and the first session connects
        (a team server is spared the migration's reads and a ping at start-up). ``first_reader``: that check's
        open connection, handed out by the first :meth:`reader_connection`."""
        self.url = url
        self._schema_current = schema_current
        self._password = password  # team mode: from the keyring, never in the URL
        self.dialect = dbapi.dialect_of(url)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        self._readers: list[dbapi.DBAPIConnection] = []  # handed to the views: closed with the database
        self._spare = first_reader

    def open(self) -> None:
        """Import the ORM, create the engine and bring the schema up to date (idempotent)."""
        with self._lock:
            if self._sessions is not None:
                return
            if self.dialect == "sqlite":
                Path(dbapi.sqlite_path(self.url)).parent.mkdir(parents=True, exist_ok=True)
            from desktop.db.engine import make_engine, make_session_factory
            from desktop.db.migrate import migrate

            engine = make_engine(self.url, **({"connect_args": {"password": self._password}}
                                              if self._password and self.dialect != "sqlite" else {}))
            try:
                if not self._schema_current:
                    migrate(engine)
            except Exception:
                engine.dispose()
                raise
            self._engine = engine
            self._sessions = make_session_factory(engine)

    @property
    def is_open(self) -> bool:
        return self._sessions is not None

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory; opens the database first if needed (call off the UI thread)."""
        if self._sessions is None:
            self.open()
        assert self._sessions is not None
        return self._sessions

    @property
    def engine(self) -> Engine:
        self.sessions  # noqa: B018 - opens on first use
        assert self._engine is not None
        return self._engine

    @property
    def lazy_sessions(self) -> sessionmaker[Session]:
        """A stand-in for the session factory that opens the database on first use (off the UI thread)."""
        return _LazySessions(self)  # type: ignore[return-value]

    def reader_connection(self) -> dbapi.DBAPIConnection:
        """A bare read connection for list views (usable before ``open`` on a current schema); closed by
        :meth:`close` if its view did not close it first (the windows are destroyed without closing at exit)."""
        conn, self._spare = self._spare or dbapi.connect(self.url, self._password), None
        self._readers.append(conn)
        return conn

    def scalar(self, sql: str) -> Any:
        """Run one constant read query on a short-lived bare connection."""
        conn = dbapi.connect(self.url, self._password)
        try:
            cur = conn.cursor()
            cur.execute(sql)
            row = cur.fetchone()
            cur.close()
            return row[0] if row else None
        finally:
            conn.close()

    def close(self) -> None:
        readers, self._readers = [*self._readers, *([self._spare] if self._spare is not None else [])], []
        self._spare = None
        for conn in readers:
            try:
                conn.close()
            except Exception:  # noqa: S112 - closing what is left: a broken connection is gone already
                continue
        if self._engine is not None:
            self._engine.dispose()


class _LazySessions:
    """Calls and ``begin()`` go to the real factory, opened when first needed."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def __call__(self, **kwargs: Any) -> Session:
        return self._database.sessions(**kwargs)

    def begin(self) -> Any:
        return self._database.sessions.begin()


def transaction(database: Database, work: Callable[[Session], Any]) -> Any:
    """Run ``work`` in one session and one transaction (one user action)."""
    with database.sessions.begin() as session:
        return work(session)
