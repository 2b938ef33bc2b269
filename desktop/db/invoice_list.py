"""Invoices read for the screen, the follow-up list and the dashboard; reminders of unpaid invoices.

The state of each invoice (paid, partly paid, overdue…) is :func:`desktop.core.invoice_status.payment_state`
of its stored facts and the injected ``today``; nothing computed is stored. Every function takes a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.invoice_status import InvoiceFacts, PaymentState, days_overdue, payment_state
from desktop.db.contacts import add_activity
from desktop.db.invoice_models import Invoice, InvoicePayment
from desktop.db.invoices import get_invoice, label
from desktop.db.models import Company, Contact
from desktop.db.quote_models import Quote
from desktop.db.quotes import printed_number

ZERO = Decimal("0.00")
#: After a reminder (a call, an email), an overdue invoice comes back in the follow-up list this much later.
REMINDER_INTERVAL = timedelta(days=7)


@dataclass(frozen=True)
class InvoiceRow:
    """One line of the invoices list."""

    invoice_id: int
    number: str  # "" for a draft
    kind: str
    title: str
    state: PaymentState
    contact_id: int | None
    contact_name: str
    company: str
    phone: str
    email: str
    order_id: int | None
    order_number: str
    issue_date: date | None
    due_date: date | None
    total_ttc: Decimal
    amount_paid: Decimal
    balance: Decimal
    days_overdue: int
    next_reminder_on: date | None
    handed_off: bool


def facts_of(invoice: Invoice) -> InvoiceFacts:
    """The stored facts :mod:`desktop.core.invoice_status` reads."""
    return InvoiceFacts(invoice.status, invoice.kind == "credit_note", invoice.total_ttc, invoice.amount_paid,
                        invoice.amount_credited, invoice.due_date)


def _query(owner_id: int | None) -> object:
    query = (select(Invoice, Contact, Company, Quote).outerjoin(Contact, Contact.id == Invoice.contact_id)
             .outerjoin(Company, Company.id == Invoice.company_id).outerjoin(Quote, Quote.id == Invoice.order_id))
    if owner_id is not None:
        query = query.where(Invoice.owner_id == owner_id)
    return query


def _row(invoice: Invoice, contact: Contact | None, company: Company | None, order: Quote | None,
         today: date) -> InvoiceRow:
    facts = facts_of(invoice)
    return InvoiceRow(
        invoice_id=invoice.id, number=invoice.number or "", kind=invoice.kind, title=invoice.title,
        state=payment_state(facts, today), contact_id=invoice.contact_id,
        contact_name=contact.full_name if contact is not None else "",
        company=company.legal_name if company is not None else "",
        phone=(contact.phone or contact.mobile or "") if contact is not None else "",
        email=(contact.email or "") if contact is not None else "",
        order_id=invoice.order_id, order_number=printed_number(order) if order is not None else "",
        issue_date=invoice.issue_date, due_date=invoice.due_date, total_ttc=invoice.total_ttc,
        amount_paid=invoice.amount_paid, balance=facts.balance, days_overdue=days_overdue(facts, today),
        next_reminder_on=invoice.next_reminder_on, handed_off=invoice.handed_off_at is not None)


def list_invoices(session: Session, today: date, owner_id: int | None = None) -> list[InvoiceRow]:
    """Every invoice and credit note, drafts first, then the newest issued first."""
    rows = [_row(i, c, co, q, today) for i, c, co, q in session.execute(_query(owner_id)).all()]  # type: ignore[call-overload]
    return sorted(rows, key=lambda r: (r.number != "", -(r.issue_date or date.min).toordinal(), -r.invoice_id))


def overdue_invoices(session: Session, today: date, owner_id: int | None = None) -> list[InvoiceRow]:
    """The invoices still owed after their due date whose next reminder is due (not snoozed past today)."""
    query = _query(owner_id).where(  # type: ignore[attr-defined]
        Invoice.status != "draft", Invoice.kind != "credit_note", Invoice.due_date < today,
        (Invoice.next_reminder_on.is_(None)) | (Invoice.next_reminder_on <= today))
    rows = [_row(i, c, co, q, today) for i, c, co, q in session.execute(query).all()]
    return [r for r in rows if r.state is PaymentState.OVERDUE]


def plan_reminder(session: Session, invoice_id: int, on: date | None) -> None:
    """Set (or clear) when an overdue invoice comes back in the follow-up list."""
    get_invoice(session, invoice_id).next_reminder_on = on
    session.flush()


def log_reminder(session: Session, invoice_id: int, now: datetime, *, how: str = "", note: str = "",
                 next_on: date | None = None, author_id: int | None = None) -> date:
    """A payment reminder was made (a call, an email): written in the timeline, the next one planned.

    Returns:
        The date the invoice comes back if it is still unpaid (``next_on``, else a week later).
    """
    invoice = get_invoice(session, invoice_id)
    due = next_on or (now.date() + REMINDER_INTERVAL)
    subject = f"Relance de paiement ({label(invoice)}){' : ' + how if how else ''}"
    add_activity(session, kind="call" if how else "invoice", subject=subject, body=note or None, when=now,
                 contact_id=invoice.contact_id, company_id=invoice.company_id, author_id=author_id,
                 payload={"invoice_id": invoice.id, "number": invoice.number or "", "reminder": True})
    invoice.next_reminder_on = due
    session.flush()
    return due


@dataclass(frozen=True)
class InvoiceFigures:
    """The dashboard's invoice amounts (TTC)."""

    invoiced: Decimal  # invoices issued in the period, less the credit notes issued in it
    paid: Decimal  # payments received in the period
    overdue: Decimal  # left to pay on the invoices overdue today
    overdue_count: int


def invoice_figures(session: Session, start: date, end: date, today: date,
                    owner_id: int | None = None) -> InvoiceFigures:
    """Invoiced and paid amounts between ``start`` (included) and ``end`` (excluded), overdue ones today."""
    owner = [Invoice.owner_id == owner_id] if owner_id is not None else []
    issued = select(Invoice.kind, func.sum(Invoice.total_ttc)).where(
        Invoice.status != "draft", Invoice.issue_date >= start, Invoice.issue_date < end, *owner).group_by(Invoice.kind)
    invoiced = ZERO
    for kind, total in session.execute(issued):
        invoiced += -(total or ZERO) if kind == "credit_note" else (total or ZERO)
    paid = session.scalar(select(func.sum(InvoicePayment.amount)).join(
        Invoice, Invoice.id == InvoicePayment.invoice_id).where(
        InvoicePayment.paid_on >= start, InvoicePayment.paid_on < end, *owner))
    candidates = session.scalars(select(Invoice).where(
        Invoice.status != "draft", Invoice.kind != "credit_note", Invoice.due_date < today, *owner))
    late = [facts_of(i) for i in candidates]
    late = [f for f in late if payment_state(f, today) is PaymentState.OVERDUE]
    return InvoiceFigures(invoiced.quantize(Decimal("0.01")), (paid or ZERO).quantize(Decimal("0.01")),
                          sum((f.balance for f in late), ZERO), len(late))


@dataclass(frozen=True)
class OrderChoice:
    """An accepted purchase order that can be invoiced."""

    order_id: int
    number: str
    client: str
    total_ttc: Decimal


def invoiceable_orders(session: Session) -> list[OrderChoice]:
    """The accepted purchase orders, newest first."""
    query = (select(Quote, Contact, Company).outerjoin(Contact, Contact.id == Quote.contact_id)
             .outerjoin(Company, Company.id == Quote.company_id)
             .where(Quote.kind == "purchase_order", Quote.status == "accepted").order_by(Quote.id.desc()))
    return [OrderChoice(q.id, printed_number(q), (co.legal_name if co is not None else "")
                        or (c.full_name if c is not None else ""), q.total_ttc)
            for q, c, co in session.execute(query).all()]
