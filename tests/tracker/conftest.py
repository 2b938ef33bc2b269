"""Fixtures of the tracker tests: a movable clock, an app on a temporary SQLite file, helpers."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from tracker.app import TrackerState, close_state, create_app
from tracker.config import RateLimit, TrackerConfig
from tracker.keys import register_key

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PDF_SHA = hashlib.sha256(PDF).hexdigest()
GENEROUS = RateLimit(per_second=10_000.0, burst=10_000)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


HOME_ADDRESS = "90.12.34.56"
"""A subscriber's address at a French access provider (Orange, AS3215): where people read their mail."""


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 10, 9, 0, tzinfo=UTC))


def new_token() -> str:
    return secrets.token_urlsafe(16)


def make_config(tmp_path: Path, clock: FakeClock, **overrides: Any) -> TrackerConfig:
    base = TrackerConfig(
        database_url=f"sqlite:///{tmp_path / 'tracker.db'}", clock=clock, per_ip=GENEROUS, per_token=GENEROUS,
        per_api_client=GENEROUS, flush_interval_seconds=0.001,
    )
    return dataclasses.replace(base, **overrides)


@dataclass
class Tracker:
    """An app under test with its state and a valid API key."""

    app: Starlette
    state: TrackerState
    key: str
    clock: FakeClock

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    @asynccontextmanager
    async def client(self, address: str = HOME_ADDRESS, **headers: str) -> AsyncIterator[httpx.AsyncClient]:
        transport = httpx.ASGITransport(app=self.app, client=(address, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://tracker.test", headers=headers,
                                     follow_redirects=False) as client:
            yield client


def build_tracker(config: TrackerConfig, clock: FakeClock) -> Tracker:
    app = create_app(config)
    state: TrackerState = app.state.tracker
    return Tracker(app=app, state=state, key=register_key(state), clock=clock)


@pytest.fixture
def tracker(tmp_path: Path, clock: FakeClock) -> Iterator[Tracker]:
    built = build_tracker(make_config(tmp_path, clock), clock)
    yield built
    close_state(built.state)


def registration(token: str, *, delivered_at: datetime | None = None, quote: bool = True,
                 links: list[dict[str, Any]] | None = None, valid_until: str = "2025-04-30",
                 version: int = 1) -> dict[str, Any]:
    body: dict[str, Any] = {"token": token}
    if delivered_at is not None:
        body["delivered_at"] = delivered_at.isoformat()
    if links is not None:
        body["links"] = links
    if quote:
        body["quote"] = {"number": "D-2025-0042", "version": version, "amount": "1234.50", "currency": "EUR",
                         "valid_until": valid_until, "pdf_base64": base64.b64encode(PDF).decode()}
    return body


async def register(tracker: Tracker, client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    response = await client.post("/api/v1/messages", json=body, headers=tracker.auth)
    assert response.status_code in (200, 201), response.text


async def feed(tracker: Tracker, client: httpx.AsyncClient, after: str = "0", wait: float = 0.5,
               expect: int = 1) -> list[dict[str, Any]]:
    """Read the feed until at least ``expect`` events are there (long-poll, no sleeping)."""
    events: list[dict[str, Any]] = []
    cursor = after
    for _ in range(expect + 5):
        response = await client.get("/api/v1/events", params={"after": cursor, "wait": wait},
                                    headers=tracker.auth)
        assert response.status_code == 200, response.text
        page = response.json()
        events.extend(page["events"])
        cursor = page["next_cursor"]
        if len(events) >= expect:
            break
    return events
