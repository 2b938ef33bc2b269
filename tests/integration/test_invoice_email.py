"""An issued invoice goes by email with its Factur-X PDF, through the outbox and a real SMTP server (aiosmtpd on
loopback), and becomes « envoyée » only when the server accepted it; a client without an address is told plainly
and nothing is queued. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import facturx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import invoices as repo
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage
from desktop.services.invoicing import workflow as wf
from desktop.services.invoicing.mailing import queue_invoice_email
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpTransport
from tests.db.test_invoices import NOW, OPTIONS, make_order
from tests.support.servers import SmtpServer

SENDER = SenderIdentity("Claire Martin", "claire.martin@vendeur.example", "Claire Martin\nVendeur SARL")


def _issued_deposit(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as s:
        order_id = make_order(s)
        deposit = wf.create_deposit(s, order_id, NOW, OPTIONS, percent=Decimal("30"))
        wf.issue(s, deposit.id, NOW)
        return deposit.id


def test_an_invoice_arrives_with_its_factur_x_and_is_sent_once_accepted(
        sessions: sessionmaker[Session], smtp_server: SmtpServer) -> None:
    invoice_id = _issued_deposit(sessions)
    with sessions.begin() as s:
        queued = queue_invoice_email(s, invoice_id, sender=SENDER, now=NOW)
    with sessions() as s:
        assert repo.get_invoice(s, invoice_id).status == "issued"  # queued is not sent
    report = deliver_due(sessions, SmtpTransport(smtp_server.settings), None, lambda: NOW + timedelta(minutes=1))
    assert report.sent == [queued.outbox_id]
    [got] = smtp_server.handler.received
    assert got.rcpt_tos == [queued.to]
    message = got.message
    assert message["Subject"] == "Facture d'acompte F-2026-0001 – Atelier Lumière"
    [pdf_part] = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert pdf_part.get_filename() == queued.filename == "Facture F-2026-0001.pdf"
    pdf = pdf_part.get_payload(decode=True)
    filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)  # the library reads a valid CII back
    assert filename == "factur-x.xml" and b"F-2026-0001" in xml and b"<ram:TypeCode>386</ram:TypeCode>" in xml
    body = message.get_body(("plain",)).get_content()
    assert "561,78 € TTC" in body and "Factur-X" in body
    html = message.get_body(("html",)).get_content()
    assert "<img" not in html and "/o/" not in html  # no pixel: an invoice is no sales signal
    with sessions() as s:
        invoice = repo.get_invoice(s, invoice_id)
        assert (invoice.status, invoice.sent_at) == ("sent", NOW + timedelta(minutes=1))


def test_a_draft_or_a_client_without_an_address_is_refused_in_words(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        order_id = make_order(s)
        draft = wf.create_deposit(s, order_id, NOW, OPTIONS, percent=Decimal("30"))
        draft_id = draft.id
    with pytest.raises(repo.InvoiceError, match="brouillon"), sessions.begin() as s:
        queue_invoice_email(s, draft_id, sender=SENDER, now=NOW)
    with sessions.begin() as s:
        wf.issue(s, draft_id, NOW)
        contact = s.get_one(Contact, repo.get_invoice(s, draft_id).contact_id)
        contact.email = None
    with pytest.raises(repo.InvoiceError, match="adresse e-mail"), sessions.begin() as s:
        queue_invoice_email(s, draft_id, sender=SENDER, now=NOW)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
