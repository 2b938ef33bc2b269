"""The confirmation of an online acceptance, mailed to both parties with the accepted PDF.

When the feed brings a quote's acceptance (once per team: the ingestion applies an acceptance once), the
prospect receives a confirmation from the salesperson who sent the quote, with that salesperson in Cc, and the
very PDF that was accepted attached: the one the prospect read, found in the sent message by its SHA-256 (the
hash the acceptance carries). Nothing in it is tracked. When that PDF is no longer to be found (the message's
bytes pruned), the confirmation still goes, and says nothing of an attachment it does not carry.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import message_from_bytes, policy
from email.utils import parseaddr

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.formatting import format_date
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.db.quote_models import Quote
from desktop.services.mail.context import contact_context
from desktop.services.mail.message import Attachment, build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.templates import EmailTemplates

TEMPLATE = "quote_accepted"


def _accepted_pdf(raw: bytes, sha256: str | None) -> tuple[str, bytes] | None:
    """The PDF attachment of a sent message whose SHA-256 is ``sha256``, with its file name."""
    if not sha256:
        return None
    parsed = message_from_bytes(raw, policy=policy.default)
    for part in parsed.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == sha256:
                return part.get_filename() or "Devis.pdf", data
    return None


SEALED_SUFFIX = " signé.pdf"


def _sealed_pdf(session: Session, quote: Quote) -> tuple[str, bytes] | None:
    """The sealed PDF of the quote's online signature (its latest), with its file name, or None."""
    from desktop.db.signature_models import QuoteSeal

    pdf = session.scalar(select(QuoteSeal.pdf).where(QuoteSeal.quote_id == quote.id).order_by(QuoteSeal.id.desc()))
    if pdf is None:
        return None
    return f"Devis {quote.number or quote.id}{SEALED_SUFFIX}", pdf


def queue_acceptance_ack(session: Session, quote: Quote, *, token: str, accepted_at: datetime,
                         full_name: str | None, pdf_sha256: str | None, when_text: str,
                         templates: EmailTemplates | None = None) -> OutboxMessage | None:
    """Queue the confirmation of ``quote``'s online acceptance, in the caller's transaction.

    Args:
        session: The ingestion's session.
        quote: The accepted quote.
        token: The token of the message whose page was accepted (the confirmation answers that message).
        accepted_at: When the prospect accepted.
        full_name: The name they typed.
        pdf_sha256: The hash of the PDF they accepted.
        when_text: The acceptance time as the prospect read it (« 02/12/2026 à 20:05 (heure de Paris) »).
        templates: The email templates; None uses the shipped ones.

    Returns:
        The queued message, or None when there is nobody to write to (no contact address, no sent message).
    """
    sent = session.scalars(select(OutboxMessage).where(OutboxMessage.token == token)).first()
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    if sent is None or contact is None or not contact.email:
        return None
    raw = session.scalar(select(OutboxPayload.raw).where(OutboxPayload.outbox_id == sent.id))
    original = message_from_bytes(raw, policy=policy.default) if raw else None
    sender_name, sender_address = parseaddr(str(original["From"])) if original is not None else ("", sent.sender)
    sender_address = sender_address or sent.sender
    found = _sealed_pdf(session, quote) or (_accepted_pdf(raw, pdf_sha256) if raw else None)
    context = {
        "contact": contact_context(civility=contact.civility, first_name=contact.first_name,
                                   last_name=contact.last_name, email=contact.email),
        "quote": {"number": quote.number or "", "version": quote.version},
        "accepted": {"when": when_text, "name": full_name or contact.full_name, "sha256": pdf_sha256 or "",
                     "attached": found is not None,
                     "sealed": found is not None and found[0].endswith(SEALED_SUFFIX)},
        "sender": {"name": sender_name or sender_address},
    }
    rendered = (templates or EmailTemplates()).render(TEMPLATE, context)
    built = build_message(sender_address=sender_address, sender_name=sender_name, to=[contact.email],
                          to_names=[contact.full_name], cc=[sender_address], rendered=rendered,
                          attachments=[Attachment(found[0], found[1])] if found else [], tracking=None,
                          now=accepted_at)
    return enqueue(session, built, contact_id=contact.id, now=accepted_at)


def acceptance_moment(moment: datetime, lang: str = "fr") -> str:
    """The acceptance time written for the prospect, in the seller's zone (as the online page wrote it)."""
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo("Europe/Paris"))
    if lang == "fr":
        return f"{format_date(local.date(), 'fr')} à {local:%H:%M} (heure de Paris)"
    return f"{format_date(local.date(), 'en')} at {local:%H:%M} (Paris time)"
