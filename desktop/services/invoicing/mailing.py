"""Sending an issued invoice or credit note by email: its Factur-X PDF attached, through the outbox.

The message is rendered from the ``invoice`` email template (editable as the quote's is) and queued in the caller's
transaction; the sender delivers it like any other message (retries, pauses, the Sent folder copy) and marks the
invoice sent when the mail server accepted it (``outbox.invoice_id``, schema 0018). An invoice email carries no
pixel and no tracked link: it is a transactional message the client expects, its opens are not a sales signal,
so the consent rules of tracking have nothing to allow here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.formatting import format_date, format_money
from desktop.db.invoices import InvoiceError, get_invoice
from desktop.db.models import Contact
from desktop.db.seller import seller_identity
from desktop.services.invoicing.exports import invoice_document
from desktop.services.invoicing.facturx import facturx_pdf, file_stem
from desktop.services.mail.context import contact_context, sender_context
from desktop.services.mail.message import Attachment, build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.templates import EmailTemplates

TEMPLATE = "invoice"


@dataclass(frozen=True)
class QueuedInvoice:
    """An invoice email put in the outbox."""

    outbox_id: int
    to: str
    filename: str


def queue_invoice_email(session: Session, invoice_id: int, *, sender: SenderIdentity, now: datetime,
                        data_dir: Path | None = None, templates: EmailTemplates | None = None,
                        cc: tuple[str, ...] = ()) -> QueuedInvoice:
    """Render the invoice's Factur-X, build its email to the client's contact and queue it.

    Raises:
        InvoiceError: a draft, a client without an email address, or one who asked for no email (in words).
        desktop.services.invoicing.facturx.FacturXError: the invoice's XML is not valid.
    """
    invoice = get_invoice(session, invoice_id)
    if invoice.status == "draft" or not invoice.number:
        raise InvoiceError("Une facture en brouillon ne s'envoie pas : émettez-la d'abord.")
    contact = session.get(Contact, invoice.contact_id) if invoice.contact_id is not None else None
    if contact is None or not contact.email:
        raise InvoiceError("Le client de cette facture n'a pas d'adresse e-mail : ajoutez-la à sa fiche contact, "
                           "ou exportez la facture pour l'envoyer autrement.")
    if contact.do_not_email or contact.do_not_contact:
        raise InvoiceError("Ce client a demandé à ne plus recevoir d'e-mails : exportez la facture pour la lui "
                           "remettre autrement.")
    document = invoice_document(session, invoice_id, data_dir)
    produced = facturx_pdf(document)
    filename = f"{file_stem(document)}.pdf"
    seller = seller_identity(session)
    context: dict[str, Any] = {
        "contact": contact_context(civility=contact.civility, first_name=contact.first_name,
                                   last_name=contact.last_name, email=contact.email,
                                   company=contact.company.legal_name if contact.company else "",
                                   job_title=contact.job_title, city=contact.city),
        "invoice": {"title": document.title, "number": document.number or "", "credit_note": document.is_credit_note,
                    "total": format_money(document.totals.total_ttc, "fr", plain_spaces=True),
                    "due_date": format_date(document.due_date, "fr") if document.due_date else None,
                    "order": document.order_number},
        "sender": sender_context(sender.name, sender.address, sender.signature),
        "seller": {"company": seller.legal_name if seller else ""},
    }
    rendered = (templates or EmailTemplates()).render(TEMPLATE, context)
    built = build_message(sender_address=sender.address, sender_name=sender.name, to=[contact.email],
                          to_names=[contact.full_name], cc=list(cc), rendered=rendered,
                          attachments=[Attachment(filename, produced.pdf)], tracking=None, now=now)
    row = enqueue(session, built, contact_id=contact.id, now=now, invoice_id=invoice.id)
    return QueuedInvoice(row.id, contact.email, filename)
