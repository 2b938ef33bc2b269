"""Copy a benchmark SQLite set into a migrated PostgreSQL database with COPY: the same rows on both backends.

The PostgreSQL sets used to be filled by the demo generator over the wire, row by row (a million contacts would take
hours); they are now loaded from the SQLite set, which holds exactly the rows the benchmarks' expectations rely on:

- the target is migrated by the caller (the schema is PostgreSQL's own: trigram indexes, plpgsql triggers); every
  table is emptied first (a migration may seed rows the set holds too);
- tables are loaded in foreign-key order (parents first), one ``COPY ... FROM STDIN`` each, with the columns both
  backends have; foreign keys stay checked (PostgreSQL checks each COPY's rows at its end);
- user triggers that would refuse the load or redo what the set already holds are disabled for the load and
  enabled again in the same transaction: the freeze guards of sent quotes and issued invoices (their lines cannot
  be inserted once the parent left draft), the immutable evidence of signatures, the latest-quote upkeep of
  contacts (its columns are copied), the word index of contacts (``contact_words``, PostgreSQL's only: refilled
  from the contacts in one statement after the load). A trigger whose function assigns ``NEW.<column>`` fills a
  column on insert and stays enabled, as do PostgreSQL's own (foreign keys);
- the indexes no constraint owns are dropped before the load and built again after it (in the same transaction);
- sequences are set past the largest id of their column, so that the benchmarks' inserts get fresh ids;
- the time zone of the session is UTC: SQLite stores the aware datetimes as naive UTC text.

A column PostgreSQL has and SQLite lacks (other than a generated one) is reported: it keeps its default.
"""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_FILLS_COLUMN = re.compile(r"\bNEW\.\w+\s*:=", re.IGNORECASE)


@dataclass
class LoadReport:
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    index_seconds: float = 0.0
    table_seconds: dict[str, float] = field(default_factory=dict)
    disabled_triggers: list[str] = field(default_factory=list)
    only_in_postgresql: list[str] = field(default_factory=list)
    only_in_sqlite: list[str] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def dependency_order(tables: list[str], edges: list[tuple[str, str]]) -> list[str]:
    """``tables`` with each table after those it references (``edges``: child, parent); self-references ignored,
    names sorted within a level so that the order is stable."""
    parents = {t: {p for c, p in edges if c == t and p != t and p in tables} for t in tables}
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(tables):
        ready = sorted(t for t in tables if t not in placed and parents[t] <= placed)
        if not ready:  # a cycle: PostgreSQL would refuse it at the end of a COPY anyway; keep going
            ready = sorted(t for t in tables if t not in placed)[:1]
        ordered += ready
        placed.update(ready)
    return ordered


def _postgres_tables(pg: Any) -> list[str]:
    rows = pg.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                      "AND table_type = 'BASE TABLE' AND table_name <> 'alembic_version'").fetchall()
    return [str(r[0]) for r in rows]


def _foreign_keys(pg: Any) -> list[tuple[str, str]]:
    rows = pg.execute("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                      "JOIN pg_namespace n ON n.oid = c.connamespace "
                      "WHERE c.contype = 'f' AND n.nspname = 'public'").fetchall()
    return [(str(a).strip('"'), str(b).strip('"')) for a, b in rows]


def _postgres_columns(pg: Any, table: str) -> list[str]:
    rows = pg.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                      "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,)).fetchall()
    return [str(r[0]) for r in rows]


def _blocking_triggers(pg: Any) -> list[tuple[str, str]]:
    """(table, trigger) of the user triggers to disable during the load (see the module docstring)."""
    rows = pg.execute("SELECT c.relname, t.tgname, p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                      "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
                      "WHERE NOT t.tgisinternal AND n.nspname = 'public' ORDER BY 1, 2").fetchall()
    return [(str(table), str(name)) for table, name, source in rows if not _FILLS_COLUMN.search(str(source))]


def load(sqlite_path: Path, pg: Any) -> LoadReport:
    """Copy every row of the SQLite file at ``sqlite_path`` into the migrated PostgreSQL database of the psycopg
    connection ``pg`` (committed at the end, all or nothing)."""
    report = LoadReport()
    started = time.perf_counter()
    with closing(sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)) as src, pg.transaction():
        pg.execute("SET LOCAL TimeZone = 'UTC'")
        tables = _postgres_tables(pg)
        sqlite_tables = {str(r[0]) for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        report.only_in_sqlite = sorted(sqlite_tables - set(tables) - {"alembic_version"}
                                       - {t for t in sqlite_tables if t.startswith(("contacts_fts", "sqlite_"))})
        if tables:
            pg.execute("TRUNCATE " + ", ".join(_quote(t) for t in tables))
        blocking = _blocking_triggers(pg)
        for table, trigger in blocking:
            pg.execute(f"ALTER TABLE {_quote(table)} DISABLE TRIGGER {_quote(trigger)}")
        report.disabled_triggers = [f"{t}.{n}" for t, n in blocking]
        indexes = _plain_indexes(pg)
        for index, _ in indexes:
            pg.execute(f"DROP INDEX {_quote(index)}")
        for table in dependency_order(tables, _foreign_keys(pg)):
            if table not in sqlite_tables:
                report.only_in_postgresql.append(table)
                continue
            have = {str(r[1]) for r in src.execute(f"PRAGMA table_info({_quote(table)})")}
            columns = [c for c in _postgres_columns(pg, table) if c in have]
            report.only_in_postgresql += [f"{table}.{c}" for c in _postgres_columns(pg, table) if c not in have]
            names = ", ".join(_quote(c) for c in columns)
            count = 0
            table_started = time.perf_counter()
            with pg.cursor() as cur, cur.copy(f"COPY {_quote(table)} ({names}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {names} FROM {_quote(table)}"):
                    copy.write_row(row)
                    count += 1
            report.rows[table] = count
            report.table_seconds[table] = round(time.perf_counter() - table_started, 2)
        index_started = time.perf_counter()
        for _, definition in indexes:
            pg.execute(definition)
        report.index_seconds = time.perf_counter() - index_started
        for table, trigger in blocking:
            pg.execute(f"ALTER TABLE {_quote(table)} ENABLE TRIGGER {_quote(trigger)}")
        if "contact_words" in tables:  # PostgreSQL's word index of contacts, kept by a trigger the load bypassed
            from desktop.db.contact_words import REFILL

            for statement in REFILL:
                pg.execute(statement)
        _reset_sequences(pg)
    report.seconds = time.perf_counter() - started
    return report


def _plain_indexes(pg: Any) -> list[tuple[str, str]]:
    """(name, definition) of the indexes no constraint owns: dropped before the load, built again after it (one
    sort each instead of an insertion per row; a trigram GIN index especially)."""
    rows = pg.execute("SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname "
                      "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname "
                      "WHERE i.schemaname = 'public' AND i.tablename <> 'alembic_version' "
                      "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid) ORDER BY 1").fetchall()
    return [(str(name), str(definition)) for name, definition in rows]


def _reset_sequences(pg: Any) -> None:
    """Each sequence owned by a column continues after the column's largest value."""
    rows = pg.execute("SELECT s.relname, t.relname, a.attname FROM pg_class s "
                      "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
                      "AND d.refclassid = 'pg_class'::regclass "
                      "JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid "
                      "AND a.attnum = d.refobjsubid JOIN pg_namespace n ON n.oid = s.relnamespace "
                      "WHERE s.relkind = 'S' AND n.nspname = 'public'").fetchall()
    for sequence, table, column in rows:
        top = pg.execute(f"SELECT max({_quote(column)}) FROM {_quote(table)}").fetchone()[0]
        if top is None:
            pg.execute("SELECT setval(%s, 1, false)", (_quote(sequence),))
        else:
            pg.execute("SELECT setval(%s, %s, true)", (_quote(sequence), int(top)))
