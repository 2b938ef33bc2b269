"""Many rows into one table in one go, their new ids in order, on both backends.

SQLAlchemy's "insertmanyvalues" turns ``insert(table).returning(id)`` with a list of rows into long
``INSERT ... VALUES (...), (...)`` statements. On SQLite that is fast. On PostgreSQL, psycopg parses
every such statement in Python to turn its placeholders into ``$n`` (statements that long are not
cached), which costs more than the insert itself: a 10,000-row import spent half its time there.
:func:`insert_returning_ids` takes the path each backend is best at:

- PostgreSQL: the ids are drawn from the table's sequence in one statement, then the rows (ids
  included) are streamed with ``COPY ... FROM STDIN``, which has no SQL to parse. Row triggers fire
  as for ``INSERT``; the column values go through the same SQLAlchemy bind processing (the UTC
  datetimes, money as cents) and the same Python-side defaults as an ``insert()`` would apply.
- SQLite: one ``executemany``, then the ids read back (see :func:`insert_returning_ids`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

# Fewer rows than this go in one INSERT: COPY's set-up (the ids drawn, the copy opened) costs more than it saves.
COPY_FROM = 50


def insert_returning_ids(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert ``rows`` (column name -> value; columns left out take their defaults) into ``table``, whose
    primary key is an integer ``id`` the database assigns; returns the new ids in the order of ``rows``.

    SQLite can only return ids one row at a time, so there the rows are inserted in one go and read back:
    once this transaction has written it holds SQLite's write lock, and an ``INTEGER PRIMARY KEY`` gives each
    new row ``max(id) + 1``, so the last ``len(rows)`` ids are exactly these rows, in order.
    """
    if not rows:
        return []
    unknown = {name for row in rows for name in row} - set(table.c.keys())
    if unknown:
        raise KeyError(f"{table.name} has no column {sorted(unknown)}")
    if session.get_bind().dialect.name == "postgresql":
        if len(rows) >= COPY_FROM:
            return _copy_with_ids(session, table, rows)
        return list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)))
    session.execute(insert(table), list(rows))
    last = session.scalars(select(table.c.id).order_by(table.c.id.desc()).limit(len(rows))).all()
    return list(reversed(last))


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` as :func:`insert_returning_ids` does, when the caller needs no ids back (the table's
    key is then the database's default, or a column given in the rows)."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql" and len(rows) >= COPY_FROM:
        _copy(session, table, rows, None)
    else:
        session.execute(insert(table), list(rows))


def _copy_with_ids(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    ids = list(session.scalars(text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                                    "FROM generate_series(1, :n) ORDER BY 1").bindparams(table=table.name,
                                                                                      n=len(rows))))
    _copy(session, table, rows, ids)
    return ids


def _copy(session: Session, table: Table, rows: Sequence[Mapping[str, Any]], ids: list[int] | None) -> None:
    """Stream ``rows`` with ``COPY``, with the given ``ids`` first (None: the table's own default)."""
    session.flush()  # the driver's COPY bypasses the session: rows it refers to must be written first
    dialect = session.get_bind().dialect
    names = _insert_columns(table, rows)
    columns = [table.c[name] for name in names]
    defaults = [_python_default(c) for c in columns]
    processors: list[Callable[[Any], Any] | None] = [c.type.dialect_impl(dialect).bind_processor(dialect)
                                                     for c in columns]
    raw = session.connection().connection.driver_connection
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in ([] if ids is None else ["id"]) + names)
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[union-attr]
            f"COPY {dialect.identifier_preparer.format_table(table)} ({quoted}) FROM STDIN") as copy:
        for i, row in enumerate(rows):
            values: list[Any] = [] if ids is None else [ids[i]]
            for name, default, process in zip(names, defaults, processors, strict=True):
                value = row[name] if name in row else default()
                values.append(process(value) if process is not None else value)
            copy.write_row(values)


def _insert_columns(table: Table, rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The columns to send: those given in any row, and those with a Python-side default (server-side
    defaults are the database's own: left out, they apply)."""
    given = {name for row in rows for name in row}
    return [c.name for c in table.columns if c.name != "id" and (c.name in given or c.default is not None)]


def _python_default(column: Any) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    if default.is_scalar:
        return lambda: default.arg
    if default.is_callable:
        return lambda: default.arg(None)  # SQLAlchemy wraps a no-argument callable to take the context
    raise TypeError(f"{column.table.name}.{column.name}: a SQL expression default cannot be streamed")
