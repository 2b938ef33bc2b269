"""Privacy (truncated addresses, retention purge) and robustness (rate limits, no 5xx)."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.tracker.conftest import (
    FakeClock,
    Tracker,
    build_tracker,
    feed,
    make_config,
    new_token,
    register,
    registration,
)
from tracker.app import close_state
from tracker.config import RateLimit
from tracker.privacy import truncate_ip
from tracker.ratelimit import RateLimiter

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("raw", "stored"), [
    ("203.0.113.77", "203.0.113.0/24"), ("2001:db8:1:2:3:4:5:6", "2001:db8:1::/48"),
    ("::ffff:198.51.100.9", "198.51.100.0/24"), ("not-an-ip", None), (None, None), ("", None),
])
def test_addresses_are_truncated(raw: str | None, stored: str | None) -> None:
    assert truncate_ip(raw) == stored


async def test_no_full_address_reaches_the_database(tracker: Tracker, tmp_path: Path) -> None:
    token = new_token()
    async with tracker.client(address="192.0.2.201") as c:
        await register(tracker, c, registration(token))
        await c.get(f"/o/{token}.gif")
        await c.get(f"/q/{token}")
        await feed(tracker, c, expect=2)
    raw = (tmp_path / "tracker.db").read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("tracker.db-*"))
    assert b"192.0.2.201" not in raw
    assert b"192.0.2.0/24" in raw


async def test_retention_purge_deletes_old_events_and_documents(tracker: Tracker, tmp_path: Path) -> None:
    old, recent = new_token(), new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(old))
        await c.get(f"/o/{old}.gif")
        await feed(tracker, c)
        tracker.clock.advance(days=300)
        await register(tracker, c, registration(recent))
        await c.get(f"/o/{recent}.gif")
        await feed(tracker, c, expect=2)
        tracker.clock.advance(days=100)
        counts = await asyncio.wrap_future(tracker.state.purge())
        remaining = await feed(tracker, c, wait=0)
        old_page = await c.get(f"/q/{old}")
        recent_pdf = await c.get(f"/q/{recent}/document.pdf")
    assert counts == {"events": 1, "messages": 1, "contact_keys": 0}
    assert [e["token"] for e in remaining] == [recent]
    assert old_page.status_code == 404
    assert recent_pdf.status_code == 200
    with closing(sqlite3.connect(tmp_path / "tracker.db")) as db:
        assert db.execute("select count(*) from messages where token = ?", (old,)).fetchone() == (0,)


def test_token_bucket_refuses_then_refills() -> None:
    limiter = RateLimiter(RateLimit(per_second=1.0, burst=2))
    assert [limiter.allow("k", 0.0) for _ in range(3)] == [True, True, False]
    assert limiter.allow("other", 0.0)
    assert limiter.allow("k", 1.0) and not limiter.allow("k", 1.0)


async def test_per_ip_and_per_token_limits_give_429(tmp_path: Path, clock: FakeClock) -> None:
    config = dataclasses.replace(make_config(tmp_path, clock), per_ip=RateLimit(1.0, 5), per_token=RateLimit(1.0, 3))
    tracker = build_tracker(config, clock)
    try:
        token = new_token()
        async with tracker.client(address="203.0.113.5") as c:
            await register(tracker, c, registration(token))
            statuses = [(await c.get(f"/q/{token}")).status_code for _ in range(4)]
        async with tracker.client(address="203.0.113.6") as other:
            other_token = (await other.get(f"/q/{new_token()}")).status_code
            statuses_ip = [(await other.get(f"/l/{new_token()}/x")).status_code for _ in range(5)]
        clock.advance(seconds=10)
        async with tracker.client(address="203.0.113.5") as c:
            after_wait = (await c.get(f"/q/{token}")).status_code
    finally:
        close_state(tracker.state)
    assert statuses == [200, 200, 200, 429]
    assert other_token == 404
    assert statuses_ip[-1] == 429 and statuses_ip[:4] == [404] * 4
    assert after_wait == 200


async def test_api_rate_limit_gives_429(tmp_path: Path, clock: FakeClock) -> None:
    tracker = build_tracker(dataclasses.replace(make_config(tmp_path, clock), per_api_client=RateLimit(1.0, 2)), clock)
    try:
        async with tracker.client() as c:
            statuses = [(await c.get("/api/v1/events", headers=tracker.auth)).status_code for _ in range(3)]
    finally:
        close_state(tracker.state)
    assert statuses == [200, 200, 429]
