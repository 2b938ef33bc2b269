# ruff: noqa: E501  (user agents and report titles are quoted whole)
"""Writes verdict_corpus.jsonl: labelled hits rebuilt from public reports (run by hand; the JSONL is committed).

Each scenario is one message (delivered at t=0) with the hits a report describes: the user agents, networks and
delays quoted there (networks are /24s inside the ranges or autonomous systems the reports name). Each line cites
its source. Scenarios alternate between the ``tune`` half and the ``held-out`` half, which no weight was set on.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

R = random.Random(18)
WIN_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
WIN7_CHROME57 = ("Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/57.0.2987.133 "
                 "Safari/537.36")
WIN8_OLD = "Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.3945.136 Safari/537.36"
GMAIL = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
GMAIL_BOT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/42.0.2311.135 Safari/537.36 Edge/12.246 Mozilla/5.0")
YAHOO = "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html"
OUTLOOK = "Mozilla/4.0 (compatible; ms-office; MSOffice 16) Microsoft Outlook 16.0.{b}; Pro)"
THUNDERBIRD = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.{b}.0"
IPHONE_MAIL = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_{b} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Mobile/15E148")
CUBOT = ("Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/1{b}.0.0.0 "
         "Mobile Safari/537.36")
ANDROID = ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12{b}.0.0.0 "
           "Mobile Safari/537.36")
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:12{b}.0) Gecko/20100101 Firefox/12{b}.0"
EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12{b}.0.0.0 "
        "Safari/537.36 Edg/12{b}.0.0.0")
MAC_SAFARI = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/17.{b} Safari/605.1.15")
HEADLESS = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/1{b}.0.0.0 "
            "Safari/537.36")
PREVIEWERS = ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "LinkedInBot/1.0 (compatible; Mozilla/5.0;"
              " Apache-HttpClient +http://www.linkedin.com)", "facebookexternalhit/1.1 (+http://www.facebook.com/"
              "externalhit_uatext.php)", "TelegramBot (like TwitterBot)", "WhatsApp/2.23.20.0 A",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
              "Safari/537.36 Edg/120.0.0.0 Teams/24295.605.3225.8804"]
LIBRARIES = ["python-requests/2.31.0", "curl/8.5.0", "Go-http-client/1.1", "okhttp/4.12.0", "Wget/1.21.4"]
RESIDENTIAL = ["90.{a}.{b}.0/24", "86.{a}.{b}.0/24", "82.{c}.{b}.0/24", "88.{c}.{b}.0/24", "93.{d}.{b}.0/24",
               "109.{d}.{b}.0/24", "89.{e}.{b}.0/24", "176.{f}.{b}.0/24", "73.{a}.{b}.0/24", "79.{g}.{b}.0/24",
               "109.{h}.{b}.0/24"]
AZURE = ["20.{x}.{b}.0/24", "52.{y}.{b}.0/24", "40.94.{b}.0/24"]
AWS = ["3.{z}.{b}.0/24", "44.{w}.{b}.0/24"]


def residential() -> str:
    return R.choice(RESIDENTIAL).format(a=R.randint(1, 35), b=R.randint(0, 254), c=R.randint(224, 255),
                                        d=R.randint(0, 31), e=R.randint(80, 95), f=R.randint(163, 191),
                                        g=R.randint(192, 255), h=R.randint(128, 143))


def azure() -> str:
    return R.choice(AZURE).format(x=R.randint(48, 127), y=R.randint(100, 103) if R.random() < 0.3 else 160,
                                  b=R.randint(0, 254))


def aws() -> str:
    return R.choice(AWS).format(z=R.randint(100, 200), w=R.randint(192, 223), b=R.randint(0, 254))


def b() -> int:
    return R.randint(1, 9)


SCENARIOS: list[tuple[str, str, int, object]] = []  # (source, label, count, maker -> list of hits)


def scenario(source: str, label: str, count: int):
    def wrap(maker):
        SCENARIOS.append((source, label, count, maker))
        return maker
    return wrap


def hit(kind: str, after_s: float, ua: str, network: str | None, link: str | None = None, method: str = "GET",
        honeypot: bool = False, label: str | None = None) -> dict[str, object]:
    out: dict[str, object] = {"kind": kind, "after_s": round(after_s, 1), "method": method, "ua": ua,
                              "network": network, "link": link, "honeypot": honeypot}
    if label:
        out["label"] = label
    return out


# Machines ----------------------------------------------------------------------------------------------------
@scenario("gophish/gophish#973 (Safe Links: two GETs right after delivery from 40.107.218.12, Chrome 57)", "machine", 8)
def _safe_links():
    t = R.uniform(1, 25)
    return [hit("click", t, WIN7_CHROME57, "40.107.218.0/24", "cta"), hit("click", t + 0.3, WIN7_CHROME57,
                                                                         "40.107.218.0/24", "cta")]


@scenario("gophish/gophish#2646 (40.94.89.x, AS8075 outside the EOP rows, Chrome 101, seconds after delivery)", "machine", 8)
def _as8075():
    t = R.uniform(2, 40)
    net = f"40.94.{R.randint(80, 95)}.0/24"
    return [hit("open", t, WIN_CHROME.format(v=101), net), hit("click", t + R.uniform(0.5, 3), WIN_CHROME.format(v=101),
                                                                net, "cta")]


@scenario("gophish/gophish#2446 (Office 365 scanners click before delivery, Windows 10 with Chrome 79/80/96)", "machine", 8)
def _pre_delivery():
    return [hit("click", R.uniform(-5, 50), WIN_CHROME.format(v=R.choice([79, 80, 96])), azure(), "cta")]


@scenario("MillionSend/millionsend#22 (gateways fetch tens of seconds to minutes after delivery)", "machine", 8)
def _minutes_later():
    return [hit(R.choice(["open", "click"]), R.uniform(40, 240), WIN_CHROME.format(v=R.randint(100, 122)),
                R.choice([azure(), aws()]), "cta")]


@scenario("Mimecast 'URL Protect' user agent (catalogue source mimecast)", "machine", 5)
def _mimecast_agent():
    return [hit("click", R.uniform(1, 7200), "Mozilla/5.0 (compatible; Mimecast URL Protect)", None, "cta")]


@scenario("Mimecast gateway ranges (community.mimecast.com 'Data Centers and URLs'), seconds after delivery", "machine", 4)
def _mimecast_net():
    return [hit("click", R.uniform(3, 60), WIN_CHROME.format(v=R.randint(100, 120)), "205.139.110.0/24", "cta")]


@scenario("Proofpoint URL Defense rewrites and fetches (help.proofpoint.com)", "machine", 4)
def _proofpoint_agent():
    return [hit("click", R.uniform(1, 600), "Proofpoint URL Defense", None, "cta")]


@scenario("Proofpoint pphosted gateway ranges (help.proofpoint.com), seconds after delivery", "machine", 4)
def _proofpoint_net():
    return [hit("click", R.uniform(2, 45), WIN_CHROME.format(v=R.randint(100, 120)), "148.163.150.0/24", "cta")]


@scenario("Barracuda Email Security Service (campus.barracuda.com): agent and ranges", "machine", 6)
def _barracuda():
    if R.random() < 0.5:
        return [hit("click", R.uniform(1, 3600), "Barracuda Sentinel (EE)", None, "cta")]
    return [hit("click", R.uniform(2, 60), WIN_CHROME.format(v=110), "64.235.150.0/24", "cta")]


@scenario("Cisco Secure Email cloud gateway (IronPort AS16417), no published ranges: seconds to minutes after", "machine", 5)
def _cisco():
    return [hit("click", R.uniform(3, 120), WIN_CHROME.format(v=R.randint(100, 120)),
                f"216.71.{R.randint(140, 155)}.0/24", "cta")]


@scenario("Apple Mail Privacy Protection (support.apple.com): prefetch with the agent 'Mozilla/5.0'", "machine", 8)
def _mpp():
    return [hit("open", R.uniform(1, 3600), "Mozilla/5.0", f"17.58.{R.randint(0, 120)}.0/24")]


@scenario("mautic/mautic#10245 (Gmail's bot fetches at once from Google with 'Chrome/42 ... Edge/12.246')", "machine", 4)
def _gmail_bot():
    return [hit("open", R.uniform(0.5, 8), GMAIL_BOT, f"66.249.{R.randint(80, 93)}.0/24")]


@scenario("Link previewers' documented agents (Slack, LinkedIn, Meta, Telegram, WhatsApp, Teams)", "machine", 6)
def _previewers():
    return [hit("click", R.uniform(60, 86400), R.choice(PREVIEWERS), residential() if R.random() < 0.4 else aws(),
                "cta")]


@scenario("HEAD probes of link checkers (common-bots)", "machine", 4)
def _head():
    return [hit("click", R.uniform(1, 3600), WIN_CHROME.format(v=118), residential(), "cta", method="HEAD")]


@scenario("gophish/gophish#2646 and Litmus: a scanner follows every link of the message within a second", "machine", 5)
def _burst():
    t = R.uniform(30, 7200)
    ua, net = WIN_CHROME.format(v=R.randint(100, 120)), residential()
    return [hit("click", t + i * R.uniform(0.1, 0.6), ua, net, link) for i, link in enumerate(("cta", "site", "cgv"))]


@scenario("Honeypot link followed with the others (burst, Litmus)", "machine", 4)
def _honeypot():
    t = R.uniform(5, 7200)
    ua, net = WIN_CHROME.format(v=119), residential()
    return [hit("click", t, ua, net, "cta"), hit("click", t + 0.4, ua, net, "ref", honeypot=True)]


@scenario("HTTP libraries' default agents (common-bots)", "machine", 5)
def _libraries():
    return [hit(R.choice(["open", "click", "view"]), R.uniform(1, 86400), R.choice(LIBRARIES), aws(), "cta")]


@scenario("Headless Chrome sandboxes (common-bots)", "machine", 3)
def _headless():
    return [hit("click", R.uniform(1, 600), HEADLESS.format(b=b() + 10), R.choice([aws(), azure()]), "cta")]


@scenario("gophish/gophish#2115 (clicked seconds after receipt behind M365 and Trend Micro, 'Windows 10 / Chrome')", "machine", 4)
def _trend():
    net = f"150.70.{R.randint(0, 200)}.0/24" if R.random() < 0.5 else azure()
    return [hit("click", R.uniform(2, 20), WIN_CHROME.format(v=88), net, "cta")]


@scenario("gophish/gophish#2938 (a visit right after sending from Google Cloud 35.x)", "machine", 3)
def _gcp():
    return [hit("click", R.uniform(1, 30), WIN_CHROME.format(v=R.randint(100, 120)),
                f"35.{R.randint(208, 219)}.{R.randint(0, 254)}.0/24", "cta")]


@scenario("gophish/gophish#2357 (later 'opens' from AS8075 with an outdated Chrome on Windows 8)", "machine", 3)
def _later_old_chrome():
    return [hit("open", R.uniform(3 * 3600, 9 * 3600), WIN8_OLD.format(v=79), azure())]


# People -------------------------------------------------------------------------------------------------------
@scenario("mautic/mautic#16069 (GoogleImageProxy fetches when the person opens the mail: must count)", "human", 10)
def _gmail():
    return [hit("open", R.uniform(300, 2 * 86400), GMAIL, f"66.102.{R.randint(0, 15)}.0/24")]


@scenario("Yahoo Mail image proxy on opening (catalogue source yahoo-proxy)", "human", 4)
def _yahoo():
    return [hit("open", R.uniform(300, 86400), YAHOO, f"98.136.{R.randint(0, 250)}.0/24")]


@scenario("Outlook desktop opening the message at home or at the office (ua-families, access-networks)", "human", 10)
def _outlook():
    return [hit("open", R.uniform(600, 3 * 86400), OUTLOOK.format(b=R.randint(10000, 18000)), residential())]


@scenario("Thunderbird opening the message (ua-families)", "human", 4)
def _thunderbird():
    return [hit("open", R.uniform(600, 86400), THUNDERBIRD.format(b=b()), residential())]


@scenario("iPhone Mail without Mail Privacy Protection, on a mobile network (ua-families)", "human", 6)
def _iphone():
    return [hit("open", R.uniform(120, 86400), IPHONE_MAIL.format(b=b()), residential())]


@scenario("A phone named CUBOT X30 clicking the quote link (issue #18: 'bot\\b' over-matched it)", "human", 4)
def _cubot():
    t = R.uniform(600, 86400)
    net = residential()
    return [hit("click", t, CUBOT.format(b=b() + 10), net, "cta"), hit("view", t + 1.2, CUBOT.format(b=b() + 10), net)]


@scenario("Android phone opening the link later (ua-families)", "human", 4)
def _android():
    t = R.uniform(900, 86400)
    net = residential()
    return [hit("click", t, ANDROID.format(b=b()), net, "cta"), hit("view", t + 0.9, ANDROID.format(b=b()), net)]


@scenario("Desktop browser following the quote link from an access network, then the page (follows)", "human", 10)
def _desktop_click():
    t = R.uniform(1800, 2 * 86400)
    ua, net = R.choice([WIN_CHROME.format(v=R.randint(120, 131)), FIREFOX.format(b=b()), EDGE.format(b=b())]), residential()
    return [hit("click", t, ua, net, "cta"), hit("view", t + R.uniform(0.5, 2), ua, net)]


@scenario("The online quote opened again days later in a browser (follows)", "human", 6)
def _later_view():
    return [hit("view", R.uniform(86400, 6 * 86400), R.choice([FIREFOX.format(b=b()), EDGE.format(b=b())]),
                residential())]


@scenario("Browser isolation: the person's own click from Proofpoint's network long after delivery, one link, then "
          "the acceptance (isolation)", "human", 4)
def _isolation_accept():
    t = R.uniform(2 * 3600, 8 * 3600)
    ua, net = WIN_CHROME.format(v=124), f"143.55.{R.randint(144, 150)}.0/24"
    return [hit("click", t, ua, net, "cta"), hit("view", t + 1.0, ua, net), hit("accept", t + 240, ua, net)]


@scenario("Browser isolation: a person's click through Mimecast Browser Isolation, one link, read again an hour "
          "later (isolation, consistency)", "human", 4)
def _isolation_again():
    t = R.uniform(2 * 3600, 8 * 3600)
    ua, net = WIN_CHROME.format(v=125), f"170.10.{R.randint(128, 133)}.0/24"
    return [hit("click", t, ua, net, "cta"), hit("view", t + 1.0, ua, net), hit("view", t + 3600, ua, net)]


@scenario("A fast reader in Outlook 40 s after delivery who opens it again later (consistency)", "human", 4)
def _fast_again():
    net, ua = residential(), OUTLOOK.format(b=R.randint(10000, 18000))
    return [hit("open", R.uniform(25, 60), ua, net), hit("open", R.uniform(3600, 20000), ua, net)]


@scenario("A fast reader opening seconds after delivery, once (issue #18: a long fixed window calls them machines)",
          "human", 4)
def _fast_once():
    return [hit("open", R.uniform(20, 60), OUTLOOK.format(b=R.randint(10000, 18000)), residential())]


@scenario("A typed acceptance and an unsubscribe (explicit acts)", "human", 6)
def _explicit():
    kind = R.choice(["accept", "accept", "unsubscribe"])
    return [hit(kind, R.uniform(60, 5 * 86400), R.choice([EDGE.format(b=b()), HEADLESS.format(b=b() + 10)]),
                R.choice([residential(), aws()]), method="POST")]


@scenario("A person on Apple's corporate network (17.0.0.0/8 is all AS714, not only Mail Privacy Protection)", "human", 4)
def _apple_staff():
    return [hit("view", R.uniform(3600, 86400), MAC_SAFARI.format(b=b()), f"17.{R.randint(100, 200)}.{R.randint(0, 250)}.0/24")]


@scenario("A company behind Zscaler reading the quote (relays)", "human", 4)
def _zscaler():
    return [hit("view", R.uniform(3600, 3 * 86400), EDGE.format(b=b()), f"147.161.{R.randint(130, 173)}.0/24")]


def main() -> None:
    lines = []
    index = 0
    for source, label, count, maker in SCENARIOS:
        for _ in range(count):
            split = "tune" if index % 2 == 0 else "held-out"
            message = f"m{index:03d}"
            for number, one in enumerate(maker()):  # type: ignore[operator]
                lines.append({"id": f"{message}-{number}", "message": message, "split": split,
                              "label": one.pop("label", label), "source": source, **one})
            index += 1
    out = Path(__file__).with_name("verdict_corpus.jsonl")
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} hits in {index} messages written to {out}")


if __name__ == "__main__":
    main()
