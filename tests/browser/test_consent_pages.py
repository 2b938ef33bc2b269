"""The consent page and the withdrawal page in a real Chromium (Debian's, through Playwright), on a phone and on a
desktop screen, in French and in English, against the real tracker on loopback: loading a page records nothing,
nothing is pre-ticked, one button records the answer, and the feed carries it with the exact text shown.

The context presents a desktop Chrome's user agent, as a person's browser does (the tracker's rules call a
headless one a scanner, whose "yes" unblocks nothing). Screenshots go to /tmp/browser-shots/.
"""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from desktop.services.tracking.client import TrackerClient
from tests.browser.conftest import SHOTS, Launch
from tracker.embedded import EmbeddedTracker

pytestmark = pytest.mark.slow

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
LOCALES = {"fr": "fr-FR", "en": "en-GB"}
CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 "
          "Safari/537.36")
SHOWN = {
    "fr": {"consent": ("Suivi de la lecture de nos messages", "Oui, prévenez-vous", "Non merci", "C'est noté"),
           "withdraw": ("Ne plus être suivi", "Ne plus suivre la lecture de mes messages", "C'est fait")},
    "en": {"consent": ("Knowing when you read our messages", "Yes, you may know", "No, thank you", "Noted"),
           "withdraw": ("Stop tracking", "Stop tracking my reading", "Done")},
}


def registered(client: TrackerClient) -> str:
    token = secrets.token_urlsafe(16)
    client.register(token, contact_key=secrets.token_urlsafe(16))
    return token


def page_for(chromium: Launch, screen: str, lang: str) -> Any:
    context = chromium(viewport=VIEWPORTS[screen], locale=LOCALES[lang], user_agent=CHROME)
    return context.new_page()


def fits(page: Any, screen: str) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[screen]["width"])


@pytest.mark.parametrize("lang", list(LOCALES))
@pytest.mark.parametrize("screen", list(VIEWPORTS))
def test_the_consent_page_asks_and_records_only_the_button_pressed(
        live_tracker: EmbeddedTracker, chromium: Launch, screen: str, lang: str) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    try:
        token = registered(client)
        page = page_for(chromium, screen, lang)
        title, yes, no, done = SHOWN[lang]["consent"]
        shown = page.goto(f"{live_tracker.url}/c/{token}?r=yes")
        assert shown is not None and shown.status == 200 and shown.headers["content-language"] == lang
        assert page.locator("h1").inner_text() == title
        assert page.get_by_role("button", name=yes).is_visible() and page.get_by_role("button", name=no).is_visible()
        assert page.locator("input[type=checkbox], input[type=radio]").count() == 0  # nothing to pre-tick
        assert fits(page, screen)
        width = VIEWPORTS[screen]["width"]
        page.screenshot(path=str(SHOTS / f"consent-{lang}-{width}.png"), full_page=True)
        assert client.events("0", wait=0.3).events == []  # loading the page (as a scanner would) recorded nothing

        with page.expect_navigation():
            page.get_by_role("button", name=yes).click()
        assert done in page.locator(".notice").inner_text() and fits(page, screen)
        page.screenshot(path=str(SHOTS / f"consent-given-{lang}-{width}.png"), full_page=True)
        [event] = client.events("0", wait=2.0).events
    finally:
        client.close()
    assert (event["kind"], event["answer"], event["verdict"]) == ("consent", "yes", "human")
    assert event["text"].endswith(f"[{yes}]") and title not in event["text"]


@pytest.mark.parametrize("lang", list(LOCALES))
@pytest.mark.parametrize("screen", list(VIEWPORTS))
def test_the_withdrawal_page_is_one_button_and_a_confirmation(
        live_tracker: EmbeddedTracker, chromium: Launch, screen: str, lang: str) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    try:
        token = registered(client)
        page = page_for(chromium, screen, lang)
        title, button, done = SHOWN[lang]["withdraw"]
        page.goto(f"{live_tracker.url}/w/{token}")
        assert page.locator("h1").inner_text() == title and page.locator("button").count() == 1
        assert fits(page, screen)
        width = VIEWPORTS[screen]["width"]
        page.screenshot(path=str(SHOTS / f"withdraw-{lang}-{width}.png"), full_page=True)
        assert client.events("0", wait=0.3).events == []

        with page.expect_navigation():
            page.get_by_role("button", name=button).click()
        assert page.locator("h1").inner_text() == title and done in page.locator(".notice").inner_text()
        page.screenshot(path=str(SHOTS / f"withdrawn-{lang}-{width}.png"), full_page=True)
        [event] = client.events("0", wait=2.0).events
    finally:
        client.close()
    assert (event["kind"], event["answer"]) == ("withdraw", "no") and event["text"].endswith(f"[{button}]")
