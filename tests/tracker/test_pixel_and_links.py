"""The pixel answers identical bytes for any token; links redirect only to registered URLs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.tracker.conftest import (
    HOME_ADDRESS,
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
from tracker.public import PIXEL_GIF

pytestmark = pytest.mark.anyio


def test_the_pixel_is_a_43_byte_gif() -> None:
    assert len(PIXEL_GIF) == 43
    assert PIXEL_GIF.startswith(b"GIF89a")


async def test_pixel_bytes_are_identical_for_any_token(tracker: Tracker) -> None:
    known = new_token()
    async with tracker.client() as client:
        await register(tracker, client, registration(known, quote=False))
        answers = []
        for token in [known, new_token(), "short", "x" * 300, "%2e%2e", "ü-token-ü" * 3]:
            response = await client.get(f"/o/{token}.gif")
            answers.append((response.status_code, response.content, response.headers["content-type"],
                            response.headers["cache-control"]))
    assert {a for a in answers} == {(200, PIXEL_GIF, "image/gif", answers[0][3])}
    assert "no-store" in answers[0][3]


async def test_only_registered_tokens_store_an_open(tracker: Tracker) -> None:
    known = new_token()
    async with tracker.client(**{"User-Agent": "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120"}) as c:
        await register(tracker, c, registration(known, quote=False))
        await c.get(f"/o/{new_token()}.gif")
        await c.get(f"/o/{known}.gif")
        events = await feed(tracker, c)
    assert [(e["token"], e["kind"], e["verdict"]) for e in events] == [(known, "open", "human")]
    assert events[0]["ip"] == "90.12.34.0/24"


async def test_head_on_the_pixel_is_evidence_of_a_machine(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": "Mozilla/5.0 (Macintosh) AppleWebKit/605 Safari/605"}) as c:
        await register(tracker, c, registration(token, quote=False))
        response = await c.head(f"/o/{token}.gif")
        events = await feed(tracker, c)
    assert response.status_code == 200
    assert response.content == b""
    assert events[0]["verdict"] == "machine"
    assert "head-request" in events[0]["reasons"]


async def test_a_limited_pixel_still_answers_the_gif_and_records_nothing_more(tmp_path: Path, clock: FakeClock) -> None:
    tracker = build_tracker(dataclasses.replace(make_config(tmp_path, clock), per_token=RateLimit(1.0, 2)), clock)
    token = new_token()
    try:
        async with tracker.client() as c:
            await register(tracker, c, registration(token, quote=False))
            answers = [await c.get(f"/o/{token}.gif") for _ in range(4)]
            events = await feed(tracker, c, expect=3, wait=0.2)
    finally:
        close_state(tracker.state)
    assert {(a.status_code, a.content) for a in answers} == {(200, PIXEL_GIF)}
    assert len(events) == 2


async def test_under_a_root_path_the_route_answers_the_pixel_as_the_fast_path_does(tracker: Tracker) -> None:
    token = new_token()
    mounted = httpx.ASGITransport(app=tracker.app, root_path="/t", client=(HOME_ADDRESS, 40000))
    async with tracker.client() as c, httpx.AsyncClient(transport=mounted, base_url="http://tracker.test") as m:
        await register(tracker, c, registration(token, quote=False))
        fast = [await c.request(method, f"/o/{token}.gif") for method in ("GET", "HEAD")]
        routed = [await m.request(method, f"/t/o/{token}.gif") for method in ("GET", "HEAD")]
        not_allowed = await c.post(f"/o/{token}.gif")
        events = await feed(tracker, c, expect=4)
    for one, other in zip(fast, routed, strict=True):
        assert (one.status_code, one.content, one.headers.multi_items()) == (
            other.status_code, other.content, other.headers.multi_items())
    recorded = [(e["token"], e["kind"], e["ip"], e["user_agent"]) for e in events]
    assert recorded[:2] == recorded[2:] and len(recorded) == 4
    assert [e["verdict"] for e in events] == ["machine"] * 4  # httpx's own agent, and HEAD requests
    assert "head-request" in events[1]["reasons"]
    assert not_allowed.status_code == 405


async def test_a_registered_link_redirects_to_its_url_and_records_the_click(tracker: Tracker) -> None:
    token = new_token()
    links = [{"id": "cta", "url": "https://example.fr/offre?x=1"}]
    async with tracker.client() as c:
        await register(tracker, c, registration(token, quote=False, links=links))
        response = await c.get(f"/l/{token}/cta")
        events = await feed(tracker, c)
    assert response.status_code == 302
    assert response.headers["location"] == "https://example.fr/offre?x=1"
    assert [(e["kind"], e["link_id"]) for e in events] == [("click", "cta")]


@pytest.mark.parametrize("path", [
    "/l/{token}/other", "/l/{unknown}/cta", "/l/{token}//evil.example", "/l/{token}/cta/..",
    "/l/{token}/https:%2F%2Fevil.example", "/l/{token}/%2F%2Fevil.example", "/l/{token}/cta%0d%0aLocation:x",
])
async def test_unknown_links_get_a_neutral_page_and_no_location(tracker: Tracker, path: str) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, quote=False, links=[{"id": "cta", "url": "https://ok.fr/"}]))
        response = await c.get(path.format(token=token, unknown=new_token()))
    assert "location" not in response.headers
    assert response.status_code in (404, 405)


PRINTABLE = st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="?#")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.text(alphabet=PRINTABLE, max_size=40))
def test_no_location_header_outside_registered_urls(tracker: Tracker, suffix: str) -> None:
    import anyio

    registered = {"https://ok.fr/a"}

    async def probe() -> str | None:
        token = "t" * 22
        async with tracker.client() as c:
            await register(tracker, c, registration(token, quote=False,
                                                    links=[{"id": "a", "url": "https://ok.fr/a"}]))
            response = await c.get(f"/l/{token}/{suffix}")
            return response.headers.get("location")

    location = anyio.run(probe)
    assert location is None or location in registered
