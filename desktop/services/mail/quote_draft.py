"""What « Envoyer le devis » reads, read once: the printable quote and the facts its email is drafted from.

The send dialog renders the quote's PDF (on the renderer's thread) between reading the quote and drafting its
email. Both need the same rows (the quote, its contact and company, the seller), so they are read in ONE
session before the rendering (:func:`prepare_quote_email`), the seller once for the document, its logo and the
email; the draft is then composed from those facts and the PDF without the database
(:func:`compose_quote_email`). On a team server that is one read instead of two, each row read once.

:func:`desktop.services.mail.quote_mail.draft_quote_email` is the same two steps in one call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, func, literal, select
from sqlalchemy.orm import Session, aliased

from desktop.core.consent import ConsentState, as_state, offers_online_quote
from desktop.core.formatting import format_date, format_money
from desktop.core.numbering import with_version
from desktop.db.models import Company, Contact, SellerIdentity, User
from desktop.db.outbox_models import OutboxMessage
from desktop.db.quote_models import Quote
from desktop.db.seller import seller_identity
from desktop.db.trips import one_statement
from desktop.services.mail.context import contact_context, sender_context
from desktop.services.mail.message import TrackingPolicy, compose, new_token, tracking_applies
from desktop.services.mail.templates import EmailTemplates

if TYPE_CHECKING:
    from desktop.services.mail.quote_mail import QuoteEmailDraft, SenderIdentity
    from desktop.services.pdf.stored_quote import PrintableQuote


@dataclass(frozen=True, slots=True)
class QuoteEmailFacts:
    """The rows a quote's email is drafted from, as read (nothing here needs the database again).

    Attributes:
        quote_id: The quote.
        contact_id: Its contact.
        email: The contact's address.
        full_name: The contact's name (the To header's display name).
        contact: The template's ``contact``.
        quote: The template's ``quote``.
        seller_company: The seller's legal name.
        language: The quote's language.
        printed: The quote's printed number with its version.
        tracker_quote: The quote as the tracker registers it.
        consent_state: The contact's consent to tracking.
        seen_outbox_id: The quote's latest outbox message (0 for none).
    """

    quote_id: int
    contact_id: int
    email: str
    full_name: str
    contact: dict[str, Any]
    quote: dict[str, Any]
    seller_company: str
    language: str
    printed: str
    tracker_quote: dict[str, Any]
    consent_state: ConsentState
    seen_outbox_id: int


@dataclass(frozen=True, slots=True)
class SendPreparation:
    """What the send dialog reads before rendering: the quote to render and its email's facts."""

    printable: PrintableQuote
    facts: QuoteEmailFacts


def _seller_contact(seller: Any) -> str | None:
    """The seller's name and addresses on one line, for the withdrawal form of the online quote page."""
    if seller is None:
        return None
    town = " ".join(p for p in (seller.postal_code, seller.city) if p)
    parts = [p.strip() for p in (seller.legal_name, seller.address, town, seller.email) if p and p.strip()]
    return ", ".join(parts)[:500] or None


def _quote_context(quote: Quote, lang: str) -> dict[str, Any]:
    return {"number": with_version(quote.number or "", quote.version), "version": quote.version,
            "title": quote.title, "total": format_money(quote.total_ttc, lang, plain_spaces=True),
            "total_ht": format_money(quote.total_ht, lang, plain_spaces=True),
            "valid_until": format_date(quote.validity_date, lang) if quote.validity_date else None}


def _latest_outbox_id(quote_id: int) -> Any:
    """The quote's latest outbox message that is not a failure given up."""
    return (select(OutboxMessage.id).where(OutboxMessage.quote_id == quote_id,
                                           OutboxMessage.state != "failed_permanent")
            .order_by(OutboxMessage.id.desc()).limit(1))


def quote_email_facts(session: Session, quote_id: int, *, seller: Any = None, seller_read: bool = False,
                      seen_outbox_id: int | None = None) -> QuoteEmailFacts:
    """Read what the quote's email is drafted from (rows already in the session are not read again).

    Args:
        session: A session.
        quote_id: The quote (finalised, with a number).
        seller: The seller's identity when the caller read it (with ``seller_read``).
        seller_read: True when ``seller`` is the seller as read (None: no seller yet).
        seen_outbox_id: The quote's latest outbox message when the caller read it (0 for none).

    Raises:
        MailRefused: If the contact has no address or must not be emailed, or the quote has no number.
    """
    from desktop.services.mail.quote_mail import MailRefused

    quote = session.get_one(Quote, quote_id)
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    if contact is None or not contact.email:
        raise MailRefused("the quote's contact has no email address")
    if contact.do_not_email or contact.do_not_contact:
        raise MailRefused("this contact asked not to receive emails")
    if not quote.number:
        raise MailRefused("finalise the quote before sending it")
    if not seller_read:
        seller = seller_identity(session)
    company = contact.company
    contact_ctx = contact_context(civility=contact.civility, first_name=contact.first_name,
                                  last_name=contact.last_name, email=contact.email,
                                  company=company.legal_name if company else "", job_title=contact.job_title,
                                  city=contact.city)
    printed = with_version(quote.number, quote.version)
    tracker_quote = {"number": printed[:64], "version": quote.version,
                     "amount": str(quote.total_ttc.quantize(Decimal("0.01"))), "currency": "EUR",
                     "valid_until": quote.validity_date.isoformat() if quote.validity_date else None,
                     # signed online, a quote is a distance contract: a consumer is told of the withdrawal right
                     "consumer": bool(contact.is_consumer), "seller_contact": _seller_contact(seller)}
    return QuoteEmailFacts(quote_id=quote.id, contact_id=contact.id, email=contact.email,
                           full_name=contact.full_name, contact=contact_ctx,
                           quote=_quote_context(quote, quote.language),
                           seller_company=seller.legal_name if seller else "", language=quote.language,
                           printed=printed, tracker_quote=tracker_quote,
                           consent_state=as_state(contact.tracking_consent_state),
                           seen_outbox_id=seen_outbox_id if seen_outbox_id is not None
                           else int(session.scalar(_latest_outbox_id(quote.id)) or 0))


def prepare_quote_email(session: Session, quote_id: int, data_dir: Path, issue_date: date | None
                        ) -> SendPreparation:
    """The send dialog's reading, in one session: the printable quote (its own template design and language,
    the seller's logo) and its email's facts, each row read once. On PostgreSQL the reads run autocommitted
    (no ``BEGIN``/``ROLLBACK`` trips): a finalised quote does not change, and the latest outbox message read
    here is checked again when the message is queued.

    The quote comes with its sections and lines; its contact, company, owner, the seller and the quote's latest
    message in ONE statement (outer joins on the ids the quote names), so that both readers below find them in
    the session.

    Raises:
        desktop.db.quotes.QuoteNotFoundError: no such quote.
        MailRefused: The quote cannot be emailed to its contact.
    """
    from desktop.db.quotes import get_quote
    from desktop.services.pdf.stored_quote import printable_quote

    one_statement(session)
    quote = get_quote(session, quote_id)
    first_seller = aliased(SellerIdentity)
    base = select(literal(1).label("one")).subquery("base")
    row = session.execute(
        select(Contact, Company, User, SellerIdentity, _latest_outbox_id(quote.id).scalar_subquery())
        .select_from(base)
        .outerjoin(Contact, Contact.id == literal(quote.contact_id, Integer()))
        .outerjoin(Company, Company.id == literal(quote.company_id, Integer()))
        .outerjoin(User, User.id == literal(quote.owner_id, Integer()))
        .outerjoin(SellerIdentity, SellerIdentity.id == select(func.min(first_seller.id)).scalar_subquery())
    ).one()
    held, seller, seen = (quote, row[0], row[1], row[2]), row[3], int(row[4] or 0)  # the session keeps rows weakly
    printable = printable_quote(session, quote_id, data_dir, issue_date, seller=seller, seller_read=True)
    facts = quote_email_facts(session, quote_id, seller=seller, seller_read=True, seen_outbox_id=seen)
    del held
    return SendPreparation(printable, facts)


def compose_quote_email(facts: QuoteEmailFacts, pdf: bytes, *, sender: SenderIdentity, policy: TrackingPolicy,
                        tracker_url: str | None, templates: EmailTemplates | None = None, template: str = "quote",
                        cc: tuple[str, ...] = (), ask_consent: bool = True,
                        token_factory: Callable[[], str] = new_token) -> QuoteEmailDraft:
    """The quote's email rendered from its template, from facts read before (no database).

    Arguments as :func:`desktop.services.mail.quote_mail.draft_quote_email`'s.
    """
    from desktop.services.mail.quote_mail import QuoteEmailDraft

    context = {"contact": facts.contact, "quote": facts.quote,
               "sender": sender_context(sender.name, sender.address, sender.signature),
               "seller": {"company": facts.seller_company}}
    state = facts.consent_state
    track = tracking_applies(policy, state=state)
    rendered, tracking = compose(templates or EmailTemplates(), template, context, tracker_url=tracker_url,
                                 track=track, online=offers_online_quote(policy),
                                 ask_consent=ask_consent and state is ConsentState.NOT_ASKED,
                                 lang="en" if facts.language == "en" else "fr", token_factory=token_factory)
    return QuoteEmailDraft(quote_id=facts.quote_id, contact_id=facts.contact_id, to=(facts.email,), cc=cc,
                           rendered=rendered, tracking=tracking, pdf=pdf, pdf_name=f"Devis {facts.printed}.pdf",
                           tracker_quote=dict(facts.tracker_quote) if tracking else None,
                           seen_outbox_id=facts.seen_outbox_id, consent_state=state, to_names=(facts.full_name,))
