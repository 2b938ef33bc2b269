"""SQLAlchemy models of the catalogue and of quotes (devis), their sections, lines and numbering.

A quote row holds what the seller committed to; its lines live in ``quote_lines`` grouped by
``quote_sections``. ``number`` stays empty until the quote is first finalised; it is the base number
(``D-2026-0042``) shared by every version, the printed number adds ``-v2`` from the second version on
(:func:`desktop.core.numbering.with_version`). Totals are denormalised (computed by the core) so that lists
and smart queries need no line. Once a quote leaves draft, its content is frozen: the repository refuses
edits, and triggers created by migration 0002 refuse them in the database too (see
:data:`FROZEN_QUOTE_COLUMNS`).

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models import Base, utcnow
from desktop.db.types import TRIGGER_KEPT

QUOTE_STATUSES = ("draft", "finalised", "sent", "opened", "viewed", "accepted", "refused", "expired",
                  "superseded")
QUOTE_KINDS = ("quote", "amendment", "purchase_order")
VAT_CODES = ("20", "10", "5.5", "2.1", "0", "exempt")

#: Columns of ``quotes`` that never change once the quote has left draft (a trigger enforces it).
FROZEN_QUOTE_COLUMNS = (
    "number", "version", "kind", "title", "issue_date", "validity_date", "delivery_date", "lead_time",
    "global_discount_percent", "deposit_percent", "notes", "personal_message", "payment_terms",
    "print_cgv", "print_signature_block", "print_withdrawal_notice", "meant_as_purchase_order",
    "distance_or_off_premises", "travel_fees_expected", "total_ht", "total_vat", "total_ttc",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


Percent = Numeric(5, 2, asdecimal=True)
Quantity = Numeric(12, 3, asdecimal=True)


class Product(Base):
    """A product or service of the catalogue; lines copy its values (a later price change spares them)."""

    __tablename__ = "products"
    __table_args__ = (CheckConstraint(_in("vat_rate", VAT_CODES), name="vat_rate"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    designation: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal]
    vat_rate: Mapped[str] = mapped_column(String(6), default="20")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class QuoteNumberSequence(Base):
    """The last quote number given in a year: numbers are allocated from it without gaps."""

    __tablename__ = "quote_number_sequences"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Quote(Base):
    """A quote, an amendment (avenant) or a purchase order (bon de commande), one row per version."""

    __tablename__ = "quotes"
    __table_args__ = (
        CheckConstraint(_in("status", QUOTE_STATUSES), name="status"),
        CheckConstraint(_in("kind", QUOTE_KINDS), name="kind"),
        CheckConstraint("version >= 1", name="version"),
        UniqueConstraint("kind", "number", "version", name="uq_quotes_kind_number_version"),
        Index("ix_quotes_contact_sent", "contact_id", "sent_at"),
        Index("ix_quotes_status", "status"),
        Index("ix_quotes_issue_date", "issue_date"),
        Index("ix_quotes_next_followup_on", "next_followup_on"),
        # 0020: the dashboard's cohort and open quotes without follow-up, read from the indexes alone
        Index("ix_quotes_cohort", "kind", "sent_at", "status", "owner_id", "total_ht", "viewed_at", "accepted_at",
              "root_id", "id", "human_opens", "machine_opens"),  # 0022: with the open counts
        Index("ix_quotes_unplanned", "kind", "status", "next_followup_on", "owner_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(default=1)
    root_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"), index=True)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="draft")
    kind: Mapped[str] = mapped_column(String(16), default="quote")
    source_quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="Devis")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"),
                                                       index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    issue_date: Mapped[date | None] = mapped_column(Date)
    validity_date: Mapped[date | None] = mapped_column(Date)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    lead_time: Mapped[str] = mapped_column(String(200), default="")
    global_discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    deposit_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    personal_message: Mapped[str] = mapped_column(Text, default="")
    payment_terms: Mapped[str] = mapped_column(String(300), default="")
    template: Mapped[str] = mapped_column(String(100), default="classic")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    print_cgv: Mapped[bool] = mapped_column(Boolean, default=True)
    print_signature_block: Mapped[bool] = mapped_column(Boolean, default=True)
    print_withdrawal_notice: Mapped[bool] = mapped_column(Boolean, default=True)
    meant_as_purchase_order: Mapped[bool] = mapped_column(Boolean, default=False)
    distance_or_off_premises: Mapped[bool] = mapped_column(Boolean, default=False)
    travel_fees_expected: Mapped[bool] = mapped_column(Boolean, default=False)
    total_ht: Mapped[Decimal] = mapped_column(default=Decimal(0))
    total_vat: Mapped[Decimal] = mapped_column(default=Decimal(0))
    total_ttc: Mapped[Decimal] = mapped_column(default=Decimal(0))
    finalised_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_human_open_at: Mapped[datetime | None]
    # The quote's tracking events of kind "open" judged human and machine, kept by database triggers on
    # tracking_events (migration 0022) for the dashboard: never written by the application.
    human_opens: Mapped[int] = mapped_column(server_default="0", info=TRIGGER_KEPT)
    machine_opens: Mapped[int] = mapped_column(server_default="0", info=TRIGGER_KEPT)
    viewed_at: Mapped[datetime | None]
    accepted_at: Mapped[datetime | None]
    refused_at: Mapped[datetime | None]
    next_followup_on: Mapped[date | None] = mapped_column(Date)  # the follow-up list's planned date
    followup_done_at: Mapped[datetime | None]  # an accepted quote's thanks were sent: it leaves the list
    acceptance_name: Mapped[str | None] = mapped_column(String(200))
    acceptance_pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    acceptance_ip: Mapped[str | None] = mapped_column(String(45))
    acceptance_user_agent: Mapped[str | None] = mapped_column(String(500))
    signed_at: Mapped[datetime | None]  # signed online with a one-time code (schema 0014, quote_signatures)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    sections: Mapped[list[QuoteSection]] = relationship(
        order_by="QuoteSection.position", cascade="all, delete-orphan", passive_deletes=True)


class QuoteSection(Base):
    """A titled group of lines of a quote."""

    __tablename__ = "quote_sections"
    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200), default="")

    lines: Mapped[list[QuoteLine]] = relationship(
        order_by="QuoteLine.position", cascade="all, delete-orphan", passive_deletes=True)


class QuoteLine(Base):
    """One line of a quote; ``quote_id`` is repeated from its section for direct queries."""

    __tablename__ = "quote_lines"
    __table_args__ = (CheckConstraint(_in("vat_rate", VAT_CODES), name="vat_rate"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("quote_sections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    designation: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal | None]
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_rate: Mapped[str] = mapped_column(String(6), default="20")
    is_free: Mapped[bool] = mapped_column(Boolean, default=False)
    is_travel_fee: Mapped[bool] = mapped_column(Boolean, default=False)
