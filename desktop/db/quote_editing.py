"""What the quote screens read and write: the editor's quote, the catalogue lines, the quotes list's actions.

Every function takes the session of one user action (the GUI runs them through its ``db_op``) and returns
plain values: :class:`EditedQuote` for the editor (its sections as core values; the editor turns them into
typed rows), ids, printed numbers. The rules themselves live in :mod:`desktop.db.quotes`.

Deleting a draft is undoable: :func:`delete_draft` returns a snapshot of the row and its lines, which
:func:`restore_draft` writes back under the same id. A deleted new version gives the version it replaced
its own status back; restoring the draft supersedes that version again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.numbering import DEFAULT_PATTERN
from desktop.core.quote_status import QuoteStatus
from desktop.core.quotes import QuoteLine as CoreLine
from desktop.core.quotes import Section
from desktop.db import quotes as repo
from desktop.db.campaigns import current_user_id
from desktop.db.models import Company, Contact
from desktop.db.products import line_from_product, list_products
from desktop.db.quote_models import Product, Quote
from desktop.db.types import written_columns

#: Header fields the editor writes (a subset of :data:`desktop.db.quotes.EDITABLE_FIELDS`).
HEADER_FIELDS = (
    "title", "validity_date", "delivery_date", "lead_time", "global_discount_percent", "deposit_percent",
    "notes", "personal_message", "payment_terms", "template", "language", "print_cgv", "print_signature_block",
    "print_withdrawal_notice", "meant_as_purchase_order", "distance_or_off_premises", "travel_fees_expected",
)

ProductIds = dict[tuple[int, int], int]  # (section position, line position) -> catalogue product


@dataclass(frozen=True)
class EditedQuote:
    """A quote as the editor shows it: header values, client, and its sections with their catalogue links."""

    quote_id: int
    status: str
    kind: str
    number: str
    client_name: str
    company_name: str
    issue_date: date | None
    header: dict[str, Any]
    sections: tuple[Section, ...] = ()
    product_ids: ProductIds = field(default_factory=dict)
    source_number: str = ""


def _product_ids(quote: Quote) -> ProductIds:
    return {(s_pos, l_pos): line.product_id for s_pos, section in enumerate(quote.sections)
            for l_pos, line in enumerate(section.lines) if line.product_id is not None}


# The editor ---------------------------------------------------------------------------------------------
def load_for_editing(session: Session, quote_id: int) -> EditedQuote:
    """Read a quote, its client and its lines (with the catalogue product of each line).

    Raises:
        desktop.db.quotes.QuoteNotFoundError: no such quote.
    """
    quote = repo.get_quote(session, quote_id)
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    company = session.get(Company, quote.company_id) if quote.company_id is not None else None
    source = session.get(Quote, quote.source_quote_id) if quote.source_quote_id is not None else None
    return EditedQuote(
        quote_id=quote.id, status=quote.status, kind=quote.kind, number=repo.printed_number(quote),
        client_name=contact.full_name if contact is not None else "",
        company_name=company.legal_name if company is not None else "",
        issue_date=quote.issue_date, header={name: getattr(quote, name) for name in HEADER_FIELDS},
        sections=repo.core_sections(quote), product_ids=_product_ids(quote),
        source_number=repo.printed_number(source) if source is not None else "")


def save_draft(session: Session, quote_id: int, header: dict[str, Any], sections: tuple[Section, ...],
               product_ids: ProductIds, now: datetime) -> Decimal:
    """Write a draft's header and lines; the stored TTC total (computed by the core) is returned.

    Raises:
        desktop.db.quotes.QuoteFrozenError: the quote has left draft.
    """
    repo.update_draft(session, quote_id, header, now)
    return repo.replace_sections(session, quote_id, sections, now, product_ids=product_ids).total_ttc


def finalise_draft(session: Session, quote_id: int, now: datetime, lang: str, pattern: str = DEFAULT_PATTERN) -> str:
    """Check and number a draft with the numbering ``pattern``; its printed number.

    Raises:
        desktop.db.quotes.LegalIncompleteError: the missing items (``issues``).
    """
    return repo.printed_number(repo.finalise(session, quote_id, now, pattern=pattern, lang=lang))


def catalogue(session: Session, text: str = "") -> list[tuple[int, str, str, str]]:
    """The active catalogue: (id, reference, designation, unit price HT as text)."""
    return [(p.id, p.reference, p.designation, str(p.unit_price)) for p in list_products(session, text=text)]


def product_quote_line(session: Session, product_id: int) -> CoreLine:
    """A new quote line filled from a catalogue product.

    Raises:
        LookupError: no such product.
    """
    product = session.get(Product, product_id)
    if product is None:
        raise LookupError(f"no product {product_id}")
    return line_from_product(product)


# The quotes list ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DraftSnapshot:
    """A deleted draft: its column values, sections and catalogue links."""

    columns: dict[str, Any]
    sections: tuple[Section, ...]
    product_ids: ProductIds
    reinstated: int | None = None  # the previous version given its status back


def delete_draft(session: Session, quote_id: int, now: datetime) -> DraftSnapshot:
    """Delete a draft quote (only a draft: anything finalised is kept for the record).

    A new version's draft gives the version it replaced its status back (:func:`repo.reinstate_previous`).

    Raises:
        desktop.db.quotes.QuoteFrozenError: the quote has left draft.
    """
    quote = repo.get_quote(session, quote_id)
    if quote.status != QuoteStatus.DRAFT.value:
        raise repo.QuoteFrozenError("Seul un brouillon peut être supprimé.")
    columns = {column.key: getattr(quote, column.key) for column in written_columns(Quote.__table__)}
    product_ids = _product_ids(quote)
    reinstated = repo.reinstate_previous(session, quote, now)
    snapshot = DraftSnapshot(columns, repo.core_sections(quote), product_ids, reinstated)
    session.delete(quote)
    session.flush()
    return snapshot


def restore_draft(session: Session, snapshot: DraftSnapshot, now: datetime) -> int:
    """Write a deleted draft back with its id, lines and totals (superseding again what it replaced)."""
    quote = Quote(**snapshot.columns)
    session.add(quote)
    session.flush()
    repo.replace_sections(session, quote.id, snapshot.sections, snapshot.columns["updated_at"],
                          product_ids=snapshot.product_ids)
    if snapshot.reinstated is not None:
        repo.supersede_again(session, snapshot.reinstated, now)
    return quote.id


def create_quote(session: Session, contact_id: int, now: datetime, me: str = "") -> int:
    """A new draft for a contact, written by the salesperson at this desktop (``me``: their sender address);
    its id."""
    return repo.create_draft(session, contact_id, now, owner_id=current_user_id(session, me)).id


def accept_on_paper(session: Session, quote_id: int, now: datetime, signer: str) -> None:
    """Record an acceptance on paper (signed quote received)."""
    repo.accept(session, quote_id, now, full_name=signer)


def refuse(session: Session, quote_id: int, now: datetime) -> None:
    """Mark a quote refused by its client."""
    repo.set_status(session, quote_id, QuoteStatus.REFUSED, now)


def new_version(session: Session, quote_id: int, now: datetime) -> int:
    """Copy a finalised quote into its next version (a draft); the new quote's id."""
    return repo.new_version(session, quote_id, now).id


def amendment(session: Session, quote_id: int, now: datetime) -> int:
    """Start an amendment to an accepted quote; the amendment's id."""
    return repo.create_amendment(session, quote_id, now).id


def purchase_order(session: Session, quote_id: int, now: datetime) -> int:
    """Turn an accepted quote into its purchase order; the order's id."""
    return repo.to_purchase_order(session, quote_id, now).id


def template_and_language(session: Session, quote_id: int) -> tuple[str, str]:
    """The template design and the language a quote prints with."""
    quote = repo.get_quote(session, quote_id)
    return quote.template, quote.language
