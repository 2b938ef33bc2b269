"""SQLAlchemy models of invoices (factures): deposit, progress and final invoices, credit notes, payments.

An invoice is made from a purchase order (a ``quotes`` row of kind ``purchase_order``). Its lines are copied
(or computed: a deposit invoice has one line per VAT rate of the order) when it is created; ``number`` stays
empty until it is issued, when it takes the next number of its year from ``invoice_number_sequences``
(separate from the quotes'), and ``snapshot`` keeps the seller and client exactly as printed. Once issued the
content is frozen: the repository refuses edits, and the triggers of migration 0013 refuse any other writer
(see :data:`FROZEN_INVOICE_COLUMNS`). What stays writable is the life after issue: sent, paid amount, credited.

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models import Base, utcnow

INVOICE_KINDS = ("deposit", "progress", "final", "credit_note")
INVOICE_STATUSES = ("draft", "issued", "sent")
OPERATION_CATEGORIES = ("", "goods", "services", "mixed")  # "" until the seller says which
VAT_CODES = ("20", "10", "5.5", "2.1", "0", "exempt")

#: Columns of ``invoices`` that never change once the invoice is issued (a trigger enforces it).
FROZEN_INVOICE_COLUMNS = (
    "number", "kind", "order_id", "credited_invoice_id", "title", "issue_date", "due_date", "delivery_date",
    "operation_category", "delivery_address", "payment_terms", "early_payment_terms", "late_payment_rate",
    "business_client", "share_percent", "notes", "snapshot", "total_ht", "total_vat", "total_ttc",
)
#: Columns of ``invoice_lines`` frozen with their invoice.
FROZEN_LINE_COLUMNS = (
    "invoice_id", "position", "designation", "description", "quantity", "unit", "unit_price",
    "discount_percent", "vat_rate", "total_ht", "is_deduction", "vat_amount",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class InvoiceNumberSequence(Base):
    """The last invoice number given in a year (credit notes included): allocated without gaps."""

    __tablename__ = "invoice_number_sequences"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Invoice(Base):
    """An invoice or a credit note (avoir), made from a purchase order."""

    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint(_in("kind", INVOICE_KINDS), name="kind"),
        CheckConstraint(_in("status", INVOICE_STATUSES), name="status"),
        CheckConstraint(_in("operation_category", OPERATION_CATEGORIES), name="operation_category"),
        UniqueConstraint("number", name="uq_invoices_number"),
        Index("ix_invoices_status_due", "status", "due_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(8), default="draft")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="RESTRICT"), index=True)
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"),
                                                            index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="Facture")
    issue_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    operation_category: Mapped[str] = mapped_column(String(8), default="")
    delivery_address: Mapped[str] = mapped_column(String(300), default="")
    payment_terms: Mapped[str] = mapped_column(String(300), default="")
    early_payment_terms: Mapped[str] = mapped_column(String(200), default="")
    late_payment_rate: Mapped[str] = mapped_column(String(200), default="")
    business_client: Mapped[bool] = mapped_column(Boolean, default=True)
    share_percent: Mapped[Decimal | None] = mapped_column(Numeric(9, 6, asdecimal=True))  # deposit/progress
    notes: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text, default="")  # seller and client as printed (JSON), at issue
    language: Mapped[str] = mapped_column(String(5), default="fr")
    total_ht: Mapped[Decimal] = mapped_column(default=Decimal(0))
    total_vat: Mapped[Decimal] = mapped_column(default=Decimal(0))
    total_ttc: Mapped[Decimal] = mapped_column(default=Decimal(0))
    amount_paid: Mapped[Decimal] = mapped_column(default=Decimal(0))  # the sum of its payments
    amount_credited: Mapped[Decimal] = mapped_column(default=Decimal(0))  # the TTC of its issued credit notes
    issued_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]  # when the last cent was received
    next_reminder_on: Mapped[date | None] = mapped_column(Date)  # an overdue invoice's next reminder (0018)
    handoff_channel: Mapped[str] = mapped_column(String(40), default="", server_default="")  # "folder", "api"
    handoff_ref: Mapped[str] = mapped_column(String(200), default="", server_default="")  # the platform's id
    handed_off_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list[InvoiceLine]] = relationship(
        order_by="InvoiceLine.position", cascade="all, delete-orphan", passive_deletes=True)
    payments: Mapped[list[InvoicePayment]] = relationship(
        order_by="InvoicePayment.paid_on", cascade="all, delete-orphan", passive_deletes=True)


class InvoiceLine(Base):
    """One line of an invoice; ``total_ht`` is stored (a deposit line is an amount, not a price x quantity)."""

    __tablename__ = "invoice_lines"
    __table_args__ = (CheckConstraint(_in("vat_rate", VAT_CODES), name="vat_rate"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    designation: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3, asdecimal=True))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal]
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2, asdecimal=True), default=Decimal(0))
    vat_rate: Mapped[str] = mapped_column(String(6), default="20")
    total_ht: Mapped[Decimal]
    is_deduction: Mapped[bool] = mapped_column(Boolean, default=False)  # a deposit deducted on the final
    vat_amount: Mapped[Decimal | None]  # a deduction's VAT: the deducted invoices' own VAT of that rate


class InvoicePayment(Base):
    """A payment received for an invoice, recorded by hand."""

    __tablename__ = "invoice_payments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    method: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
