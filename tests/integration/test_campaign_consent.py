"""A campaign by the CNIL's rules, through aiosmtpd and the real tracker: the contact who consented gets the
message's own pixel, tracked links and the withdrawal line; the contacts never asked get the same message
(HTML kept) with the campaign's one anonymous pixel and plain links; the one who refused gets no pixel at all;
the figures keep individual and anonymous opens apart, and the tracker keeps no address of an anonymous open."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.email_campaigns import create_email_campaign, figures, prepare_recipients
from desktop.db.models import Contact, User
from desktop.services.campaigns_mail import MailSetup, pump, start
from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.templates import EmailTemplates
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import FakeClock, html_part
from tests.support.servers import HUMAN_UA, SmtpServer
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

SENDER = SenderIdentity("Claire Martin", "claire@relance.example", "Claire Martin")
STATES = {"oui": ("given", True), "jamais1": ("not_asked", None), "jamais2": ("not_asked", None),
          "non": ("refused", False)}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def tracker(tmp_path: Path, clock: FakeClock) -> Iterator[EmbeddedTracker]:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=0.5, timing_scale=0.0001,
                                 flush_interval_seconds=0.001,
                                 clock=clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    try:
        yield handle
    finally:
        handle.stop()


def test_individual_anonymous_and_no_measure_by_consent(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, tracker: EmbeddedTracker, clock: FakeClock,
        tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "offre"
    folder.mkdir(parents=True)
    (folder / "subject.txt").write_text("Nos portes ouvertes", encoding="utf-8")
    site = "{{ link('site', 'https://vendeur.example/po') }}"
    (folder / "body.txt").write_text(f"Bonjour {{{{ contact.first_name }}}}, {site} {{{{ unsubscribe_url }}}}",
                                     encoding="utf-8")
    (folder / "body.html").write_text(f'<html><body><p>Bonjour <a href="{site}">voir</a></p></body></html>',
                                      encoding="utf-8")
    with sessions.begin() as s:
        user = User(name="Claire Martin", email=SENDER.address)
        people = {name: Contact(first_name=name, last_name="X", email=f"{name}@client.example", marketing_consent=True,
                                tracking_consent_state=state, tracking_consent=answer, search_text="")
                  for name, (state, answer) in STATES.items()}
        s.add_all([user, *people.values()])
        s.flush()
        campaign = create_email_campaign(s, name="Portes ouvertes", template="offre", now=clock(), sender_id=user.id,
                                         per_minute=100)
        prepare_recipients(s, campaign.id, clock(), [p.id for p in people.values()])
        start(s, campaign.id, clock())
        campaign_id, aggregate = campaign.id, campaign.aggregate_token
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, tracker.url, templates=EmailTemplates(tmp_path / "templates"))
    with sessions.begin() as s:
        assert pump(s, campaign_id, setup, clock()).queued == 4
    client = TrackerClient(tracker.url, tracker.api_key)
    try:
        assert len(deliver_due(sessions, SmtpTransport(smtp_server.settings), client, clock).sent) == 4
        html = {name: html_part(smtp_server.handler.to(f"{name}@client.example")[0].message) for name in STATES}
        pixels = {name: re.findall(r'<img src="([^"]+)"', part) for name, part in html.items()}
        assert pixels["jamais1"] == pixels["jamais2"] == [f"{tracker.url}/o/{aggregate}.gif"]  # one for all
        assert len(pixels["oui"]) == 1 and aggregate not in pixels["oui"][0]
        assert pixels["non"] == []
        assert "/l/" in html["oui"] and "/w/" in html["oui"]
        assert all("/l/" not in html[n] and "/w/" not in html[n] and "https://vendeur.example/po" in html[n]
                   for n in ("jamais1", "jamais2", "non"))

        clock.advance(seconds=1)  # read later, by people
        for name in ("oui", "jamais1", "jamais2"):
            assert httpx.get(pixels[name][0], headers={"User-Agent": HUMAN_UA}).status_code == 200
        assert httpx.get(pixels["jamais1"][0], headers={"User-Agent": HUMAN_UA}).status_code == 200  # again
        poller = TrackingPoller(sessions, client, clock, wait=1.0)
        while poller.poll_once().stored:
            pass
        anonymous = [e for e in client.events("0", wait=0.0).events if e["token"] == aggregate]
    finally:
        client.close()
    assert len(anonymous) == 3 and all(e["ip"] is None and e["user_agent"] is None for e in anonymous)
    with sessions() as s:
        got = figures(s, campaign_id)
    assert (got.delivered, got.tracked_delivered, got.anonymous_delivered) == (4, 1, 2)
    assert (got.human_opens, got.anonymous_opens) == (1, 3)
    assert got.tracked_open_rate == 1.0 and got.anonymous_open_rate == 1.0  # 3 opens of 2 messages: at most all
