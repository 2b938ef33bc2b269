"""The two database backends every database-backed figure is measured on.

``working_database("sqlite", 100_000)`` yields the URL of a private copy of the cached SQLite file;
``working_database("postgresql", 100_000)`` yields the URL of a private database on a throwaway PostgreSQL
server started once per benchmark run (the test suite's own: loopback, trust authentication, run as the
``postgres`` user when root), copied with ``CREATE DATABASE ... TEMPLATE`` from a database the demo generator
fills once per run with the same seed and clock as the SQLite file, so both backends hold the same rows.
Figures measured on PostgreSQL carry the ``_pg`` suffix (:func:`figure_name`).

The server runs with ``fsync=off`` like the test suite's: write figures on PostgreSQL are therefore an upper
bound for a local server; a remote team server's figures come from the remote benchmark.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.datagen import NOW, SEED, benchmark_database

BACKENDS = ("sqlite", "postgresql")

_server: Any = None
_templates: dict[tuple[int, int], str] = {}
_stack = contextlib.ExitStack()
atexit.register(_stack.close)


def figure_name(name: str, backend: str) -> str:
    """``contact_search_ms_100k`` on SQLite, ``contact_search_ms_100k_pg`` on PostgreSQL."""
    return name if backend == "sqlite" else f"{name}_pg"


def figures_for(result: dict[str, dict[str, object]], backend: str) -> dict[str, dict[str, object]]:
    """Rename a module's figures for ``backend`` and note the backend in each."""
    return {figure_name(k, backend): {**v, "backend": backend} for k, v in result.items()}


def postgres_available() -> bool:
    from tests.support.postgres import find_bin_dir

    return find_bin_dir() is not None


def postgres_server() -> Any:
    """The run's PostgreSQL server, started at the first call and stopped when the process ends."""
    global _server
    if _server is None:
        from tests.support.postgres import running_postgres

        _server = _stack.enter_context(running_postgres())
    return _server


def template_database(contacts: int, server: Any = None) -> str:
    """The name of a PostgreSQL database on ``server`` (the run's by default) holding the demo set at this size,
    filled at the first call."""
    server = server or postgres_server()
    if (id(server), contacts) in _templates:
        return _templates[(id(server), contacts)]
    from desktop.db.engine import make_engine
    from desktop.db.migrate import migrate
    from desktop.services.demo import fill_demo
    from tests.support.postgres import create_database

    name = f"bench_{contacts}"
    started = time.perf_counter()
    engine = make_engine(create_database(server, name))
    try:
        migrate(engine)
        fill_demo(engine, contacts=contacts, seed=SEED, now=NOW)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    print(f"   (PostgreSQL demo set of {contacts} contacts built in {time.perf_counter() - started:.1f} s)",
          flush=True)
    _templates[(id(server), contacts)] = name
    return name


@contextlib.contextmanager
def working_database(backend: str, contacts: int = 100_000, server: Any = None) -> Iterator[str]:
    """A writable database holding the benchmark set, dropped (or deleted) afterwards; yields its URL.

    ``server`` (PostgreSQL only): another server than the run's, such as the remote benchmark's.
    """
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "relance.sqlite"
            shutil.copy(benchmark_database(contacts), path)
            yield f"sqlite+pysqlite:///{path}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown backend: {backend}")
    import psycopg

    server = server or postgres_server()
    template = template_database(contacts, server)
    name = f"w_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield server.url(name)
    finally:
        with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
