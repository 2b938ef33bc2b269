"""The EN 16931 semantic model of one invoice, shared by the CII and UBL writers.

What both syntaxes need, decided once: the document type code (380 invoice, 386 deposit invoice, 381 credit
note), each line as EN 16931 wants it (a net price never negative: a discount or a deduction line is a
quantity of -1 at a positive price), the VAT category of each rate (S standard, Z zero-rated, E exempt with
its reason), the French billing mode (BT-23: B1/S1/M1 for goods, services or both; B4/S4/M4 for a final
invoice after deposits) and the French notes (PMD penalties, PMT the 40 € indemnity, AAB early payment).

Amounts are the invoice's own, as printed: the per-rate VAT is :func:`~desktop.services.invoicing.totals.
invoice_totals`' (a deposit deducted carries its own VAT), within the cent EN 16931's BR-CO-17 allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.core.money import ZERO, VatRate
from desktop.services.invoicing.document import RECOVERY_INDEMNITY, InvoiceDocument, InvoiceKind, OperationCategory
from desktop.services.invoicing.totals import InvoiceLineValue, RateTotal

TYPE_CODES = {InvoiceKind.DEPOSIT: "386", InvoiceKind.PROGRESS: "380", InvoiceKind.FINAL: "380",
              InvoiceKind.CREDIT_NOTE: "381"}
_MODE_LETTER = {OperationCategory.GOODS: "B", OperationCategory.SERVICES: "S", OperationCategory.MIXED: "M",
                OperationCategory.UNSET: "M"}
#: UN/ECE Recommendation 20 unit codes for the units typed most often; anything else is "one" (C62).
UNIT_CODES = {"heure": "HUR", "h": "HUR", "jour": "DAY", "j": "DAY", "m²": "MTK", "m2": "MTK", "m": "MTR",
              "ml": "MTR", "kg": "KGM", "l": "LTR", "litre": "LTR", "mois": "MON", "an": "ANN", "km": "KMT"}
DEFAULT_EXEMPTION = "Exonération de TVA"


class SemanticError(ValueError):
    """The invoice cannot be written as EN 16931 data (a draft without number or date)."""


@dataclass(frozen=True)
class Line:
    """One invoice line as EN 16931 reads it."""

    line_id: str
    name: str
    description: str
    quantity: Decimal
    unit_code: str
    gross_price: Decimal
    price_discount: Decimal  # per unit, subtracted from the gross price
    net_price: Decimal
    net_amount: Decimal
    category: str
    rate_percent: Decimal


@dataclass(frozen=True)
class TaxBreakdown:
    """One VAT category of the invoice (BG-23)."""

    category: str
    rate_percent: Decimal
    basis: Decimal
    amount: Decimal
    exemption_reason: str = ""


@dataclass(frozen=True)
class Party:
    """The seller or the buyer (BG-4 / BG-7)."""

    name: str
    siren: str
    siret: str
    vat_number: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str


@dataclass(frozen=True)
class Invoice:
    """Everything the writers print, already decided."""

    number: str
    type_code: str
    issue_date: date
    billing_mode: str
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    taxes: tuple[TaxBreakdown, ...]
    total_ht: Decimal
    total_vat: Decimal
    total_ttc: Decimal
    due_date: date | None
    payment_terms: str
    iban: str
    bic: str
    delivery_date: date | None
    ship_to: Party | None  # the delivery address, when it differs from the billing address
    order_number: str
    credited_number: str
    credited_date: date | None
    notes: tuple[tuple[str, str], ...]  # (subject code, text)
    seller_legal_form: str  # BT-33 "additional legal information"


def category_of(rate: VatRate) -> str:
    """The VAT category code of a rate (UNCL 5305)."""
    if rate is VatRate.EXEMPT:
        return "E"
    return "Z" if rate is VatRate.ZERO else "S"


def unit_code(unit: str) -> str:
    """The UN/ECE Rec. 20 code of a unit typed by the seller (C62, "one", when unknown)."""
    return UNIT_CODES.get(unit.strip().casefold().rstrip("s"), "C62") if unit.strip() else "C62"


def _line(number: int, line: InvoiceLineValue) -> Line:
    negative = line.total_ht < ZERO
    quantity = -abs(line.quantity) if negative else line.quantity
    gross = abs(line.unit_price)
    discount = (gross * line.discount_percent / 100) if line.discount_percent else ZERO
    net = gross - discount
    if quantity != ZERO and net * quantity != line.total_ht:
        # A rounded line (a discount's cents): the net price that gives the printed amount.
        net = abs(line.total_ht / quantity)
        discount = gross - net if gross >= net else ZERO
        gross = net + discount
    return Line(line_id=str(number), name=line.designation.strip() or "-", description=line.description.strip(),
                quantity=quantity, unit_code=unit_code(line.unit), gross_price=gross, price_discount=discount,
                net_price=net, net_amount=line.total_ht, category=category_of(line.vat),
                rate_percent=line.vat.percent)


def _tax(rate: RateTotal, exemption: str) -> TaxBreakdown:
    category = category_of(rate.rate)
    reason = (exemption or DEFAULT_EXEMPTION) if category == "E" else ""
    return TaxBreakdown(category, rate.rate.percent, rate.base_ht, rate.vat, reason)


def _split_address(text: str) -> tuple[str, str, str]:
    """Street, postal code and city from a typed address (last line ``69002 Lyon``)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "", "", ""
    last = lines[-1].split(maxsplit=1)
    if len(lines) > 1 and len(last) == 2 and last[0].isdigit():
        return " ".join(lines[:-1]), last[0], last[1]
    return " ".join(lines), "", ""


def _ship_to(document: InvoiceDocument) -> Party | None:
    text = document.delivery_address.strip()
    billing = document.client.full_address
    if not text or " ".join(text.split()) == " ".join(billing.split()):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    name = document.client.company or document.client.name
    if len(lines) > 2:
        name, lines = lines[0], lines[1:]
    street, postal, city = _split_address("\n".join(lines))
    return Party(name=name, siren="", siret="", vat_number="", street=street, postal_code=postal, city=city,
                 country=document.client.country or "FR", email="")


def billing_mode(document: InvoiceDocument) -> str:
    """BT-23, the French billing mode: the operation's letter, 4 for a final invoice after deposits."""
    letter = _MODE_LETTER[document.operation_category]
    after_deposit = document.kind is InvoiceKind.FINAL and any(line.is_deduction for line in document.lines)
    return f"{letter}4" if after_deposit else f"{letter}1"


def build(document: InvoiceDocument) -> Invoice:
    """The semantic invoice of an issued document.

    Raises:
        SemanticError: the document has no number or no issue date (a draft).
    """
    if not document.number or document.issue_date is None:
        raise SemanticError("Seule une facture émise (numérotée et datée) s'exporte en facture électronique.")
    seller, client = document.seller, document.client
    street, postal, city = document.seller_street, document.seller_postal_code, document.seller_city
    if not (postal and city):
        street, postal, city = _split_address(seller.address)
    siret = "".join(seller.siret.split())
    totals = document.totals
    notes: list[tuple[str, str]] = []
    if document.notes.strip():
        notes.append(("AAI", document.notes.strip()))
    if document.kind is not InvoiceKind.CREDIT_NOTE:
        if client.is_business and document.late_payment_rate.strip():
            notes.append(("PMD", f"Pénalités de retard : {document.late_payment_rate.strip().rstrip('.')}."))
            notes.append(("PMT", f"Indemnité forfaitaire pour frais de recouvrement : {RECOVERY_INDEMNITY} €."))
        if document.early_payment_terms.strip():
            notes.append(("AAB", document.early_payment_terms.strip()))
    ship_to = _ship_to(document)
    return Invoice(
        number=document.number, type_code=TYPE_CODES[document.kind], issue_date=document.issue_date,
        billing_mode=billing_mode(document),
        seller=Party(name=seller.legal_name, siren=siret[:9], siret=siret, vat_number=seller.vat_number.strip(),
                     street=street.replace("\n", " "), postal_code=postal, city=city, country="FR",
                     email=seller.email.strip()),
        buyer=Party(name=client.company or client.name, siren=client.siren if client.is_business else "",
                    siret="", vat_number=client.vat_number.strip() if client.is_business else "",
                    street=client.address.replace("\n", " "), postal_code=client.postal_code, city=client.city,
                    country=client.country or "FR", email=client.email.strip()),
        lines=tuple(_line(i, line) for i, line in enumerate(document.lines, start=1)),
        taxes=tuple(_tax(r, seller.vat_exemption_mention.strip()) for r in totals.by_rate),
        total_ht=totals.total_ht, total_vat=totals.total_vat, total_ttc=totals.total_ttc,
        due_date=None if document.kind is InvoiceKind.CREDIT_NOTE else document.due_date,
        payment_terms=document.payment_terms.strip(), iban="".join(seller.iban.split()), bic=seller.bic.strip(),
        delivery_date=document.delivery_date, ship_to=ship_to, order_number=document.order_number,
        credited_number=document.credited_number, credited_date=document.credited_date, notes=tuple(notes),
        seller_legal_form=" ".join(p for p in (seller.legal_form, seller.registration) if p))


def amount(value: Decimal) -> str:
    """An amount with two decimals (``1234.50``)."""
    return f"{value.quantize(Decimal('0.01')):f}"


def price(value: Decimal) -> str:
    """A unit price with two to four decimals."""
    text = f"{value.quantize(Decimal('0.0001')):f}"
    return text[:-2] if text.endswith("00") else text


def quantity(value: Decimal) -> str:
    """A quantity without trailing zeros (``12``, ``7.5``)."""
    text = f"{value.normalize():f}"
    return text


def percent(value: Decimal) -> str:
    """A VAT rate (``20``, ``5.5``)."""
    return f"{value.normalize():f}"
