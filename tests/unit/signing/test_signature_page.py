"""The signature page: its words (French, English), and the original kept byte for byte as the first revision."""

from __future__ import annotations

import hashlib
from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop.services.pdf.render import count_pages
from desktop.services.signing.evidence import Evidence, EvidenceError, paris_time
from desktop.services.signing.page import signature_page_pdf
from desktop.services.signing.seal import SealLevel, seal_pdf
from desktop.services.signing.verify import original_revision
from tests.support.sealing import evidence_for


def _text(pdf: bytes, page: int = -1) -> str:
    return " ".join(PdfReader(BytesIO(pdf)).pages[page].extract_text().split())


def test_the_sample_quote_has_two_pages(quote_pdf: bytes) -> None:
    assert count_pages(quote_pdf) == 2


def test_the_page_says_who_when_how_and_the_hashes_in_french(evidence: Evidence) -> None:
    text = _text(signature_page_pdf(evidence, seller="Atelier Lumière SARL"))
    assert "Page de signature" in text
    assert "Claire Dupont" in text and "claire.dupont@example.fr" in text
    assert "Bon pour accord" in text
    assert "02/12/2026 à 20:05:13 (heure de Paris)" in text  # 19:05 UTC, winter time
    assert "code à usage unique de 6 chiffres" in text
    assert evidence.pdf_sha256[:8] in text and evidence.pdf_sha256[-8:] in text
    assert "ab12ab12" in text
    assert "Atelier Lumière SARL" in text


def test_an_english_quote_gets_an_english_page(evidence: Evidence) -> None:
    text = _text(signature_page_pdf(evidence, seller="Atelier Lumière SARL", lang="en"))
    assert "Signature page" in text and "Signed on" in text
    assert "(Paris time)" in text and "one-time code" in text


def test_the_original_is_the_first_revision_byte_for_byte(quote_pdf: bytes, evidence: Evidence, own_key) -> None:
    page = signature_page_pdf(evidence, seller="Atelier Lumière SARL")
    sealed = seal_pdf(quote_pdf, page, own_key)
    assert sealed.level is SealLevel.B_B
    assert sealed.pdf.startswith(quote_pdf)
    assert original_revision(sealed.pdf) == quote_pdf
    assert hashlib.sha256(original_revision(sealed.pdf)).hexdigest() == evidence.pdf_sha256
    reader = PdfReader(BytesIO(sealed.pdf))
    assert len(reader.pages) == 3
    assert "Page de signature" in _text(sealed.pdf)


def test_evidence_fields_are_checked(quote_pdf: bytes) -> None:
    record = evidence_for(quote_pdf)
    del record["signer_email"]
    with pytest.raises(EvidenceError, match="signer_email"):
        Evidence.from_mapping(record)
    with pytest.raises(EvidenceError, match="signed_at"):
        Evidence.from_mapping(evidence_for(quote_pdf, signed_at="2026-12-02 19:05"))
    with pytest.raises(EvidenceError, match="pdf_sha256"):
        Evidence.from_mapping(evidence_for(quote_pdf, pdf_sha256="abc"))
    first = Evidence.from_mapping(evidence_for(quote_pdf, prev_hash=None))
    assert first.prev_hash == ""
    assert Evidence.from_mapping(first.as_dict()) == first


def test_paris_time_follows_summer_time(evidence: Evidence) -> None:
    summer = evidence.signed_at.replace(month=7)
    assert paris_time(summer) == "02/07/2026 à 21:05:13 (heure de Paris)"
