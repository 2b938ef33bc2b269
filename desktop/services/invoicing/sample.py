"""A complete sample invoice made from the sample quote (the same seller, client and lines), for tests,
previews and the benchmark that compares an invoice's Factur-X with the quote's PDF."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from desktop.core.quotes import QuoteDocument
from desktop.services.invoicing import totals as calc
from desktop.services.invoicing.document import InvoiceClient, InvoiceDocument, InvoiceKind, OperationCategory
from desktop.services.pdf.sample import sample_document

SAMPLE_CLIENT = InvoiceClient(name="Mme Claire Dupont", company="Boulangerie Dupont", address="3 place du Marché",
                              postal_code="69100", city="Villeurbanne", email="claire.dupont@example.fr",
                              siren="443061841", vat_number="FR71443061841")


def sample_quote(line_count: int = 38) -> QuoteDocument:
    """The sample quote without descriptions or CGV (``line_count`` + 2 lines), as the PDF benchmark prints it."""
    doc = sample_document(line_count)
    sections = tuple(dataclasses.replace(s, lines=tuple(dataclasses.replace(line, description="")
                                                        for line in s.lines)) for s in doc.sections)
    return dataclasses.replace(doc, sections=sections, print_cgv=False)


def sample_invoice(quote: QuoteDocument | None = None, *, kind: InvoiceKind = InvoiceKind.FINAL,
                   number: str | None = "F-2026-0007", today: date = date(2026, 12, 1)) -> InvoiceDocument:
    """The final invoice (or a credit note) of the sample quote, issued ``today``, due 30 days later."""
    quote = quote or sample_quote()
    lines = [line for section in quote.sections for line in section.lines]
    totals = calc.order_totals(lines, quote.global_discount_percent)
    values = tuple(calc.order_lines(lines, totals, quote.global_discount_percent, "Remise globale"))
    credit = kind is InvoiceKind.CREDIT_NOTE
    return InvoiceDocument(
        kind=kind, seller=quote.seller, client=SAMPLE_CLIENT, lines=values,
        title="Avoir" if credit else "Facture", number=number, issue_date=today,
        due_date=None if credit else today + timedelta(days=30), delivery_date=today - timedelta(days=3),
        operation_category=OperationCategory.MIXED,
        delivery_address="Boutique Dupont\n14 rue Victor Hugo\n69003 Lyon",
        payment_terms="Virement bancaire à 30 jours date de facture.",
        early_payment_terms="Pas d'escompte pour paiement anticipé.",
        late_payment_rate=quote.seller.late_payment_rate, order_number=quote.number or "",
        order_date=quote.issue_date, credited_number="F-2026-0006" if credit else "",
        credited_date=today - timedelta(days=10) if credit else None,
        seller_street="12 rue de la République", seller_postal_code="69002", seller_city="Lyon")
