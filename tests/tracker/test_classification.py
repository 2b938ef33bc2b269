"""Verdicts from recorded user agents, networks and timings, and the burst / honeypot rules."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.tracker.conftest import Tracker, feed, new_token, register, registration
from tracker.classify import Classification, EarlierClick, HitFacts, classify, judge_click_burst, load_catalogue

pytestmark = pytest.mark.anyio
CATALOGUE = load_catalogue()
WINDOW_US = 10_000_000
DELIVERED = 1_700_000_000_000_000
LATER = DELIVERED + 3_600_000_000

# User agents as recorded in the wild (mail clients, proxies, scanners).
GMAIL = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
APPLE_MPP = "Mozilla/5.0"
OUTLOOK = ("Mozilla/4.0 (compatible; ms-office; MSOffice 16) Microsoft Outlook 16.0.17029; Pro)")
IPHONE_MAIL = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Mobile/15E148")
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
          "Safari/537.36")
MIMECAST = "Mozilla/5.0 (compatible; Mimecast URL Protect)"
BARRACUDA = "Barracuda Sentinel (EE)"
PYTHON = "python-requests/2.31.0"


def facts(ua: str, *, kind: str = "open", method: str = "GET", network: str | None = "203.0.113.0/24",
          ts: int = LATER) -> HitFacts:
    return HitFacts(kind=kind, method=method, user_agent=ua, network=network, ts_us=ts, delivered_at_us=DELIVERED)


@pytest.mark.parametrize(("ua", "kind", "verdict", "reason"), [
    (GMAIL, "open", "human", "agent:gmail-image-proxy"),
    (APPLE_MPP, "open", "machine", "agent:apple-mail-privacy-protection"),
    (OUTLOOK, "open", "human", "browser-or-mail-client"),
    (IPHONE_MAIL, "open", "human", "browser-or-mail-client"),
    (CHROME, "click", "human", "browser-or-mail-client"),
    (MIMECAST, "click", "machine", "agent:mimecast"),
    (BARRACUDA, "click", "machine", "agent:barracuda"),
    (PYTHON, "view", "machine", "agent:http-library"),
    ("", "open", "unknown", "no-user-agent"),
    ("SomethingOdd/1.0", "open", "unknown", "unrecognised-user-agent"),
])
def test_recorded_user_agents(ua: str, kind: str, verdict: str, reason: str) -> None:
    result = classify(facts(ua, kind=kind), CATALOGUE, WINDOW_US)
    assert (result.verdict, result.reasons[0]) == (verdict, reason)


@pytest.mark.parametrize(("network", "reason"), [
    ("40.107.22.0/24", "network:microsoft-eop"), ("2a01:111:f400::/48", "network:microsoft-eop"),
    ("148.163.150.0/24", "network:proofpoint"), ("17.58.23.0/24", "network:apple-mpp"),
])
def test_published_scanner_networks_are_machines_even_with_a_browser_agent(network: str, reason: str) -> None:
    result = classify(facts(CHROME, network=network), CATALOGUE, WINDOW_US)
    assert result.verdict == "machine" and reason in result.reasons


def test_timing_within_the_delivery_window_is_machine_but_not_for_gmail() -> None:
    soon = DELIVERED + 3_000_000
    assert classify(facts(CHROME, ts=soon), CATALOGUE, WINDOW_US).reasons == ("within-delivery-window",)
    assert classify(facts(CHROME, ts=DELIVERED + WINDOW_US), CATALOGUE, WINDOW_US).verdict == "human"
    assert classify(facts(GMAIL, ts=soon), CATALOGUE, WINDOW_US).verdict == "human"


def test_head_beats_everything_and_explicit_actions_are_human() -> None:
    assert classify(facts(GMAIL, method="HEAD"), CATALOGUE, WINDOW_US).reasons[0] == "head-request"
    assert classify(facts("", kind="accept"), CATALOGUE, WINDOW_US) == Classification("human", ("explicit-action",))


HEADLESS_CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 "
                   "Safari/537.36")


@pytest.mark.parametrize("kind", ["accept", "unsubscribe"])
@pytest.mark.parametrize(("ua", "network", "ts"), [
    (HEADLESS_CHROME, "203.0.113.0/24", LATER), (PYTHON, "40.107.22.0/24", LATER), (CHROME, None, DELIVERED + 1),
    (MIMECAST, "17.58.23.0/24", DELIVERED + 1),
])
def test_explicit_actions_are_human_whatever_the_agent_network_or_timing(
        kind: str, ua: str, network: str | None, ts: int) -> None:
    result = classify(facts(ua, kind=kind, method="POST", network=network, ts=ts), CATALOGUE, WINDOW_US)
    assert result.verdict == "human" and result.reasons[0] == "explicit-action"


def test_burst_rules() -> None:
    human = Classification("human", ("browser-or-mail-client",))
    same_link = [EarlierClick("e1", "cta", "human")]
    other_links = [EarlierClick("e1", "cta", "human"), EarlierClick("e2", "cgv", "machine")]
    assert judge_click_burst(human, "cta", False, same_link) == (human, [])
    assert judge_click_burst(human, "site", False, other_links) == (Classification("machine", ("click-burst",)), ["e1"])
    assert judge_click_burst(human, "trap", True, same_link)[1] == ["e1"]


def test_every_catalogue_entry_names_a_known_source() -> None:
    assert CATALOGUE.sources
    assert all(value.strip() for value in CATALOGUE.sources.values())


async def test_hits_right_after_delivery_are_machine_and_a_later_human_open_follows(tracker: Tracker) -> None:
    token = new_token()
    delivered = tracker.clock.now
    async with tracker.client(**{"User-Agent": CHROME}) as c:
        await register(tracker, c, registration(token, quote=False, delivered_at=delivered))
        tracker.clock.advance(seconds=2)
        await c.get(f"/o/{token}.gif")
        tracker.clock.advance(hours=2)
        await c.get(f"/o/{token}.gif")
        events = await feed(tracker, c, expect=2)
        status = (await c.get(f"/api/v1/messages/{token}", headers=tracker.auth)).json()
    assert [e["verdict"] for e in events] == ["machine", "human"]
    assert status["status"] == "human"


async def test_a_honeypot_click_marks_its_whole_burst_as_machine(tracker: Tracker) -> None:
    token = new_token()
    links = [{"id": "cta", "url": "https://ex.fr/a"}, {"id": "trap", "url": "https://ex.fr/t", "honeypot": True}]
    async with tracker.client(**{"User-Agent": CHROME}) as c:
        await register(tracker, c, registration(token, quote=False, links=links,
                                                delivered_at=tracker.clock.now - timedelta(hours=1)))
        await c.get(f"/l/{token}/cta")
        first = await feed(tracker, c)
        tracker.clock.advance(seconds=1)
        await c.get(f"/l/{token}/trap")
        second = await feed(tracker, c, after=first[-1]["cursor"])
        everything = await feed(tracker, c, expect=2)
    assert first[0]["verdict"] == "human"
    assert second[0]["verdict"] == "machine"
    assert "honeypot-link" in second[0]["reasons"] and second[0]["reclassifies"] == [first[0]["id"]]
    assert [e["verdict"] for e in everything] == ["machine", "machine"]


async def test_clicks_on_several_links_in_a_burst_are_machine_but_slow_clicks_are_not(tracker: Tracker) -> None:
    token = new_token()
    links = [{"id": "a", "url": "https://ex.fr/a"}, {"id": "b", "url": "https://ex.fr/b"},
             {"id": "c", "url": "https://ex.fr/c"}]
    async with tracker.client(**{"User-Agent": CHROME}) as c:
        await register(tracker, c, registration(token, quote=False, links=links))
        tracker.clock.advance(minutes=30)
        await c.get(f"/l/{token}/a")
        tracker.clock.advance(seconds=0.5)
        await c.get(f"/l/{token}/b")
        tracker.clock.advance(minutes=10)
        await c.get(f"/l/{token}/c")
        await feed(tracker, c, expect=3)
        events = await feed(tracker, c, expect=3)  # read again: verdicts as they stand now
    assert [(e["link_id"], e["verdict"]) for e in events] == [("a", "machine"), ("b", "machine"), ("c", "human")]
    assert "click-burst" in events[1]["reasons"]
    assert events[1]["reclassifies"] == [events[0]["id"]]
