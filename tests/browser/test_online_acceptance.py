"""A prospect accepts a quote online in a real Chromium, on a phone and on a desktop screen, in French and in
English, against the real tracker on loopback; the desktop then reads the feed and the seller is told.

The quote is registered through the tracker's API by the desktop's own client, with a real PDF; the browser
identifies itself as HeadlessChrome, which the tracker's agent rules call a crawler: the acceptance is an
explicit act and still reaches the seller. Screenshots of each page go to /tmp/browser-shots/.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.ingest import Notification
from desktop.services.tracking.poller import TrackingPoller
from tests.browser.conftest import SHOTS, Launch, quote_pdf
from tests.integration.conftest import add_quote
from tracker.embedded import EmbeddedTracker

pytestmark = pytest.mark.slow

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
LOCALES = {"fr": "fr-FR", "en": "en-GB"}
# What each language shows: the title, the amount of 1,200.00 EUR, the button, the confirmation.
SHOWN = {
    "fr": ("Devis D-2026-0042", "1\u202f200,00\u00a0€", "Accepter le devis", "Devis accepté"),
    "en": ("Quote D-2026-0042", "€1,200.00", "Accept the quote", "Quote accepted"),
}


def wall_clock() -> datetime:
    return datetime.now(UTC)


def registered_quote(sessions: sessionmaker[Session], client: TrackerClient) -> tuple[int, str, bytes]:
    """A quote sent to Marie Durand as the desktop records it, registered with the tracker with its PDF."""
    quote_id = add_quote(sessions)
    token = secrets.token_urlsafe(16)
    pdf = quote_pdf("D-2026-0042", [("Audit du parc informatique", Decimal("600.00")),
                                    ("Installation et formation (2 jours)", Decimal("400.00"))])
    with sessions.begin() as session:
        quote = session.get_one(Quote, quote_id)
        quote.status = "sent"
        session.add(OutboxMessage(message_id=f"<{token}@vendeur.example>", sender="claire.martin@vendeur.example",
                                  recipients=["marie.durand@client.example"], state="sent", token=token,
                                  quote_id=quote_id, contact_id=quote.contact_id, created_at=wall_clock()))
    client.register(token, quote={"number": "D-2026-0042", "version": 1, "amount": "1200.00", "currency": "EUR",
                                  "valid_until": (date.today() + timedelta(days=30)).isoformat()}, pdf=pdf)
    return quote_id, token, pdf


def seen_by_the_desktop(poller: TrackingPoller, kind: str) -> list[Notification]:
    """Long-poll the feed until a notification of ``kind`` arrives (a bounded number of pages)."""
    told: list[Notification] = []
    for _ in range(10):
        told += poller.poll_once().notify
        if any(n.kind == kind for n in told):
            break
    return told


@pytest.mark.parametrize("lang", list(LOCALES))
@pytest.mark.parametrize("screen", list(VIEWPORTS))
def test_a_prospect_accepts_online_and_the_seller_is_told(
        sessions: sessionmaker[Session], live_tracker: EmbeddedTracker, chromium: Launch, screen: str,
        lang: str) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    poller = TrackingPoller(sessions, client, wall_clock, wait=2.0)
    try:
        poller.poll_once(wait=0.0)  # the desktop is running: what is stored from now on is news to it
        quote_id, token, pdf = registered_quote(sessions, client)
        context = chromium(viewport=VIEWPORTS[screen], locale=LOCALES[lang])
        page = context.new_page()

        shown = page.goto(f"{live_tracker.url}/q/{token}")
        title, amount, button, accepted = SHOWN[lang]
        assert shown is not None and shown.status == 200
        assert shown.headers["content-language"] == lang
        assert page.locator("h1").inner_text() == title
        assert amount in page.locator("dl").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[screen]["width"]  # no sideways
        opener = page.locator("a", has_text={"fr": "Ouvrir le devis (PDF)", "en": "Open the quote (PDF)"}[lang])
        # the quote is read in the page itself, its pages as images (no PDF viewer needed: headless, phones and
        # locked-down browsers have none), on every screen; the PDF opens or downloads beside
        images = page.locator(".pages img")
        assert images.count() == 1 and page.locator("object").count() == 0 and opener.is_visible()
        page.wait_for_load_state("load")  # the first page's image is eager: the load event waits for it
        assert page.evaluate("Array.from(document.querySelectorAll('.pages img'))"
                             ".every(i => i.complete && i.naturalWidth > 0)")
        box = images.first.bounding_box()
        assert box is not None and 0.6 * VIEWPORTS[screen]["width"] < box["width"] <= VIEWPORTS[screen]["width"]
        assert box["height"] > box["width"]  # a portrait page, drawn, not an empty box
        assert images.first.get_attribute("alt") == {"fr": "Page 1 du devis", "en": "Page 1 of the quote"}[lang]
        assert page.request.get(f"{live_tracker.url}{opener.get_attribute('href')}").body() == pdf
        page.screenshot(path=str(SHOTS / f"quote-{lang}-{VIEWPORTS[screen]['width']}.png"), full_page=True)

        page.get_by_label({"fr": "Nom et prénom", "en": "Full name"}[lang]).fill("Marie Durand")
        page.locator("input[name=accept]").check()
        with page.expect_navigation(), page.expect_request(lambda r: r.method == "POST") as posted:
            page.get_by_role("button", name=button).click()
        post = posted.value.all_headers()
        assert page.locator("h1").inner_text() == accepted
        assert hashlib.sha256(pdf).hexdigest() in page.locator("main").inner_text()
        assert {"fr": " à ", "en": " at "}[lang] in page.locator(".notice").inner_text()  # 02/12/2026 à 19:02
        page.screenshot(path=str(SHOTS / f"accepted-{lang}-{VIEWPORTS[screen]['width']}.png"), full_page=True)
        assert post["origin"] == live_tracker.url and post["sec-fetch-site"] == "same-origin"

        told = seen_by_the_desktop(poller, "accept")
    finally:
        client.close()
    assert [(n.kind, n.quote_id, n.full_name) for n in told if n.kind == "accept"] == [
        ("accept", quote_id, "Marie Durand")]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "accepted" and quote.acceptance_name == "Marie Durand"
        assert quote.acceptance_pdf_sha256 == hashlib.sha256(pdf).hexdigest()
        assert "HeadlessChrome" in (quote.acceptance_user_agent or "")
        verdict = session.scalar(select(TrackingEvent.verdict).where(TrackingEvent.kind == "accept"))
        assert verdict == "human"


def test_a_form_posted_from_another_site_is_refused_in_chromium(
        sessions: sessionmaker[Session], live_tracker: EmbeddedTracker, chromium: Launch) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    try:
        _quote_id, token, _pdf = registered_quote(sessions, client)
        page = chromium(viewport=VIEWPORTS["desktop"], locale="fr-FR").new_page()
        page.goto(f"{live_tracker.url}/q/{token}")
        fields = {name: page.locator(f"input[name={name}]").get_attribute("value")
                  for name in ("form_token", "pdf_sha256")}
        # another site, served to the browser as http://evil.example, posting the (valid) form to the tracker
        inputs = "".join(f'<input name="{k}" value="{v}">' for k, v in {
            **fields, "full_name": "Quelqu'un", "accept": "yes"}.items())
        page.route("http://evil.example/**", lambda route: route.fulfill(
            content_type="text/html", body=f'<form method="post" action="{live_tracker.url}/q/{token}/accept">'
                                           f'{inputs}<button>go</button></form>'))
        page.goto("http://evil.example/offer")
        with page.expect_navigation():
            page.get_by_role("button", name="go").click()
        refused = page.locator("h1").inner_text()
        kinds = [e["kind"] for e in client.events("0", wait=0.0).events]
    finally:
        client.close()
    assert refused == "Acceptation impossible"
    assert "accept" not in kinds and "view" in kinds
