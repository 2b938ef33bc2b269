"""The mentions of a French invoice: each missing one is named, business and consumer clients apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.core.money import VatRate
from desktop.core.quotes import RegistryKind, Seller
from desktop.services.invoicing.document import InvoiceClient, InvoiceDocument, InvoiceKind, OperationCategory
from desktop.services.invoicing.legal import InvoiceCode, check_invoice, describe_invoice_issue
from desktop.services.invoicing.totals import InvoiceLineValue

SELLER = Seller(legal_name="Atelier Lumière", legal_form="SARL", share_capital=Decimal("20000"),
                siret="73282932000074", registry_kind=RegistryKind.RCS, registry_city="Lyon",
                vat_number="FR44732829320", address="12 rue de la République, 69002 Lyon")
CLIENT = InvoiceClient(name="Claire Dupont", company="Boulangerie Dupont", address="8 rue Mercière",
                       postal_code="69002", city="Lyon", siren="443061841")
LINE = InvoiceLineValue("Pose", Decimal("1"), Decimal("100"), VatRate.STANDARD, Decimal("100"))
COMPLETE = InvoiceDocument(
    kind=InvoiceKind.FINAL, seller=SELLER, client=CLIENT, lines=(LINE,), issue_date=date(2026, 9, 14),
    due_date=date(2026, 10, 14), delivery_date=date(2026, 9, 10), operation_category=OperationCategory.SERVICES,
    payment_terms="30 jours", early_payment_terms="Pas d'escompte pour paiement anticipé.",
    late_payment_rate="trois fois le taux d'intérêt légal")


def codes(document: InvoiceDocument) -> list[InvoiceCode]:
    return [issue.code for issue in check_invoice(document)]


def test_a_complete_invoice_has_no_issue() -> None:
    assert codes(COMPLETE) == []


def test_a_business_client_needs_siren_penalties_escompte_and_60_days_at_most() -> None:
    document = replace(COMPLETE, client=replace(CLIENT, siren="443061842"), late_payment_rate="",
                       early_payment_terms="", due_date=date(2026, 11, 14))
    assert codes(document) == [InvoiceCode.CLIENT_SIREN_MISSING, InvoiceCode.DUE_DATE_TOO_LATE,
                               InvoiceCode.LATE_PAYMENT_RATE_MISSING, InvoiceCode.EARLY_PAYMENT_TERMS_MISSING]
    consumer = replace(document, client=replace(CLIENT, siren="", company="", is_business=False))
    assert codes(consumer) == []  # a consumer has no SIREN, no 40 € indemnity, no 60-day cap


def test_the_seller_mentions_are_named_one_by_one() -> None:
    document = replace(COMPLETE, seller=replace(SELLER, siret="123", registry_city="", share_capital=None,
                                                vat_number="FR00", address=""))
    assert codes(document) == [InvoiceCode.SELLER_SIRET_INVALID, InvoiceCode.SELLER_ADDRESS_MISSING,
                               InvoiceCode.SELLER_REGISTRATION_MISSING, InvoiceCode.SELLER_CAPITAL_MISSING,
                               InvoiceCode.SELLER_VAT_NUMBER_MISSING]
    assert describe_invoice_issue(check_invoice(document)[3]) == "Le capital social du vendeur (SARL) manque."
    assert describe_invoice_issue(check_invoice(document)[3], "en") == "The seller's share capital (SARL) is missing."


def test_a_deposit_needs_no_delivery_date_and_a_credit_note_cites_its_invoice() -> None:
    assert codes(replace(COMPLETE, kind=InvoiceKind.DEPOSIT, delivery_date=None)) == []
    assert codes(replace(COMPLETE, delivery_date=None)) == [InvoiceCode.DELIVERY_DATE_MISSING]
    credit = replace(COMPLETE, kind=InvoiceKind.CREDIT_NOTE, due_date=None, payment_terms="")
    assert codes(credit) == [InvoiceCode.CREDITED_INVOICE_MISSING]
    assert codes(replace(credit, credited_number="F-2026-0002")) == []


def test_category_exemption_and_due_date_order() -> None:
    exempt = InvoiceLineValue("Formation", Decimal("1"), Decimal("900"), VatRate.EXEMPT, Decimal("900"))
    document = replace(COMPLETE, lines=(LINE, exempt), operation_category=OperationCategory.UNSET,
                       due_date=date(2026, 9, 1))
    assert codes(document) == [InvoiceCode.VAT_EXEMPTION_MENTION_MISSING, InvoiceCode.OPERATION_CATEGORY_MISSING,
                               InvoiceCode.DUE_DATE_BEFORE_ISSUE]
