"""A prospect signs a quote online in a real Chromium, on a phone (French) and on a desktop screen (English), with
the keyboard only: name, « Bon pour accord », the one-time code read from the real aiosmtpd's mailbox; against the
real tracker on loopback. The desktop then reads the feed: the quote is signed, its evidence stored. Screenshots
go to /tmp/browser-shots/."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import secrets
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.db.signature_models import QuoteSignature
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.poller import TrackingPoller
from tests.browser.conftest import SHOTS, Launch, quote_pdf
from tests.browser.test_online_acceptance import VIEWPORTS, seen_by_the_desktop, wall_clock
from tests.integration.conftest import add_quote
from tests.support.servers import SmtpServer
from tracker.config import SmtpOutgoing, TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

pytestmark = pytest.mark.slow
SIGNER = "marie.durand@client.example"

SHOWN = {  # the section, the button asking for the code, the code's label, the signed page's title
    "fr": ("Signer le devis", "Recevoir le code par e-mail", "Code reçu par e-mail (6 chiffres)", "Devis signé"),
    "en": ("Sign the quote", "Email me the code", "Code received by email (6 digits)", "Quote signed"),
}


@pytest.fixture
def sessions(sqlite_engine: Engine) -> sessionmaker[Session]:
    """The desktop's database on SQLite only (ingestion on PostgreSQL: tests/db/test_signature_ingest.py)."""
    return make_session_factory(sqlite_engine)


@pytest.fixture
def signing_tracker(tmp_path: Path, smtp_server: SmtpServer) -> Iterator[EmbeddedTracker]:
    """The real tracker on loopback, sending its codes through the test's aiosmtpd."""
    config = dataclasses.replace(TrackerConfig(), flush_interval_seconds=0.001, smtp=SmtpOutgoing(
        host=smtp_server.host, port=smtp_server.port, sender="signature@vendeur.example", security="none"))
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", config=config)
    try:
        yield handle
    finally:
        handle.stop()


def registered_quote(sessions: sessionmaker[Session], client: TrackerClient) -> tuple[int, str, bytes]:
    """A quote sent to Marie Durand, registered as the desktop does: with the address it went to."""
    quote_id = add_quote(sessions)
    token = secrets.token_urlsafe(16)
    pdf = quote_pdf("D-2026-0042", [("Audit du parc informatique", Decimal("600.00")),
                                    ("Installation et formation (2 jours)", Decimal("400.00"))])
    with sessions.begin() as session:
        quote = session.get_one(Quote, quote_id)
        quote.status = "sent"
        session.add(OutboxMessage(message_id=f"<{token}@vendeur.example>", sender="claire.martin@vendeur.example",
                                  recipients=[SIGNER], state="sent", token=token, quote_id=quote_id,
                                  contact_id=quote.contact_id, created_at=wall_clock()))
    client.register(token, quote={"number": "D-2026-0042", "version": 1, "amount": "1200.00", "currency": "EUR",
                                  "valid_until": (date.today() + timedelta(days=30)).isoformat(),
                                  "signer_email": SIGNER, "consumer": False}, pdf=pdf)
    return quote_id, token, pdf


def code_in_mailbox(smtp: SmtpServer, to: str) -> str:
    [received] = smtp.handler.to(to)
    body = received.message.get_body(("plain",))
    assert body is not None
    found = re.search(r"^\s+(\d{6})\s*$", body.get_content(), re.MULTILINE)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize(("screen", "lang"), [("phone", "fr"), ("desktop", "en")])
def test_a_prospect_signs_with_a_code_sent_by_email_using_the_keyboard(
        sessions: sessionmaker[Session], signing_tracker: EmbeddedTracker, smtp_server: SmtpServer,
        chromium: Launch, screen: str, lang: str) -> None:
    client = TrackerClient(signing_tracker.url, signing_tracker.api_key)
    poller = TrackingPoller(sessions, client, wall_clock, wait=2.0)
    width = VIEWPORTS[screen]["width"]
    section, ask, label, signed = SHOWN[lang]
    try:
        quote_id, token, pdf = registered_quote(sessions, client)
        page = chromium(viewport=VIEWPORTS[screen], locale={"fr": "fr-FR", "en": "en-GB"}[lang]).new_page()
        page.goto(f"{signing_tracker.url}/q/{token}")
        assert page.get_by_role("heading", name=section).is_visible()
        assert page.locator("input[name=accept]").count() == 0  # no click-through acceptance
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(SHOTS / f"sign-{lang}-{width}.png"), full_page=True)

        page.get_by_label({"fr": "Nom et prénom", "en": "Full name"}[lang]).focus()
        page.keyboard.type("Marie Durand")
        page.keyboard.press("Tab")  # to the « Bon pour accord » statement
        page.keyboard.press("Space")
        page.keyboard.press("Tab")  # to the button
        assert page.evaluate("document.activeElement.textContent") == ask
        with page.expect_navigation():
            page.keyboard.press("Enter")
        # the code field takes the focus (autofocus: the browser applies it at its next rendering after the load,
        # which a loaded machine may not have reached when the navigation returns; a page without it still fails)
        from playwright.sync_api import expect  # imported where used: without Playwright the suite skips (conftest)

        expect(page.locator("#code")).to_be_focused(timeout=5000)  # Playwright's wait (the page's CSP forbids eval)
        assert page.evaluate("document.activeElement.id") == "code"
        assert page.get_by_label(label).get_attribute("autocomplete") == "one-time-code"
        assert "m\u2022\u2022\u2022@client.example" in page.locator("main").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(SHOTS / f"sign-code-{lang}-{width}.png"), full_page=True)

        page.keyboard.type(code_in_mailbox(smtp_server, SIGNER))
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.locator("h1").inner_text() == signed
        assert hashlib.sha256(pdf).hexdigest() in page.locator("main").inner_text()
        page.screenshot(path=str(SHOTS / f"signed-{lang}-{width}.png"), full_page=True)

        told = seen_by_the_desktop(poller, "accept")
    finally:
        client.close()
    assert [n.kind for n in told if n.kind == "accept"] == ["accept"]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "accepted" and quote.signed_at is not None
        signature = session.scalars(select(QuoteSignature)).one()
        assert (signature.quote_id, signature.signer_name, signature.signer_email, signature.hash_ok) == (
            quote_id, "Marie Durand", "marie.durand@client.example", True)
        assert signature.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
        assert "HeadlessChrome" in (signature.user_agent or "")
