"""Two desktops finalising quotes at the same moment on one PostgreSQL database never share a number."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from desktop.db import quotes as repo
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from tests.db.test_quotes import draft_with_lines, make_world

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
ROUNDS = 8

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_engines(postgres_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two engines (two desktops) on one migrated PostgreSQL database."""
    first, second = make_engine(postgres_url), make_engine(postgres_url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


def _drafts(engine: Engine, count: int) -> list[int]:
    with make_session_factory(engine).begin() as session:
        contact_id = make_world(session)
        return [draft_with_lines(session, contact_id).id for _ in range(count)]


def test_simultaneous_finalisations_get_distinct_gapless_numbers(two_engines: tuple[Engine, Engine]) -> None:
    drafts = _drafts(two_engines[0], 2 * ROUNDS)
    barrier = threading.Barrier(2, timeout=30)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def desktop(engine: Engine, mine: list[int]) -> None:
        sessions = make_session_factory(engine)
        try:
            for quote_id in mine:
                barrier.wait()  # both desktops press "Finalise" at the same moment
                with sessions.begin() as session:
                    number = repo.finalise(session, quote_id, NOW).number
                assert number is not None
                numbers.append(number)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=desktop, args=(engine, drafts[i::2]))
               for i, engine in enumerate(two_engines)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(numbers) == [f"D-2026-{n:04d}" for n in range(1, 2 * ROUNDS + 1)]


def test_a_second_finalisation_waits_for_the_first_to_commit(two_engines: tuple[Engine, Engine]) -> None:
    first_id, second_id = _drafts(two_engines[0], 2)
    holding = threading.Event()
    committed_at: list[float] = []

    def slow_desktop() -> None:
        with make_session_factory(two_engines[0]).begin() as session:
            repo.finalise(session, first_id, NOW)
            holding.set()
            time.sleep(0.5)  # the sequence row stays locked until this commit
            committed_at.append(time.monotonic())

    thread = threading.Thread(target=slow_desktop)
    thread.start()
    assert holding.wait(timeout=30)
    with make_session_factory(two_engines[1]).begin() as session:
        number = repo.finalise(session, second_id, NOW).number
        finished = time.monotonic()
    thread.join(timeout=30)
    assert number == "D-2026-0002"
    assert committed_at and finished >= committed_at[0]
