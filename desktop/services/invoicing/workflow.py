"""From a purchase order to its invoices: deposits, progress invoices, the final invoice, credit notes, issue.

Each function takes the session of one user action (the caller commits). The amounts come from
:mod:`desktop.services.invoicing.totals`, the storage, numbering and freezing from :mod:`desktop.db.invoices`,
and :func:`issue` refuses an invoice that misses a French mention, naming each one
(:mod:`desktop.services.invoicing.legal`), before it uses a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.formatting import format_date, format_percent
from desktop.core.money import ZERO, VatRate
from desktop.core.numbering import format_number, validate_pattern
from desktop.core.quotes import QuoteLine, QuoteTotals
from desktop.db import invoices as repo
from desktop.db.invoice_models import Invoice
from desktop.db.quote_models import Quote
from desktop.db.quotes import core_sections, get_quote, printed_number
from desktop.services.invoicing import totals as calc
from desktop.services.invoicing.document import (
    DEFAULT_INVOICE_PATTERN,
    InvoiceDocument,
    InvoiceKind,
    OperationCategory,
)
from desktop.services.invoicing.legal import InvoiceIssue, check_invoice, describe_invoice_issue
from desktop.services.invoicing.parties import (
    live_client,
    live_seller,
    parties_from_snapshot,
    seller_address_parts,
    snapshot_json,
)
from desktop.services.invoicing.totals import InvoiceLineValue, InvoicingError

NO_EARLY_PAYMENT_DISCOUNT = "Pas d'escompte pour paiement anticipé."
DEFAULT_PAYMENT_DAYS = 30
TITLES = {InvoiceKind.DEPOSIT: "Facture d'acompte", InvoiceKind.PROGRESS: "Facture de situation",
          InvoiceKind.FINAL: "Facture", InvoiceKind.CREDIT_NOTE: "Avoir"}


class InvoiceIncompleteError(InvoicingError):
    """The invoice misses French mentions; ``issues`` names each one."""

    def __init__(self, issues: list[InvoiceIssue], lang: str = "fr") -> None:
        super().__init__("\n".join(describe_invoice_issue(issue, lang) for issue in issues))
        self.issues = issues


@dataclass(frozen=True)
class InvoiceOptions:
    """What the seller says when making an invoice (the rest comes from the order and the seller)."""

    operation_category: OperationCategory = OperationCategory.UNSET
    delivery_date: date | None = None
    due_date: date | None = None  # the issue date + 30 days when left empty
    delivery_address: str = ""
    notes: str = ""


def _order(session: Session, order_id: int) -> Quote:
    order = get_quote(session, order_id)
    if order.kind != "purchase_order" or order.status != "accepted":
        raise InvoicingError("Seul un bon de commande accepté se facture.")
    return order


def _order_totals(order: Quote) -> tuple[list[QuoteLine], QuoteTotals]:
    lines = [line for section in core_sections(order) for line in section.lines]
    return lines, calc.order_totals(lines, order.global_discount_percent)


def line_values(invoice: Invoice) -> list[InvoiceLineValue]:
    """The stored lines as values."""
    return [InvoiceLineValue(designation=row.designation, quantity=row.quantity, unit_price=row.unit_price,
                             vat=VatRate.parse(row.vat_rate), total_ht=row.total_ht, unit=row.unit,
                             description=row.description, discount_percent=row.discount_percent,
                             is_deduction=row.is_deduction, vat_amount=row.vat_amount)
            for row in invoice.lines]


def _rows(values: list[InvoiceLineValue]) -> list[dict[str, Any]]:
    return [{"designation": v.designation[:300], "description": v.description, "quantity": v.quantity,
             "unit": v.unit, "unit_price": v.unit_price, "discount_percent": v.discount_percent,
             "vat_rate": v.vat.value, "total_ht": v.total_ht, "is_deduction": v.is_deduction,
             "vat_amount": v.vat_amount} for v in values]


def _store(session: Session, order: Quote, kind: InvoiceKind, values: list[InvoiceLineValue],
           options: InvoiceOptions, now: datetime, **extra: Any) -> Invoice:
    seller = live_seller(session, order.id)
    client = live_client(session, order.contact_id, order.company_id)
    totals = calc.invoice_totals(values)
    header: dict[str, Any] = {
        "kind": kind.value, "order_id": order.id, "contact_id": order.contact_id, "company_id": order.company_id,
        "owner_id": order.owner_id, "title": TITLES[kind], "due_date": options.due_date,
        "delivery_date": options.delivery_date or order.delivery_date,
        "operation_category": options.operation_category.value, "delivery_address": options.delivery_address,
        "payment_terms": order.payment_terms, "late_payment_rate": seller.late_payment_rate,
        "early_payment_terms": NO_EARLY_PAYMENT_DISCOUNT if client.is_business else "",
        "business_client": client.is_business, "notes": options.notes, "language": order.language, **extra}
    invoice = repo.add_draft(session, header, _rows(values), (totals.total_ht, totals.total_vat, totals.total_ttc),
                             now)
    repo.record(session, invoice, f"{TITLES[kind]} créée (brouillon) pour la commande {printed_number(order)}", now)
    return invoice


def _credited(invoice: Invoice) -> bool:
    return invoice.amount_credited >= invoice.total_ttc > ZERO


def _active(session: Session, order_id: int) -> list[Invoice]:
    """The order's invoices that still count: not credit notes, not fully credited."""
    return [i for i in repo.invoices_of_order(session, order_id) if i.kind != "credit_note" and not _credited(i)]


def _check_no_final(active: list[Invoice]) -> None:
    final = next((i for i in active if i.kind == InvoiceKind.FINAL.value), None)
    if final is not None:
        raise InvoicingError(f"La commande a déjà sa facture finale ({repo.label(final)}) : faites un avoir "
                             "pour la refaire.")


def _share_invoice(session: Session, order_id: int, kind: InvoiceKind, now: datetime, options: InvoiceOptions,
                   *, percent: Decimal | None = None, amount: Decimal | None = None,
                   cumulative: bool = False) -> Invoice:
    order = _order(session, order_id)
    _lines, order_totals = _order_totals(order)
    active = _active(session, order_id)
    _check_no_final(active)
    shares = [calc.invoice_totals(line_values(i)) for i in active]
    done = calc.invoiced_fraction(order_totals, shares)
    word = "Acompte" if kind is InvoiceKind.DEPOSIT else "Situation"
    if amount is not None:
        values = calc.deposit_lines_for_amount(
            order_totals, amount, f"{word} sur la commande {printed_number(order)}")
    else:
        if percent is None:
            raise InvoicingError("Indiquez un pourcentage ou un montant.")
        fraction = calc.percent_fraction(percent) - (done if cumulative else ZERO)
        shown = format_percent(percent, "fr")
        text = (f"Situation à {shown} d'avancement de la commande {printed_number(order)}" if cumulative
                else f"{word} de {shown} sur la commande {printed_number(order)}")
        if cumulative and fraction <= ZERO:
            raise InvoicingError(f"L'avancement de {shown} est déjà facturé.")
        values = calc.share_lines(order_totals, fraction, text)
    new_ht = calc.invoice_totals(values).total_ht
    if sum((s.total_ht for s in shares), ZERO) + new_ht > order_totals.total_ht:
        raise InvoicingError("Les acomptes et situations dépasseraient le montant de la commande.")
    share = (new_ht / order_totals.total_ht * 100).quantize(Decimal("0.000001"))
    return _store(session, order, kind, values, options, now, share_percent=share)


def create_deposit(session: Session, order_id: int, now: datetime, options: InvoiceOptions = InvoiceOptions(),
                   *, percent: Decimal | None = None, amount: Decimal | None = None) -> Invoice:
    """A deposit invoice (facture d'acompte) of ``percent`` of the order, or of ``amount`` TTC.

    Raises:
        InvoicingError: not an accepted purchase order, a final invoice exists, or the deposits would pass
            the order's amount.
    """
    return _share_invoice(session, order_id, InvoiceKind.DEPOSIT, now, options, percent=percent, amount=amount)


def create_progress(session: Session, order_id: int, now: datetime, cumulative_percent: Decimal,
                    options: InvoiceOptions = InvoiceOptions()) -> Invoice:
    """A progress invoice (situation) bringing what is invoiced to ``cumulative_percent`` of the order.

    Raises:
        InvoicingError: as :func:`create_deposit`, or that advancement is already invoiced.
    """
    return _share_invoice(session, order_id, InvoiceKind.PROGRESS, now, options, percent=cumulative_percent,
                          cumulative=True)


def create_final(session: Session, order_id: int, now: datetime, options: InvoiceOptions = InvoiceOptions()) -> Invoice:
    """The final invoice: the order's lines, its global discount, minus the deposits and situations issued.

    Raises:
        InvoicingError: a final invoice exists, or a deposit or situation is still a draft.
    """
    order = _order(session, order_id)
    lines, order_totals = _order_totals(order)
    active = _active(session, order_id)
    _check_no_final(active)
    drafts = [i for i in active if i.status == "draft"]
    if drafts:
        raise InvoicingError(f"{repo.label(drafts[0])} est encore un brouillon : émettez-la ou supprimez-la "
                             "avant la facture finale.")
    previous = []
    for invoice in active:
        word = "Acompte" if invoice.kind == InvoiceKind.DEPOSIT.value else "Situation"
        when = format_date(invoice.issue_date, "fr") if invoice.issue_date else ""
        previous.append((f"Déduction {word.lower()} facture {invoice.number} du {when}",
                         calc.invoice_totals(line_values(invoice))))
    values = calc.order_lines(lines, order_totals, order.global_discount_percent, "Remise globale")
    values += calc.deduction_lines(previous)
    return _store(session, order, InvoiceKind.FINAL, values, options, now)


def create_credit_note(session: Session, invoice_id: int, now: datetime, *, reason: str = "") -> Invoice:
    """A credit note (avoir) cancelling an issued invoice in full.

    Raises:
        InvoicingError: a draft (delete it instead), a credit note, or an invoice already credited.
    """
    source = repo.get_invoice(session, invoice_id)
    if source.status == "draft":
        raise InvoicingError("Un brouillon ne s'annule pas par un avoir : supprimez-le.")
    if source.kind == InvoiceKind.CREDIT_NOTE.value:
        raise InvoicingError("Un avoir ne s'annule pas par un autre avoir.")
    if _credited(source) or any(c.status == "draft" for c in repo.credit_notes_of(session, invoice_id)):
        raise InvoicingError(f"{repo.label(source)} a déjà son avoir.")
    values = line_values(source)
    header = {"kind": InvoiceKind.CREDIT_NOTE.value, "order_id": source.order_id, "credited_invoice_id": source.id,
              "contact_id": source.contact_id, "company_id": source.company_id, "owner_id": source.owner_id,
              "title": TITLES[InvoiceKind.CREDIT_NOTE], "delivery_date": source.delivery_date,
              "operation_category": source.operation_category, "delivery_address": source.delivery_address,
              "payment_terms": source.payment_terms, "early_payment_terms": source.early_payment_terms,
              "late_payment_rate": source.late_payment_rate, "business_client": source.business_client,
              "notes": reason, "language": source.language, "due_date": None}
    totals = calc.invoice_totals(values)
    invoice = repo.add_draft(session, header, _rows(values), (totals.total_ht, totals.total_vat, totals.total_ttc),
                             now)
    repo.record(session, invoice, f"Avoir créé (brouillon) pour {repo.label(source)}", now)
    return invoice


def document_of(session: Session, invoice_id: int, *, issue_date: date | None = None) -> InvoiceDocument:
    """The invoice as printed: an issued one from its snapshot, a draft from today's data (dated ``issue_date``).

    Raises:
        desktop.db.invoices.InvoiceNotFoundError: no such invoice.
    """
    invoice = repo.get_invoice(session, invoice_id)
    if invoice.order_id is None:  # orders cannot be deleted while invoiced (RESTRICT): never happens
        raise InvoicingError("La commande de cette facture est introuvable.")
    order = get_quote(session, invoice.order_id)
    if invoice.snapshot:
        seller, client, parts = parties_from_snapshot(invoice.snapshot)
    else:
        seller = live_seller(session, invoice.order_id)
        client, parts = live_client(session, invoice.contact_id, invoice.company_id), seller_address_parts(session)
    credited = repo.get_invoice(session, invoice.credited_invoice_id) if invoice.credited_invoice_id else None
    when = invoice.issue_date or issue_date
    due = invoice.due_date
    if due is None and when is not None and invoice.kind != InvoiceKind.CREDIT_NOTE.value:
        due = when + timedelta(days=DEFAULT_PAYMENT_DAYS)
    return InvoiceDocument(
        kind=InvoiceKind(invoice.kind), seller=seller, client=client, lines=tuple(line_values(invoice)),
        title=invoice.title, number=invoice.number, issue_date=when, due_date=due,
        delivery_date=invoice.delivery_date, operation_category=OperationCategory(invoice.operation_category),
        delivery_address=invoice.delivery_address, payment_terms=invoice.payment_terms,
        early_payment_terms=invoice.early_payment_terms, late_payment_rate=invoice.late_payment_rate,
        order_number=printed_number(order), order_date=order.issue_date,
        credited_number=(credited.number or "") if credited is not None else "",
        credited_date=credited.issue_date if credited is not None else None, notes=invoice.notes,
        seller_street=parts[0], seller_postal_code=parts[1], seller_city=parts[2])


def issue(session: Session, invoice_id: int, now: datetime, pattern: str = DEFAULT_INVOICE_PATTERN,
          *, lang: str = "fr") -> Invoice:
    """Check a draft's mentions, give it the next number of its year, keep its parties as printed, freeze it.

    The issue date is ``now``'s date (pass ``now`` in the seller's time zone); an empty due date becomes the
    issue date + 30 days. An issued credit note adds its TTC to the invoice it cancels.

    Raises:
        desktop.db.invoices.InvoiceFrozenError: already issued.
        InvoiceIncompleteError: mentions are missing; nothing is changed and no number is used.
        desktop.core.numbering.PatternError: an unusable pattern.
    """
    validate_pattern(pattern)
    invoice = repo.get_invoice(session, invoice_id, for_update=True)
    repo.require_draft(invoice)
    today = now.date()
    document = document_of(session, invoice_id, issue_date=today)
    issues = check_invoice(document)
    if issues:
        raise InvoiceIncompleteError(issues, lang)
    invoice.due_date = document.due_date
    key = today.year if "{YY" in pattern else 0
    number = format_number(pattern, today, repo.next_invoice_number(session, key))
    parts = (document.seller_street, document.seller_postal_code, document.seller_city)
    repo.freeze(session, invoice, number, today, snapshot_json(document.seller, document.client, parts), now)
    if invoice.credited_invoice_id is not None:
        repo.add_credited(session, invoice.credited_invoice_id, invoice.total_ttc, now)
    repo.record(session, invoice, f"{repo.label(invoice)} émise", now, total_ttc=str(invoice.total_ttc))
    return invoice
