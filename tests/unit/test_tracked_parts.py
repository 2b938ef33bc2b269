"""What code adds to a message for the tracker, by consent: the pixel, tracked links and the withdrawal line
with individual tracking only; the online quote always (but under "never"); the consent question for a contact
never asked, in the quote's language; a campaign's anonymous pixel; and the "always" acknowledgement."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.consent import TrackingPolicy
from desktop.services.mail.message import Tracking, build_message, compose, tracked_parts
from desktop.services.mail.templates import EmailTemplates, RenderedEmail
from desktop.services.mail.tracked import honeypot_link_id
from desktop.services.mail.wiring import ALWAYS_ACKNOWLEDGEMENT, acknowledge_always, tracking_policy
from desktop.settings import Settings

BASE = "https://suivi.vendeur.example"
RENDERED = RenderedEmail("Devis", "Bonjour,\nvoici le devis.\n", "<html><body><p>Bonjour</p></body></html>")
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_individual_tracking_adds_the_pixel_and_the_withdrawal_line() -> None:
    tracking = Tracking("tok", BASE)
    assert tracking.link("site", "https://vendeur.example/offre") == f"{BASE}/l/tok/site"
    text, html = tracked_parts(RENDERED, tracking)
    assert text.endswith(f"Nous mesurons l'ouverture de ce message. Pour que nous ne le fassions plus : {BASE}/w/tok\n")
    trap = honeypot_link_id("tok")
    assert html is not None and html.endswith(
        f'<a href="{BASE}/w/tok">ne plus être suivi</a></p>'
        f'<a href="{BASE}/l/tok/{trap}" style="display:none" aria-hidden="true" tabindex="-1"></a>'
        f'<img src="{BASE}/o/tok.gif" width="1" height="1" alt="" style="display:block;border:0"></body></html>')
    assert tracking.links == {"site": "https://vendeur.example/offre", trap: "https://vendeur.example/offre"}


def test_the_honeypot_is_hidden_from_people_and_only_in_tracked_html() -> None:
    """One hidden link per message with individual tracking: not displayed, aria-hidden, out of the tab order, never
    in the text part, and none without consent (or without anywhere to lead)."""
    tracking = Tracking("tok", BASE)
    text, html = tracked_parts(RENDERED, tracking, site="https://vendeur.example/")
    trap = f"{BASE}/l/tok/{honeypot_link_id('tok')}"
    assert html is not None and html.count(trap) == 1 and trap not in text and "/l/" not in text
    # no text: nothing to see, read or select
    assert f'<a href="{trap}" style="display:none" aria-hidden="true" tabindex="-1"></a>' in html
    assert tracking.links == {honeypot_link_id("tok"): "https://vendeur.example/"}
    assert tracked_parts(RENDERED, tracking, site="https://vendeur.example/") == (text, html)  # built twice: once
    assert len(tracking.links) == 1
    plain = Tracking("tok", BASE, individual=False)
    assert "/l/" not in (tracked_parts(RENDERED, plain, site="https://vendeur.example/")[1] or "")
    assert plain.links == {}
    nowhere = Tracking("tok", BASE)
    assert "/l/" not in (tracked_parts(RENDERED, nowhere)[1] or "") and nowhere.links == {}
    assert honeypot_link_id("tok") != honeypot_link_id("tok2") and len(honeypot_link_id("tok")) == 10


def test_without_consent_links_stay_plain_and_nothing_is_added_but_the_question() -> None:
    tracking = Tracking("tok", BASE, individual=False)
    assert tracking.link("site", "https://vendeur.example/offre") == "https://vendeur.example/offre"
    assert tracking.links == {} and tracking.pixel_url is None
    assert tracked_parts(RENDERED, tracking) == (RENDERED.text, RENDERED.html)
    asked = Tracking("tok", BASE, individual=False, ask_consent=True, lang="en")
    text, html = tracked_parts(RENDERED, asked)
    assert text.endswith(f"Would you like us to be told when you read our messages? Answer (yes or no): {BASE}/c/tok\n")
    assert html is not None and f'<a href="{BASE}/c/tok?r=yes">Yes</a> / <a href="{BASE}/c/tok?r=no">No</a>' in html
    assert "/o/" not in html and "/w/" not in html


def test_a_campaigns_anonymous_pixel_is_shared_and_carries_no_withdrawal_line() -> None:
    text, html = tracked_parts(RENDERED, Tracking("tok", BASE, individual=False, aggregate_token="campagne123"))
    assert html is not None and f'<img src="{BASE}/o/campagne123.gif"' in html and "/o/tok" not in html
    assert text == RENDERED.text


def test_the_built_message_carries_exactly_what_tracked_parts_says() -> None:
    built = build_message(sender_address="c@vendeur.example", sender_name="C", to=["m@client.example"],
                          rendered=RENDERED, tracking=Tracking("tok", BASE, individual=False), now=NOW)
    raw = built.raw.decode("ascii")
    assert "/o/" not in raw and "/w/" not in raw


@pytest.mark.parametrize(("track", "online", "ask", "expect"), [
    (True, True, True, "individual"),  # consented: tracked, never asked again
    (False, True, True, "ask"),
    (False, True, False, "online"),
    (False, False, True, None),  # "never": no tracker link at all
])
def test_compose_makes_a_token_for_the_online_quote_even_without_tracking(
        track: bool, online: bool, ask: bool, expect: str | None, tmp_path: Path) -> None:
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "subject.txt").write_text("Devis", encoding="utf-8")
    (folder / "body.txt").write_text("{{ view_url }} {{ link('a', 'https://vendeur.example/') }}", encoding="utf-8")
    rendered, tracking = compose(EmailTemplates(tmp_path), "q", {}, tracker_url=BASE + "/", track=track,
                                 online=online, ask_consent=ask, token_factory=lambda: "tok")
    if expect is None:
        assert tracking is None and rendered.text == "None https://vendeur.example/"
        return
    assert tracking is not None and rendered.text.startswith(f"{BASE}/q/tok ")
    assert (tracking.individual, tracking.ask_consent) == (expect == "individual", expect == "ask")
    assert rendered.text.endswith(f"{BASE}/l/tok/a" if track else "https://vendeur.example/")


def test_always_applies_only_with_its_acknowledgement(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, tracking_policy="always")
    assert tracking_policy(settings) is TrackingPolicy.DEFAULT
    acknowledged = acknowledge_always(Settings(data_dir=tmp_path), "Claire Martin", NOW)
    assert tracking_policy(acknowledged) is TrackingPolicy.ALWAYS
    assert (acknowledged.tracking_always_ack_by, acknowledged.tracking_always_ack_at) == (
        "Claire Martin", "2026-12-03T10:00:00+00:00")
    with pytest.raises(ValueError):
        acknowledge_always(settings, " ", NOW)
    assert "CNIL" in ALWAYS_ACKNOWLEDGEMENT


def test_the_defaults_follow_the_recommendation(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert (settings.tracking_policy, settings.ask_tracking_consent, settings.event_retention_months) == (
        "default", True, 13)
    assert tracking_policy(settings) is TrackingPolicy.DEFAULT
