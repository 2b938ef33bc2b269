"""Quotes sent through the outbox to a real SMTP server (aiosmtpd on loopback): content, tracking policy,
faults and retries, quota pause, local .eml mode, "send a test message"."""

from __future__ import annotations

import random
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.contacts import timeline
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.connection_check import send_test_message
from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.outbox import resume_sending, summary
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.sender import RetryPolicy, deliver_due
from desktop.services.mail.transport import LocalFolderTransport, SmtpTransport
from tests.integration.conftest import PDF, SENDER, FakeClock, SmtpServer, add_quote, html_part, text_part

TRACKER = "https://t.relance.example"


def queue_quote(sessions: sessionmaker[Session], quote_id: int, clock: FakeClock, *,
                tracking_policy: TrackingPolicy = TrackingPolicy.DEFAULT, tracker_url: str | None = TRACKER,
                cc: tuple[str, ...] = (), ask_consent: bool = False) -> OutboxMessage:
    with sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=tracking_policy,
                                  tracker_url=tracker_url, cc=cc, ask_consent=ask_consent)
        built = build_quote_email(draft, SENDER, clock())
        return queue_quote_email(session, draft, built, clock())


class NoTracker:
    """Stands in for the tracker client where a test is about SMTP only: registrations succeed."""

    def __init__(self) -> None:
        self.registered: list[str] = []

    def register(self, token: str, **_: object) -> bool:
        self.registered.append(token)
        return True


def test_a_quote_arrives_with_its_content_pdf_headers_and_pixel(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    quote_id = add_quote(sessions, consent=True)  # the contact consented: the pixel and the withdrawal line
    row = queue_quote(sessions, quote_id, clock, cc=("direction@client.example",))
    tracker = NoTracker()

    report = deliver_due(sessions, SmtpTransport(smtp_server.settings), tracker, clock)  # type: ignore[arg-type]

    assert report.sent == [row.id]
    [got] = smtp_server.handler.received
    assert got.rcpt_tos == ["marie.durand@client.example", "direction@client.example"]
    assert got.mail_from == SENDER.address
    message = got.message
    assert message["Message-ID"] == row.message_id
    assert str(message["From"]) == f"{SENDER.name} <{SENDER.address}>"
    assert message["Cc"] == "direction@client.example"
    assert str(message["To"]) == "Marie Durand <marie.durand@client.example>"
    assert message["Subject"] == "Devis D-2026-0042 – Vendeur SARL"
    assert message["List-Unsubscribe"] is None  # a quote to its client is no mailing list
    assert "Bonjour Madame Durand," in text_part(message) and "1 200,00 € TTC" in text_part(message)
    html = html_part(message)
    assert f'<img src="{TRACKER}/o/{row.token}.gif"' in html
    assert f"{TRACKER}/q/{row.token}" in html and f"{TRACKER}/q/{row.token}" in text_part(message)
    assert f'<a href="{TRACKER}/w/{row.token}">ne plus être suivi</a>' in html
    assert f"Pour que nous ne le fassions plus : {TRACKER}/w/{row.token}" in text_part(message)
    [pdf] = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content() == PDF and pdf.get_filename() == "Devis D-2026-0042.pdf"
    assert tracker.registered == [row.token]
    assert row.token is not None and len(row.token) == 22
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "sent" and quote.sent_at == clock()
        stored = session.get_one(OutboxMessage, row.id)
        assert stored.state == "sent" and stored.attempts == 1
        assert any(a.kind == "email" and a.subject == message["Subject"]
                   for a in timeline(session, quote.contact_id or 0))


# Business contacts are no exception any more (the CNIL's recommendation covers B2B): without consent, no pixel
# and no tracked link, but the online quote stays (its token) under every policy but "never".
@pytest.mark.parametrize(("tracking_policy", "is_consumer", "consent", "tracked", "online"), [
    (TrackingPolicy.DEFAULT, False, None, False, True),
    (TrackingPolicy.DEFAULT, True, None, False, True),
    (TrackingPolicy.DEFAULT, True, True, True, True),
    (TrackingPolicy.DEFAULT, False, True, True, True),
    (TrackingPolicy.DEFAULT, False, False, False, True),
    (TrackingPolicy.CONSENT, False, None, False, True),
    (TrackingPolicy.ALWAYS, True, None, True, True),
    (TrackingPolicy.ALWAYS, False, False, False, True),
    (TrackingPolicy.NEVER, False, True, False, False),
])
def test_the_pixel_and_personal_links_follow_the_policy_and_the_consent(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock, tracking_policy: TrackingPolicy,
        is_consumer: bool, consent: bool | None, tracked: bool, online: bool) -> None:
    quote_id = add_quote(sessions, is_consumer=is_consumer, consent=consent)
    row = queue_quote(sessions, quote_id, clock, tracking_policy=tracking_policy)
    deliver_due(sessions, SmtpTransport(smtp_server.settings), NoTracker(), clock)  # type: ignore[arg-type]
    [got] = smtp_server.handler.received
    raw = got.data.decode("ascii", "replace")
    html, text = html_part(got.message), text_part(got.message)
    assert (row.token is not None) is online
    assert ("/o/" in html) is tracked
    assert ("/l/" in raw or "/w/" in raw) is tracked  # no tracked link, no withdrawal line without tracking
    assert (f"{TRACKER}/q/{row.token}" in text) is online  # the online quote: the service asked for
    assert (TRACKER in raw) is online
    assert "List-Unsubscribe" not in raw  # one-to-one mail: never a list header
    with sessions() as session:
        assert session.get_one(OutboxMessage, row.id).individual_tracking is tracked


def test_a_contact_never_asked_gets_the_online_quote_and_the_consent_question_never_a_pixel(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    asked = queue_quote(sessions, add_quote(sessions), clock, ask_consent=True)
    refused = queue_quote(sessions, add_quote(sessions, email="paul@client.example", number="D-2026-0043",
                                              consent=False), clock, ask_consent=True)
    deliver_due(sessions, SmtpTransport(smtp_server.settings), NoTracker(), clock)  # type: ignore[arg-type]
    [first] = smtp_server.handler.to("marie.durand@client.example")
    [second] = smtp_server.handler.to("paul@client.example")
    html, text = html_part(first.message), text_part(first.message)
    assert "/o/" not in html and "/l/" not in html and "/w/" not in html
    assert (f'<a href="{TRACKER}/c/{asked.token}?r=yes">Oui</a> / <a href="{TRACKER}/c/{asked.token}?r=no">Non</a>'
            in html)
    assert ("Souhaitez-vous que nous soyons prévenus quand vous consultez nos messages ? Répondre (oui ou non) : "
            f"{TRACKER}/c/{asked.token}") in text
    assert f"{TRACKER}/q/{asked.token}" in text
    assert "/c/" not in second.data.decode("ascii", "replace")  # who answered "no" is not asked again
    assert refused.token is not None


FAST = RetryPolicy(max_attempts=4)


def _run_until_quiet(sessions: sessionmaker[Session], server: SmtpServer, clock: FakeClock, rounds: int = 12) -> None:
    rng = random.Random(7)
    for _ in range(rounds):
        deliver_due(sessions, SmtpTransport(server.settings), NoTracker(), clock, rng=rng,  # type: ignore[arg-type]
                    policy=FAST)
        clock.advance(hours=2)


@pytest.mark.parametrize(("fault", "tries"), [
    ("421 4.3.2 Service shutting down", FAST.max_attempts),
    ("450 4.2.1 Mailbox busy", FAST.max_attempts),
    ("452 4.3.1 Insufficient system storage", FAST.max_attempts),
    ("drop", FAST.max_lost_replies),  # cut after the whole message: it may have been delivered
    ("550 5.1.1 <bad@client.example>: Recipient address rejected: User unknown", 1),
    ("554 5.7.1 Message refused as spam", 1),
])
def test_faults_retry_temporary_errors_a_bounded_number_of_times_and_never_resend_others(
        sqlite_engine: object, smtp_server: SmtpServer, clock: FakeClock, fault: str, tries: int) -> None:
    from desktop.db.engine import make_session_factory

    sessions = make_session_factory(sqlite_engine)  # type: ignore[arg-type]
    addresses = ["first@client.example", "bad@client.example", "third@client.example"]
    ids = [queue_quote(sessions, add_quote(sessions, email=a, number=f"D-2026-{i:04d}"), clock).id
           for i, a in enumerate(addresses)]
    smtp_server.handler.faults["bad@client.example"] = [fault] * 20  # the fault never clears

    _run_until_quiet(sessions, smtp_server, clock)

    assert len(smtp_server.handler.to("first@client.example")) == 1
    assert len(smtp_server.handler.to("third@client.example")) == 1
    assert smtp_server.handler.attempts["bad@client.example"] == tries
    with sessions() as session:
        bad = session.get_one(OutboxMessage, ids[1])
        assert bad.state == "failed_permanent"
        assert bad.attempts == tries
        assert bad.maybe_delivered is (fault == "drop")
        if fault != "drop":
            assert fault.split(" ", 1)[1] in (bad.last_error or "")
            assert bad.last_code == int(fault[:3])
        else:
            assert "may have been delivered" in (bad.last_error or "") and bad.lost_replies == 2
        assert any(a.kind == "email_failed" for a in timeline(session, session.get_one(Quote, 2).contact_id or 0))


def test_a_temporary_fault_that_clears_is_delivered_once_after_backoff(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    row = queue_quote(sessions, add_quote(sessions), clock)
    smtp_server.handler.faults["marie.durand@client.example"] = ["451 4.3.0 Try again later"]
    transport = SmtpTransport(smtp_server.settings)
    report = deliver_due(sessions, transport, NoTracker(), clock, rng=random.Random(1))  # type: ignore[arg-type]
    assert report.retrying == [row.id]
    with sessions() as session:
        waiting = session.get_one(OutboxMessage, row.id)
        assert waiting.state == "failed_temporary" and waiting.next_attempt_at is not None
        delay = (waiting.next_attempt_at - clock()).total_seconds()
    assert 30 * 0.7 <= delay <= 30 * 1.3
    assert deliver_due(sessions, transport, NoTracker(), clock).sent == []  # not due yet  # type: ignore[arg-type]
    clock.advance(seconds=delay)
    assert deliver_due(sessions, transport, NoTracker(), clock).sent == [row.id]  # type: ignore[arg-type]
    assert len(smtp_server.handler.received) == 1


def test_a_quota_error_pauses_sending_until_resumed(
        sessions: sessionmaker[Session], smtp_server: SmtpServer, clock: FakeClock) -> None:
    first = queue_quote(sessions, add_quote(sessions, email="a@client.example", number="D-1"), clock)
    second = queue_quote(sessions, add_quote(sessions, email="b@client.example", number="D-2"), clock)
    smtp_server.handler.faults["a@client.example"] = ["550 5.4.5 Daily user sending quota exceeded."]
    transport = SmtpTransport(smtp_server.settings)

    report = deliver_due(sessions, transport, NoTracker(), clock)  # type: ignore[arg-type]
    assert report.paused is not None and "quota" in report.paused and report.sent == []
    clock.advance(minutes=5)
    assert deliver_due(sessions, transport, NoTracker(), clock).paused is not None  # type: ignore[arg-type]
    assert smtp_server.handler.received == []
    with sessions.begin() as session:
        assert summary(session).paused_until is not None
        assert resume_sending(session, clock()) == 1
    report = deliver_due(sessions, transport, NoTracker(), clock)  # type: ignore[arg-type]
    assert sorted(report.sent) == [first.id, second.id]


def test_local_mode_writes_eml_files(sessions: sessionmaker[Session], clock: FakeClock, tmp_path: Path) -> None:
    row = queue_quote(sessions, add_quote(sessions), clock)
    folder = tmp_path / "outbox"
    assert deliver_due(sessions, LocalFolderTransport(folder), NoTracker(), clock).sent == [row.id]  # type: ignore[arg-type]
    [eml] = list(folder.glob("*.eml"))
    parsed = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["Message-ID"] == row.message_id
    assert parsed["To"] == "Marie Durand <marie.durand@client.example>"  # the contact's name, not a bare address


def test_send_a_test_message_reports_success_or_the_servers_words(smtp_server: SmtpServer) -> None:
    ok = send_test_message(smtp_server.settings, None, SENDER.address, "me@vendeur.example")
    assert ok.ok
    smtp_server.handler.faults["me@vendeur.example"] = ["554 5.7.1 Relay access denied"]
    refused = send_test_message(smtp_server.settings, None, SENDER.address, "me@vendeur.example")
    assert not refused.ok and refused.answer == "554 5.7.1 Relay access denied"
