"""Where an acceptance form may come from: Sec-Fetch-Site first, then Origin against Host or the trusted
public origins; the referrer policy that makes browsers send our Origin and tell no other site anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tracker.conftest import FakeClock, Tracker, build_tracker, make_config, new_token, register, registration
from tests.tracker.test_quote_and_acceptance import form_fields
from tracker.app import close_state

pytestmark = pytest.mark.anyio


async def post_acceptance(tracker: Tracker, headers: dict[str, str]) -> int:
    token = new_token()
    async with tracker.client() as c:  # base URL http://tracker.test: the Host header says tracker.test
        await register(tracker, c, registration(token))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        response = await c.post(f"/q/{token}/accept", headers=headers,
                                data={**fields, "full_name": "Marie Curie", "accept": "yes"})
    return response.status_code


@pytest.mark.parametrize(("headers", "status"), [
    # what Chromium sends from a page with Referrer-Policy no-referrer: the browser vouches, the Origin hides
    ({"Sec-Fetch-Site": "same-origin", "Origin": "null"}, 200),
    ({"Sec-Fetch-Site": "same-origin", "Origin": "https://tracker.test"}, 200),
    ({"Sec-Fetch-Site": "none"}, 200),
    ({"Sec-Fetch-Site": "same-site", "Origin": "https://www.tracker.test"}, 403),
    ({"Sec-Fetch-Site": "cross-site", "Origin": "https://tracker.test"}, 403),  # the browser's word wins
    ({}, 200),  # no browser, or one too old to say: the signed form token decides
    ({"Origin": "null"}, 403),  # a sandboxed frame or a data: page elsewhere sends it too
    ({"Origin": "http://tracker.test"}, 200),
    ({"Origin": "https://tracker.test"}, 200),  # behind a TLS proxy: the scheme is not compared
    ({"Origin": "https://tracker.test:443"}, 200),
    ({"Origin": "https://TRACKER.test"}, 200),
    ({"Origin": "https://tracker.test:8443"}, 403),
    ({"Origin": "https://tracker.test.evil.example"}, 403),
    ({"Origin": "https://evil.example"}, 403),
    ({"Origin": "file://"}, 403),
    ({"Origin": "https://tracker.test/q/x"}, 403),
    ({"Origin": "http://[::1"}, 403),
])
async def test_where_a_form_may_come_from(tracker: Tracker, headers: dict[str, str], status: int) -> None:
    assert await post_acceptance(tracker, headers) == status


@pytest.mark.parametrize(("trusted", "status"), [((), 403), (("https://suivi.example.fr/",), 200),
                                                 (("https://autre.example.fr",), 403)])
async def test_a_proxy_that_does_not_forward_host_needs_the_public_origin_trusted(
        tmp_path: Path, clock: FakeClock, trusted: tuple[str, ...], status: int) -> None:
    tracker = build_tracker(make_config(tmp_path, clock, trusted_origins=trusted), clock)
    try:  # an old browser (no Sec-Fetch-Site) on https://suivi.example.fr; the proxy sent Host tracker.test
        assert await post_acceptance(tracker, {"Origin": "https://suivi.example.fr"}) == status
    finally:
        close_state(tracker.state)


async def test_pages_send_our_origin_to_ourselves_and_nothing_to_other_sites(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, links=[{"id": "site", "url": "https://vendeur.example/"}]))
        page = await c.get(f"/q/{token}")
        redirect = await c.get(f"/l/{token}/site")
        document = await c.get(f"/q/{token}/document.pdf")
        notice = await c.post(f"/q/{token}/accept", data={"full_name": "x"})
    assert page.headers["referrer-policy"] == "same-origin" == notice.headers["referrer-policy"]
    assert document.headers["referrer-policy"] == "same-origin"
    assert redirect.status_code == 302 and redirect.headers["referrer-policy"] == "no-referrer"
