"""An invoice as the legal checker, the PDF and the Factur-X XML see it: plain frozen values, no database."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.core.quotes import Seller
from desktop.services.invoicing.totals import InvoiceLineValue, InvoiceTotals, invoice_totals

DEFAULT_INVOICE_PATTERN = "F-{YYYY}-{NNNN}"
#: 40 € recovery indemnity owed by a business client paying late (Code de commerce L441-10, D441-5).
RECOVERY_INDEMNITY = Decimal("40.00")


class InvoiceKind(enum.Enum):
    """What an invoice is; the value is stored."""

    DEPOSIT = "deposit"
    PROGRESS = "progress"
    FINAL = "final"
    CREDIT_NOTE = "credit_note"


class OperationCategory(enum.Enum):
    """The category of the operation, a mention of French e-invoices from 2026: goods, services or both."""

    UNSET = ""
    GOODS = "goods"
    SERVICES = "services"
    MIXED = "mixed"


@dataclass(frozen=True)
class InvoiceClient:
    """Who is invoiced, as printed."""

    name: str
    company: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    email: str = ""
    siren: str = ""
    vat_number: str = ""
    is_business: bool = True

    @property
    def full_address(self) -> str:
        """Street, then postal code and city, one per line."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return "\n".join(p for p in (self.address, town) if p)


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything printed on an invoice or a credit note. ``number`` is ``None`` while it is a draft."""

    kind: InvoiceKind
    seller: Seller
    client: InvoiceClient
    lines: tuple[InvoiceLineValue, ...]
    title: str = "Facture"
    number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    delivery_date: date | None = None
    operation_category: OperationCategory = OperationCategory.UNSET
    delivery_address: str = ""
    payment_terms: str = ""
    early_payment_terms: str = ""
    late_payment_rate: str = ""
    order_number: str = ""
    order_date: date | None = None
    credited_number: str = ""
    credited_date: date | None = None
    notes: str = ""
    seller_postal_code: str = ""
    seller_city: str = ""
    seller_street: str = ""

    @property
    def totals(self) -> InvoiceTotals:
        """The totals of its lines (:func:`~desktop.services.invoicing.totals.invoice_totals`)."""
        return invoice_totals(self.lines)

    @property
    def is_credit_note(self) -> bool:
        """An avoir."""
        return self.kind is InvoiceKind.CREDIT_NOTE
