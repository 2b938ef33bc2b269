"""Factur-X, CII and UBL of an invoice, checked by tools that are not ours.

The ``factur-x`` library reads the XML back from the PDF and checks it against its XSD, and its Schematron
check runs the EN 16931 and French CTC rules on a Saxon service on loopback (Saxon-HE from PyPI); ``qpdf
--check`` reads the file's structure; ``pdffonts`` lists every font as embedded; the XMP says PDF/A-3 B; the
output intent carries an RGB ICC profile. No PDF/A validator is run: veraPDF is in none of the registries this
project installs from (Java alone is not enough).
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import facturx
import pytest
from lxml import etree
from pypdf import PdfReader

from desktop.core.money import VatRate
from desktop.services.invoicing.cii import RAM, RSM, Profile, cii_xml
from desktop.services.invoicing.document import InvoiceDocument, InvoiceKind, OperationCategory
from desktop.services.invoicing.facturx import (
    FacturXError,
    check_schematron,
    embedded_xml,
    export_files,
    facturx_pdf,
    validate_cii,
)
from desktop.services.invoicing.sample import sample_invoice, sample_quote
from desktop.services.invoicing.semantic import SemanticError
from desktop.services.invoicing.totals import InvoiceLineValue
from desktop.services.invoicing.ubl import CAC, CBC, CREDIT_NOTE_NS, INVOICE_NS, ubl_xml
from tests.support.saxon_service import saxon_url  # noqa: F401 - the fixture

NS = {"rsm": RSM, "ram": RAM}
D = Decimal


def _short() -> InvoiceDocument:
    return sample_invoice(sample_quote(4))


@pytest.fixture(scope="module")
def final_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fx") / "facture.pdf"
    path.write_bytes(facturx_pdf(sample_invoice(sample_quote(10))).pdf)
    return path


def test_the_library_reads_back_and_validates_the_embedded_en16931_xml(final_pdf: Path) -> None:
    pdf = final_pdf.read_bytes()
    filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    assert filename == "factur-x.xml"
    assert facturx.get_level(etree.fromstring(xml), "factur-x") == "en16931"
    assert embedded_xml(pdf) == xml
    root = ET.fromstring(xml)
    assert root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == "380"
    assert root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=NS) == "F-2026-0007"


def test_qpdf_finds_no_error(final_pdf: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(final_pdf)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_pdffonts_lists_every_font_embedded(final_pdf: Path) -> None:
    result = subprocess.run(["pdffonts", str(final_pdf)], capture_output=True, text=True, check=True)
    fonts = result.stdout.splitlines()[2:]
    assert fonts, result.stdout
    for row in fonts:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row  # the "emb" column


def test_pdfa3_parts_xmp_output_intent_and_header(final_pdf: Path) -> None:
    reader = PdfReader(final_pdf)
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>" in xmp
    assert "/Filter" not in root["/Metadata"].get_object()  # uncompressed metadata
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile's signature
    assert root["/AF"][0].get_object()["/AFRelationship"] == "/Data"
    assert final_pdf.read_bytes().startswith(b"%PDF-1.7")
    info = reader.metadata
    assert info is not None and info["/Producer"] == "pypdf" and "/Keywords" not in info
    created = re.search(r"<xmp:CreateDate>(.+?)</xmp:CreateDate>", xmp)
    assert created and info["/CreationDate"].startswith("D:" + re.sub(r"\D", "", created.group(1))[:14])


def test_the_french_mentions_are_printed_and_carried(final_pdf: Path) -> None:
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(final_pdf).pages).split())
    for mention in ("Catégorie de l'opération", "Livraison de biens et prestation de services", "SIREN 443061841",
                    "Adresse de livraison", "14 rue Victor Hugo", "Échéance", "31/12/2026",
                    "indemnité forfaitaire pour frais de recouvrement de 40 €", "Pas d'escompte",
                    "Commande D-2026-0042 du 27/11/2026", "Factur-X (EN 16931)"):
        assert mention.casefold() in text.casefold(), mention
    root = ET.fromstring(embedded_xml(final_pdf.read_bytes()))
    assert root.findtext(".//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", namespaces=NS) == "M1"
    buyer = root.find(".//ram:BuyerTradeParty", NS)
    assert buyer is not None
    assert buyer.find("ram:SpecifiedLegalOrganization/ram:ID", NS).text == "443061841"  # type: ignore[union-attr]
    ship = root.find(".//ram:ShipToTradeParty", NS)
    assert ship is not None and ship.findtext("ram:PostalTradeAddress/ram:CityName", namespaces=NS) == "Lyon"
    notes = {n.findtext("ram:SubjectCode", namespaces=NS) for n in root.iterfind(".//ram:IncludedNote", NS)}
    assert {"PMD", "PMT", "AAB"} <= notes


def test_same_delivery_address_is_not_repeated_and_categories_give_the_billing_mode() -> None:
    invoice = dataclasses.replace(_short(), delivery_address="3 place du Marché\n69100 Villeurbanne",
                                  operation_category=OperationCategory.SERVICES)
    root = ET.fromstring(cii_xml(invoice))
    assert root.find(".//ram:ShipToTradeParty", NS) is None
    assert root.findtext(".//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", namespaces=NS) == "S1"
    deduction = InvoiceLineValue("Déduction acompte facture F-2026-0001", D(1), D("-100.00"), VatRate.STANDARD,
                                 D("-100.00"), is_deduction=True, vat_amount=D("-20.00"))
    goods_final = dataclasses.replace(invoice, operation_category=OperationCategory.GOODS,
                                      lines=(*invoice.lines, deduction))
    root = ET.fromstring(cii_xml(goods_final))
    assert root.findtext(".//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", namespaces=NS) == "B4"
    last = list(root.iterfind(".//ram:IncludedSupplyChainTradeLineItem", NS))[-1]
    assert last.findtext(".//ram:BilledQuantity", namespaces=NS) == "-1"  # a net price is never negative
    assert last.findtext(".//ram:NetPriceProductTradePrice/ram:ChargeAmount", namespaces=NS) == "100.00"
    validate_cii(cii_xml(goods_final))


@pytest.mark.parametrize(("kind", "code"), [(InvoiceKind.FINAL, "380"), (InvoiceKind.DEPOSIT, "386"),
                                            (InvoiceKind.CREDIT_NOTE, "381")])
@pytest.mark.parametrize("profile", list(Profile))
def test_type_codes_and_profiles_pass_the_xsd(kind: InvoiceKind, code: str, profile: Profile) -> None:
    invoice = sample_invoice(sample_quote(4), kind=kind)
    xml = cii_xml(invoice, profile)
    validate_cii(xml, profile)
    root = ET.fromstring(xml)
    assert root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == code
    assert root.findtext(".//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", namespaces=NS) == profile.value
    if kind is InvoiceKind.CREDIT_NOTE:
        assert root.findtext(".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID", namespaces=NS) == "F-2026-0006"
        assert root.find(".//ram:DueDateDateTime", NS) is None


def test_basic_profile_pdf_says_basic_in_its_xmp() -> None:
    result = facturx_pdf(_short(), profile=Profile.BASIC)
    assert facturx.get_level(etree.fromstring(embedded_xml(result.pdf)), "factur-x") == "basic"
    xmp = PdfReader(io.BytesIO(result.pdf)).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"<fx:ConformanceLevel>BASIC</fx:ConformanceLevel>" in xmp


def test_an_invalid_xml_is_refused_in_plain_words() -> None:
    broken = cii_xml(_short()).replace(b"<ram:TypeCode>380</ram:TypeCode>", b"")
    with pytest.raises(FacturXError, match="non valide"):
        validate_cii(broken)
    with pytest.raises(FacturXError):
        embedded_xml(b"%PDF-1.4 not a pdf")


def test_a_draft_has_no_electronic_invoice() -> None:
    with pytest.raises(SemanticError, match="émise"):
        cii_xml(dataclasses.replace(_short(), number=None))


def test_ubl_invoice_and_credit_note_pass_the_ubl_xsd_with_the_same_figures(tmp_path: Path) -> None:
    invoice = sample_invoice(sample_quote(6))
    root = ET.fromstring(ubl_xml(invoice))
    assert root.tag == f"{{{INVOICE_NS}}}Invoice"
    assert root.findtext(f"{{{CBC}}}InvoiceTypeCode") == "380" and root.findtext(f"{{{CBC}}}ProfileID") == "M1"
    payable = root.findtext(f"{{{CAC}}}LegalMonetaryTotal/{{{CBC}}}PayableAmount")
    assert payable == f"{invoice.totals.total_ttc:.2f}"
    assert len(root.findall(f"{{{CAC}}}InvoiceLine")) == len(invoice.lines)
    customer = root.find(f"{{{CAC}}}AccountingCustomerParty/{{{CAC}}}Party/{{{CAC}}}PartyLegalEntity")
    assert customer is not None and customer.findtext(f"{{{CBC}}}CompanyID") == "443061841"
    credit = ET.fromstring(ubl_xml(sample_invoice(sample_quote(6), kind=InvoiceKind.CREDIT_NOTE)))
    assert credit.tag == f"{{{CREDIT_NOTE_NS}}}CreditNote"
    assert credit.findtext(f"{{{CBC}}}CreditNoteTypeCode") == "381"
    assert credit.findtext(f"{{{CAC}}}BillingReference/{{{CAC}}}InvoiceDocumentReference/{{{CBC}}}ID") == "F-2026-0006"
    written = export_files(invoice, tmp_path)  # each XML checked against its XSD before it is written
    assert sorted(p.name for p in written) == ["Facture F-2026-0007.cii.xml", "Facture F-2026-0007.pdf",
                                               "Facture F-2026-0007.ubl.xml"]
    assert facturx.xml_check_xsd(written[2].read_bytes(), flavor="ubl-2.1-invoice")


def test_schematron_en16931_and_french_rules_pass(saxon_url: str) -> None:  # noqa: F811 - the fixture
    invoice = sample_invoice(sample_quote(6))
    check_schematron(cii_xml(invoice), saxon_url, french_rules=True)
    check_schematron(cii_xml(sample_invoice(sample_quote(6), kind=InvoiceKind.CREDIT_NOTE)), saxon_url)
    check_schematron(ubl_xml(invoice), saxon_url, flavor="ubl-2.1", level="en16931")
    wrong = cii_xml(invoice).replace(b'<ram:CalculatedAmount>', b'<ram:CalculatedAmount>9', 1)
    with pytest.raises(FacturXError, match="BR-CO"):
        check_schematron(wrong, saxon_url)


def test_pdf_tools_are_installed() -> None:
    assert shutil.which("qpdf") and shutil.which("pdffonts"), "make system-deps installs qpdf and poppler-utils"
    assert date(2026, 12, 1) == sample_invoice().issue_date
