"""Verdicts from recorded user agents, networks and timings, and the burst / honeypot rules."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.tracker.conftest import Tracker, feed, new_token, register, registration
from tracker.classify import catalogue_data, load_catalogue
from tracker.judge import Hit, Judge, Judgement
from tracker.reasons import REASONS, describe

pytestmark = pytest.mark.anyio
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


JUDGE = load_catalogue()
HOME = "90.12.34.0/24"  # Orange (AS3215), an access provider
AZURE = "20.60.1.0/24"  # Microsoft (AS8075), outside the published Exchange Online Protection rows


def judge(ua: str, *, kind: str = "open", method: str = "GET", network: str | None = HOME,
          ts: int = LATER) -> Judgement:
    return JUDGE.judge(Hit(kind, ts, method, ua, network), DELIVERED)


@pytest.mark.parametrize(("ua", "kind", "verdict", "reason"), [
    (GMAIL, "open", "human", "agent:gmail-image-proxy"),
    (APPLE_MPP, "open", "machine", "agent:apple-mail-privacy-protection"),
    (OUTLOOK, "open", "human", "agent:mail-client"),
    (IPHONE_MAIL, "open", "human", "agent:mobile-browser"),
    (CHROME, "click", "human", "agent:browser"),
    (MIMECAST, "click", "machine", "agent:mimecast"),
    (BARRACUDA, "click", "machine", "agent:barracuda"),
    (PYTHON, "view", "machine", "agent:http-library"),
])
def test_recorded_user_agents_an_hour_after_delivery_from_a_home_network(
        ua: str, kind: str, verdict: str, reason: str) -> None:
    result = judge(ua, kind=kind)
    assert result.verdict == verdict and reason in result.reasons
    assert (result.probability >= 0.75) == (verdict == "human")


def test_nothing_is_human_by_default() -> None:
    assert judge("", network=None).verdict == "unknown"
    assert judge("SomethingOdd/1.0", network=None).reasons[0] == "unrecognised-user-agent"
    # desktop Chrome from a cloud network, as scanners send it (gophish/gophish#2446): never human
    assert judge(CHROME, kind="click", network=AZURE).verdict != "human"
    assert judge(CHROME, kind="click", network=AZURE, ts=DELIVERED + 30_000_000).verdict == "machine"


def test_a_phone_named_cubot_is_no_crawler() -> None:
    cubot = ("Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
             "Mobile Safari/537.36")
    result = judge(cubot, kind="click")
    assert "agent:crawler" not in result.reasons and result.verdict == "human"
    assert "agent:crawler" in judge("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)").reasons
    assert "agent:crawler" in judge("Mozilla/5.0 (compatible; bot; +https://example.org)").reasons


def test_apple_network_alone_is_not_mail_privacy_protection() -> None:
    safari = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/17.1 Safari/605.1.15")
    staff = judge(safari, kind="view", network="17.120.4.0/24")
    assert staff.verdict == "human" and "asn:apple" in staff.reasons
    assert judge(APPLE_MPP, network="17.58.23.0/24").verdict == "machine"


@pytest.mark.parametrize(("network", "reason"), [
    ("40.107.22.0/24", "network:microsoft-eop"), ("2a01:111:f400::/48", "network:microsoft-eop"),
    ("148.163.150.0/24", "network:proofpoint"), ("40.94.89.0/24", "asn:microsoft"), ("216.71.140.0/24", "asn:cisco"),
])
def test_scanner_networks_with_a_browser_agent_soon_after_delivery_are_machine(network: str, reason: str) -> None:
    result = judge(CHROME, kind="click", network=network, ts=DELIVERED + 40_000_000)
    assert result.verdict == "machine" and reason in result.reasons


def test_a_vendor_network_alone_does_not_decide() -> None:
    """Browser isolation: a person's own click comes from the vendor's network (warmbly's notes)."""
    for network in ("148.163.150.0/24", "143.55.144.0/24", "170.10.130.0/24"):
        late_single = judge(CHROME, kind="click", network=network, ts=DELIVERED + 3 * 3_600_000_000)
        assert late_single.verdict != "machine", network


def test_time_since_delivery_is_a_curve() -> None:
    at = [DELIVERED + s * 1_000_000 for s in (2, 60, 180, 900, 7200)]
    p = [judge(CHROME, kind="click", network=None, ts=t).probability for t in at]
    assert p == sorted(p) and p[0] < 0.1 < p[-1]
    assert judge(CHROME, kind="click", network=AZURE, ts=DELIVERED + 90_000_000).verdict == "machine"  # minutes
    assert judge(GMAIL, ts=DELIVERED + 600_000_000).verdict == "human"  # Gmail's proxy opening within minutes


def test_head_beats_everything_and_explicit_actions_are_human() -> None:
    assert judge(GMAIL, method="HEAD").reasons[0] == "head-request"
    accepted = judge("", kind="accept", network=None)
    assert (accepted.verdict, accepted.reasons[0]) == ("human", "explicit-action")


HEADLESS_CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 "
                   "Safari/537.36")


@pytest.mark.parametrize("kind", ["accept", "unsubscribe"])
@pytest.mark.parametrize(("ua", "network", "ts"), [
    (HEADLESS_CHROME, "203.0.113.0/24", LATER), (PYTHON, "40.107.22.0/24", LATER), (CHROME, None, DELIVERED + 1),
    (MIMECAST, "17.58.23.0/24", DELIVERED + 1),
])
def test_explicit_actions_are_human_whatever_the_agent_network_or_timing(
        kind: str, ua: str, network: str | None, ts: int) -> None:
    result = judge(ua, kind=kind, method="POST", network=network, ts=ts)
    assert result.verdict == "human" and result.reasons[0] == "explicit-action"


def test_judged_together_bursts_honeypots_and_a_later_view_change_the_verdicts() -> None:
    def click(link: str, seconds: float, honeypot: bool = False) -> Hit:
        return Hit("click", LATER + int(seconds * 1_000_000), "GET", CHROME, HOME, link, honeypot)

    alone = JUDGE.judge_message([click("cta", 0)], DELIVERED)
    assert alone[0].verdict == "human"
    burst = JUDGE.judge_message([click("cta", 0), click("cgv", 0.4)], DELIVERED)
    assert [j.verdict for j in burst] == ["machine", "machine"] and "click-burst" in burst[0].reasons
    assert "agent:browser" not in burst[0].reasons[:1]  # re-judged: the reasons are the new verdict's
    trap = JUDGE.judge_message([click("cta", 0), click("ref", 5, honeypot=True)], DELIVERED)
    assert [j.verdict for j in trap] == ["machine", "machine"] and trap[0].reasons[0] == "honeypot-burst"
    fast = Hit("open", DELIVERED + 30_000_000, "GET", OUTLOOK, HOME)
    again = Hit("open", DELIVERED + 3_600_000_000, "GET", OUTLOOK, HOME)
    assert JUDGE.judge(fast, DELIVERED).verdict == "unknown"
    assert JUDGE.judge_message([fast, again], DELIVERED)[0].verdict == "human"


def test_every_weight_names_a_known_source_and_every_reason_has_words() -> None:
    data = catalogue_data()
    assert all(value.strip() for value in data["sources"].values())
    slugs = {*data["signals"], "explicit-action", "no-evidence"}
    slugs |= {f"agent:{a['name']}" for a in data["agents"]} | {f"network:{n['name']}" for n in data["networks"]}
    slugs |= {f"asn:{o['name']}" for o in data["organisations"]}
    for lang in ("fr", "en"):
        assert slugs <= set(REASONS[lang]), slugs - set(REASONS[lang])
    with pytest.raises(ValueError, match="unknown source"):
        Judge({**data, "agents": [{**data["agents"][0], "source": "nowhere"}]}, JUDGE.asn)


def test_the_reasons_in_french() -> None:
    result = judge(CHROME, kind="open", network="40.107.22.0/24", ts=DELIVERED + 300_000_000)
    assert describe(result.verdict, "open", result.reasons[:1]) == \
        "ouverture probablement automatique : passerelle de sécurité Microsoft"
    assert describe("unknown", "click", ["asn:mimecast"], "en") == \
        "uncertain click: Mimecast network (scanning or isolated browsing)"


def hits_only(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["kind"] != "verdict"]


async def test_hits_right_after_delivery_are_machine_and_a_later_human_open_follows(tracker: Tracker) -> None:
    token = new_token()
    delivered = tracker.clock.now
    async with tracker.client("20.60.1.7", **{"User-Agent": CHROME}) as scanner, \
            tracker.client("90.12.34.56", **{"User-Agent": OUTLOOK}) as person:
        await register(tracker, person, registration(token, quote=False, delivered_at=delivered))
        tracker.clock.advance(seconds=20)  # a gateway, tens of seconds after delivery (MillionSend/millionsend#22)
        await scanner.get(f"/o/{token}.gif")
        tracker.clock.advance(hours=2)
        await person.get(f"/o/{token}.gif")
        events = await feed(tracker, person, expect=2)
        status = (await person.get(f"/api/v1/messages/{token}", headers=tracker.auth)).json()
    assert [e["verdict"] for e in events] == ["machine", "human"]
    assert events[0]["probability"] < 0.15 < 0.75 < events[1]["probability"]
    assert events[0]["reasons"][:2] == ["delivery-timing", "asn:microsoft"]
    assert status["status"] == "human"


async def test_a_honeypot_click_marks_its_whole_burst_as_machine_with_fresh_reasons(tracker: Tracker) -> None:
    token = new_token()
    links = [{"id": "cta", "url": "https://ex.fr/a"}, {"id": "trap", "url": "https://ex.fr/t", "honeypot": True}]
    async with tracker.client("90.12.34.56", **{"User-Agent": CHROME}) as c:
        await register(tracker, c, registration(token, quote=False, links=links,
                                                delivered_at=tracker.clock.now - timedelta(hours=3)))
        await c.get(f"/l/{token}/cta")
        first = await feed(tracker, c)
        tracker.clock.advance(seconds=1)
        await c.get(f"/l/{token}/trap")
        second = await feed(tracker, c, after=first[-1]["cursor"], expect=2)
        everything = hits_only(await feed(tracker, c, expect=4))
    assert first[0]["verdict"] == "human"
    trap, rejudged = second
    assert trap["verdict"] == "machine" and trap["reasons"][0] == "honeypot-link"
    assert trap["reclassifies"] == [first[0]["id"]]
    # the change is published: the earlier click is machine now, with the reasons of its new verdict
    assert (rejudged["kind"], rejudged["rejudges"], rejudged["verdict"]) == ("verdict", first[0]["id"], "machine")
    assert rejudged["reasons"][0] == "honeypot-burst" and rejudged["ip"] is None
    assert [e["verdict"] for e in everything] == ["machine", "machine"]
    assert everything[0]["reasons"] == rejudged["reasons"]  # stored too: no stale 'browser' reason first


async def test_clicks_on_several_links_in_a_burst_are_machine_but_slow_clicks_are_not(tracker: Tracker) -> None:
    token = new_token()
    links = [{"id": "a", "url": "https://ex.fr/a"}, {"id": "b", "url": "https://ex.fr/b"},
             {"id": "c", "url": "https://ex.fr/c"}]
    async with tracker.client("90.12.34.56", **{"User-Agent": CHROME}) as c:
        await register(tracker, c, registration(token, quote=False, links=links))
        tracker.clock.advance(hours=2)
        await c.get(f"/l/{token}/a")
        tracker.clock.advance(seconds=0.5)
        await c.get(f"/l/{token}/b")
        tracker.clock.advance(minutes=10)
        await c.get(f"/l/{token}/c")
        await feed(tracker, c, expect=4)  # the three hits and the re-judgement of "a" are all in (a page may hold
        # an earlier verdict: the first page can be read before the second hit's batch re-judges "a")
        events = hits_only(await feed(tracker, c, expect=4))  # read again: verdicts as they stand now
    assert [(e["link_id"], e["verdict"]) for e in events] == [("a", "machine"), ("b", "machine"), ("c", "human")]
    assert "click-burst" in events[1]["reasons"] and "click-burst" in events[0]["reasons"]
    assert events[1]["reclassifies"] == [events[0]["id"]]


async def test_the_same_client_again_an_hour_later_makes_an_uncertain_open_human(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client("90.12.34.56", **{"User-Agent": OUTLOOK}) as c:
        await register(tracker, c, registration(token, quote=False, delivered_at=tracker.clock.now))
        tracker.clock.advance(seconds=30)  # a fast reader: too soon to tell from a gateway
        await c.get(f"/o/{token}.gif")
        [first] = await feed(tracker, c)
        tracker.clock.advance(hours=1)
        await c.get(f"/o/{token}.gif")
        later = await feed(tracker, c, after=first["cursor"], expect=2)
    assert first["verdict"] == "unknown"
    assert [(e["kind"], e["verdict"]) for e in later] == [("open", "human"), ("verdict", "human")]
    assert later[1]["rejudges"] == first["id"] and "same-client-again" in later[1]["reasons"]
