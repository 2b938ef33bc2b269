"""Where an invoice stands, from its stored facts and today's date (the clock is injected by the caller).

Stored: draft, issued or sent; the TTC, the sum of the payments recorded by hand and the TTC of the credit
notes issued against it; the due date. Computed here, in this order:

- **credited**: its credit notes cancel it in full;
- **paid**: nothing is left to pay;
- **overdue** (« échue »): something is left to pay and the due date has passed (the day after it);
- **partly paid**: a payment was recorded and something is left, not yet due;
- **sent** / **issued** / **draft**: as stored.

A credit note is never overdue nor paid: it reduces what the client owes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

ZERO = Decimal("0.00")


class PaymentState(enum.Enum):
    """The state the invoices list shows; the value is the key the GUI translates."""

    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    OVERDUE = "overdue"
    PAID = "paid"
    CREDITED = "credited"


@dataclass(frozen=True)
class InvoiceFacts:
    """What the state depends on."""

    status: str  # "draft" | "issued" | "sent"
    is_credit_note: bool
    total_ttc: Decimal
    amount_paid: Decimal
    amount_credited: Decimal
    due_date: date | None

    @property
    def balance(self) -> Decimal:
        """What is left to pay (never below zero; zero for a credit note)."""
        if self.is_credit_note:
            return ZERO
        return max(ZERO, self.total_ttc - self.amount_paid - self.amount_credited)


def days_overdue(facts: InvoiceFacts, today: date) -> int:
    """Days since the due date of an invoice still owed (0 when not overdue)."""
    if facts.status == "draft" or facts.is_credit_note or facts.due_date is None or facts.balance == ZERO:
        return 0
    return max(0, (today - facts.due_date).days)


def payment_state(facts: InvoiceFacts, today: date) -> PaymentState:
    """The invoice's state today (see the module docstring for the order of the rules)."""
    if facts.status == "draft":
        return PaymentState.DRAFT
    if not facts.is_credit_note:
        if facts.amount_credited >= facts.total_ttc > ZERO:
            return PaymentState.CREDITED
        if facts.balance == ZERO:
            return PaymentState.PAID
        if days_overdue(facts, today) > 0:
            return PaymentState.OVERDUE
        if facts.amount_paid > ZERO:
            return PaymentState.PARTLY_PAID
    return PaymentState.SENT if facts.status == "sent" else PaymentState.ISSUED
