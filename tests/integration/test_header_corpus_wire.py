"""The header-injection corpus from a CSV import to a real SMTP server: contacts whose first name and company
are hostile (encoded words in every codec, line separators) get the shipped campaign email (``build_message``)
and the shipped follow-up (``build_simple_message``); quotes whose numbers are hostile get their quote email.
What aiosmtpd received is parsed: no message carries a header that was not asked for, none has a Reply-To,
and each subject says the literal text. CR, LF and NUL never reach a header (refused by the import or by the
builders)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import selectinload

from desktop.db.email_campaigns import create_email_campaign, prepare_recipients
from desktop.db.engine import make_session_factory
from desktop.db.models import Contact, SellerIdentity, User
from desktop.db.quote_models import Quote
from desktop.services import importer as im
from desktop.services.campaigns_mail import MailSetup, preview, pump, start
from desktop.services.mail.context import contact_context
from desktop.services.mail.headers import HeaderInjectionError, header_text
from desktop.services.mail.message import TrackingPolicy, build_simple_message
from desktop.services.mail.outbox import enqueue_many
from desktop.services.mail.quote_mail import SenderIdentity, build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.templates import EmailTemplates
from desktop.services.mail.transport import SmtpTransport
from desktop.services.tabular import read_csv_bytes
from tests.support.header_corpus import SHORT, encoded_word_payloads, line_break_payloads
from tests.support.servers import SmtpServer

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
SENDER = SenderIdentity("Claire Martin", "claire@vendeur.example", "Claire")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
ALLOWED = {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe",
           "List-Unsubscribe-Post", "Content-Type", "Content-Transfer-Encoding"}
PART = {"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version"}


class RegistersAll:
    """Stands in for the tracker client: every registration succeeds (this test is about headers)."""

    def register(self, token: str, **_: object) -> bool:
        return True


def _csv(values: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Prénom", "Nom", "Société", "E-mail", "Newsletter"])
    for i, value in enumerate(values):
        writer.writerow([value if len(value) <= 100 else f"Prénom{i}", "Durand", value if len(value) <= 200 else "",
                         f"c{i}@client.example", "oui"])
    return out.getvalue().encode("utf-8")


@pytest.mark.slow
def test_hostile_imported_contacts_get_their_emails_with_no_added_header(
        sqlite_engine: Engine, smtp_server: SmtpServer) -> None:
    sessions = make_session_factory(sqlite_engine)
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
        contacts = list(s.scalars(select(Contact).options(selectinload(Contact.company)).order_by(Contact.id)))
        hostile_names = [c for c in contacts
                         if c.first_name in values or (c.company and c.company.legal_name in values)]
        breaking = [c for c in contacts if "\n" in c.first_name or "\r" in c.first_name]
        campaign = create_email_campaign(s, name="Corpus", template="campaign", now=T0, sender_id=user.id,
                                         per_minute=100_000, per_day=1_000_000)
        prepare_recipients(s, campaign.id, T0, [c.id for c in contacts if c not in breaking])
        start(s, campaign.id, T0)
        campaign_id, breaking_ids = campaign.id, [c.id for c in breaking]
    assert len(hostile_names) > 500  # most payloads fit the importer's lengths and pass its checks

    setup = MailSetup(SENDER, TrackingPolicy.ALWAYS, "https://t.example")
    with sessions.begin() as s:  # a contact whose name holds a line break: its message cannot be built
        for contact_id in breaking_ids:
            with pytest.raises(HeaderInjectionError):
                preview(s, campaign_id, contact_id, setup, T0)
    with sessions.begin() as s:
        report = pump(s, campaign_id, setup, T0, limit=100_000)
    assert report.queued == len(contacts) - len(breaking)

    expected: dict[str, str] = {}  # recipient -> the subject it must receive, per template
    templates = EmailTemplates()
    with sessions.begin() as s:
        followups = []
        for c in s.scalars(select(Contact).options(selectinload(Contact.company)).order_by(Contact.id)):
            if c.id in breaking_ids:
                continue
            company = c.company.legal_name if c.company else ""
            context = {"contact": contact_context(civility="", first_name=c.first_name, last_name=c.last_name,
                                                  email=c.email, company=company),
                       "sender": {"name": SENDER.name, "address": SENDER.address, "signature": ""},
                       "seller": {"company": "Vendeur SARL"}, "subject": "", "message": "", "unsubscribe_url": None,
                       "view_url": None, "link": lambda _id, url: url}
            rendered = templates.render("followup", context)
            followups.append((build_simple_message(sender_address=SENDER.address, sender_name=SENDER.name,
                                                   to=[c.email or ""], rendered=rendered, tracking=None, now=T0),
                              c.id))
            expected[f"followup:{c.email}"] = header_text(rendered.subject, "s")
            campaign_subject = templates.render("campaign", {**context, "unsubscribe_url": "https://t.example/u/x"})
            expected[f"campaign:{c.email}"] = header_text(campaign_subject.subject, "s")
        enqueue_many(s, followups, now=T0)

    quotes = [p.value for p in encoded_word_payloads("D\r\nX-I:1")  # Q words that fit a number (40 characters)
              if p.key.endswith("-q") and len(p.value) <= 40]
    with sessions.begin() as s:
        target = s.scalars(select(Contact).where(Contact.email == "c0@client.example")).one()
        ids = []
        for number in quotes:
            quote = Quote(number=number, version=1, status="finalised", contact_id=target.id,
                          issue_date=date(2026, 12, 2), validity_date=date(2027, 1, 1), total_ht=Decimal("10.00"),
                          total_vat=Decimal("2.00"), total_ttc=Decimal("12.00"))
            s.add(quote)
            s.flush()
            ids.append(quote.id)
    for quote_id in ids:
        with sessions.begin() as s:
            draft = draft_quote_email(s, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.NEVER, tracker_url=None)
            queue_quote_email(s, draft, build_quote_email(draft, SENDER, T0), T0)
    assert len(quotes) > 20, len(quotes)

    delivered = deliver_due(sessions, SmtpTransport(smtp_server.settings), RegistersAll(),  # type: ignore[arg-type]
                            lambda: T0, limit=None)
    received = smtp_server.handler.received
    assert len(delivered.sent) == len(received) == 2 * (len(contacts) - len(breaking)) + len(quotes)

    problems = []
    quote_subjects = sorted(f"Devis {header_text(n, 's')} – Vendeur SARL" for n in quotes)
    got_quotes = []
    for message in (r.message for r in received):
        names = list(message.keys())
        if not set(names) <= ALLOWED or len(set(names)) != len(names) or "Reply-To" in message:
            problems.append(names)
        for part in list(message.walk())[1:]:
            if not set(part.keys()) <= PART:
                problems.append(list(part.keys()))
        subject = str(message["Subject"])
        if subject.startswith("Devis "):
            got_quotes.append(subject)
            continue
        kind = "campaign" if "une idée pour" in subject else "followup"
        to = str(message["To"]).rpartition("<")[2].rstrip(">")  # the display name is the contact's, encoded
        if subject != expected[f"{kind}:{to}"]:
            problems.append([subject, expected[f"{kind}:{to}"]])
    assert problems == []
    assert sorted(got_quotes) == quote_subjects
