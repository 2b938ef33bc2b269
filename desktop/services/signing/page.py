"""The signature page (« page de signature ») and how it joins the original quote.

The page says who signed, when (Paris time), how (a one-time code sent to their email address), the statement
they typed or ticked, the SHA-256 of the PDF they were shown, and the evidence record's hash. It is laid out from
``resources/templates/signing/page.html`` (autoescaped, strict) through the project's xhtml2pdf pipeline, under
the quote renderer's resource policy, in French, or in English for a quote in English.

**Where the original goes.** The page is appended to the original PDF as an *incremental update* (pyHanko's
incremental writer; the seal is written in that same update). The original quote therefore stays, byte for
byte, the beginning of the sealed file: its first revision. Anyone can cut the file after the first
``%%EOF`` and recompute the SHA-256 that the evidence holds; :mod:`.verify` does exactly that. Nothing is
embedded twice, and the sealed file is the original plus about one page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.resources import resource
from desktop.services.signing.evidence import Evidence, paris_time

Render = Callable[[str, Path], bytes]
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Page de signature",
        "lead": "Devis {quote}, signé électroniquement par son destinataire.",
        "signer": "Signataire",
        "email": "Adresse e-mail vérifiée",
        "statement": "Mention",
        "signed_at": "Signé le",
        "method": "Méthode",
        "method_text": "Signature électronique\u00a0: code à usage unique de 6 chiffres envoyé à l'adresse {email}, "
                       "saisi sur la page du devis en ligne.",
        "code_issued": "Code envoyé le",
        "code_checked": "Code vérifié le",
        "from": "Depuis",
        "pdf_hash": "Empreinte SHA-256 du devis signé",
        "record_hash": "Empreinte du dossier de preuve",
        "prev_hash": "Enregistrement précédent\u00a0:",
        "note": "Ce document réunit le devis tel qu'il a été présenté au signataire et la présente page, scellés "
                "électroniquement (PAdES) par {seller}. Le devis d'origine est la première révision du fichier, "
                "inchangée\u00a0: son empreinte SHA-256 se recalcule et se compare à celle ci-dessus. Toute "
                "modification du fichier après le scellement est détectée par un lecteur de PDF. "
                "Signature électronique au sens de l'article 1367 du Code civil et de l'article 25 du règlement "
                "eIDAS (UE) n° 910/2014.",
        "footer": "Page de signature du devis {quote} – {seller}",
        "quote_open": "«\u00a0", "quote_close": "\u00a0»",
    },
    "en": {
        "title": "Signature page",
        "lead": "Quote {quote}, signed electronically by its recipient.",
        "signer": "Signed by",
        "email": "Verified email address",
        "statement": "Statement",
        "signed_at": "Signed on",
        "method": "Method",
        "method_text": "Electronic signature: a 6-digit one-time code sent to {email}, entered on the online "
                       "quote page.",
        "code_issued": "Code sent on",
        "code_checked": "Code checked on",
        "from": "From",
        "pdf_hash": "SHA-256 of the signed quote",
        "record_hash": "Evidence record hash",
        "prev_hash": "Previous record:",
        "note": "This document holds the quote exactly as it was shown to the signer and this page, sealed "
                "electronically (PAdES) by {seller}. The original quote is the file's first revision, "
                "unchanged: its SHA-256 can be recomputed and compared with the one above. Any change to the "
                "file after sealing is detected by a PDF reader. Electronic signature within the meaning of "
                "article 1367 of the French Civil Code and article 25 of the eIDAS Regulation (EU) "
                "No 910/2014.",
        "footer": "Signature page of quote {quote} – {seller}",
        "quote_open": "“", "quote_close": "”",
    },
}


def _grouped(digest: str) -> str:
    """A hex digest in groups of eight, so that it reads (and wraps) on paper."""
    return " ".join(digest[i:i + 8] for i in range(0, len(digest), 8))


def page_language(lang: str) -> str:
    """The page's language: English for a quote in English, else French."""
    return "en" if lang == "en" else "fr"


def signature_page_html(evidence: Evidence, *, seller: str, lang: str = "fr") -> str:
    """The signature page as HTML.

    Args:
        evidence: The signature's evidence record.
        seller: The seller's legal name (who seals).
        lang: The quote's language (``"en"`` gives English, anything else French).
    """
    lang = page_language(lang)
    quote = f"{evidence.quote_number} (v{evidence.version})" if evidence.version > 1 else evidence.quote_number
    words = {"quote": quote, "seller": seller or "—", "email": evidence.signer_email}
    labels = {key: text.format(**words) for key, text in LABELS[lang].items()}
    folder = resource("templates", "signing")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    context: dict[str, Any] = {
        "lang": lang, "L": labels, "quote": quote, "seller": seller,
        "signer": evidence.signer_name, "email": evidence.signer_email, "statement": evidence.statement,
        "signed_at": paris_time(evidence.signed_at, lang),
        "code_issued_at": paris_time(evidence.code_issued_at, lang),
        "code_checked_at": paris_time(evidence.code_checked_at, lang),
        "ip": evidence.ip, "user_agent": evidence.user_agent,
        "pdf_sha256": _grouped(evidence.pdf_sha256), "record_hash": _grouped(evidence.record_hash),
        "prev_hash": _grouped(evidence.prev_hash) if evidence.prev_hash else "",
        "fonts_dir": resource("fonts", "dejavu").as_posix(),
    }
    return env.get_template("page.html").render(context)


def signature_page_pdf(evidence: Evidence, *, seller: str, lang: str = "fr", render: Render | None = None) -> bytes:
    """The signature page as a one-page PDF.

    Args:
        evidence: The evidence record.
        seller: The seller's legal name.
        lang: The quote's language.
        render: ``(html, base_dir) -> pdf`` (the PDF worker's ``render``); None renders in this process.

    Raises:
        desktop.services.pdf.render.PdfRenderError: the page could not be laid out.
    """
    html = signature_page_html(evidence, seller=seller, lang=lang)
    folder = resource("templates", "signing")
    if render is None:
        from desktop.services.pdf.render import render_pdf

        return render_pdf(html, folder)
    return render(html, folder)


def append_pages(writer: IncrementalPdfFileWriter, pages_pdf: bytes) -> int:
    """Append every page of ``pages_pdf`` at the end of the document ``writer`` updates.

    The pages are deep-copied into the writer's pending update (with their fonts and contents); nothing of the
    original revision is rewritten.

    Returns:
        How many pages were added.
    """
    from io import BytesIO

    reader = PdfFileReader(BytesIO(pages_pdf))
    added = 0
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page, inherited = _page(reader, index)
        for key, value in inherited.items():
            page[generic.NameObject(key)] = value
        imported = writer.import_object(page)
        assert isinstance(imported, generic.DictionaryObject)
        writer.insert_page(imported)  # type: ignore[no-untyped-call]
        added += 1
    return added


def _page(reader: PdfFileReader, index: int) -> tuple[generic.DictionaryObject, dict[str, generic.PdfObject]]:
    """The page ``index`` of ``reader`` without its /Parent, and the attributes it inherits from its tree."""
    page_obj, _ref = reader.find_page_for_modification(index)  # type: ignore[no-untyped-call]
    page = page_obj.get_object()
    assert isinstance(page, generic.DictionaryObject)
    inherited: dict[str, generic.PdfObject] = {}
    parent = page.get("/Parent")
    while parent is not None:
        node = parent.get_object() if hasattr(parent, "get_object") else parent
        for key in _INHERITED:
            if key not in page and key not in inherited and key in node:
                inherited[key] = node.raw_get(key)
        parent = node.get("/Parent")
    if "/Parent" in page:
        del page["/Parent"]
    return page, inherited
