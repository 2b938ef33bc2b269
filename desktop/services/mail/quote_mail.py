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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consent import ConsentState
from desktop.core.numbering import with_version
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.services.mail.message import (
    Attachment,
    BuiltMessage,
    Tracking,
    TrackingPolicy,
    build_message,
    new_token,
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


def _latest_message(session: Session, quote_id: int) -> OutboxMessage | None:
    """The quote's latest outbox message that is not a failure given up."""
    return session.scalars(select(OutboxMessage).where(OutboxMessage.quote_id == quote_id,
                                                       OutboxMessage.state != "failed_permanent")
                           .order_by(OutboxMessage.id.desc()).limit(1)).first()


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
    from desktop.services.mail.quote_draft import compose_quote_email, quote_email_facts

    return compose_quote_email(quote_email_facts(session, quote_id), pdf, sender=sender, policy=policy,
                               tracker_url=tracker_url, templates=templates, template=template, cc=cc,
                               ask_consent=ask_consent, token_factory=token_factory)


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
    # read after the lock, in a statement of its own: one statement's snapshot is taken before it waits for the
    # lock (READ COMMITTED), so it would miss the message another desktop queued meanwhile
    latest = _latest_message(session, draft.quote_id)
    if latest is not None and latest.id > draft.seen_outbox_id and not again:
        raise SentMeanwhile(with_version(quote.number or "", quote.version), latest.created_at, latest.state)
    tracker_quote = draft.tracker_quote
    if tracker_quote is not None and draft.to:  # an online signature's code goes where the quote went
        tracker_quote = {**tracker_quote, "signer_email": draft.to[0]}
    return enqueue(session, built, quote_id=draft.quote_id, contact_id=draft.contact_id,
                   tracker_quote=tracker_quote, now=now)
