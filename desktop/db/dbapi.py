"""Plain DB-API access for the read paths that must not wait for SQLAlchemy to import.

Opens the same databases as ``desktop.db.engine`` (SQLite file or PostgreSQL URL) with the bare
driver, and runs constant SQL with named parameters on either backend.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit


class DBAPIConnection(Protocol):
    def cursor(self) -> Any: ...

    def close(self) -> None: ...


def dialect_of(url: str) -> str:
    """``sqlite`` or ``postgresql`` for an SQLAlchemy-style URL."""
    scheme = url.split(":", 1)[0].split("+", 1)[0]
    if scheme == "sqlite":
        return "sqlite"
    if scheme in ("postgresql", "postgres"):
        return "postgresql"
    raise ValueError(f"unsupported database URL scheme: {scheme}")


def sqlite_path(url: str) -> str:
    """The file path of an ``sqlite+pysqlite:///path`` URL."""
    return url.split(":///", 1)[1]


LIBPQ_OPTIONS = frozenset({"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name"})


def connect_kwargs(url: str) -> dict[str, Any]:
    """The libpq options of a team URL (``sslmode``, ``sslrootcert``...) for psycopg."""
    return {k: v for k, v in parse_qsl(urlsplit(url).query) if k in LIBPQ_OPTIONS}


def connect(url: str, password: str | None = None) -> DBAPIConnection:
    """Open a read connection with the bare driver (stdlib sqlite3 or psycopg).

    ``password`` (team mode, from the keyring) wins over one written in the URL; the URL's libpq options
    (``sslmode``, ``sslrootcert``...) are passed on.
    """
    if dialect_of(url) == "sqlite":
        conn = sqlite3.connect(sqlite_path(url), check_same_thread=False)
        conn.execute("PRAGMA query_only=1")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.isolation_level = None  # autocommit: every read sees the latest committed data
        return conn
    import psycopg  # only in team mode

    parts = urlsplit(url.replace("+psycopg", "", 1))
    return psycopg.connect(
        host=parts.hostname, port=parts.port or 5432, user=unquote(parts.username or "") or None,
        password=password or (unquote(parts.password) if parts.password else None),
        dbname=(parts.path or "/").lstrip("/") or None, autocommit=True, **connect_kwargs(url),
    )


class Reader:
    """Base for list readers: placeholders per backend and one query helper."""

    def __init__(self, conn: DBAPIConnection, dialect: str) -> None:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database dialect: {dialect}")
        self._conn = conn
        self._dialect = dialect

    @property
    def dialect(self) -> str:
        return self._dialect

    def _p(self, name: str) -> str:
        return f":{name}" if self._dialect == "sqlite" else f"%({name})s"

    def _run(self, sql: str, params: dict[str, Any], planned_for_values: bool = False) -> list[tuple[Any, ...]]:
        """Run one statement and read its rows. ``planned_for_values`` (PostgreSQL): never prepared, so planned for
        its values each time; psycopg prepares a statement run five times, and the server may then plan it once
        for any values, which suits a statement whose best plan does not depend on them: a search of several words
        does (« jean d » at a million contacts took 240 ms planned once, 46 ms planned for its words)."""
        cur = self._conn.cursor()
        try:
            if planned_for_values and self._dialect == "postgresql":
                cur.execute(sql, params, prepare=False)
            else:
                cur.execute(sql, params)
            return list(cur.fetchall())
        finally:
            cur.close()

    def tags(self) -> list[tuple[int, str]]:
        """Every tag (id, name), by name: the choices of the tag filters."""
        return [(int(r[0]), str(r[1])) for r in self._run("SELECT id, name FROM tags ORDER BY name", {})]

    def _word_prefix_clauses(self, column: str, terms: list[str], params: dict[str, Any]) -> list[str]:
        """``column`` holds space-separated folded words; each term must start one of them."""
        clauses = []
        for i, w in enumerate(terms):
            escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params[f"w{i}"] = f"% {escaped}%"
            clauses.append(f"(' ' || {column}) LIKE {self._p(f'w{i}')} ESCAPE '\\'")
        return clauses
