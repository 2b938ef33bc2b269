"""The two database backends every database-backed figure is measured on.

``working_database("sqlite", 100_000)`` yields the URL of a private copy of the cached SQLite file;
``working_database("postgresql", 100_000)`` yields the URL of a private database on a throwaway PostgreSQL
server started once per benchmark run (the test suite's own: loopback, trust authentication, run as the
``postgres`` user when root), copied with ``CREATE DATABASE ... TEMPLATE`` from a database loaded from the SQLite
set with COPY (:mod:`benchmarks.pg_load`), so both backends hold the same rows. The loaded set is kept as a
``pg_dump`` beside the SQLite file (``benchmarks/out/data/relance-v4-100000.pgdump``, with a manifest naming the
SQLite build it came from and the migrations applied, as the SQLite set's) and restored by the next run; new
migrations migrate the restored set forward and dump it again.
Figures measured on PostgreSQL carry the ``_pg`` suffix (:func:`figure_name`).

The server runs with ``fsync=off`` like the test suite's: write figures on PostgreSQL are therefore an upper
bound for a local server; a remote team server's figures come from the remote benchmark.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.datagen import (
    DATA_DIR,
    benchmark_database,
    is_current,
    manifest_path,
    migration_hashes,
    read_manifest,
    revision_of,
    set_lock,
    set_stem,
    still_valid,
    write_manifest,
)

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


def on_both_backends(measure: Callable[[str], dict[str, dict[str, object]]],
                     contacts: int = 100_000) -> dict[str, dict[str, object]]:
    """``measure(url)`` on a private copy of the benchmark set on each backend; the figures named for each."""
    figures: dict[str, dict[str, object]] = {}
    for backend in BACKENDS:
        with working_database(backend, contacts) as url:
            figures.update(figures_for(measure(url), backend))
    return figures


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
    """The name of a PostgreSQL database on ``server`` (the run's by default) holding the benchmark set at this
    size, filled at the first call: restored from its cached dump (migrated forward when new migrations came), or
    loaded from the SQLite set with COPY (:mod:`benchmarks.pg_load`) and dumped for the next run."""
    server = server or postgres_server()
    if (id(server), contacts) in _templates:
        return _templates[(id(server), contacts)]
    from tests.support.postgres import create_database

    source = benchmark_database(contacts)
    source_manifest = read_manifest(source) or {}
    name = f"bench_{contacts}"
    dump = DATA_DIR / f"{set_stem(contacts)}.pgdump"
    started = time.perf_counter()
    with set_lock(dump):
        url = create_database(server, name)
        how = _from_dump(server, name, url, dump, source_manifest)
        if how is None:
            seconds = load_from_sqlite(server, name, url, source)
            _vacuum(server, name)
            _dump(server, name, dump, {**source_manifest, "source": source_manifest.get("built"),
                                       "load_seconds": round(seconds, 1)})
            how = f"loaded from the SQLite set with COPY ({seconds:.1f} s)"
    print(f"   (PostgreSQL benchmark set of {contacts} contacts {how}, ready in {time.perf_counter() - started:.1f} s)",
          flush=True)
    _templates[(id(server), contacts)] = name
    return name


def _from_dump(server: Any, name: str, url: str, dump: Path, source_manifest: dict[str, Any]) -> str | None:
    """Restore the cached dump when it was made from this SQLite set with migrations still unchanged (migrated
    forward and dumped again when new ones came); None when it must be loaded afresh (the database left empty)."""
    manifest = read_manifest(dump) if dump.exists() else None
    current = migration_hashes()
    if manifest is None or manifest.get("source") != source_manifest.get("built") \
            or not still_valid(manifest, current) or not _restore(server, name, dump):
        return None
    if is_current(manifest, current):
        _vacuum(server, name)
        return "restored from its cached dump"
    from desktop.db.engine import make_engine
    from desktop.db.migrate import migrate
    from desktop.db.schema_version import HEAD_REVISION

    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    _vacuum(server, name)
    step = {"from": manifest["revision"], "to": HEAD_REVISION}
    _dump(server, name, dump, {**manifest, "revision": HEAD_REVISION, "migrations": current,
                               "migrated": [*manifest.get("migrated", []), step]})
    return f"restored and migrated forward from {manifest['revision']}"


def load_from_sqlite(server: Any, name: str, url: str, source: Path) -> float:
    """Migrate the empty database ``name`` and copy the SQLite set into it; returns the seconds the copy took."""
    import psycopg

    from benchmarks import pg_load
    from desktop.db.engine import make_engine
    from desktop.db.migrate import migrate

    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname=name) as conn:
        _same_revision(source, conn)
        report = pg_load.load(source, conn)
    slowest = sorted(report.table_seconds.items(), key=lambda kv: -kv[1])[:4]
    print(f"   ({report.total_rows} rows copied in {report.seconds:.1f} s, indexes {report.index_seconds:.1f} s; "
          f"slowest: {slowest})", flush=True)
    if report.only_in_postgresql or report.only_in_sqlite:
        print(f"   (PostgreSQL only: {report.only_in_postgresql}; SQLite only: {report.only_in_sqlite})", flush=True)
    return report.seconds


def _same_revision(source: Path, pg: Any) -> None:
    """Refuse to load a set whose schema is not the migrated target's: a column only PostgreSQL has would keep its
    default (a count kept by trigger would read 0 on every row, and the figures measured on it would be wrong)."""
    lite = revision_of(source)
    target = pg.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if lite != target:
        raise RuntimeError(f"the SQLite set {source.name} is at schema {lite}, PostgreSQL at {target}: "
                           "run the benchmark again (the set is migrated forward first)")


def _pg_tool(name: str) -> str:
    from tests.support.postgres import find_bin_dir

    bin_dir = find_bin_dir()
    return str(bin_dir / name) if bin_dir is not None else name


def _conn_args(server: Any, database: str) -> list[str]:
    return ["-h", server.host, "-p", str(server.port), "-U", server.user, "-d", database]


def _dump(server: Any, database: str, target: Path, manifest: dict[str, Any]) -> None:
    """Keep the filled set as a custom-format dump with its manifest (built under a temporary name, renamed when
    complete)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    done = subprocess.run([_pg_tool("pg_dump"), "-Fc", "-Z", "1", "-f", str(partial), *_conn_args(server, database)],
                          capture_output=True, check=False)
    if done.returncode == 0:
        manifest_path(target).unlink(missing_ok=True)
        partial.replace(target)
        write_manifest(target, manifest)
    else:
        partial.unlink(missing_ok=True)


def _restore(server: Any, database: str, dump: Path) -> bool:
    """Restore a cached dump into the empty ``database``; False (and nothing kept) when it fails."""
    done = subprocess.run([_pg_tool("pg_restore"), "-j", "2", "--no-owner", *_conn_args(server, database),
                           str(dump)], capture_output=True, check=False)
    if done.returncode != 0:
        print(f"   (the cached dump could not be restored: {done.stderr.decode(errors='replace')[:200]})")
        from tests.support.postgres import create_database, drop_database

        drop_database(server, database)
        create_database(server, database)
        return False
    return True


def _vacuum(server: Any, database: str) -> None:
    import psycopg

    with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname=database,
                         autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


@contextlib.contextmanager
def working_database(backend: str, contacts: int = 100_000, server: Any = None) -> Iterator[str]:
    """A writable database holding the benchmark set, dropped (or deleted) afterwards; yields its URL.

    ``server`` (PostgreSQL only): another server than the run's, such as the remote benchmark's.
    """
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "relance.sqlite"
            shutil.copy(benchmark_database(contacts), path)
            with path.open("rb") as copied:  # written to disk now, not flushed while a figure is measured (2.6 GB
                os.fsync(copied.fileno())  # at a million contacts: the start-up read 3.1 instead of 2.2)
            yield f"sqlite+pysqlite:///{path}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown backend: {backend}")
    from tests.support.postgres import create_database, drop_database

    server = server or postgres_server()
    template = template_database(contacts, server)
    name = f"w_{uuid.uuid4().hex[:12]}"
    url = create_database(server, name, template)
    try:
        yield url
    finally:
        drop_database(server, name)
