"""Injected headers: the hostile corpus through both builders, and from a CSV import to a real SMTP server.

The corpus (:mod:`tests.support.header_corpus`): every line-break class and RFC 2047 encoded words in every
codec Python knows, each of which would add ``Reply-To`` and ``X-Injected`` headers if a builder let the
email package decode it. A message "has an injected header" when, parsed as a mail client parses it, it
holds a header that was not asked for, or a ``Reply-To``.
"""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import select

from benchmarks.reliability.crash import CountingSink
from desktop.db.email_campaigns import create_email_campaign, prepare_recipients
from desktop.db.engine import make_engine, make_session_factory, sqlite_url
from desktop.db.migrate import migrate
from desktop.db.models import Contact, SellerIdentity, User
from desktop.services import importer as im
from desktop.services.campaigns_mail import MailSetup, pump, start
from desktop.services.mail.headers import HeaderInjectionError
from desktop.services.mail.message import (
    Attachment,
    Tracking,
    TrackingPolicy,
    build_message,
    build_simple_message,
)
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.templates import RenderedEmail
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport
from desktop.services.tabular import read_csv_bytes
from tests.support.header_corpus import SHORT, encoded_word_payloads, line_break_payloads

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
SENDER = SenderIdentity("Claire Martin", "claire@vendeur.example", "Claire")
ALLOWED = {"from", "to", "cc", "subject", "date", "message-id", "mime-version", "list-unsubscribe",
           "list-unsubscribe-post", "content-type", "content-transfer-encoding"}


def injected(raw: bytes) -> bool:
    """True when the message, parsed as a mail client parses it, holds a header nobody asked for."""
    message = message_from_bytes(raw, policy=policy.default)
    names = {name.lower() for name, _value in message.items()}
    return bool(names - ALLOWED) or "reply-to" in names


def builders() -> dict[str, int]:
    """Every payload as a display name, a subject and an attachment name, through both builders."""
    built = refused = found = 0
    tracking = Tracking("tok", "https://suivi.example")
    for payload in encoded_word_payloads() + line_break_payloads():
        for simple in (False, True):
            rendered = RenderedEmail(f"Devis {payload.value}", "Bonjour\n", "<p>Bonjour</p>")
            try:
                if simple:
                    message = build_simple_message(sender_address=SENDER.address, sender_name=payload.value,
                                                   to=["m@client.example"], rendered=rendered, tracking=tracking,
                                                   now=T0, bulk=True)
                else:
                    message = build_message(sender_address=SENDER.address, sender_name=payload.value,
                                            to=["m@client.example"], rendered=rendered, tracking=tracking, now=T0,
                                            attachments=[Attachment(f"{payload.value}.pdf", b"%PDF-1.4\n")],
                                            bulk=True)
            except HeaderInjectionError:
                refused += 1
                continue
            built += 1
            found += injected(message.raw)
    return {"built": built, "refused": refused, "injected": found}


def _csv(values: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Prénom", "Nom", "Société", "E-mail", "Newsletter"])
    for i, value in enumerate(values):
        writer.writerow([value if len(value) <= 100 else f"Prénom{i}", "Durand", value if len(value) <= 200 else "",
                         f"c{i}@client.example", "oui"])
    return out.getvalue().encode("utf-8")


def wire() -> dict[str, int]:
    """Hostile contacts imported from a CSV get the shipped campaign email, delivered to aiosmtpd."""
    from tests.support.servers import free_port

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(sqlite_url(Path(folder) / "corpus.sqlite"))
        migrate(engine)
        sessions = make_session_factory(engine)
        values = [p.value for p in encoded_word_payloads("Marie" + SHORT) + line_break_payloads()]
        table = read_csv_bytes(_csv(values))
        with sessions() as s:
            plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS,
                              im.DuplicatePolicy.CREATE)
        im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
        with sessions.begin() as s:
            s.add(SellerIdentity(id=1, legal_name="Vendeur SARL"))
            user = User(name=SENDER.name, email=SENDER.address)
            s.add(user)
            s.flush()
            ids = list(s.scalars(select(Contact.id)))
            campaign = create_email_campaign(s, name="Corpus", template="campaign", now=T0, sender_id=user.id,
                                             per_minute=100_000, per_day=1_000_000)
            prepare_recipients(s, campaign.id, T0, ids)
            start(s, campaign.id, T0)
            campaign_id = campaign.id
        with sessions.begin() as s:
            report = pump(s, campaign_id, MailSetup(SENDER, TrackingPolicy.ALWAYS, "https://t.example"), T0,
                          limit=100_000)

        class RegistersAll:
            def register(self, token: str, **_: object) -> bool:
                return True

        sink = CountingSink()
        raws: list[bytes] = []
        original = sink.handle_DATA

        async def keep(server, session, envelope):  # type: ignore[no-untyped-def]
            raws.append(envelope.original_content or b"")
            return await original(server, session, envelope)

        sink.handle_DATA = keep  # type: ignore[method-assign]
        port = free_port()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            deliver_due(sessions, SmtpTransport(SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE)),
                        RegistersAll(), lambda: T0)  # type: ignore[arg-type]
        finally:
            controller.stop()
        engine.dispose()
    return {"imported": len(ids), "queued": report.queued, "excluded": report.excluded, "received": len(raws),
            "injected": sum(injected(raw) for raw in raws)}
