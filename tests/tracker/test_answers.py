"""The consent page (Yes / No) and the withdrawal page: nothing recorded on GET, a signed same-origin POST only;
a withdrawal or a "no" stops and erases the opens and clicks of every message of the person's key, at once,
with no desktop; the desktop's own answers (the contacts API) join older messages and the newest answer wins;
anonymous pixels keep no address; the PDF itself counts as a view; the schema migrates from version 1."""

from __future__ import annotations

import html
import re
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
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
from tracker.texts import TEXTS

pytestmark = pytest.mark.anyio
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
HEADLESS = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36"


def signed(html: str) -> str:
    found = re.search(r'name="form_token" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def keyed(token: str, key: str, **kw: Any) -> dict[str, Any]:
    body = registration(token, **kw)
    body["contact_key"] = key
    return body


async def answer(c: httpx.AsyncClient, page: str, token: str, choice: str | None = None) -> httpx.Response:
    shown = await c.get(f"/{page}/{token}")
    data = {"form_token": signed(shown.text), **({"answer": choice} if choice else {})}
    return await c.post(f"/{page}/{token}", data=data)


async def all_events(tracker: Tracker, c: httpx.AsyncClient) -> list[dict[str, Any]]:
    """Every event, once the hits sent before are written (a command goes through the writer after them)."""
    assert (await c.post("/api/v1/contacts", json={"contacts": []}, headers=tracker.auth)).status_code == 200
    response = await c.get("/api/v1/events", params={"after": "0", "limit": 1000}, headers=tracker.auth)
    events: list[dict[str, Any]] = response.json()["events"]
    return events


async def test_the_consent_page_asks_with_two_buttons_and_records_nothing_on_get(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(token, new_token()))
        pages = [await c.get(f"/c/{token}"), await c.get(f"/c/{token}?r=yes"), await c.head(f"/c/{token}")]
        events = await feed(tracker, c, wait=0.2, expect=1)
    page = pages[0]
    assert page.status_code == 200 and page.headers["content-language"] == "fr"
    assert TEXTS["fr"]["consent_question"] in page.text
    assert page.text.count('type="submit"') == 2 and "checked" not in page.text  # nothing pre-ticked
    assert 'value="yes" autofocus' in pages[1].text and "checked" not in pages[1].text
    assert pages[2].status_code in (405, 200)  # whatever it answers, HEAD records nothing either
    assert events == []


async def test_yes_is_recorded_with_the_text_shown_and_english_pages_follow_accept_language(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": FIREFOX, "Accept-Language": "en-GB,en;q=0.9"}) as c:
        await register(tracker, c, keyed(token, new_token()))
        page = await c.get(f"/c/{token}")
        done = await answer(c, "c", token, "yes")
        [event] = await feed(tracker, c)
    assert "Would you like us to be told when you read our messages?" in page.text
    assert done.status_code == 200 and "Noted: you agreed" in done.text and f'href="/w/{token}"' in done.text
    assert (event["kind"], event["answer"], event["token"]) == ("consent", "yes", token)
    assert event["verdict"] != "machine"  # a person's button: counted unless judged a machine
    assert event["text"].startswith(TEXTS["en"]["consent_question"]) and event["text"].endswith("[Yes, you may know]")
    assert event["ip"] == "90.12.34.0/24"


async def test_a_post_without_the_page_or_from_another_site_records_nothing(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(token, new_token()))
        bare = await c.post(f"/c/{token}", data={"answer": "yes"})
        forged = await c.post(f"/w/{token}", data={"form_token": "1.abc"})
        shown = await c.get(f"/c/{token}")
        cross = await c.post(f"/c/{token}", data={"form_token": signed(shown.text), "answer": "yes"},
                             headers={"Sec-Fetch-Site": "cross-site"})
        other_page = await c.post(f"/w/{token}", data={"form_token": signed(shown.text)})  # signed for /c/ only
        no_answer = await answer(c, "c", token)
        events = await feed(tracker, c, wait=0.2)
    assert [r.status_code for r in (bare, forged, cross, other_page)] == [403, 403, 403, 403]
    assert no_answer.status_code == 200 and TEXTS["fr"]["consent_question"] in no_answer.text
    assert events == []


async def test_unknown_tokens_and_anonymous_pixels_get_the_neutral_page(tracker: Tracker) -> None:
    aggregate = new_token()
    async with tracker.client() as c:
        await register(tracker, c, {"token": aggregate, "aggregate": True})
        answers = [await c.get(f"/{p}/{t}") for p in ("c", "w") for t in (new_token(), aggregate, "bad")]
    assert {r.status_code for r in answers} == {404}
    assert all(TEXTS["fr"]["neutral_title"] in r.text for r in answers)


async def test_a_withdrawal_stops_and_erases_tracking_of_every_message_of_the_key(tracker: Tracker) -> None:
    key, first, second, stranger = new_token(), new_token(), new_token(), new_token()
    link = [{"id": "site", "url": "https://vendeur.example/offre"}]
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(first, key, links=link))
        await register(tracker, c, keyed(second, key, links=link))
        await register(tracker, c, keyed(stranger, new_token()))
        for token in (first, second, stranger):
            await c.get(f"/o/{token}.gif")
        await c.get(f"/l/{first}/site")
        await feed(tracker, c, expect=4)
        done = await answer(c, "w", second)  # withdrawn from the second message: covers the first one too
        after = [await c.get(f"/o/{first}.gif"), await c.get(f"/l/{first}/site"), await c.get(f"/o/{second}.gif"),
                 await c.get(f"/q/{first}"), await c.get(f"/o/{stranger}.gif")]
        await feed(tracker, c, expect=4)  # the stranger's two opens, the withdrawal, the view
        events = await all_events(tracker, c)
    assert done.status_code == 200 and TEXTS["fr"]["withdrawn"] in html.unescape(done.text)
    assert after[1].status_code == 302 and after[1].headers["location"] == "https://vendeur.example/offre"
    assert after[0].status_code == 200 and after[0].headers["content-type"] == "image/gif"
    mine = [(e["kind"], e["token"]) for e in events if e["token"] in (first, second)]
    assert mine == [("withdraw", second), ("view", first)]  # the opens and the click before are gone too
    assert [e["kind"] for e in events if e["token"] == stranger] == ["open", "open"]  # someone else's are not


async def test_no_then_yes_allows_again_and_a_scanner_yes_unblocks_nothing(tracker: Tracker) -> None:
    key, token = new_token(), new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(token, key))
        await answer(c, "c", token, "no")
        await c.get(f"/o/{token}.gif")
    async with tracker.client(**{"User-Agent": HEADLESS}) as scanner:
        await answer(scanner, "c", token, "yes")
        await scanner.get(f"/o/{token}.gif")
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        tracker.clock.advance(seconds=5)
        await answer(c, "c", token, "yes")
        await c.get(f"/o/{token}.gif")
        await feed(tracker, c, expect=4)
        events = await all_events(tracker, c)
    assert [(e["kind"], e["answer"], e["verdict"]) for e in events] == [
        ("consent", "no", "human"), ("consent", "yes", "machine"), ("consent", "yes", "human"), ("open", None, "human")]


async def test_the_desktop_tells_answers_joins_older_messages_and_the_newest_answer_wins(tracker: Tracker) -> None:
    key, legacy, recent = new_token(), new_token(), new_token()
    at = tracker.clock.now
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, registration(legacy))  # registered before keys existed
        await register(tracker, c, keyed(recent, key))
        await c.get(f"/o/{legacy}.gif")
        await feed(tracker, c)
        told = await c.post("/api/v1/contacts", headers=tracker.auth, json={"contacts": [
            {"key": key, "tracking": "blocked", "at": at.isoformat(), "tokens": [legacy, recent, new_token()]}]})
        await c.get(f"/o/{legacy}.gif")
        await c.get(f"/o/{recent}.gif")
        older = await c.post("/api/v1/contacts", headers=tracker.auth, json={"contacts": [
            {"key": key, "tracking": "allowed", "at": (at - timedelta(days=1)).isoformat()}]})
        await c.get(f"/o/{recent}.gif")
        events = await all_events(tracker, c)
        newer = await c.post("/api/v1/contacts", headers=tracker.auth, json={"contacts": [
            {"key": key, "tracking": "allowed", "at": (at + timedelta(hours=1)).isoformat()}]})
        await c.get(f"/o/{recent}.gif")
        await feed(tracker, c)
        final = await all_events(tracker, c)
    assert told.json() == {"contacts": 1, "blocked": 1} and older.json() == {"contacts": 1, "blocked": 1}
    assert newer.json() == {"contacts": 1, "blocked": 0}
    assert events == []  # the legacy message's open was erased, and nothing recorded while blocked
    assert [e["token"] for e in final] == [recent]


async def test_a_legacy_withdrawal_survives_an_older_answer_from_the_desktop(tracker: Tracker) -> None:
    key, legacy, recent = new_token(), new_token(), new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, registration(legacy))
        await register(tracker, c, keyed(recent, key))
        tracker.clock.advance(minutes=1)
        await answer(c, "w", legacy)  # the legacy message gets a key of its own, blocked
        await c.post("/api/v1/contacts", headers=tracker.auth, json={"contacts": [
            {"key": key, "tracking": "allowed", "at": (tracker.clock.now - timedelta(days=30)).isoformat(),
             "tokens": [legacy, recent]}]})
        await c.get(f"/o/{recent}.gif")
        events = await all_events(tracker, c)
    assert [e["kind"] for e in events] == ["withdraw"]


async def test_contacts_payloads_are_strict(tracker: Tracker) -> None:
    async with tracker.client() as c:
        answers = [await c.post("/api/v1/contacts", headers=tracker.auth, json=body) for body in (
            {"contacts": [{"key": "short", "tracking": "blocked", "at": "2026-01-01T00:00:00Z"}]},
            {"contacts": [{"key": new_token(), "tracking": "maybe", "at": "2026-01-01T00:00:00Z"}]},
            {"contacts": [{"key": new_token(), "tracking": "blocked", "at": "2026-01-01T00:00:00"}]},
            {"contacts": [{"key": new_token(), "tracking": "blocked", "at": "2026-01-01T00:00:00Z", "who": 1}]},
            {"contacts": []}, {"token": new_token(), "aggregate": True, "contact_key": new_token()})]
        unauthenticated = await c.post("/api/v1/contacts", json={"contacts": []})
        aggregate_with_key = await c.post("/api/v1/messages", headers=tracker.auth,
                                          json={"token": new_token(), "aggregate": True, "contact_key": new_token()})
    assert [r.status_code for r in answers] == [422, 422, 422, 422, 200, 422]
    assert unauthenticated.status_code == 401 and aggregate_with_key.status_code == 422


async def test_an_anonymous_pixel_keeps_no_address_nor_agent(tracker: Tracker, tmp_path: Path) -> None:
    token = new_token()
    async with tracker.client(address="90.12.34.77", **{"User-Agent": FIREFOX}) as c:  # judged, never stored
        await register(tracker, c, {"token": token, "aggregate": True})
        await c.get(f"/o/{token}.gif")
        [event] = await feed(tracker, c)
    assert (event["kind"], event["verdict"], event["ip"], event["user_agent"]) == ("open", "human", None, None)
    with closing(sqlite3.connect(tmp_path / "tracker.db")) as db:
        assert db.execute("select ip, user_agent from events").fetchall() == [(None, None)]


async def test_the_pdf_downloaded_or_opened_is_a_view_of_the_document(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(token, new_token()))
        page = await c.get(f"/q/{token}")
        await c.get(f"/q/{token}/document.pdf")  # the page's inline copy: not counted again
        await c.get(f"/q/{token}/document.pdf?download=1")
        await c.get(f"/q/{token}/document.pdf?open=1")
        await feed(tracker, c, expect=3)
        events = await all_events(tracker, c)
    assert f'href="/q/{token}/document.pdf?open=1"' in page.text
    assert [(e["kind"], e["link_id"]) for e in events] == [("view", None), ("view", "pdf"), ("view", "pdf")]


async def test_a_version_1_database_is_migrated_and_keeps_its_events(tmp_path: Path, clock: FakeClock) -> None:
    config = make_config(tmp_path, clock)
    first = build_tracker(config, clock)
    token = new_token()
    async with first.client(**{"User-Agent": FIREFOX}) as c:
        await register(first, c, registration(token))
        await c.get(f"/o/{token}.gif")
        await feed(first, c)
    close_state(first.state)
    with closing(sqlite3.connect(tmp_path / "tracker.db")) as db:  # back to version 1's tables
        db.execute("DROP INDEX ix_messages_contact_key")
        for table, column in (("messages", "contact_key"), ("messages", "aggregate"), ("events", "answer"),
                              ("events", "shown_text"), ("events", "probability"), ("events", "method"),
                              ("events", "target_id"), ("events", "evidence"), ("messages", "signer_email"),
                              ("messages", "consumer"), ("messages", "seller_contact")):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("DROP TABLE contact_keys")
        db.execute("DROP TABLE signing_codes")
        db.execute("DROP TABLE signatures")
        db.execute("DELETE FROM schema_version WHERE version >= 2")
        db.commit()
    again = build_tracker(config, clock)
    try:
        async with again.client(**{"User-Agent": FIREFOX}) as c:
            health = (await c.get("/healthz")).json()
            await answer(c, "w", token)
            await c.get(f"/o/{token}.gif")
            events = await all_events(again, c)
    finally:
        close_state(again.state)
    assert health["schema_version"] == 4
    assert [e["kind"] for e in events] == ["withdraw"]


async def test_retention_is_thirteen_calendar_months_and_forgets_unused_keys(tracker: Tracker) -> None:
    import asyncio

    old, kept = new_token(), new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, keyed(old, new_token()))
        await answer(c, "w", old)
        tracker.clock.advance(days=380)  # 12.5 months: nothing goes
        await register(tracker, c, keyed(kept, new_token()))
        assert (await asyncio.wrap_future(tracker.state.purge())) == {"events": 0, "messages": 0, "contact_keys": 0}
        tracker.clock.advance(days=20)  # 13 months and some days after the first message
        counts = await asyncio.wrap_future(tracker.state.purge())
    assert counts == {"events": 1, "messages": 1, "contact_keys": 1}


async def test_hits_written_in_the_same_batch_as_an_answer_are_not_lost(tmp_path: Path, clock: FakeClock) -> None:
    import asyncio

    from tracker.writer import Hit

    slow = build_tracker(make_config(tmp_path, clock, flush_interval_seconds=0.3), clock)  # one batch for all
    try:
        key, other = new_token(), new_token()
        async with slow.client(**{"User-Agent": FIREFOX}) as c:
            await register(slow, c, keyed(key, new_token()))
            await register(slow, c, keyed(other, new_token()))
            now = slow.state.now_us()
            writer = slow.state.writer
            answered = writer.submit_hit(Hit("withdraw", key, now, "POST", FIREFOX, "198.51.100.0/24", answer="no",
                                             shown_text="[x]"))
            writer.put(Hit("view", other, now, "GET", FIREFOX, "198.51.100.0/24"))
            writer.put(Hit("open", other, now, "GET", FIREFOX, "198.51.100.0/24"))
            accepted = writer.submit_hit(Hit("accept", other, now, "POST", FIREFOX, "198.51.100.0/24",
                                             full_name="Marie Curie", pdf_sha256="0" * 64))
            outcomes = [await asyncio.wrap_future(f) for f in (answered, accepted)]
            events = await all_events(slow, c)
    finally:
        close_state(slow.state)
    assert [o.created for o in outcomes] == [True, True]
    assert [(e["kind"], e["token"]) for e in events] == [("withdraw", key), ("view", other), ("open", other),
                                                         ("accept", other)]
