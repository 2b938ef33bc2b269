"""Invoices repository: drafts, gapless numbers, freezing on issue, sending, payments and credited amounts.

Every function takes a session and never makes one; the caller commits (one transaction per user action).
The arithmetic and the legal check live in :mod:`desktop.services.invoicing` (which calls this module); here is
what the database guarantees:

- **Frozen once issued.** :func:`replace_lines`, :func:`update_draft` and :func:`delete_draft` refuse an issued
  invoice with :class:`InvoiceFrozenError`, and the triggers of migration 0013 refuse any other writer, on
  SQLite and PostgreSQL alike.
- **Gapless numbers per year**, the invoices' own sequence (credit notes included), taken by
  :func:`next_invoice_number` in the transaction that issues: one ``INSERT ... ON CONFLICT (year) DO UPDATE
  ... RETURNING``, which on PostgreSQL locks the year's row until the commit (two desktops issuing at once are
  serialised; a rolled-back issue gives its number back), as :func:`desktop.db.quotes.next_sequence_number`.
- **Payments** are recorded on an issued invoice only, never above what is left to pay.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from desktop.core.money import ZERO
from desktop.db.contacts import add_activity
from desktop.db.invoice_models import Invoice, InvoiceLine, InvoiceNumberSequence, InvoicePayment

#: Header fields of a draft that :func:`update_draft` may change.
EDITABLE_FIELDS = frozenset({
    "title", "due_date", "delivery_date", "operation_category", "delivery_address", "payment_terms",
    "early_payment_terms", "late_payment_rate", "business_client", "notes", "language",
})


class InvoiceError(Exception):
    """An invoice operation that cannot be done; the message says why in plain words."""


class InvoiceNotFoundError(InvoiceError, LookupError):
    """No invoice with that id."""


class InvoiceFrozenError(InvoiceError):
    """The invoice is issued: it cannot change; a credit note cancels it."""


def get_invoice(session: Session, invoice_id: int, *, for_update: bool = False) -> Invoice:
    """The invoice with its lines and payments.

    Args:
        session: a session.
        invoice_id: the invoice.
        for_update: lock its row until the transaction ends (another desktop issuing it waits).

    Raises:
        InvoiceNotFoundError: no such invoice.
    """
    invoice = session.get(Invoice, invoice_id, options=[selectinload(Invoice.lines), selectinload(Invoice.payments)],
                          with_for_update=for_update, populate_existing=for_update)
    if invoice is None:
        raise InvoiceNotFoundError(f"no invoice {invoice_id}")
    return invoice


def label(invoice: Invoice) -> str:
    """``Facture F-2026-0003`` / ``Avoir F-2026-0004``, or the draft's id."""
    word = "Avoir" if invoice.kind == "credit_note" else "Facture"
    return f"{word} {invoice.number}" if invoice.number else f"{word} (brouillon n° {invoice.id})"


def require_draft(invoice: Invoice) -> None:
    """Raise :class:`InvoiceFrozenError` unless the invoice is a draft."""
    if invoice.status != "draft":
        raise InvoiceFrozenError(f"{label(invoice)} est émise : elle ne peut plus être modifiée. "
                                 "Faites un avoir pour l'annuler.")


def record(session: Session, invoice: Invoice, subject: str, when: datetime, **payload: Any) -> None:
    """Write an invoice event in the contact's (and company's) timeline."""
    add_activity(session, kind="invoice", subject=subject, when=when, contact_id=invoice.contact_id,
                 company_id=invoice.company_id, author_id=invoice.owner_id,
                 payload={"invoice_id": invoice.id, "number": invoice.number or "", "kind": invoice.kind,
                          **payload})


def add_draft(session: Session, header: Mapping[str, Any], lines: Sequence[Mapping[str, Any]],
              totals: tuple[Decimal, Decimal, Decimal], now: datetime) -> Invoice:
    """Store a new draft invoice with its lines and totals (HT, VAT, TTC) as computed by the service."""
    invoice = Invoice(status="draft", created_at=now, updated_at=now, **header)
    invoice.total_ht, invoice.total_vat, invoice.total_ttc = totals
    session.add(invoice)
    session.flush()
    _write_lines(session, invoice, lines)
    return invoice


def _write_lines(session: Session, invoice: Invoice, lines: Sequence[Mapping[str, Any]]) -> None:
    for position, values in enumerate(lines):
        invoice.lines.append(InvoiceLine(invoice_id=invoice.id, position=position, **values))
    session.flush()


def replace_lines(session: Session, invoice_id: int, lines: Sequence[Mapping[str, Any]],
                  totals: tuple[Decimal, Decimal, Decimal], now: datetime) -> Invoice:
    """Replace a draft's lines and totals.

    Raises:
        InvoiceFrozenError: the invoice is issued.
    """
    invoice = get_invoice(session, invoice_id)
    require_draft(invoice)
    invoice.lines.clear()
    session.flush()
    _write_lines(session, invoice, lines)
    invoice.total_ht, invoice.total_vat, invoice.total_ttc = totals
    invoice.updated_at = now
    session.flush()
    return invoice


def update_draft(session: Session, invoice_id: int, changes: Mapping[str, Any], now: datetime) -> Invoice:
    """Change header fields of a draft (see :data:`EDITABLE_FIELDS`).

    Raises:
        InvoiceFrozenError: the invoice is issued.
        KeyError: a field that cannot be edited.
    """
    invoice = get_invoice(session, invoice_id)
    require_draft(invoice)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise KeyError(f"not editable: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(invoice, name, value)
    invoice.updated_at = now
    session.flush()
    return invoice


def delete_draft(session: Session, invoice_id: int) -> None:
    """Delete a draft (an issued invoice keeps its number forever: credit it instead).

    Raises:
        InvoiceFrozenError: the invoice is issued.
    """
    invoice = get_invoice(session, invoice_id)
    require_draft(invoice)
    session.delete(invoice)
    session.flush()


def next_invoice_number(session: Session, year: int) -> int:
    """Take the next invoice number of ``year`` (see the module docstring for the locking)."""
    table = InvoiceNumberSequence.metadata.tables[InvoiceNumberSequence.__tablename__]
    values = {"year": year, "last_number": 1}
    bump = {"last_number": table.c.last_number + 1}
    insert: Any = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(values).on_conflict_do_update(index_elements=[table.c.year], set_=bump)
    return int(session.execute(statement.returning(table.c.last_number)).scalar_one())


def freeze(session: Session, invoice: Invoice, number: str, issue_date: date, snapshot: str, now: datetime) -> None:
    """Issue a draft: its number, date and printed identities are written, then it is frozen."""
    require_draft(invoice)
    invoice.number, invoice.issue_date, invoice.snapshot = number, issue_date, snapshot
    invoice.status, invoice.issued_at, invoice.updated_at = "issued", now, now
    session.flush()


def mark_sent(session: Session, invoice_id: int, now: datetime) -> Invoice:
    """Record that an issued invoice was sent (the first time counts).

    Raises:
        InvoiceError: the invoice is still a draft.
    """
    invoice = get_invoice(session, invoice_id)
    if invoice.status == "draft":
        raise InvoiceError("Une facture en brouillon ne s'envoie pas : émettez-la d'abord.")
    if invoice.sent_at is None:
        invoice.sent_at = now
    invoice.status, invoice.updated_at = "sent", now
    session.flush()
    record(session, invoice, f"{label(invoice)} envoyée", now)
    return invoice


def balance(invoice: Invoice) -> Decimal:
    """What is left to pay: TTC less payments and credit notes (never below zero)."""
    return max(ZERO, invoice.total_ttc - invoice.amount_paid - invoice.amount_credited)


def record_payment(session: Session, invoice_id: int, paid_on: date, amount: Decimal, now: datetime, *,
                   method: str = "", note: str = "") -> InvoicePayment:
    """Record a payment received for an issued invoice.

    Raises:
        InvoiceError: a draft, a credit note, an amount not above zero or above what is left to pay.
    """
    invoice = get_invoice(session, invoice_id, for_update=True)
    if invoice.status == "draft":
        raise InvoiceError("Une facture en brouillon ne peut pas être réglée : émettez-la d'abord.")
    if invoice.kind == "credit_note":
        raise InvoiceError("Un avoir ne se règle pas : il réduit ce que le client doit.")
    left = balance(invoice)
    if amount <= ZERO:
        raise InvoiceError("Le montant du règlement doit être supérieur à zéro.")
    if amount > left:
        raise InvoiceError(f"Le règlement ({amount} €) dépasse ce qui reste à payer ({left} €).")
    payment = InvoicePayment(invoice_id=invoice.id, paid_on=paid_on, amount=amount, method=method[:40],
                             note=note[:300], created_at=now)
    invoice.payments.append(payment)
    invoice.amount_paid += amount
    if balance(invoice) == ZERO:
        invoice.paid_at = now
    invoice.updated_at = now
    session.flush()
    record(session, invoice, f"{label(invoice)} : règlement de {amount} € reçu", now, amount=str(amount))
    return payment


def add_credited(session: Session, invoice_id: int, amount: Decimal, now: datetime) -> None:
    """Add an issued credit note's TTC to the invoice it credits."""
    invoice = get_invoice(session, invoice_id, for_update=True)
    invoice.amount_credited += amount
    invoice.updated_at = now
    session.flush()


def invoices_of_order(session: Session, order_id: int) -> list[Invoice]:
    """Every invoice and credit note of a purchase order, oldest first."""
    return list(session.scalars(select(Invoice).where(Invoice.order_id == order_id)
                                .options(selectinload(Invoice.lines)).order_by(Invoice.id)).all())


def credit_notes_of(session: Session, invoice_id: int) -> list[Invoice]:
    """The credit notes (drafts included) of an invoice."""
    return list(session.scalars(select(Invoice).where(Invoice.credited_invoice_id == invoice_id)
                                .order_by(Invoice.id)).all())
