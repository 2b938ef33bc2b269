"""Email campaigns: the throttle with an injected clock, exclusions at the moment of sending, and an
unsubscribe end to end through the real tracker (one-click POST, feed, ingest, nothing more sent)."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.campaigns import Throttle
from desktop.db.campaign_models import EmailCampaign, EmailCampaignRecipient
from desktop.db.campaigns import set_email_campaign_status
from desktop.db.email_campaigns import create_email_campaign, figures, prepare_recipients
from desktop.db.models import Contact, User
from desktop.services.campaigns_mail import CampaignRefused, MailSetup, preview, pump, start
from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.poller import TrackingPoller
from tests.integration.conftest import SmtpServer
from tracker.embedded import EmbeddedTracker

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
SENDER = SenderIdentity("Claire Martin", "claire@relance.example", "Claire Martin\nDirectrice commerciale")


def _campaign(sessions: sessionmaker[Session], count: int, *, per_minute: int = 10, per_day: int = 500,
              consent: bool = True) -> tuple[int, list[int]]:
    with sessions.begin() as s:
        user = User(name="Claire Martin", email=SENDER.address)
        people = [Contact(first_name=f"Prénom{i}", last_name=f"Nom{i}", email=f"p{i}@client.example",
                          marketing_consent=consent, search_text="") for i in range(count)]
        s.add_all([user, *people])
        s.flush()
        campaign = create_email_campaign(s, name="Portes ouvertes", template="campaign", now=T0, sender_id=user.id,
                                         per_minute=per_minute, per_day=per_day)
        prepare_recipients(s, campaign.id, T0, [p.id for p in people])
        start(s, campaign.id, T0)
        return campaign.id, [p.id for p in people]


def test_the_throttle_counts_per_minute_and_per_rolling_day() -> None:
    throttle = Throttle(per_minute=3, per_day=5)
    assert throttle.allowance([], T0) == 3
    sent = [T0, T0, T0]
    assert throttle.allowance(sent, T0 + timedelta(seconds=59)) == 0
    assert throttle.next_slot(sent, T0 + timedelta(seconds=10)) == T0 + timedelta(minutes=1)
    sent += [T0 + timedelta(minutes=1)] * 2
    assert throttle.allowance(sent, T0 + timedelta(minutes=2)) == 0  # the day is full
    assert throttle.next_slot(sent, T0 + timedelta(minutes=2)) == T0 + timedelta(days=1)
    assert throttle.allowance(sent, T0 + timedelta(days=1, minutes=1, seconds=1)) == 3


def test_pump_hands_over_what_the_throttle_allows_at_each_tick(sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example")
    campaign_id, _people = _campaign(sessions, 25, per_minute=10, per_day=22)
    ticks = [(T0, 10), (T0 + timedelta(seconds=30), 0), (T0 + timedelta(seconds=61), 10),
             (T0 + timedelta(seconds=122), 2), (T0 + timedelta(days=1, seconds=1), 3)]
    for now, expected in ticks:
        with sessions.begin() as s:
            report = pump(s, campaign_id, setup, now)
        assert report.queued == expected, (now, report)
    assert report.next_at is None  # finished
    with sessions() as s:
        assert s.get_one(EmailCampaign, campaign_id).status == "done"
        assert figures(s, campaign_id).sent == 25


def test_a_campaign_marked_done_cannot_be_started_again(sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example")
    campaign_id, _people = _campaign(sessions, 3)
    with sessions.begin() as s:
        set_email_campaign_status(s, campaign_id, "done", T0)
    with sessions.begin() as s, pytest.raises(CampaignRefused, match="terminée"):
        start(s, campaign_id, T0)
    with sessions.begin() as s:
        assert pump(s, campaign_id, setup, T0).queued == 0
        assert s.get_one(EmailCampaign, campaign_id).status == "done"
        assert figures(s, campaign_id).sent == 0


def test_the_message_is_personal_and_carries_the_unsubscribe_link_and_headers(
        sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example", token_factory=lambda: "tok123")
    campaign_id, people = _campaign(sessions, 1)
    with sessions() as s:
        built = preview(s, campaign_id, people[0], setup, T0)
    raw = built.raw.decode()
    assert "List-Unsubscribe: <https://t.example/u/tok123>" in raw
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert "Bonjour Pr=C3=A9nom0" in raw and "Directrice commerciale" in raw
    assert "https://t.example/u/tok123" in raw.replace("=\r\n", "")


def test_contacts_without_consent_or_flagged_after_queuing_receive_nothing(sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example")
    campaign_id, people = _campaign(sessions, 4, per_minute=2)
    with sessions.begin() as s:
        s.get_one(Contact, people[3]).marketing_consent = False
    with sessions.begin() as s:  # people 0 and 1 go to the outbox; 2 waits for the next minute
        assert pump(s, campaign_id, setup, T0).queued == 2
    with sessions.begin() as s:  # 1 asks not to be emailed while its message still waits; 2 is marked too
        s.get_one(Contact, people[1]).do_not_contact = True
        s.get_one(Contact, people[2]).do_not_email = True
    with sessions.begin() as s:
        report = pump(s, campaign_id, setup, T0 + timedelta(minutes=1))
    assert (report.withdrawn, report.queued, report.excluded) == (1, 0, 2)
    with sessions() as s:
        states = dict(s.execute(select(EmailCampaignRecipient.contact_id, EmailCampaignRecipient.state)).all())
        assert states == {people[0]: "queued", people[1]: "excluded", people[2]: "excluded", people[3]: "excluded"}
        assert figures(s, campaign_id).excluded == 3


def test_an_unsubscribe_through_the_real_tracker_stops_every_later_message(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, live_tracker: EmbeddedTracker) -> None:
    client = TrackerClient(live_tracker.url, live_tracker.api_key)
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, live_tracker.url)
    campaign_id, people = _campaign(sessions, 2, per_minute=1)
    with sessions.begin() as s:
        second = create_email_campaign(s, name="Relance", template="campaign", now=T0)
        prepare_recipients(s, second.id, T0, people)
        start(s, second.id, T0)
    with sessions.begin() as s:
        assert pump(s, campaign_id, setup, T0).queued == 1
    report = deliver_due(sessions, SmtpTransport(smtp_server.settings), client, lambda: datetime.now(UTC))
    assert len(report.sent) == 1
    [got] = smtp_server.handler.to("p0@client.example")
    header = str(got.message["List-Unsubscribe"])
    assert got.message["List-Unsubscribe-Post"] is None  # the loopback tracker is http: RFC 8058 wants HTTPS
    url = header.strip("<>")
    with httpx.Client() as http:  # what a mail client's one-click button does (RFC 8058)
        response = http.post(url, content=b"List-Unsubscribe=One-Click",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    TrackingPoller(sessions, client, lambda: datetime.now(UTC), wait=2.0).poll_once()
    with sessions() as s:
        assert s.get_one(Contact, people[0]).do_not_email
        assert figures(s, campaign_id).unsubscribes == 1
    for campaign, now in ((campaign_id, T0 + timedelta(minutes=2)), (second.id, T0 + timedelta(minutes=2))):
        with sessions.begin() as s:
            pump(s, campaign, setup, now)
    deliver_due(sessions, SmtpTransport(smtp_server.settings), client, lambda: datetime.now(UTC))
    assert len(smtp_server.handler.to("p0@client.example")) == 1  # nothing more
    assert len(smtp_server.handler.to("p1@client.example")) == 2  # the other contact gets both campaigns
    client.close()


def test_pump_all_steps_every_campaign_being_sent(sessions: sessionmaker[Session]) -> None:
    from desktop.services.campaigns_mail import pump_all

    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example")
    first, _ = _campaign(sessions, 4, per_minute=3)
    second, _ = _campaign(sessions, 2, per_minute=3)
    with sessions.begin() as s:
        assert pump_all(s, setup, T0) == 3 + 2
    with sessions() as s:
        assert figures(s, first).sent == 3 and figures(s, second).sent == 2


def test_a_campaign_message_through_an_https_tracker_offers_one_click_unsubscribe(
        sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://suivi.vendeur.example")
    campaign_id, people = _campaign(sessions, 1)
    with sessions() as s:
        message = email.message_from_bytes(preview(s, campaign_id, people[0], setup, T0).raw,
                                           policy=email.policy.default)
    assert str(message["List-Unsubscribe"]).startswith("<https://suivi.vendeur.example/u/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_one_contact_whose_message_cannot_be_built_is_excluded_and_the_others_go(
        sessions: sessionmaker[Session]) -> None:
    setup = MailSetup(SENDER, TrackingPolicy.DEFAULT, "https://t.example")
    campaign_id, people = _campaign(sessions, 4)
    with sessions.begin() as s:  # imported with a line break kept inside the first name
        s.get_one(Contact, people[1]).first_name = "Marie\r\nReply-To: pirate@evil.example"
    with sessions.begin() as s:
        report = pump(s, campaign_id, setup, T0)
    assert (report.queued, report.excluded) == (3, 1)
    with sessions() as s:
        stuck = s.scalars(select(EmailCampaignRecipient).where(EmailCampaignRecipient.contact_id == people[1])).one()
        assert (stuck.state, stuck.reasons) == ("excluded", ["unsendable"])
        assert s.get_one(EmailCampaign, campaign_id).status == "done"
