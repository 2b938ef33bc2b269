"""Two desktops issuing invoices at the same moment on one PostgreSQL database never share a number."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.services.invoicing import workflow as wf
from tests.db.test_invoices import OPTIONS, make_order

NOW = datetime(2026, 9, 14, 10, 0, tzinfo=UTC)
ROUNDS = 6

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_engines(postgres_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two engines (two desktops) on one migrated PostgreSQL database."""
    first, second = make_engine(postgres_url), make_engine(postgres_url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


def test_simultaneous_issues_get_distinct_gapless_numbers(two_engines: tuple[Engine, Engine]) -> None:
    with make_session_factory(two_engines[0]).begin() as session:
        drafts = []
        for _ in range(ROUNDS):
            order_id = make_order(session)
            drafts += [wf.create_deposit(session, order_id, NOW, OPTIONS, percent=Decimal("10")).id,
                       wf.create_deposit(session, order_id, NOW, OPTIONS, percent=Decimal("20")).id]
    barrier = threading.Barrier(2, timeout=30)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def desktop(engine: Engine, mine: list[int]) -> None:
        sessions = make_session_factory(engine)
        try:
            for invoice_id in mine:
                barrier.wait()  # both desktops press « Émettre » at the same moment
                with sessions.begin() as session:
                    number = wf.issue(session, invoice_id, NOW).number
                assert number is not None
                numbers.append(number)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=desktop, args=(engine, drafts[i::2])) for i, engine in enumerate(two_engines)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(numbers) == [f"F-2026-{n:04d}" for n in range(1, 2 * ROUNDS + 1)]


def test_a_rolled_back_issue_gives_its_number_back(two_engines: tuple[Engine, Engine]) -> None:
    sessions = make_session_factory(two_engines[0])
    with sessions.begin() as session:
        order_id = make_order(session)
        first = wf.create_deposit(session, order_id, NOW, OPTIONS, percent=Decimal("10")).id
        second = wf.create_deposit(session, order_id, NOW, OPTIONS, percent=Decimal("10")).id
    with sessions() as session:
        assert wf.issue(session, first, NOW).number == "F-2026-0001"
        session.rollback()  # the desktop crashed before committing
    with make_session_factory(two_engines[1]).begin() as session:
        assert wf.issue(session, second, NOW).number == "F-2026-0001"
