"""Reply detection against a real IMAP server (Dovecot on loopback): by headers, and by thread when stripped."""

from __future__ import annotations

import imaplib
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import ContactDraft
from desktop.db.contacts import create_contact
from desktop.db.engine import make_session_factory
from desktop.db.models import Activity
from desktop.db.outbox_models import OutboxMessage
from desktop.db.scenario_models import Enrolment, MailReply
from desktop.db.scenarios import ScenarioDraft, StepDraft, enrol, save_scenario
from desktop.services.automation import AutomationRunner, AutomationSetup
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.replies import ImapAccount, poll, thread_subject
from tests.support.imap import ImapServer, imap_server  # noqa: F401 - fixture

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # a Wednesday, 10:00 Paris


def _deliver(server: ImapServer, sender: str, subject: str, in_reply_to: str | None) -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "claire@vendeur.fr"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="client.fr")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content("Merci, je vous rappelle demain.")
    client = imaplib.IMAP4("127.0.0.1", server.port)
    client.login(server.user, server.password)
    client.append("INBOX", "", imaplib.Time2Internaldate(time.time()), msg.as_bytes())
    client.logout()


def test_replies_stop_the_scenario_by_headers_and_by_thread(sqlite_engine, imap_server: ImapServer) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sessions: sessionmaker[Session] = make_session_factory(sqlite_engine)
    with sessions.begin() as s:
        a = create_contact(s, ContactDraft(first_name="Anne", last_name="Roux", email="anne@client.fr")).id
        b = create_contact(s, ContactDraft(first_name="Bruno", last_name="Lenoir", email="Bruno@Client.fr")).id
        sid = save_scenario(s, ScenarioDraft("Relance", (StepDraft("send_email", {"template": "followup"}),
                                                         StepDraft("wait", {"days": 5}),
                                                         StepDraft("send_email", {"template": "followup"})),
                                             status="active"), NOW)
        enrol(s, sid, [a, b], NOW, manual=True)
    AutomationRunner(sessions, AutomationSetup(SenderIdentity("Claire", "claire@vendeur.fr")), lambda: NOW).run_once()
    with sessions() as s:
        sent = {m.contact_id: m for m in s.scalars(select(OutboxMessage))}
    _deliver(imap_server, "Anne Roux <anne@client.fr>", f"Re: {sent[a].subject}", sent[a].message_id)
    # a provider stripped In-Reply-To and References: the sender and the subject thread still match
    _deliver(imap_server, "bruno@client.fr", f"TR: RE: {sent[b].subject}", None)
    _deliver(imap_server, "inconnu@ailleurs.fr", "Publicité", None)  # not a reply to us: ignored
    account = ImapAccount("127.0.0.1", imap_server.port, "none", imap_server.user)
    assert sorted(poll(sessions, account, imap_server.password, lambda: NOW)) == sorted([a, b])
    assert poll(sessions, account, imap_server.password, lambda: NOW) == []  # each reply once
    with sessions() as s:
        how = {r.contact_id: r.matched_by for r in s.scalars(select(MailReply))}
        states = {e.contact_id: (e.state, e.stop_reason) for e in s.scalars(select(Enrolment))}
        timeline = [t for t in s.scalars(select(Activity.subject).where(Activity.contact_id == b))]
    assert how == {a: "headers", b: "thread"}
    assert states == {a: ("stopped", "replied"), b: ("stopped", "replied")}
    assert any(t.startswith("Réponse reçue") for t in timeline)
    assert any("arrêté" in t for t in timeline)


def test_thread_subject() -> None:
    assert thread_subject("TR: Re : RE[2]: Votre devis  D-2026") == "votre devis d-2026"


def test_an_accented_password_and_folder_reach_the_real_server(imap_server: ImapServer) -> None:  # noqa: F811
    from desktop.services.imap_check import check_imap
    from desktop.services.replies import fetch_headers, imap_folder, imap_login
    from tests.support.imap import ACCENTED_PASSWORD, ACCENTED_USER

    client = imaplib.IMAP4("127.0.0.1", imap_server.port)
    imap_login(client, ACCENTED_USER, ACCENTED_PASSWORD)
    assert client.create(imap_folder("Réponses clients"))[0] == "OK"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "anne@client.fr", ACCENTED_USER, "Re: Votre devis"
    msg["Message-ID"] = make_msgid(domain="client.fr")
    msg.set_content("D'accord.")
    client.append(imap_folder("Réponses clients"), "", imaplib.Time2Internaldate(time.time()), msg.as_bytes())
    client.logout()
    account = ImapAccount("127.0.0.1", imap_server.port, "none", ACCENTED_USER, "Réponses clients")
    found = check_imap(account, ACCENTED_PASSWORD)
    assert found.ok and found.messages == 1, found
    [header] = fetch_headers(account, ACCENTED_PASSWORD, datetime(2020, 1, 1, tzinfo=UTC))
    assert b"Re: Votre devis" in header
    refused = check_imap(account, ACCENTED_PASSWORD + "x")
    assert not refused.ok and ACCENTED_PASSWORD not in refused.answer
