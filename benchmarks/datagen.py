"""Benchmark databases: migrated SQLite files filled by the demo generator, built once and kept across migrations.

``benchmark_database(100_000)`` returns the path of ``benchmarks/out/data/relance-v<DEMO_VERSION>-100000.sqlite``.
Beside each set, ``<file>.json`` (its manifest) records the schema revision it is at and the SHA-256 of every
migration file applied to it. A set is reused as long as those files are unchanged:

- a new migration (a file the manifest does not name) migrates a copy of the set forward once, and the copy
  replaces the set (the manifest then names the new file too): minutes of generation saved for an index;
- a changed applied migration (as one not yet released may be, changed in place) builds a fresh set, as does a
  change of the generator's ``DEMO_VERSION`` (it is in the file's name).

A set or a migrated copy is written under a temporary name and renamed when complete (a run that is interrupted
never leaves a half-filled database behind, and a reader holding the old file keeps reading it whole); one lock
file per set keeps two benchmark processes from building or migrating it at once. Benchmarks must treat the file
as read-only (copy it first to write).

A set of an older naming (``relance-v4-s0018-100000.sqlite``, no manifest) is adopted (copied: the old file stays
for older checkouts) when its schema equals a fresh database migrated to its revision (the same tables, indexes
and triggers, statement for statement).

Usage: ``python -m benchmarks.datagen [contacts]`` builds (or finds, or migrates) one and prints its path and
timing.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "out" / "data"
VERSIONS = HERE.parent / "desktop" / "db" / "migrations" / "versions"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
"""The clock of every benchmark database: fixed, so that the cached files are reproducible."""
SEED = 42


def set_stem(contacts: int) -> str:
    """``relance-v4-100000``: the generator's version and the size; the schema is in the manifest."""
    from desktop.services.demo import DEMO_VERSION

    return f"relance-v{DEMO_VERSION}-{contacts}"


def cache_key() -> str:
    """The generator version, schema revision and migrations' content of the current tree (a label for logs)."""
    from desktop.db.schema_version import HEAD_REVISION
    from desktop.services.demo import DEMO_VERSION

    digest = hashlib.sha256("".join(f"{k}:{v}" for k, v in sorted(migration_hashes().items())).encode())
    return f"v{DEMO_VERSION}-s{HEAD_REVISION}-{digest.hexdigest()[:8]}"


def migration_hashes(revision: str | None = None) -> dict[str, str]:
    """SHA-256 of each migration file from the base to ``revision`` (the head by default), by file name."""
    from alembic.script import ScriptDirectory

    from desktop.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    hashes: dict[str, str] = {}
    for rev in script.iterate_revisions(revision or "heads", "base"):
        path = Path(rev.path)
        hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def manifest_path(target: Path) -> Path:
    return target.with_name(target.name + ".json")


def read_manifest(target: Path) -> dict[str, Any] | None:
    """The manifest of a cached set (SQLite file or PostgreSQL dump), or None when it has none."""
    try:
        data = json.loads(manifest_path(target).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("migrations"), dict) else None


def write_manifest(target: Path, manifest: dict[str, Any]) -> None:
    path = manifest_path(target)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    os.replace(partial, path)


def still_valid(manifest: dict[str, Any], current: dict[str, str]) -> bool:
    """Every migration applied to the set is unchanged (new ones may follow: they are applied forward)."""
    return all(current.get(name) == digest for name, digest in manifest["migrations"].items())


def is_current(manifest: dict[str, Any], current: dict[str, str]) -> bool:
    return bool(manifest["migrations"] == current)


@contextlib.contextmanager
def set_lock(target: Path) -> Iterator[None]:
    """An exclusive lock on one cached set, held while it is built or migrated (other processes wait)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def benchmark_database(contacts: int = 100_000) -> Path:
    """Return the path of a migrated SQLite database holding the demo set at this size.

    Args:
        contacts: How many contacts (companies are a third of that, as in the demo set).

    Returns:
        The path of the cached file: as it was, migrated forward, adopted from an older naming, or built now.
    """
    target = DATA_DIR / f"{set_stem(contacts)}.sqlite"
    current = migration_hashes()
    manifest = read_manifest(target) if target.exists() else None
    if manifest is not None and is_current(manifest, current):
        return target
    with set_lock(target):
        ensure_database(target, contacts, current)
    return target


def ensure_database(target: Path, contacts: int, current: dict[str, str]) -> str:
    """Bring the set at ``target`` to the current migrations (lock held); says what was done."""
    manifest = read_manifest(target) if target.exists() else None
    adopted = manifest is None and (manifest := _adopt_legacy(target, contacts)) is not None
    if manifest is not None and is_current(manifest, current):
        return "adopted" if adopted else "cached"
    if manifest is not None and still_valid(manifest, current):
        started = time.perf_counter()
        before = manifest["revision"]
        migrate_forward(target, manifest, current)
        print(f"   (benchmark set of {contacts} contacts migrated forward from {before} "
              f"in {time.perf_counter() - started:.1f} s)", flush=True)
        return "migrated"
    started = time.perf_counter()
    build_database(target, contacts)
    print(f"   (benchmark set of {contacts} contacts built in {time.perf_counter() - started:.1f} s)", flush=True)
    return "built"


def _partial(target: Path) -> Path:
    return target.with_name(f"{target.stem}.{os.getpid()}.partial")


def _remove_with_sides(path: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def _settle(partial: Path, target: Path) -> None:
    """Fold the WAL into the file (one file is the whole database) and put it in place."""
    with closing(sqlite3.connect(partial)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    os.replace(partial, target)
    _remove_with_sides(partial)


def build_database(target: Path, contacts: int) -> float:
    """Build the database at ``target`` (replacing it) and its manifest; returns the seconds the generator took."""
    from desktop.db.engine import make_engine, sqlite_url
    from desktop.db.migrate import migrate
    from desktop.db.schema_version import HEAD_REVISION
    from desktop.services.demo import fill_demo

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(target)
    _remove_with_sides(partial)
    engine = make_engine(sqlite_url(partial))
    try:
        migrate(engine)
        # the migrations as they were applied: a file changed while the set is filled (minutes at a million)
        # must not be recorded as applied in its new form
        applied = migration_hashes(HEAD_REVISION)
        summary = fill_demo(engine, contacts=contacts, seed=SEED, now=NOW)
    finally:
        engine.dispose()
    manifest_path(target).unlink(missing_ok=True)
    _settle(partial, target)
    write_manifest(target, {"contacts": contacts, "revision": HEAD_REVISION, "migrations": applied,
                            "built": f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}",
                            "generator_seconds": round(summary.seconds, 1), "migrated": []})
    return summary.seconds


def upgrade_sqlite(path: Path, revision: str = "head") -> None:
    """Apply the migrations to the SQLite file at ``path`` (no backup copy: the caller works on a copy)."""
    from alembic import command

    from desktop.db.engine import make_engine, sqlite_url
    from desktop.db.migrate import alembic_config

    engine = make_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


def migrate_forward(target: Path, manifest: dict[str, Any], current: dict[str, str]) -> None:
    """Apply the migrations the set lacks to a copy of it, then put the copy in place with its manifest."""
    from desktop.db.schema_version import HEAD_REVISION

    partial = _partial(target)
    _remove_with_sides(partial)
    with closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as src, \
            closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    upgrade_sqlite(partial)
    _settle(partial, target)
    step = {"from": manifest["revision"], "to": HEAD_REVISION, "at": f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}"}
    write_manifest(target, {**manifest, "revision": HEAD_REVISION, "migrations": current,
                            "migrated": [*manifest.get("migrated", []), step]})


def schema_of(path: Path) -> set[tuple[str, str, str]]:
    """The schema of an SQLite file, statement by statement (tables, indexes, triggers, views)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    return {(str(t), str(n), str(s)) for t, n, s in rows}


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def fresh_schema(revision: str) -> set[tuple[str, str, str]]:
    """The schema of an empty database migrated to ``revision`` by the migrations of this tree."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fresh.sqlite"
        upgrade_sqlite(path, revision)
        return schema_of(path)


def _adopt_legacy(target: Path, contacts: int) -> dict[str, Any] | None:
    """Take over a set of the older naming (no manifest) whose schema equals this tree's at its revision."""
    from desktop.services.demo import DEMO_VERSION

    candidates = sorted(target.parent.glob(f"relance-v{DEMO_VERSION}-s*-{contacts}.sqlite"), reverse=True)
    for legacy in candidates:
        try:
            revision = revision_of(legacy)
            if revision is None or schema_of(legacy) != fresh_schema(revision):
                continue
            manifest = {"contacts": contacts, "revision": revision, "migrations": migration_hashes(revision),
                        "built": f"adopted-{legacy.name}", "migrated": []}
        except Exception as exc:  # an unknown revision, a damaged file: not adoptable
            print(f"   ({legacy.name} not adopted: {type(exc).__name__}: {exc})", flush=True)
            continue
        partial = _partial(target)  # a copy: a process of an older checkout may still be reading the legacy file
        _remove_with_sides(partial)
        with closing(sqlite3.connect(f"file:{legacy}?mode=ro", uri=True)) as src, \
                closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        _settle(partial, target)
        write_manifest(target, manifest)
        print(f"   (adopted {legacy.name} at schema {revision} as {target.name})", flush=True)
        return manifest
    return None


def main(argv: list[str]) -> int:
    contacts = int(argv[1]) if len(argv) > 1 else 100_000
    target = DATA_DIR / f"{set_stem(contacts)}.sqlite"
    started = time.perf_counter()
    with set_lock(target):
        how = ensure_database(target, contacts, migration_hashes())
    print(f"{how}: {target} ({contacts} contacts) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
