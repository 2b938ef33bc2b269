"""The first connection of a team engine learns what SQLAlchemy asks of the server in one round trip instead of six.

SQLAlchemy's PostgreSQL dialect initialises itself on an engine's first connection with four statements in a
transaction (``version()``, ``current_schema()``, the default isolation level, ``standard_conforming_strings``):
six round trips that every start of the desktop pays on the team server (30 ms each on a remote one). The server
already said its version in the connection's start-up, so the rest is read in one autocommitted statement, and the
dialect takes the answers from it. What the dialect ends up knowing is the same (a test compares both ways).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

_SQL = ("SELECT current_schema(), current_setting('transaction_isolation'), "
        "current_setting('standard_conforming_strings')")


def quicken_first_connect(engine: Engine) -> None:
    """Make ``engine``'s dialect (psycopg on PostgreSQL) initialise itself in one round trip."""
    dialect: Any = engine.dialect
    if dialect.name != "postgresql" or dialect.driver != "psycopg":
        return
    answers: dict[str, str] = {}
    cls = type(dialect)

    def server_version(connection: Any) -> tuple[int, ...]:
        number = int(connection.connection.dbapi_connection.info.server_version)  # e.g. 160004 for 16.4
        if number >= 100_000:
            return (number // 10_000, number % 10_000)
        return (number // 10_000, number // 100 % 100, number % 100)

    def default_schema(connection: Any) -> str:
        raw = connection.connection.dbapi_connection
        autocommit = raw.autocommit
        raw.autocommit = True  # no BEGIN before, no ROLLBACK after: one trip
        try:
            with raw.cursor() as cur:
                cur.execute(_SQL)
                schema, isolation, conforming = cur.fetchone()
        finally:
            raw.autocommit = autocommit
        answers.update(isolation=str(isolation).upper(), conforming=str(conforming))
        return str(schema)

    def default_isolation(dbapi_connection: Any) -> str:
        if "isolation" in answers:
            return answers["isolation"]
        return str(cls.get_default_isolation_level(dialect, dbapi_connection))

    def backslash_escapes(connection: Any) -> None:
        if "conforming" in answers:
            dialect._backslash_escapes = answers["conforming"] == "off"
        else:
            cls._set_backslash_escapes(dialect, connection)

    dialect._get_server_version_info = server_version
    dialect._get_default_schema_name = default_schema
    dialect.get_default_isolation_level = default_isolation
    dialect._set_backslash_escapes = backslash_escapes
