"""Counting the database round trips of an action in a test, on both backends, as ``bench_roundtrips`` does.

The fixture ``trips`` (import ``trips_fixture`` into the test module) gives a migrated database reached through
the benchmark's own counter (:mod:`benchmarks.roundtrips`): on PostgreSQL a counting proxy on the wire
(``BEGIN``/``COMMIT`` and the pool's ping are trips), on SQLite SQLite's trace of each statement
(``BEGIN``/``COMMIT`` not counted there). ``trips.take()`` returns what was counted since the last take.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.roundtrips import Meter, Tally, WireCounter, sqlite_tracing
from desktop.db.engine import make_engine, make_session_factory, sqlite_url
from desktop.db.migrate import migrate


@dataclass
class Trips:
    backend: str
    engine: Engine
    sessions: sessionmaker[Session]
    _meter: Meter
    _wire: WireCounter | None

    def take(self) -> Tally:
        if self._wire is not None:
            self._wire.settle()
        return self._meter.take()


@pytest.fixture(name="trips", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def trips_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Trips]:
    """A migrated database on each backend, its trips counted."""
    backend = str(request.param)
    meter = Meter(backend)
    with ExitStack() as stack:
        wire: WireCounter | None = None
        if backend == "sqlite":
            url = sqlite_url(tmp_path / "relance.sqlite")
            stack.enter_context(sqlite_tracing(meter))
        else:
            server: Any = request.getfixturevalue("postgres_server")
            url = str(request.getfixturevalue("postgres_url"))
            wire = WireCounter(meter, server.host, server.port)
            stack.callback(wire.close)
            url = wire.url(url)
        engine = make_engine(url)
        stack.callback(engine.dispose)
        migrate(engine)
        counted = Trips(backend, engine, make_session_factory(engine), meter, wire)
        counted.take()
        yield counted
