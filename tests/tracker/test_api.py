"""The bearer-key API: authentication, strict validation, stable cursors, long-poll."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.tracker.conftest import Tracker, feed, new_token, register, registration
from tracker.security import hash_api_key, key_matches

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("header", ["wrong", "empty", "prefix", "missing", "basic", "right-plus-one"])
async def test_wrong_empty_or_prefix_keys_get_401(tracker: Tracker, header: str) -> None:
    values = {
        "wrong": "Bearer rlk_" + "A" * 43, "empty": "Bearer ", "prefix": f"Bearer {tracker.key[:-1]}",
        "basic": f"Basic {tracker.key}", "right-plus-one": f"Bearer {tracker.key}x",
    }
    headers = {"Authorization": values[header]} if header in values else {}
    async with tracker.client() as c:
        for method, path in [("GET", "/api/v1/events"), ("POST", "/api/v1/messages"),
                             ("GET", f"/api/v1/messages/{new_token()}")]:
            response = await c.request(method, path, headers=headers, json={"token": new_token()})
            assert response.status_code == 401, (method, path)
            assert response.json()["error"] == "unauthorized"


async def test_the_right_key_is_accepted(tracker: Tracker) -> None:
    async with tracker.client() as c:
        response = await c.get("/api/v1/events", headers=tracker.auth)
    assert response.status_code == 200
    assert response.json() == {"events": [], "next_cursor": "0"}


def test_key_matching_needs_the_whole_key() -> None:
    stored = [hash_api_key("rlk_secret")]
    assert key_matches("rlk_secret", stored)
    assert not key_matches("rlk_secre", stored)
    assert not key_matches("", [hash_api_key("")])


@pytest.mark.parametrize("body", [
    {}, {"token": "short"}, {"token": "a" * 22, "extra": 1}, {"token": "a" * 22, "links": "x"},
    {"token": "a" * 22, "links": [{"id": "x", "url": "javascript:alert(1)"}]},
    {"token": "a" * 22, "links": [{"id": "x", "url": "//evil.example/"}]},
    {"token": "a" * 22, "links": [{"id": "x", "url": "https://a.fr"}, {"id": "x", "url": "https://b.fr"}]},
    {"token": "a" * 22, "delivered_at": "2025-03-10T09:00:00"},
    {"token": "a" * 22, "quote": {"number": "D1", "version": 1, "amount": 12.5, "currency": "EUR",
                                  "pdf_base64": "JVBERi0="}},
    {"token": "a" * 22, "quote": {"number": "D1", "version": 1, "amount": "12.5", "currency": "EUR",
                                  "pdf_base64": "bm90IGEgcGRm"}},
    [1, 2], "text", None,
])
async def test_invalid_registrations_are_refused_with_422(tracker: Tracker, body: object) -> None:
    async with tracker.client() as c:
        response = await c.post("/api/v1/messages", json=body, headers=tracker.auth)
    assert response.status_code == 422, response.text


async def test_bad_json_and_oversized_bodies(tracker: Tracker) -> None:
    async with tracker.client() as c:
        headers = {**tracker.auth, "Content-Type": "application/json"}
        bad = await c.post("/api/v1/messages", content=b"{not json", headers=headers)
        deep = await c.post("/api/v1/messages", content=b"[" * 100_000, headers=headers)
        huge = await c.post("/api/v1/messages", content=b" " * (13 * 1024 * 1024), headers=headers)
        form = await c.post("/api/v1/messages", content=b"token=x", headers={**tracker.auth})
    assert (bad.status_code, deep.status_code, huge.status_code, form.status_code) == (422, 422, 413, 422)


@pytest.mark.parametrize("query", ["after=-1", "after=abc", "after=1e3", "limit=0", "limit=5000", "limit=x",
                                   "wait=-1", "wait=nan", "wait=99", "wait=inf", "after=١٢", "limit=00001999999",
                                   "limit=1001", "limit=%C2%B2", "limit=%EF%BC%91", "limit=+5", "limit=5%20",
                                   "after=%C2%B2", "after=1234567890123456789", "wait=1_0", "wait=%EF%BC%91",
                                   "wait=1e1", "wait=.5", "wait=0.1234567", "wait=+1", "wait=30.5"])
async def test_bad_feed_parameters_get_422(tracker: Tracker, query: str) -> None:
    async with tracker.client() as c:
        response = await c.get(f"/api/v1/events?{query}", headers=tracker.auth)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("query", ["limit=1000", "limit=0001000", "limit=1", "after=000", "after=", "wait=0.05",
                                   "wait=0", "after=999999999999999999"])
async def test_good_feed_parameters_are_read_whole(tracker: Tracker, query: str) -> None:
    async with tracker.client() as c:
        response = await c.get(f"/api/v1/events?{query}", headers=tracker.auth)
    assert response.status_code == 200, response.text


async def test_the_limit_is_read_whole_and_bounds_the_page(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, quote=False))
        for _ in range(3):
            await c.get(f"/o/{token}.gif")
        await feed(tracker, c, expect=3)
        two = await c.get("/api/v1/events", params={"limit": "0002"}, headers=tracker.auth)
        padded = await c.get("/api/v1/events", params={"limit": "00001999999"}, headers=tracker.auth)
    assert len(two.json()["events"]) == 2
    assert padded.status_code == 422 and "1 to 1000" in padded.json()["detail"]


async def test_cursors_are_stable_and_ids_unique(tracker: Tracker) -> None:
    tokens = [new_token() for _ in range(3)]
    async with tracker.client() as c:
        for token in tokens:
            await register(tracker, c, registration(token, quote=False))
        for token in tokens * 2:
            await c.get(f"/o/{token}.gif")
        await feed(tracker, c, expect=6)
        # a second open soon after the first may re-judge it a moment later: read once the feed is still
        everything: list[dict[str, object]] = []
        for _ in range(20):
            now = (await c.get("/api/v1/events", headers=tracker.auth)).json()["events"]
            if now == everything:
                break
            everything = now
            await asyncio.sleep(0.2)
        first = (await c.get("/api/v1/events", params={"limit": 4}, headers=tracker.auth)).json()
        rest = (await c.get("/api/v1/events", params={"after": first["next_cursor"]}, headers=tracker.auth)).json()
        again = (await c.get("/api/v1/events", params={"after": first["next_cursor"]}, headers=tracker.auth)).json()
    hits = [e for e in everything if e["kind"] == "open"]
    assert len(hits) == 6
    assert len({e["id"] for e in everything}) == len(everything)
    assert first["events"] + rest["events"] == everything
    assert again == rest
    assert [int(e["cursor"]) for e in everything] == sorted(int(e["cursor"]) for e in everything)


async def test_long_poll_returns_as_soon_as_an_event_arrives(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, quote=False))
        waiting = asyncio.ensure_future(c.get("/api/v1/events", params={"wait": 20}, headers=tracker.auth))
        await asyncio.sleep(0)  # let the poll start waiting before the hit
        started = time.monotonic()
        await c.get(f"/o/{token}.gif")
        response = await asyncio.wait_for(waiting, timeout=10)
    assert response.json()["events"][0]["token"] == token
    assert time.monotonic() - started < 2.0


async def test_long_poll_times_out_with_an_empty_page(tracker: Tracker) -> None:
    async with tracker.client() as c:
        started = time.monotonic()
        response = await c.get("/api/v1/events", params={"wait": 0.2, "after": "7"}, headers=tracker.auth)
    assert response.json() == {"events": [], "next_cursor": "7"}
    assert time.monotonic() - started >= 0.2


async def test_supersede_and_status(tracker: Tracker) -> None:
    old, new = new_token(), new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(old))
        unknown = await c.post(f"/api/v1/messages/{new_token()}/supersede", json={}, headers=tracker.auth)
        marked = await c.post(f"/api/v1/messages/{old}/supersede", json={"superseded_by": new}, headers=tracker.auth)
        status = await c.get(f"/api/v1/messages/{old}", headers=tracker.auth)
    assert unknown.status_code == 404
    assert marked.json() == {"token": old, "superseded": True, "superseded_by": new}
    assert status.json() == {"token": old, "superseded": True, "status": "none", "events": 0}


async def test_openapi_schema_documents_the_event_format(tracker: Tracker) -> None:
    async with tracker.client() as c:
        schema = (await c.get("/api/v1/openapi.json")).json()
    event = schema["components"]["schemas"]["Event"]
    assert set(event["required"]) >= {"id", "cursor", "token", "kind", "ts", "verdict", "reasons", "link_id"}
    assert event["properties"]["kind"]["enum"] == ["open", "click", "view", "accept", "signed", "unsubscribe",
                                                   "consent", "withdraw", "verdict"]
    assert "/api/v1/events" in schema["paths"]


async def test_healthz(tracker: Tracker) -> None:
    async with tracker.client() as c:
        response = await c.get("/healthz")
    assert response.json() == {"status": "ok", "schema_version": 4}


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/api/v1/messages/a%2Fbcdefghijklmnopq", 404), ("POST", "/api/v1/messages/", 404),
    ("GET", "/api/v1/nothing", 404), ("DELETE", "/api/v1/events", 405),
])
async def test_paths_and_methods_no_route_takes_get_a_json_error_under_the_api(
        tracker: Tracker, method: str, path: str, status: int) -> None:
    async with tracker.client() as c:
        response = await c.request(method, path, headers=tracker.auth)
        public = await c.get("/nothing/here")
    assert response.status_code == status and response.json()["error"] in ("not-found", "method-not-allowed")
    assert public.status_code == 404 and public.headers["content-type"].startswith("text/plain")
