"""The single writer: nothing queued is lost on a clean shutdown; event ids are unique and consecutive."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.tracker.conftest import FakeClock, build_tracker, make_config, new_token, register, registration
from tracker.app import close_state
from tracker.writer import MAX_BATCH, Hit

pytestmark = pytest.mark.anyio


def stored_events(tmp_path: Path) -> list[tuple[str, str, int]]:
    with closing(sqlite3.connect(tmp_path / "tracker.db")) as db:
        return db.execute("select id, token, ts_us from events order by seq").fetchall()


async def test_closing_writes_every_queued_hit(tmp_path: Path, clock: FakeClock) -> None:
    # A long gathering interval keeps everything queued until close() drains it (more than one batch).
    tracker = build_tracker(dataclasses.replace(make_config(tmp_path, clock), flush_interval_seconds=0.5), clock)
    token = new_token()
    count = 2 * MAX_BATCH + 7
    try:
        async with tracker.client() as c:
            await register(tracker, c, registration(token, quote=False))
        for i in range(count):
            assert tracker.state.writer.put(Hit("open", token, tracker.state.now_us() + i, "GET", "Thunderbird/115",
                                                "198.51.100.0/24"))
    finally:
        close_state(tracker.state)
    stored = stored_events(tmp_path)
    assert len(stored) == count
    assert [ts for _, _, ts in stored] == sorted(ts for _, _, ts in stored)


async def test_event_ids_are_unique_and_follow_each_other(tmp_path: Path, clock: FakeClock) -> None:
    tracker = build_tracker(make_config(tmp_path, clock), clock)
    token = new_token()
    try:
        async with tracker.client() as c:
            await register(tracker, c, registration(token, quote=False))
            for _ in range(3):
                for _ in range(50):  # many hits at the same instant (the clock does not move)
                    await c.get(f"/o/{token}.gif")
                clock.advance(milliseconds=3)
    finally:
        close_state(tracker.state)
    ids = [event_id for event_id, _, _ in stored_events(tmp_path)]
    assert len(ids) == len(set(ids)) == 150
    assert all(len(i) == 24 and int(i, 16) >= 0 for i in ids)
    assert [int(i, 16) - int(ids[0], 16) for i in ids] == list(range(150))  # from a random start
