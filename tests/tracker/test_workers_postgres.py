"""Two tracker instances on one PostgreSQL database, as several uvicorn workers are: the feed is one feed."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from tests.tracker.conftest import FakeClock, Tracker, build_tracker, make_config, new_token, register, registration
from tracker.app import close_state
from tracker.schema import events
from tracker.writer import Command

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]


@pytest.fixture
def two_trackers(postgres_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Tracker, Tracker]]:
    config = dataclasses.replace(make_config(tmp_path, clock), database_url=postgres_url)
    first = build_tracker(config, clock)
    second = build_tracker(config, clock)
    for tracker in (first, second):
        assert tracker.state.listener is not None and tracker.state.listener.listening.wait(5)
    yield first, second
    close_state(first.state)  # again is harmless
    close_state(second.state)


async def test_a_long_poll_answers_when_the_hit_lands_on_the_other_instance(
        two_trackers: tuple[Tracker, Tracker]) -> None:
    a, b = two_trackers
    token = new_token()
    async with a.client() as on_a, b.client() as on_b:
        await register(b, on_b, registration(token))
        cursor = (await on_a.get("/api/v1/events", headers=a.auth)).json()["next_cursor"]
        for _ in range(3):
            waiting = asyncio.create_task(on_a.get("/api/v1/events", params={"after": cursor, "wait": 10},
                                                   headers=a.auth))
            await asyncio.sleep(0.1)  # the long-poll waits on A
            assert not waiting.done()
            hit_at = time.monotonic()
            assert (await on_b.get(f"/o/{token}.gif")).status_code == 200
            page = (await asyncio.wait_for(waiting, 5)).json()
            assert (time.monotonic() - hit_at) < 1.0  # not the 10 s wait: B's commit woke A
            assert [e["kind"] for e in page["events"]] == ["open"]
            cursor = page["next_cursor"]


async def test_a_reader_never_passes_an_event_another_instance_has_not_committed_yet(
        two_trackers: tuple[Tracker, Tracker]) -> None:
    a, b = two_trackers
    token = new_token()
    inserted, release = threading.Event(), threading.Event()

    def slow_insert(conn: Connection) -> None:  # a command storing a feed row, as a signature's does
        conn.execute(insert(events).values(id=secrets.token_hex(12), token=token, kind="signed", ts_us=1,
                                           verdict="human", reasons=json.dumps([]), reclassifies="[]"))
        inserted.set()
        release.wait(5)

    async with b.client() as on_b:
        await register(b, on_b, registration(token))
        cursor = (await on_b.get("/api/v1/events", headers=b.auth)).json()["next_cursor"]
        pending = a.state.writer.submit(Command(slow_insert))
        assert await asyncio.to_thread(inserted.wait, 5)  # A's sequence number is taken, not yet committed
        assert (await on_b.get(f"/o/{token}.gif")).status_code == 200
        seen: list[dict[str, Any]] = []
        for _ in range(5):  # a desktop reading the feed meanwhile
            page = (await on_b.get("/api/v1/events", params={"after": cursor}, headers=b.auth)).json()
            seen += page["events"]
            cursor = page["next_cursor"]
            await asyncio.sleep(0.05)
        release.set()
        await asyncio.wrap_future(pending)
        for _ in range(4):
            page = (await on_b.get("/api/v1/events", params={"after": cursor, "wait": 2},
                                   headers=b.auth)).json()
            seen += page["events"]
            cursor = page["next_cursor"]
            if {"signed", "open"} <= {e["kind"] for e in seen}:
                break
    assert sorted(e["kind"] for e in seen) == ["open", "signed"]


async def test_hits_of_one_message_on_both_instances_are_all_stored(two_trackers: tuple[Tracker, Tracker],
                                                                    postgres_url: str) -> None:
    """Both writers judge the message's hits again (updates of its earlier events) at the same time: no
    deadlock between them drops a batch."""
    from sqlalchemy import create_engine, text

    from tracker.storage import normalise_url

    a, b = two_trackers
    tokens = [new_token() for _ in range(4)]
    async with a.client() as on_a, b.client() as on_b:
        for token in tokens:
            await register(a, on_a, registration(token))

        async def hits(client: Any, count: int) -> None:
            for n in range(count):
                assert (await client.get(f"/o/{tokens[n % len(tokens)]}.gif")).status_code == 200

        await asyncio.gather(hits(on_a, 300), hits(on_b, 300))
    close_state(a.state)  # the writers flush what they hold
    close_state(b.state)
    engine = create_engine(normalise_url(postgres_url))
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("select count(*) from events where kind = 'open'")).scalar()
    finally:
        engine.dispose()
    assert stored == 600
