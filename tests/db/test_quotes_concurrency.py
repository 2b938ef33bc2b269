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


def _someone_waits_for_a_lock(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        ).scalar())


def test_the_loser_of_a_race_to_finalise_the_same_quote_is_told_in_words(two_engines: tuple[Engine, Engine]) -> None:
    (quote_id,) = _drafts(two_engines[0], 1)
    first_flushed, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    def first_desktop() -> None:
        with make_session_factory(two_engines[0]).begin() as session:
            repo.finalise(session, quote_id, NOW)
            first_flushed.set()
            assert release.wait(timeout=30)  # commits once the second desktop is waiting

    def second_desktop() -> None:
        try:
            with make_session_factory(two_engines[1]).begin() as session:
                outcome.append(repo.finalise(session, quote_id, NOW).number)
        except Exception as exc:  # reported by the main thread
            outcome.append(exc)

    first = threading.Thread(target=first_desktop)
    first.start()
    assert first_flushed.wait(timeout=30)
    second = threading.Thread(target=second_desktop)
    second.start()
    deadline = time.monotonic() + 30
    while not _someone_waits_for_a_lock(two_engines[0]) and time.monotonic() < deadline:
        time.sleep(0.01)
    release.set()
    first.join(timeout=30)
    second.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], repo.QuoteFrozenError), outcome
    assert "D-2026-0001" in str(outcome[0]) and "nouvelle version" in str(outcome[0])
    with make_session_factory(two_engines[0])() as session:
        assert repo.get_quote(session, quote_id).number == "D-2026-0001"
