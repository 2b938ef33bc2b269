"""Empty databases on both backends, for the figures that start from nothing (import, send, notify).

``empty_database("sqlite")`` yields the URL of a new SQLite file in a temporary folder;
``empty_database("postgresql")`` the URL of a new database on the run's throwaway PostgreSQL server
(:func:`benchmarks.backends.postgres_server`), dropped afterwards. Neither is migrated: the code measured
migrates it, as the application does on a first start.
"""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.backends import BACKENDS, figures_for, postgres_server


@contextlib.contextmanager
def empty_database(backend: str) -> Iterator[str]:
    """A new, empty database on ``backend``; yields its SQLAlchemy URL and removes it afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="relance-bench-") as tmp:
            yield f"sqlite+pysqlite:///{Path(tmp) / 'relance.sqlite'}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown backend: {backend}")
    from tests.support.postgres import create_database, drop_database

    server = postgres_server()
    name = f"e_{uuid.uuid4().hex[:12]}"
    url = create_database(server, name)
    try:
        yield url
    finally:
        drop_database(server, name)


def on_both_backends_fresh(measure: Callable[[str], dict[str, dict[str, object]]]) -> dict[str, dict[str, object]]:
    """``measure(backend)`` on each backend (it opens its own :func:`empty_database`), the figures named for each."""
    figures: dict[str, dict[str, object]] = {}
    for backend in BACKENDS:
        figures.update(figures_for(measure(backend), backend))
    return figures
