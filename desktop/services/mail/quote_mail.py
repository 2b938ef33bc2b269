"""Sending a quote by email: draft (rendered, editable), build (the exact bytes to preview), queue.

The GUI's "Send the quote" dialog does::

    draft = draft_quote_email(session, quote_id, pdf, sender=identity, policy=policy, tracker_url=url,
                              ask_consent=settings.ask_tracking_consent)
    draft = dataclasses.replace(draft, rendered=edited, cc=("boss@client.fr",))   # the user's edits
    built = build_quote_email(draft, identity, now)     # built.raw is the preview: exactly what is sent
    with sessions.begin() as session:                   # one user action, one transaction
        queue_quote_email(session, draft, built, now)   # outbox row (+ whatever else the action changes)

The background sender then registers the token and delivers the message.

Without the contact's consent (:func:`~desktop.services.mail.message.tracking_applies`) the message keeps its
token for the online quote (reading, downloading, accepting: the service asked for) but carries no pixel and
no tracked link; to a contact never asked it may carry the polite consent question
(:attr:`QuoteEmailDraft.tracking_mode` says which).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consent import ConsentState, as_state, offers_online_quote
from desktop.core.formatting import format_date, format_money
from desktop.core.numbering import with_version
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.db.seller import seller_identity
from desktop.services.mail.context import contact_context, sender_context
from desktop.services.mail.message import (
    Attachment,
    BuiltMessage,
    Tracking,
    TrackingPolicy,
    build_message,
    compose,
    new_token,
    tracking_applies,
)
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.templates import EmailTemplates, RenderedEmail


class MailRefused(ValueError):
    """This quote cannot be emailed to this contact (no address, do-not-email, not finalised...)."""


class SentMeanwhile(Exception):
    """The quote was sent (or queued) since its draft was made, from this desktop or another one.

    Attributes:
        number: The quote's printed number.
        at: When the other message was queued.
        state: Its outbox state (``queued``, ``sending``, ``sent``...).
    """

    def __init__(self, number: str, at: datetime, state: str) -> None:
        super().__init__(f"quote {number} was queued for sending meanwhile ({state}, {at.isoformat()})")
        self.number, self.at, self.state = number, at, state


@dataclass(frozen=True, slots=True)
class SenderIdentity:
    """Who sends: the salesperson's name, address and signature (from the settings).

    Attributes:
        name: Display name.
        address: Email address.
        signature: Free text under the message.
    """

    name: str
    address: str
    signature: str = ""


@dataclass(frozen=True, slots=True)
class QuoteEmailDraft:
    """Everything the send dialog shows and may edit before the message is built.

    Attributes:
        quote_id: The quote.
        contact_id: The main recipient's contact.
        to: Main recipients.
        cc: Copy recipients.
        rendered: Subject and bodies (editable).
        tracking: The token and links, or None when the policy says no tracking.
        pdf: The quote's PDF.
        pdf_name: Its file name.
        tracker_quote: The quote metadata registered with the tracker.
        seen_outbox_id: The quote's latest outbox message when the draft was made (0 for none): a newer one
            at queueing time means someone sent it meanwhile (:class:`SentMeanwhile`).
        consent_state: The contact's consent state when the draft was made (what the dialog explains).
    """

    quote_id: int
    contact_id: int
    to: tuple[str, ...]
    cc: tuple[str, ...]
    rendered: RenderedEmail
    tracking: Tracking | None
    pdf: bytes
    pdf_name: str
    tracker_quote: dict[str, Any] | None
    seen_outbox_id: int = 0
    consent_state: ConsentState = ConsentState.NOT_ASKED
    to_names: tuple[str, ...] = ()  # the display names of ``to`` (the To header reads "Élise Fontaine <...>")

    @property
    def tracking_mode(self) -> str:
        """What the message carries: ``individual`` (pixel, tracked links, withdrawal line), ``online_quote``
        (the online quote only), ``ask_consent`` (the online quote and the consent question), ``none``."""
        if self.tracking is None:
            return "none"
        if self.tracking.individual:
            return "individual"
        return "ask_consent" if self.tracking.ask_consent else "online_quote"


def _seller_contact(seller: Any) -> str | None:
    """The seller's name and addresses on one line, for the withdrawal form of the online quote page."""
    if seller is None:
        return None
    town = " ".join(p for p in (seller.postal_code, seller.city) if p)
    parts = [p.strip() for p in (seller.legal_name, seller.address, town, seller.email) if p and p.strip()]
    return ", ".join(parts)[:500] or None


def _latest_message(session: Session, quote_id: int) -> OutboxMessage | None:
    """The quote's latest outbox message that is not a failure given up."""
    return session.scalars(select(OutboxMessage).where(OutboxMessage.quote_id == quote_id,
                                                       OutboxMessage.state != "failed_permanent")
                           .order_by(OutboxMessage.id.desc()).limit(1)).first()


def _contact_context(contact: Contact) -> dict[str, Any]:
    return contact_context(civility=contact.civility, first_name=contact.first_name, last_name=contact.last_name,
                           email=contact.email, company=contact.company.legal_name if contact.company else "",
                           job_title=contact.job_title, city=contact.city)


def _quote_context(quote: Quote, lang: str) -> dict[str, Any]:
    return {"number": with_version(quote.number or "", quote.version), "version": quote.version,
            "title": quote.title, "total": format_money(quote.total_ttc, lang, plain_spaces=True),
            "total_ht": format_money(quote.total_ht, lang, plain_spaces=True),
            "valid_until": format_date(quote.validity_date, lang) if quote.validity_date else None}


def draft_quote_email(session: Session, quote_id: int, pdf: bytes, *, sender: SenderIdentity,
                      policy: TrackingPolicy, tracker_url: str | None, templates: EmailTemplates | None = None,
                      template: str = "quote", cc: tuple[str, ...] = (), ask_consent: bool = True,
                      token_factory: Callable[[], str] = new_token) -> QuoteEmailDraft:
    """Prepare the email of a quote for its contact, rendered from the email template.

    Args:
        session: A session.
        quote_id: The quote (finalised, with a number).
        pdf: Its rendered PDF.
        sender: The salesperson.
        policy: The effective tracking policy (:func:`desktop.services.mail.wiring.tracking_policy`).
        tracker_url: The tracker's public base URL, or None.
        templates: The email templates; None uses the shipped ones.
        template: Which template folder.
        cc: Copy recipients.
        ask_consent: Add the consent question when the contact was never asked (the setting
            ``ask_tracking_consent``, on by default).
        token_factory: Mints the token (tests may fix it).

    Returns:
        The draft.

    Raises:
        MailRefused: If the contact has no address or must not be emailed, or the quote has no number.
    """
    quote = session.get_one(Quote, quote_id)
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    if contact is None or not contact.email:
        raise MailRefused("the quote's contact has no email address")
    if contact.do_not_email or contact.do_not_contact:
        raise MailRefused("this contact asked not to receive emails")
    if not quote.number:
        raise MailRefused("finalise the quote before sending it")
    seller = seller_identity(session)
    context = {"contact": _contact_context(contact), "quote": _quote_context(quote, quote.language),
               "sender": sender_context(sender.name, sender.address, sender.signature),
               "seller": {"company": seller.legal_name if seller else ""}}
    state = as_state(contact.tracking_consent_state)
    track = tracking_applies(policy, state=state)
    rendered, tracking = compose(templates or EmailTemplates(), template, context, tracker_url=tracker_url,
                                 track=track, online=offers_online_quote(policy),
                                 ask_consent=ask_consent and state is ConsentState.NOT_ASKED,
                                 lang="en" if quote.language == "en" else "fr", token_factory=token_factory)
    printed = with_version(quote.number, quote.version)
    tracker_quote = {"number": printed[:64], "version": quote.version,
                     "amount": str(quote.total_ttc.quantize(Decimal("0.01"))), "currency": "EUR",
                     "valid_until": quote.validity_date.isoformat() if quote.validity_date else None,
                     # signed online, a quote is a distance contract: a consumer is told of the withdrawal right
                     "consumer": bool(contact.is_consumer), "seller_contact": _seller_contact(seller)}
    latest = _latest_message(session, quote.id)
    return QuoteEmailDraft(quote_id=quote.id, contact_id=contact.id, to=(contact.email,), cc=cc, rendered=rendered,
                           tracking=tracking, pdf=pdf, pdf_name=f"Devis {printed}.pdf",
                           tracker_quote=tracker_quote if tracking else None,
                           seen_outbox_id=latest.id if latest is not None else 0, consent_state=state,
                           to_names=(contact.full_name,))


def build_quote_email(draft: QuoteEmailDraft, sender: SenderIdentity, now: datetime) -> BuiltMessage:
    """Build the exact message (its bytes are the preview).

    Args:
        draft: The (possibly edited) draft.
        sender: The salesperson.
        now: The Date header.

    Returns:
        The message.
    """
    return build_message(sender_address=sender.address, sender_name=sender.name, to=draft.to, cc=draft.cc,
                         to_names=draft.to_names, rendered=draft.rendered,
                         attachments=[Attachment(draft.pdf_name, draft.pdf)], tracking=draft.tracking, now=now)


def queue_quote_email(session: Session, draft: QuoteEmailDraft, built: BuiltMessage, now: datetime, *,
                      again: bool = False) -> OutboxMessage:
    """Put the built message in the outbox in the caller's transaction.

    Until the sender records it, the quote is "being sent" (its outbox row is not ``sent``); the sender
    then moves the quote to "sent" and adds the message to the contact's timeline.

    The quote's row is locked first (PostgreSQL), so two desktops sending the same quote at the same moment
    queue one after the other: the second finds the first's message and is refused with
    :class:`SentMeanwhile` unless ``again`` says the salesperson wants it sent once more.

    Args:
        session: The session of the user action.
        draft: The draft the message was built from.
        built: The message (as previewed).
        now: Current time.
        again: Queue it even when the quote was sent since the draft was made.

    Returns:
        The outbox row.

    Raises:
        SentMeanwhile: The quote was queued for sending since the draft (and ``again`` is False).
    """
    quote = session.scalars(select(Quote).where(Quote.id == draft.quote_id).with_for_update()).one()
    latest = _latest_message(session, draft.quote_id)
    if latest is not None and latest.id > draft.seen_outbox_id and not again:
        raise SentMeanwhile(with_version(quote.number or "", quote.version), latest.created_at, latest.state)
    tracker_quote = draft.tracker_quote
    if tracker_quote is not None and draft.to:  # an online signature's code goes where the quote went
        tracker_quote = {**tracker_quote, "signer_email": draft.to[0]}
    return enqueue(session, built, quote_id=draft.quote_id, contact_id=draft.contact_id,
                   tracker_quote=tracker_quote, now=now)
