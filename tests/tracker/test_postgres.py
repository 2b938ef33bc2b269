"""The same tracker on PostgreSQL: migrations, registrations, events, acceptance, purge."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

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
from tracker.storage import normalise_url

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]


@pytest.fixture
def pg_tracker(postgres_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Tracker]:
    config = dataclasses.replace(make_config(tmp_path, clock), database_url=postgres_url)
    built = build_tracker(config, clock)
    yield built
    close_state(built.state)


async def test_full_flow_on_postgresql(pg_tracker: Tracker, postgres_url: str) -> None:
    token, other = new_token(), new_token()
    links = [{"id": "a", "url": "https://ex.fr/a"}, {"id": "b", "url": "https://ex.fr/b"}]
    async with pg_tracker.client(**{"User-Agent": "Mozilla/5.0 (X11; Linux) Gecko/20100101 Firefox/128.0"}) as c:
        await register(pg_tracker, c, registration(token, links=links))
        await register(pg_tracker, c, registration(other))
        pg_tracker.clock.advance(hours=1)
        await c.get(f"/o/{token}.gif")
        await c.get(f"/l/{token}/a")
        await c.get(f"/l/{token}/b")
        page = await c.get(f"/q/{token}")
        fields = dict(re.findall(r'name="(form_token|pdf_sha256)" value="([^"]+)"', page.text))
        accepted = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Ada Lovelace", "accept": "yes"})
        other_page = (await c.get(f"/q/{other}")).text
        other_fields = dict(re.findall(r'name="(form_token|pdf_sha256)" value="([^"]+)"', other_page))
        await c.post(f"/api/v1/messages/{other}/supersede", json={}, headers=pg_tracker.auth)
        refused = await c.post(f"/q/{other}/accept", data={**other_fields, "full_name": "X", "accept": "yes"})
        await feed(pg_tracker, c, expect=7)  # six hits, and the first click judged again as the burst completes
        events = await feed(pg_tracker, c, expect=7)
    assert accepted.status_code == 200 and refused.status_code == 409
    kinds = [(e["kind"], e["verdict"]) for e in events if e["kind"] != "verdict"]
    assert kinds[:4] == [("open", "human"), ("click", "machine"), ("click", "machine"), ("view", "human")]
    assert ("accept", "human") in kinds and [k for k, _ in kinds].count("accept") == 1
    assert [int(e["cursor"]) for e in events] == sorted(int(e["cursor"]) for e in events)
    engine = create_engine(normalise_url(postgres_url))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("select max(version) from schema_version")).scalar() == 4
            assert conn.execute(text("select count(*) from events where kind = 'accept'")).scalar() == 1
    finally:
        engine.dispose()


async def test_purge_on_postgresql(pg_tracker: Tracker) -> None:
    token = new_token()
    async with pg_tracker.client() as c:
        await register(pg_tracker, c, registration(token))
        await c.get(f"/o/{token}.gif")
        await feed(pg_tracker, c)
    pg_tracker.clock.advance(days=400)
    counts = await asyncio.wrap_future(pg_tracker.state.purge())
    assert counts == {"events": 1, "messages": 1, "contact_keys": 0}
