"""The mentions a French invoice must carry, checked before it is issued; each missing one is named.

The design of :mod:`desktop.core.legal` (quotes): :func:`check_invoice` returns one :class:`InvoiceIssue` per
missing item (a stable code and its parameters), :func:`describe_invoice_issue` says it in French or English.
The rules (CGI art. 242 nonies A, Code de commerce L441-9 and L441-10, and the mentions added for electronic
invoices from 2026, décret 2024-266):

Always:
    the number and the issue date; the seller's legal name, SIRET, address and RCS/RM registration, legal form
    and share capital (for a company), intra-community VAT number (unless under the 293 B franchise); the
    client's name and billing address; at least one line, each with its designation and quantity; the VAT
    exemption mention when a line is exempt; the category of the operation (goods, services or both); the
    payment terms and the due date, not before the issue date.
Invoices other than deposits:
    the date of the sale or of the service (its delivery date).
A business client:
    its SIREN (a new mention of e-invoices); the late-payment penalty rate (printed with the 40 € recovery
    indemnity); the early-payment terms (« Pas d'escompte pour paiement anticipé » when there is none); a due
    date within 60 days of the issue date (L441-10).
A credit note:
    the number of the invoice it credits (and neither terms nor due date: nothing is to be paid).
A building trade:
    the decennial insurance.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import timedelta

from stdnum.eu import vat as stdnum_vat
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from desktop.core.legal import is_individual_form, is_vat_franchise
from desktop.core.money import ZERO, VatRate
from desktop.services.invoicing.document import InvoiceDocument, InvoiceKind, OperationCategory

#: The longest payment delay between businesses from the invoice's date (Code de commerce L441-10).
MAX_BUSINESS_DELAY = timedelta(days=60)


class InvoiceCode(enum.Enum):
    """What is missing; the value is the stable key of the message catalogue."""

    ISSUE_DATE_MISSING = "issue_date_missing"
    SELLER_LEGAL_NAME_MISSING = "seller_legal_name_missing"
    SELLER_SIRET_INVALID = "seller_siret_invalid"
    SELLER_ADDRESS_MISSING = "seller_address_missing"
    SELLER_REGISTRATION_MISSING = "seller_registration_missing"
    SELLER_LEGAL_FORM_MISSING = "seller_legal_form_missing"
    SELLER_CAPITAL_MISSING = "seller_capital_missing"
    SELLER_VAT_NUMBER_MISSING = "seller_vat_number_missing"
    CLIENT_NAME_MISSING = "client_name_missing"
    CLIENT_ADDRESS_MISSING = "client_address_missing"
    CLIENT_SIREN_MISSING = "client_siren_missing"
    NO_LINES = "no_lines"
    LINE_DESIGNATION_MISSING = "line_designation_missing"
    LINE_QUANTITY_MISSING = "line_quantity_missing"
    VAT_EXEMPTION_MENTION_MISSING = "vat_exemption_mention_missing"
    OPERATION_CATEGORY_MISSING = "operation_category_missing"
    PAYMENT_TERMS_MISSING = "payment_terms_missing"
    DUE_DATE_MISSING = "due_date_missing"
    DUE_DATE_BEFORE_ISSUE = "due_date_before_issue"
    DUE_DATE_TOO_LATE = "due_date_too_late"
    DELIVERY_DATE_MISSING = "delivery_date_missing"
    LATE_PAYMENT_RATE_MISSING = "late_payment_rate_missing"
    EARLY_PAYMENT_TERMS_MISSING = "early_payment_terms_missing"
    CREDITED_INVOICE_MISSING = "credited_invoice_missing"
    DECENNIAL_INSURANCE_MISSING = "decennial_insurance_missing"
    TOTAL_NOT_POSITIVE = "total_not_positive"


@dataclass(frozen=True)
class InvoiceIssue:
    """One missing item; ``params`` fills its sentence."""

    code: InvoiceCode
    params: dict[str, str] = field(default_factory=dict)


MESSAGES: dict[str, dict[InvoiceCode, str]] = {
    "fr": {
        InvoiceCode.ISSUE_DATE_MISSING: "La date d'émission de la facture manque.",
        InvoiceCode.SELLER_LEGAL_NAME_MISSING: "La raison sociale du vendeur manque.",
        InvoiceCode.SELLER_SIRET_INVALID: "Le numéro SIRET du vendeur manque ou n'est pas valide.",
        InvoiceCode.SELLER_ADDRESS_MISSING: "L'adresse du vendeur manque.",
        InvoiceCode.SELLER_REGISTRATION_MISSING: "La ville d'immatriculation au RCS ou au RM du vendeur manque.",
        InvoiceCode.SELLER_LEGAL_FORM_MISSING:
            "La forme juridique du vendeur manque (SARL, SAS… ou « EI » pour un entrepreneur individuel).",
        InvoiceCode.SELLER_CAPITAL_MISSING: "Le capital social du vendeur ({form}) manque.",
        InvoiceCode.SELLER_VAT_NUMBER_MISSING:
            "Le numéro de TVA intracommunautaire du vendeur manque ou n'est pas valide.",
        InvoiceCode.CLIENT_NAME_MISSING: "Le nom du client manque.",
        InvoiceCode.CLIENT_ADDRESS_MISSING: "L'adresse de facturation du client manque.",
        InvoiceCode.CLIENT_SIREN_MISSING:
            "Client professionnel : son numéro SIREN manque ou n'est pas valide (mention obligatoire des "
            "factures électroniques).",
        InvoiceCode.NO_LINES: "La facture ne contient aucune ligne.",
        InvoiceCode.LINE_DESIGNATION_MISSING: "Ligne {line} : la désignation manque.",
        InvoiceCode.LINE_QUANTITY_MISSING: "Ligne {line} : la quantité doit être supérieure à zéro.",
        InvoiceCode.VAT_EXEMPTION_MENTION_MISSING:
            "Une ligne est exonérée de TVA : la mention d'exonération (ex. « TVA non applicable, art. 293 B du "
            "CGI ») manque.",
        InvoiceCode.OPERATION_CATEGORY_MISSING:
            "La catégorie de l'opération manque : livraison de biens, prestation de services ou les deux.",
        InvoiceCode.PAYMENT_TERMS_MISSING: "Les conditions de règlement manquent.",
        InvoiceCode.DUE_DATE_MISSING: "La date d'échéance du paiement manque.",
        InvoiceCode.DUE_DATE_BEFORE_ISSUE: "La date d'échéance précède la date de la facture.",
        InvoiceCode.DUE_DATE_TOO_LATE:
            "Client professionnel : l'échéance dépasse 60 jours après la date de la facture (art. L441-10 du "
            "Code de commerce).",
        InvoiceCode.DELIVERY_DATE_MISSING: "La date de la livraison ou de la prestation manque.",
        InvoiceCode.LATE_PAYMENT_RATE_MISSING:
            "Client professionnel : le taux des pénalités de retard manque (imprimé avec l'indemnité forfaitaire "
            "de 40 € pour frais de recouvrement).",
        InvoiceCode.EARLY_PAYMENT_TERMS_MISSING:
            "Client professionnel : les conditions d'escompte manquent (« Pas d'escompte pour paiement "
            "anticipé » s'il n'y en a pas).",
        InvoiceCode.CREDITED_INVOICE_MISSING: "L'avoir doit citer le numéro de la facture qu'il annule.",
        InvoiceCode.DECENNIAL_INSURANCE_MISSING:
            "Métier du bâtiment : l'assurance décennale (assureur, garantie, zone couverte) manque.",
        InvoiceCode.TOTAL_NOT_POSITIVE: "Le total de la facture doit être supérieur à zéro.",
    },
    "en": {
        InvoiceCode.ISSUE_DATE_MISSING: "The invoice's issue date is missing.",
        InvoiceCode.SELLER_LEGAL_NAME_MISSING: "The seller's legal name is missing.",
        InvoiceCode.SELLER_SIRET_INVALID: "The seller's SIRET number is missing or invalid.",
        InvoiceCode.SELLER_ADDRESS_MISSING: "The seller's address is missing.",
        InvoiceCode.SELLER_REGISTRATION_MISSING: "The seller's trade or crafts register (RCS/RM) city is missing.",
        InvoiceCode.SELLER_LEGAL_FORM_MISSING:
            "The seller's legal form is missing (SARL, SAS… or “EI” for an individual entrepreneur).",
        InvoiceCode.SELLER_CAPITAL_MISSING: "The seller's share capital ({form}) is missing.",
        InvoiceCode.SELLER_VAT_NUMBER_MISSING: "The seller's intra-community VAT number is missing or invalid.",
        InvoiceCode.CLIENT_NAME_MISSING: "The client's name is missing.",
        InvoiceCode.CLIENT_ADDRESS_MISSING: "The client's billing address is missing.",
        InvoiceCode.CLIENT_SIREN_MISSING:
            "Business client: its SIREN number is missing or invalid (a mandatory mention of e-invoices).",
        InvoiceCode.NO_LINES: "The invoice has no lines.",
        InvoiceCode.LINE_DESIGNATION_MISSING: "Line {line}: the designation is missing.",
        InvoiceCode.LINE_QUANTITY_MISSING: "Line {line}: the quantity must be greater than zero.",
        InvoiceCode.VAT_EXEMPTION_MENTION_MISSING:
            "A line is VAT-exempt: the exemption mention (e.g. “TVA non applicable, art. 293 B du CGI”) is "
            "missing.",
        InvoiceCode.OPERATION_CATEGORY_MISSING:
            "The category of the operation is missing: goods, services or both.",
        InvoiceCode.PAYMENT_TERMS_MISSING: "The payment terms are missing.",
        InvoiceCode.DUE_DATE_MISSING: "The payment due date is missing.",
        InvoiceCode.DUE_DATE_BEFORE_ISSUE: "The due date is before the invoice date.",
        InvoiceCode.DUE_DATE_TOO_LATE:
            "Business client: the due date is more than 60 days after the invoice date (Code de commerce L441-10).",
        InvoiceCode.DELIVERY_DATE_MISSING: "The date of the delivery or of the service is missing.",
        InvoiceCode.LATE_PAYMENT_RATE_MISSING:
            "Business client: the late-payment penalty rate is missing (printed with the €40 fixed recovery "
            "indemnity).",
        InvoiceCode.EARLY_PAYMENT_TERMS_MISSING:
            "Business client: the early-payment discount terms are missing (“Pas d'escompte pour paiement "
            "anticipé” when there is none).",
        InvoiceCode.CREDITED_INVOICE_MISSING: "The credit note must cite the number of the invoice it cancels.",
        InvoiceCode.DECENNIAL_INSURANCE_MISSING:
            "Building trade: the decennial insurance (insurer, coverage, area covered) is missing.",
        InvoiceCode.TOTAL_NOT_POSITIVE: "The invoice's total must be greater than zero.",
    },
}


def describe_invoice_issue(issue: InvoiceIssue, lang: str = "fr") -> str:
    """The plain-words sentence of ``issue`` in ``lang`` (``"fr"`` or ``"en"``; French otherwise)."""
    return MESSAGES.get(lang, MESSAGES["fr"])[issue.code].format(**issue.params)


def _seller_issues(document: InvoiceDocument) -> list[InvoiceIssue]:
    seller = document.seller
    issues: list[InvoiceIssue] = []
    if not seller.legal_name.strip():
        issues.append(InvoiceIssue(InvoiceCode.SELLER_LEGAL_NAME_MISSING))
    if not stdnum_siret.is_valid(seller.siret):
        issues.append(InvoiceIssue(InvoiceCode.SELLER_SIRET_INVALID))
    if not seller.address.strip():
        issues.append(InvoiceIssue(InvoiceCode.SELLER_ADDRESS_MISSING))
    if not seller.registration:
        issues.append(InvoiceIssue(InvoiceCode.SELLER_REGISTRATION_MISSING))
    form = seller.legal_form.strip()
    if not form:
        issues.append(InvoiceIssue(InvoiceCode.SELLER_LEGAL_FORM_MISSING))
    elif not is_individual_form(form) and seller.share_capital is None:
        issues.append(InvoiceIssue(InvoiceCode.SELLER_CAPITAL_MISSING, {"form": form}))
    if not is_vat_franchise(seller) and not stdnum_vat.is_valid(seller.vat_number):
        issues.append(InvoiceIssue(InvoiceCode.SELLER_VAT_NUMBER_MISSING))
    if seller.building_trade and not all(p.strip() for p in (
            seller.decennial_insurer, seller.decennial_coverage, seller.decennial_area)):
        issues.append(InvoiceIssue(InvoiceCode.DECENNIAL_INSURANCE_MISSING))
    return issues


def _terms_issues(document: InvoiceDocument) -> list[InvoiceIssue]:
    issues: list[InvoiceIssue] = []
    business = document.client.is_business
    if not document.payment_terms.strip():
        issues.append(InvoiceIssue(InvoiceCode.PAYMENT_TERMS_MISSING))
    if document.due_date is None:
        issues.append(InvoiceIssue(InvoiceCode.DUE_DATE_MISSING))
    elif document.issue_date is not None and document.due_date < document.issue_date:
        issues.append(InvoiceIssue(InvoiceCode.DUE_DATE_BEFORE_ISSUE))
    elif business and document.issue_date is not None and document.due_date > document.issue_date + MAX_BUSINESS_DELAY:
        issues.append(InvoiceIssue(InvoiceCode.DUE_DATE_TOO_LATE))
    if business and not document.late_payment_rate.strip():
        issues.append(InvoiceIssue(InvoiceCode.LATE_PAYMENT_RATE_MISSING))
    if business and not document.early_payment_terms.strip():
        issues.append(InvoiceIssue(InvoiceCode.EARLY_PAYMENT_TERMS_MISSING))
    return issues


def check_invoice(document: InvoiceDocument) -> list[InvoiceIssue]:
    """List what keeps ``document`` from being a complete French invoice (empty when complete).

    Args:
        document: the invoice as it would be printed, its ``issue_date`` set to the issue date.

    Returns:
        The issues, in the order of the rules of this module's docstring.
    """
    issues: list[InvoiceIssue] = []
    if document.issue_date is None:
        issues.append(InvoiceIssue(InvoiceCode.ISSUE_DATE_MISSING))
    issues.extend(_seller_issues(document))
    client = document.client
    if not (client.name.strip() or client.company.strip()):
        issues.append(InvoiceIssue(InvoiceCode.CLIENT_NAME_MISSING))
    if not (client.address.strip() and client.city.strip()):
        issues.append(InvoiceIssue(InvoiceCode.CLIENT_ADDRESS_MISSING))
    if client.is_business and client.country == "FR" and not stdnum_siren.is_valid(client.siren):
        issues.append(InvoiceIssue(InvoiceCode.CLIENT_SIREN_MISSING))
    if not document.lines:
        issues.append(InvoiceIssue(InvoiceCode.NO_LINES))
    for number, line in enumerate(document.lines, start=1):
        if not line.designation.strip():
            issues.append(InvoiceIssue(InvoiceCode.LINE_DESIGNATION_MISSING, {"line": str(number)}))
        if line.quantity <= ZERO:
            issues.append(InvoiceIssue(InvoiceCode.LINE_QUANTITY_MISSING, {"line": str(number)}))
    if document.lines and document.totals.total_ttc <= ZERO:
        issues.append(InvoiceIssue(InvoiceCode.TOTAL_NOT_POSITIVE))
    exempt = any(line.vat is VatRate.EXEMPT for line in document.lines) or is_vat_franchise(document.seller)
    if exempt and not document.seller.vat_exemption_mention.strip():
        issues.append(InvoiceIssue(InvoiceCode.VAT_EXEMPTION_MENTION_MISSING))
    if document.operation_category is OperationCategory.UNSET:
        issues.append(InvoiceIssue(InvoiceCode.OPERATION_CATEGORY_MISSING))
    if document.kind is InvoiceKind.CREDIT_NOTE:
        if not document.credited_number.strip():
            issues.append(InvoiceIssue(InvoiceCode.CREDITED_INVOICE_MISSING))
        return issues  # nothing to pay: no terms, and the credited invoice gave the delivery date
    if document.kind is not InvoiceKind.DEPOSIT and document.delivery_date is None:
        issues.append(InvoiceIssue(InvoiceCode.DELIVERY_DATE_MISSING))
    issues.extend(_terms_issues(document))
    return issues
