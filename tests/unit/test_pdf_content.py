"""Text extracted from generated PDFs holds every mandatory mention and the core's amounts."""

from __future__ import annotations

import dataclasses
import io
import re
from functools import cache

import pypdf
import pytest

from desktop.core.formatting import format_date, format_money
from desktop.core.quotes import QuoteDocument, display_number, document_totals
from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import render_quote_html
from desktop.services.pdf.view_model import load_labels


def _norm(text: str) -> str:
    """Spaces unified and case folded: templates may set labels in capitals (text-transform)."""
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " ")).casefold()


@cache
def _document() -> QuoteDocument:
    doc = sample_document(30)
    return dataclasses.replace(doc, client=dataclasses.replace(
        doc.client, is_consumer=True, sale_at_distance_or_off_premises=True))


@cache
def _pdf_text(design: str, lang: str) -> tuple[str, int]:
    html = render_quote_html(_document(), design, lang)
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(html, design_dir(design))))
    return _norm(" ".join(page.extract_text() for page in reader.pages)), len(reader.pages)


@pytest.mark.parametrize("design", ["classic", "modern"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_holds_every_mandatory_mention(design: str, lang: str) -> None:
    doc = _document()
    text, pages = _pdf_text(design, lang)
    labels = load_labels(lang)
    totals = document_totals(doc)
    expected = [
        doc.title, display_number(doc), format_date(doc.issue_date, lang), format_date(doc.validity_date, lang),
        doc.seller.legal_name, doc.seller.siret, doc.seller.registration, doc.seller.vat_number,
        doc.seller.iban, doc.seller.bic, doc.seller.email, doc.client.name,
        labels["free"], labels["signature_title"], labels["cgv"], labels["withdrawal_title"],
        "Bon pour accord", doc.payment_terms.splitlines()[0][:40],
        doc.seller.cgv.split(".")[0], doc.personal_message[:40],
        format_money(totals.total_ht, lang), format_money(totals.total_vat, lang),
        format_money(totals.total_ttc, lang), format_money(totals.deposit, lang),
        *(format_money(b.vat, lang) for b in totals.by_rate),
        *(line.designation[:20] for line in doc.lines()),
        f"{labels['page']} 1 / {pages}", f"{labels['page']} {pages} / {pages}",
    ]
    missing = [item for item in expected if _norm(item) not in text]
    assert missing == []


def test_euro_sign_and_accents_survive() -> None:
    text, _ = _pdf_text("classic", "fr")
    assert "€" in text
    assert "désignation" in text and "récapitulatif" in text and "réglement" not in text
