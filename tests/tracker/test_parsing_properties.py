"""Properties: every field the public routes and the feed parse (paths, query strings, form fields, headers)
answers anything but a server error, whatever its text; the number parsers read ASCII digits only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.tracker.conftest import FakeClock, make_config, new_token, registration
from tracker.app import TrackerState, close_state, create_app
from tracker.keys import register_key
from tracker.numbers import parse_decimal, parse_int

PROPERTY = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Texts that look like numbers to str.isdigit(), float() or int() but are not plain ASCII decimals.
NUMBERISH = st.sampled_from(["²", "².00", "١٢", "１０", "1_0", "1e3", "nan", "inf", "-1", "+1", " 1", "1 ", "0x10",
                             "00001999999", "9" * 30, "0" * 30 + "1", "1.", ".5", "1..2", "", "0", "1000", "1001"])
TEXT = st.one_of(NUMBERISH, st.text(max_size=60))
# Header values as a server hands them over (bytes, read as latin-1), without the bytes HTTP forbids in a value.
HEADER = st.one_of(NUMBERISH.map(lambda text: text.encode("utf-8")),
                   st.binary(max_size=60).filter(lambda raw: not set(raw) & {0, 10, 13}))


@given(text=TEXT, low=st.integers(0, 10**6), span=st.integers(0, 10**12))
def test_parse_int_reads_ascii_digits_within_bounds_only(text: str, low: int, span: int) -> None:
    value = parse_int(text, low, low + span)
    ascii_digits = text.isascii() and text.isdigit()
    if value is not None:
        assert ascii_digits and value == int(text) and low <= value <= low + span
    elif ascii_digits:
        assert not low <= int(text) <= low + span


@given(text=TEXT, high=st.floats(0, 10**6))
def test_parse_decimal_reads_plain_decimals_within_bounds_only(text: str, high: float) -> None:
    value = parse_decimal(text, 0.0, high)
    if value is not None:
        assert set(text) <= set("0123456789.") and text.count(".") <= 1 and not text.startswith(".")
        assert 0.0 <= value <= high and value == pytest.approx(float(text))


class SyncClient:
    """Requests to the app in process (``httpx.ASGITransport``: any header bytes reach it), from sync code."""

    def __init__(self, portal: BlockingPortal, client: httpx.AsyncClient) -> None:
        self._portal = portal
        self._client = client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = self._portal.call(partial(self._client.request, method, url, **kwargs))
        return response

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


@contextmanager
def in_process(app: Any) -> Iterator[SyncClient]:
    transport = httpx.ASGITransport(app=app, client=("198.51.100.23", 40000))
    with start_blocking_portal() as portal:
        client = httpx.AsyncClient(transport=transport, base_url="http://tracker.test")
        try:
            yield SyncClient(portal, client)
        finally:
            portal.call(client.aclose)


def test_no_public_field_gives_a_server_error(tmp_path: Path, clock: FakeClock) -> None:
    app = create_app(make_config(tmp_path, clock, max_long_poll_seconds=0.01))
    state: TrackerState = app.state.tracker
    auth = {"Authorization": f"Bearer {register_key(state)}"}
    statuses: list[int] = []
    with in_process(app) as client:
        token = new_token()
        client.post("/api/v1/messages", json=registration(token, links=[
            {"id": "site", "url": "https://vendeur.example/"}]), headers=auth).raise_for_status()
        page = client.get(f"/q/{token}").text
        form_token = page.split('name="form_token" value="')[1].split('"')[0]
        tokens = st.one_of(st.just(token), TEXT)

        @PROPERTY
        @given(path_token=tokens, link_id=st.one_of(st.just("site"), TEXT), download=TEXT,
               method=st.sampled_from(["GET", "HEAD"]))
        def reads(path_token: str, link_id: str, download: str, method: str) -> None:
            t = quote(path_token, safe="")
            for url in (f"/o/{t}.gif", f"/l/{t}/{quote(link_id, safe='')}", f"/q/{t}", f"/u/{t}",
                        f"/q/{t}/document.pdf?{urlencode({'download': download})}"):
                statuses.append(client.request(method, url).status_code)

        @PROPERTY
        @given(path_token=tokens, fields=st.fixed_dictionaries({}, optional={
                   "form_token": st.one_of(st.just(form_token), TEXT, NUMBERISH.map(lambda n: f"{n}.00")),
                   "pdf_sha256": TEXT, "full_name": TEXT, "accept": st.one_of(st.just("yes"), TEXT)}),
               headers=st.fixed_dictionaries({}, optional={
                   name: HEADER for name in ("Origin", "Sec-Fetch-Site", "Content-Length", "Accept-Language",
                                             "User-Agent", "Content-Type", "Host")}),
               raw=st.one_of(st.none(), st.binary(max_size=200)))
        # the three 500s this test found: "²" passing isdigit(), and compare_digest() on non-ASCII text
        @example(path_token=token, fields={"form_token": "².00"}, headers={}, raw=None)
        @example(path_token=token, fields={"form_token": form_token, "pdf_sha256": "é"}, headers={}, raw=None)
        @example(path_token=token, fields={}, headers={"Origin": "http://é".encode("latin-1")}, raw=None)
        def posts(path_token: str, fields: dict[str, str], headers: dict[str, bytes], raw: bytes | None) -> None:
            t = quote(path_token, safe="")
            body = raw if raw is not None else urlencode(fields).encode()
            for url in (f"/q/{t}/accept", f"/u/{t}"):
                statuses.append(client.post(url, content=body, headers=headers).status_code)

        @PROPERTY
        @given(params=st.fixed_dictionaries({}, optional={"after": TEXT, "limit": TEXT, "wait": TEXT}),
               path_token=tokens, language=HEADER)
        def feed(params: dict[str, str], path_token: str, language: bytes) -> None:
            headers = {**auth, "Accept-Language": language}
            statuses.append(client.get(f"/api/v1/events?{urlencode(params)}", headers=headers).status_code)
            statuses.append(client.get(f"/api/v1/messages/{quote(path_token, safe='')}", headers=headers).status_code)

        try:
            reads()
            posts()
            feed()
        finally:
            close_state(state)
    assert max(statuses) < 500, sorted(set(statuses))
    assert {200, 302, 403, 404, 422} <= set(statuses), sorted(set(statuses))  # shallow and deep paths reached
