"""Benchmark databases: migrated SQLite files filled by the demo generator, built once and cached.

``benchmark_database(100_000)`` returns the path of ``benchmarks/out/data/relance-<key>-100000.sqlite``;
the key joins the generator's ``DEMO_VERSION``, the schema's head revision and a digest of the migrations, so a
change of any builds a fresh file. A file is built under a temporary name and renamed when complete, so a run that
was interrupted never leaves a half-filled database behind. Benchmarks must treat the file as
read-only (copy it first to write).

Usage: ``python -m benchmarks.datagen [contacts]`` builds (or finds) one and prints its path and timing.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "out" / "data"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
"""The clock of every benchmark database: fixed, so that the cached files are reproducible."""
SEED = 42


def cache_key() -> str:
    """The generator version, schema revision and migrations' content a cached file was built with (a migration
    changed in place, as one not yet released may be, builds a fresh file too)."""
    import hashlib

    from desktop.db.schema_version import HEAD_REVISION
    from desktop.services.demo import DEMO_VERSION

    versions = Path(__file__).resolve().parents[1] / "desktop" / "db" / "migrations" / "versions"
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(versions.glob("*.py")))).hexdigest()[:8]
    return f"v{DEMO_VERSION}-s{HEAD_REVISION}-{digest}"


def benchmark_database(contacts: int = 100_000) -> Path:
    """Return the path of a migrated SQLite database holding the demo set at this size.

    Args:
        contacts: How many contacts (companies are a third of that, as in the demo set).

    Returns:
        The path of the cached file, built now if missing.
    """
    target = DATA_DIR / f"relance-{cache_key()}-{contacts}.sqlite"
    if target.exists():
        return target
    build_database(target, contacts)
    return target


def build_database(target: Path, contacts: int) -> float:
    """Build the database at ``target`` (replacing it); returns the seconds the generator took."""
    from desktop.db.engine import make_engine, sqlite_url
    from desktop.db.migrate import migrate
    from desktop.services.demo import fill_demo

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.stem}.{os.getpid()}.partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(partial))
    try:
        migrate(engine)
        summary = fill_demo(engine, contacts=contacts, seed=SEED, now=NOW)
        with engine.connect() as conn:  # fold the WAL into the file, so that one file is the whole database
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    os.replace(partial, target)
    for side in ("-wal", "-shm"):
        partial.with_name(partial.name + side).unlink(missing_ok=True)
    return summary.seconds


def main(argv: list[str]) -> int:
    contacts = int(argv[1]) if len(argv) > 1 else 100_000
    target = DATA_DIR / f"relance-{cache_key()}-{contacts}.sqlite"
    if target.exists():
        print(f"cached: {target}")
        return 0
    started = time.perf_counter()
    seconds = build_database(target, contacts)
    print(f"built {target} ({contacts} contacts): generator {seconds:.1f} s, "
          f"with migration {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
