"""Legal completeness of a French quote, checked before it may leave draft.

:func:`check_quote` returns one :class:`LegalIssue` per missing item (a stable code and the parameters
of its sentence); :func:`describe_issue` says it in plain French (the default) or English. The rules:

Always:
    the word "Devis" in the title; the date; the seller's legal name, a valid SIRET and its RCS/RM
    registration; at least one line (so that HT and TTC totals exist); each line's designation,
    quantity and unit price; "Gratuit" on lines that cost nothing (they must be marked free); the travel
    fees line when travel is expected; the client's name; the VAT exemption mention when a line is
    exempt.
For a quote meant to become a purchase order:
    the seller's contact details (address and email or phone); the validity date, not before the issue
    date; the CGV printed; the signature block with date and "Bon pour accord"; payment terms; bank
    details (a valid IBAN and BIC).
For a business client (Code de commerce R123-238, L441-10, D441-5):
    the seller's intra-community VAT number (unless it is under the VAT franchise, art. 293 B du CGI); the
    seller's legal form, and its share capital when it is a company (an individual entrepreneur, « EI », has
    none); the late-payment penalty rate (printed with the 40 € recovery indemnity).
For a seller in the building trades (loi Pinel 2014, Code des assurances L243-2):
    the decennial insurance: insurer, coverage and geographic scope.
For a consumer buying at a distance or off premises:
    the 14-day withdrawal notice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.eu import vat as stdnum_vat
from stdnum.fr import siret as stdnum_siret

from desktop.core.money import ZERO, VatRate
from desktop.core.quotes import QuoteDocument, Seller


class LegalCode(enum.Enum):
    """What is missing; the value is the stable key used in the message catalogue."""

    TITLE_NOT_DEVIS = "title_not_devis"
    ISSUE_DATE_MISSING = "issue_date_missing"
    SELLER_LEGAL_NAME_MISSING = "seller_legal_name_missing"
    SELLER_SIRET_INVALID = "seller_siret_invalid"
    SELLER_REGISTRATION_MISSING = "seller_registration_missing"
    NO_LINES = "no_lines"
    LINE_DESIGNATION_MISSING = "line_designation_missing"
    LINE_QUANTITY_MISSING = "line_quantity_missing"
    LINE_UNIT_PRICE_MISSING = "line_unit_price_missing"
    FREE_LINE_NOT_MARKED = "free_line_not_marked"
    TRAVEL_FEES_MISSING = "travel_fees_missing"
    CLIENT_NAME_MISSING = "client_name_missing"
    VAT_EXEMPTION_MENTION_MISSING = "vat_exemption_mention_missing"
    SELLER_CONTACT_MISSING = "seller_contact_missing"
    VALIDITY_DATE_MISSING = "validity_date_missing"
    VALIDITY_BEFORE_ISSUE = "validity_before_issue"
    CGV_MISSING = "cgv_missing"
    SIGNATURE_BLOCK_MISSING = "signature_block_missing"
    PAYMENT_TERMS_MISSING = "payment_terms_missing"
    BANK_DETAILS_MISSING = "bank_details_missing"
    WITHDRAWAL_NOTICE_MISSING = "withdrawal_notice_missing"
    SELLER_VAT_NUMBER_MISSING = "seller_vat_number_missing"
    SELLER_LEGAL_FORM_MISSING = "seller_legal_form_missing"
    SELLER_CAPITAL_MISSING = "seller_capital_missing"
    LATE_PAYMENT_TERMS_MISSING = "late_payment_terms_missing"
    DECENNIAL_INSURANCE_MISSING = "decennial_insurance_missing"


@dataclass(frozen=True)
class LegalIssue:
    """One missing item; ``params`` fills its sentence (``{"line": "3"}`` for a line rule)."""

    code: LegalCode
    params: dict[str, str] = field(default_factory=dict)


MESSAGES: dict[str, dict[LegalCode, str]] = {
    "fr": {
        LegalCode.TITLE_NOT_DEVIS: "Le document doit porter le mot « Devis ».",
        LegalCode.ISSUE_DATE_MISSING: "La date du devis manque.",
        LegalCode.SELLER_LEGAL_NAME_MISSING: "La raison sociale du vendeur manque.",
        LegalCode.SELLER_SIRET_INVALID: "Le numéro SIRET du vendeur manque ou n'est pas valide.",
        LegalCode.SELLER_REGISTRATION_MISSING:
            "La ville d'immatriculation au RCS ou au RM du vendeur manque.",
        LegalCode.NO_LINES: "Le devis ne contient aucune ligne : il n'a ni total HT ni total TTC.",
        LegalCode.LINE_DESIGNATION_MISSING: "Ligne {line} : la désignation manque.",
        LegalCode.LINE_QUANTITY_MISSING: "Ligne {line} : la quantité doit être supérieure à zéro.",
        LegalCode.LINE_UNIT_PRICE_MISSING: "Ligne {line} : le prix unitaire HT manque.",
        LegalCode.FREE_LINE_NOT_MARKED:
            "Ligne {line} : elle ne coûte rien, cochez « Gratuit » pour l'imprimer.",
        LegalCode.TRAVEL_FEES_MISSING:
            "Un déplacement est prévu : ajoutez la ligne des frais de déplacement.",
        LegalCode.CLIENT_NAME_MISSING: "Le nom du client manque.",
        LegalCode.VAT_EXEMPTION_MENTION_MISSING:
            "Une ligne est exonérée de TVA : la mention d'exonération (ex. « TVA non applicable, "
            "art. 293 B du CGI ») manque.",
        LegalCode.SELLER_CONTACT_MISSING:
            "Les coordonnées du vendeur (adresse et e-mail ou téléphone) manquent.",
        LegalCode.VALIDITY_DATE_MISSING: "La date de validité de l'offre manque.",
        LegalCode.VALIDITY_BEFORE_ISSUE: "La date de validité précède la date du devis.",
        LegalCode.CGV_MISSING: "Les conditions générales de vente (CGV) ne sont ni imprimées ni jointes.",
        LegalCode.SIGNATURE_BLOCK_MISSING:
            "Le cadre de signature avec la date et la mention « Bon pour accord » manque.",
        LegalCode.PAYMENT_TERMS_MISSING: "Les conditions de règlement manquent.",
        LegalCode.BANK_DETAILS_MISSING: "Les coordonnées bancaires (IBAN et BIC valides) manquent.",
        LegalCode.WITHDRAWAL_NOTICE_MISSING:
            "Vente à distance ou hors établissement à un particulier : l'information sur le délai de "
            "rétractation de 14 jours manque.",
        LegalCode.SELLER_VAT_NUMBER_MISSING:
            "Client professionnel : le numéro de TVA intracommunautaire du vendeur manque ou n'est pas valide.",
        LegalCode.SELLER_LEGAL_FORM_MISSING:
            "La forme juridique du vendeur manque (SARL, SAS… ou « EI » pour un entrepreneur individuel).",
        LegalCode.SELLER_CAPITAL_MISSING: "Le capital social du vendeur ({form}) manque.",
        LegalCode.LATE_PAYMENT_TERMS_MISSING:
            "Client professionnel : le taux des pénalités de retard manque (imprimé avec l'indemnité forfaitaire "
            "de 40 € pour frais de recouvrement).",
        LegalCode.DECENNIAL_INSURANCE_MISSING:
            "Métier du bâtiment : l'assurance décennale (assureur, garantie, zone couverte) manque.",
    },
    "en": {
        LegalCode.TITLE_NOT_DEVIS: "The document must carry the word “Devis”.",
        LegalCode.ISSUE_DATE_MISSING: "The quote date is missing.",
        LegalCode.SELLER_LEGAL_NAME_MISSING: "The seller's legal name is missing.",
        LegalCode.SELLER_SIRET_INVALID: "The seller's SIRET number is missing or invalid.",
        LegalCode.SELLER_REGISTRATION_MISSING:
            "The seller's trade or crafts register (RCS/RM) city is missing.",
        LegalCode.NO_LINES: "The quote has no lines: it has no total excl. VAT or incl. VAT.",
        LegalCode.LINE_DESIGNATION_MISSING: "Line {line}: the designation is missing.",
        LegalCode.LINE_QUANTITY_MISSING: "Line {line}: the quantity must be greater than zero.",
        LegalCode.LINE_UNIT_PRICE_MISSING: "Line {line}: the unit price excl. VAT is missing.",
        LegalCode.FREE_LINE_NOT_MARKED:
            "Line {line}: it costs nothing, tick “Free” so that it prints “Gratuit”.",
        LegalCode.TRAVEL_FEES_MISSING: "Travel is planned: add the travel fees line.",
        LegalCode.CLIENT_NAME_MISSING: "The client's name is missing.",
        LegalCode.VAT_EXEMPTION_MENTION_MISSING:
            "A line is VAT-exempt: the exemption mention (e.g. “TVA non applicable, art. 293 B du CGI”) "
            "is missing.",
        LegalCode.SELLER_CONTACT_MISSING:
            "The seller's contact details (address and email or phone) are missing.",
        LegalCode.VALIDITY_DATE_MISSING: "The offer's validity date is missing.",
        LegalCode.VALIDITY_BEFORE_ISSUE: "The validity date is before the quote date.",
        LegalCode.CGV_MISSING: "The terms of sale (CGV) are neither printed nor attached.",
        LegalCode.SIGNATURE_BLOCK_MISSING:
            "The signature block with the date and “Bon pour accord” is missing.",
        LegalCode.PAYMENT_TERMS_MISSING: "The payment terms are missing.",
        LegalCode.BANK_DETAILS_MISSING: "The bank details (a valid IBAN and BIC) are missing.",
        LegalCode.WITHDRAWAL_NOTICE_MISSING:
            "Distance or off-premises sale to a consumer: the 14-day withdrawal notice is missing.",
        LegalCode.SELLER_VAT_NUMBER_MISSING:
            "Business client: the seller's intra-community VAT number is missing or invalid.",
        LegalCode.SELLER_LEGAL_FORM_MISSING:
            "The seller's legal form is missing (SARL, SAS… or “EI” for an individual entrepreneur).",
        LegalCode.SELLER_CAPITAL_MISSING: "The seller's share capital ({form}) is missing.",
        LegalCode.LATE_PAYMENT_TERMS_MISSING:
            "Business client: the late-payment penalty rate is missing (printed with the €40 fixed recovery "
            "indemnity).",
        LegalCode.DECENNIAL_INSURANCE_MISSING:
            "Building trade: the decennial insurance (insurer, coverage, area covered) is missing.",
    },
}


def describe_issue(issue: LegalIssue, lang: str = "fr") -> str:
    """Return the plain-words sentence of ``issue`` in ``lang`` (``"fr"`` or ``"en"``; French otherwise)."""
    return MESSAGES.get(lang, MESSAGES["fr"])[issue.code].format(**issue.params)


def _lines_issues(document: QuoteDocument) -> list[LegalIssue]:
    issues: list[LegalIssue] = []
    for number, line in enumerate(document.lines(), start=1):
        where = {"line": str(number)}
        if not line.designation.strip():
            issues.append(LegalIssue(LegalCode.LINE_DESIGNATION_MISSING, where))
        if line.quantity <= ZERO:
            issues.append(LegalIssue(LegalCode.LINE_QUANTITY_MISSING, where))
        if line.unit_price is None and not line.is_free:
            issues.append(LegalIssue(LegalCode.LINE_UNIT_PRICE_MISSING, where))
        elif not line.is_free and line.quantity > ZERO and line.total_ht == ZERO:
            issues.append(LegalIssue(LegalCode.FREE_LINE_NOT_MARKED, where))
    return issues


def _purchase_order_issues(document: QuoteDocument) -> list[LegalIssue]:
    seller = document.seller
    issues: list[LegalIssue] = []
    if not seller.address.strip() or not (seller.email.strip() or seller.phone.strip()):
        issues.append(LegalIssue(LegalCode.SELLER_CONTACT_MISSING))
    if document.validity_date is None:
        issues.append(LegalIssue(LegalCode.VALIDITY_DATE_MISSING))
    elif document.issue_date is not None and document.validity_date < document.issue_date:
        issues.append(LegalIssue(LegalCode.VALIDITY_BEFORE_ISSUE))
    if not (document.print_cgv and seller.cgv.strip()):
        issues.append(LegalIssue(LegalCode.CGV_MISSING))
    if not document.print_signature_block:
        issues.append(LegalIssue(LegalCode.SIGNATURE_BLOCK_MISSING))
    if not document.payment_terms.strip():
        issues.append(LegalIssue(LegalCode.PAYMENT_TERMS_MISSING))
    if not (stdnum_iban.is_valid(seller.iban) and stdnum_bic.is_valid(seller.bic)):
        issues.append(LegalIssue(LegalCode.BANK_DETAILS_MISSING))
    return issues


#: Legal forms of an individual entrepreneur: no share capital to print.
_INDIVIDUAL_FORMS = ("ei", "eirl", "entrepreneur individuel", "entreprise individuelle", "micro-entreprise",
                     "micro-entrepreneur", "auto-entrepreneur", "ei (micro-entreprise)")


def is_individual_form(legal_form: str) -> bool:
    """Whether ``legal_form`` names an individual entrepreneur (« EI », « micro-entreprise »...)."""
    form = " ".join(legal_form.replace(".", "").split()).casefold()
    return form in _INDIVIDUAL_FORMS or form.startswith(("ei ", "entrepreneur individuel", "micro-entrepr"))


def is_vat_franchise(seller: Seller) -> bool:
    """A seller under the VAT franchise (art. 293 B du CGI) charges no VAT and may have no VAT number."""
    return "293" in seller.vat_exemption_mention


def _seller_issues(document: QuoteDocument) -> list[LegalIssue]:
    seller = document.seller
    issues: list[LegalIssue] = []
    form = seller.legal_form.strip()
    if not form:
        issues.append(LegalIssue(LegalCode.SELLER_LEGAL_FORM_MISSING))
    elif not is_individual_form(form) and seller.share_capital is None:
        issues.append(LegalIssue(LegalCode.SELLER_CAPITAL_MISSING, {"form": form}))
    if not document.client.is_consumer:
        if not is_vat_franchise(seller) and not stdnum_vat.is_valid(seller.vat_number):
            issues.append(LegalIssue(LegalCode.SELLER_VAT_NUMBER_MISSING))
        if not seller.late_payment_rate.strip():
            issues.append(LegalIssue(LegalCode.LATE_PAYMENT_TERMS_MISSING))
    if seller.building_trade and not all(part.strip() for part in (
            seller.decennial_insurer, seller.decennial_coverage, seller.decennial_area)):
        issues.append(LegalIssue(LegalCode.DECENNIAL_INSURANCE_MISSING))
    return issues


def check_quote(document: QuoteDocument) -> list[LegalIssue]:
    """List what keeps ``document`` from being a legally complete French quote (empty when complete).

    Args:
        document: the quote as it would be printed (its ``issue_date`` set to the finalisation date).

    Returns:
        The issues, in the order of the rules in this module's docstring.
    """
    seller = document.seller
    issues: list[LegalIssue] = []
    if "devis" not in document.title.casefold():
        issues.append(LegalIssue(LegalCode.TITLE_NOT_DEVIS))
    if document.issue_date is None:
        issues.append(LegalIssue(LegalCode.ISSUE_DATE_MISSING))
    if not seller.legal_name.strip():
        issues.append(LegalIssue(LegalCode.SELLER_LEGAL_NAME_MISSING))
    if not stdnum_siret.is_valid(seller.siret):
        issues.append(LegalIssue(LegalCode.SELLER_SIRET_INVALID))
    if not seller.registration:
        issues.append(LegalIssue(LegalCode.SELLER_REGISTRATION_MISSING))
    issues.extend(_seller_issues(document))
    lines = list(document.lines())
    if not lines:
        issues.append(LegalIssue(LegalCode.NO_LINES))
    issues.extend(_lines_issues(document))
    if document.travel_fees_expected and not any(line.is_travel_fee for line in lines):
        issues.append(LegalIssue(LegalCode.TRAVEL_FEES_MISSING))
    if not document.client.name.strip():
        issues.append(LegalIssue(LegalCode.CLIENT_NAME_MISSING))
    if any(line.vat is VatRate.EXEMPT for line in lines) and not seller.vat_exemption_mention.strip():
        issues.append(LegalIssue(LegalCode.VAT_EXEMPTION_MENTION_MISSING))
    if document.meant_as_purchase_order:
        issues.extend(_purchase_order_issues(document))
    if document.client.needs_withdrawal_notice and not document.print_withdrawal_notice:
        issues.append(LegalIssue(LegalCode.WITHDRAWAL_NOTICE_MISSING))
    return issues
