"""What the quote editor loads and saves, as plain values; the database work runs on the worker thread.

:func:`load_state` reads a quote into an :class:`EditorState`; :func:`save_quote` writes the header and the
lines of a draft in one transaction; :func:`finalise_quote` runs the legal check and numbers it. They take
a session (one per user action) and import the ORM only when called.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.core.numbering import DEFAULT_PATTERN
from desktop.core.quotes import Section
from desktop.gui.quotes.editor.lines import LineItem, items_from_sections

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Header fields the editor writes (a subset of ``desktop.db.quotes.EDITABLE_FIELDS``).
HEADER_FIELDS = (
    "title", "validity_date", "delivery_date", "lead_time", "global_discount_percent", "deposit_percent",
    "notes", "personal_message", "payment_terms", "template", "language", "print_cgv", "print_signature_block",
    "print_withdrawal_notice", "meant_as_purchase_order", "distance_or_off_premises", "travel_fees_expected",
)


@dataclass(frozen=True)
class EditorState:
    """A quote as the editor shows it."""

    quote_id: int
    status: str
    kind: str
    number: str
    client_name: str
    company_name: str
    issue_date: date | None
    header: dict[str, Any]
    items: list[LineItem] = field(default_factory=list)
    source_number: str = ""

    @property
    def editable(self) -> bool:
        return self.status == "draft"


def load_state(session: Session, quote_id: int, lang: str) -> EditorState:
    """Read a quote, its client and its lines (with the catalogue product of each line)."""
    from desktop.db import quotes as repo
    from desktop.db.models import Company, Contact
    from desktop.db.quote_models import Quote

    quote = repo.get_quote(session, quote_id)
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    company = session.get(Company, quote.company_id) if quote.company_id is not None else None
    product_ids = {(s_pos, l_pos): line.product_id
                   for s_pos, section in enumerate(quote.sections)
                   for l_pos, line in enumerate(section.lines) if line.product_id is not None}
    source = session.get(Quote, quote.source_quote_id) if quote.source_quote_id is not None else None
    return EditorState(
        quote_id=quote.id, status=quote.status, kind=quote.kind, number=repo.printed_number(quote),
        client_name=contact.full_name if contact is not None else "",
        company_name=company.legal_name if company is not None else "",
        issue_date=quote.issue_date, header={name: getattr(quote, name) for name in HEADER_FIELDS},
        items=items_from_sections(repo.core_sections(quote), lang, product_ids),
        source_number=repo.printed_number(source) if source is not None else "")


def save_quote(session: Session, quote_id: int, header: dict[str, Any], sections: tuple[Section, ...],
               product_ids: dict[tuple[int, int], int], now: datetime) -> Decimal:
    """Write a draft's header and lines; the stored TTC total (computed by the core) is returned."""
    from desktop.db import quotes as repo

    repo.update_draft(session, quote_id, header, now)
    return repo.replace_sections(session, quote_id, sections, now, product_ids=product_ids).total_ttc


def finalise_quote(session: Session, quote_id: int, now: datetime, lang: str, pattern: str = DEFAULT_PATTERN) -> str:
    """Check and number a draft with the numbering ``pattern``; its printed number.

    Raises ``LegalIncompleteError`` with the missing items.
    """
    from desktop.db import quotes as repo

    return repo.printed_number(repo.finalise(session, quote_id, now, pattern=pattern, lang=lang))


def new_version(session: Session, quote_id: int, now: datetime) -> int:
    """Copy a finalised quote into its next version (a draft); the new quote's id."""
    from desktop.db import quotes as repo

    return repo.new_version(session, quote_id, now).id


def products(session: Session, text: str = "") -> list[tuple[int, str, str, str]]:
    """The active catalogue: (id, reference, designation, unit price HT as text)."""
    from desktop.db.products import list_products

    return [(p.id, p.reference, p.designation, str(p.unit_price)) for p in list_products(session, text=text)]


def product_line(session: Session, product_id: int, lang: str) -> LineItem:
    """A new editor row filled from a catalogue product."""
    from desktop.db.products import line_from_product
    from desktop.db.quote_models import Product

    product = session.get(Product, product_id)
    if product is None:
        raise LookupError(f"no product {product_id}")
    item = items_from_sections((Section("", (line_from_product(product),)),), lang)[0]
    return LineItem(**{**item.__dict__, "product_id": product_id})
