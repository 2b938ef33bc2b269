"""Sealed quotes checked by tools that are not ours: poppler's ``pdfsig`` and pyHanko's validator.

The timestamping authority and the CA's CRL are served by certomancer on loopback (tests/support/local_pki.py):
B-T asks that TSA over HTTP, B-LT fetches that CRL. One byte changed must make both tools say so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desktop.services.secrets import SecretName
from desktop.services.signing.credentials import SealingKey, seller_key
from desktop.services.signing.evidence import Evidence
from desktop.services.signing.page import signature_page_pdf
from desktop.services.signing.seal import SealLevel, seal_pdf
from desktop.services.signing.verify import Outcome, Trust, verify
from tests.support.local_pki import SELLER_PASSPHRASE, LocalPki
from tests.support.sealing import evidence_for, fresh_store

PDFSIG = shutil.which("pdfsig")
pytestmark = pytest.mark.skipif(PDFSIG is None and not os.environ.get("CI"),
                                reason="poppler-utils (pdfsig) is not installed: make system-deps")


def pdfsig(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    """pdfsig's verdict on the first signature: {'validation': ..., 'whole': ..., 'signer': ...}."""
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    run = subprocess.run([PDFSIG or "pdfsig", str(path)], capture_output=True, text=True, timeout=30, check=False)
    out = run.stdout + run.stderr
    found = {"raw": out}
    patterns = (("validation", r"Signature Validation: (.+)"), ("signer", r"Signer Certificate Common Name: (.+)"),
                ("whole", r"- ((?:Not )?[Tt]otal document signed)"))
    for key, pattern in patterns:
        match = re.search(pattern, out)
        found[key] = match.group(1).strip() if match else ""
    return found


def pyhanko_status(pdf: bytes, roots: list) -> object:
    signature = PdfFileReader(BytesIO(pdf), strict=False).embedded_signatures[0]
    return validate_pdf_signature(signature, ValidationContext(trust_roots=roots, allow_fetching=False))


def one_byte_changed(pdf: bytes, after: int) -> bytes:
    """The PDF with one byte of the first stream after ``after`` flipped (the file still parses)."""
    start = pdf.index(b"stream", after) + 40
    return pdf[:start] + bytes([pdf[start] ^ 0x01]) + pdf[start + 1:]


@pytest.fixture(scope="module")
def page(evidence: Evidence) -> bytes:
    return signature_page_pdf(evidence, seller="Atelier Lumière SARL")


def test_b_b_valid_whole_and_unchanged_for_pdfsig_and_pyhanko(quote_pdf: bytes, page: bytes, own_key: SealingKey,
                                                               evidence: Evidence, tmp_path: Path) -> None:
    sealed = seal_pdf(quote_pdf, page, own_key, reason="Signature du devis D-2026-0042")
    assert sealed.level is SealLevel.B_B
    poppler = pdfsig(sealed.pdf, tmp_path)
    assert poppler["validation"] == "Signature is Valid.", poppler["raw"]
    assert poppler["whole"] == "Total document signed"
    assert poppler["signer"] == "Atelier Lumière SARL"
    status = pyhanko_status(sealed.pdf, [own_key.signer.signing_cert])
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    assert status.docmdp_ok is not False  # type: ignore[attr-defined]
    verdict = verify(sealed.pdf, evidence, own_certificates=[own_key.signer.signing_cert])
    assert verdict.ok and verdict.evidence_matches is True
    assert verdict.seals[0].trust is Trust.OWN
    words = verdict.sentences("fr")
    assert words[0] == "Signature valide\u00a0: le document est intact depuis son scellement."
    assert any("selon l'horloge de l'ordinateur du vendeur" in w for w in words)
    assert any("c'est bien le PDF présenté au signataire" in w for w in words)


def test_one_byte_changed_is_reported_by_both_tools(quote_pdf: bytes, page: bytes, own_key: SealingKey,
                                                    evidence: Evidence, tmp_path: Path) -> None:
    sealed = seal_pdf(quote_pdf, page, own_key).pdf
    for where in (0, len(quote_pdf)):  # in the original quote, then in the signature page
        changed = one_byte_changed(sealed, where)
        assert len(changed) == len(sealed) and changed != sealed
        poppler = pdfsig(changed, tmp_path)
        assert poppler["validation"] and poppler["validation"] != "Signature is Valid.", poppler["raw"]
        assert "Digest Mismatch" in poppler["validation"]
        status = pyhanko_status(changed, [own_key.signer.signing_cert])
        assert not status.intact  # type: ignore[attr-defined]
        verdict = verify(changed, evidence, own_certificates=[own_key.signer.signing_cert])
        assert verdict.outcome is Outcome.TAMPERED and not verdict.ok
        assert verdict.headline("en").startswith("Warning! The document was changed after it was sealed")
        if where == 0:
            assert verdict.evidence_matches is False
            assert any("ce n'est pas le PDF présenté au signataire" in w for w in verdict.sentences("fr"))


def test_b_t_asks_the_local_timestamping_authority(quote_pdf: bytes, page: bytes, own_key: SealingKey,
                                                   pki: LocalPki, tmp_path: Path) -> None:
    asked = len(pki.requests)
    sealed = seal_pdf(quote_pdf, page, own_key, tsa_url=pki.tsa_url, ltv=False)
    assert sealed.level is SealLevel.B_T
    assert any(p.endswith("/tsa/tsa") for p in pki.requests[asked:])
    assert pdfsig(sealed.pdf, tmp_path)["validation"] == "Signature is Valid."
    status = pyhanko_status(sealed.pdf, [own_key.signer.signing_cert, pki.root])
    assert status.timestamp_validity is not None and status.timestamp_validity.intact  # type: ignore[attr-defined]
    assert status.timestamp_validity.trusted  # type: ignore[attr-defined]
    verdict = verify(sealed.pdf, trust_roots=[pki.root], own_certificates=[own_key.signer.signing_cert])
    assert verdict.ok
    assert any(w.startswith("Horodaté le ") and w.endswith("par Relance Test TSA.") for w in verdict.sentences())
    assert "Signature level: PAdES-B-T." in verdict.sentences("en")


def test_b_lt_embeds_the_fetched_crl_and_still_covers_the_whole_file(
        quote_pdf: bytes, page: bytes, own_key: SealingKey, pki: LocalPki, tmp_path: Path) -> None:
    asked = len(pki.requests)
    sealed = seal_pdf(quote_pdf, page, own_key, tsa_url=pki.tsa_url, trust_roots=[pki.root])
    assert sealed.level is SealLevel.B_LT, sealed.ltv_problem
    assert any("/crls/root/" in p for p in pki.requests[asked:])
    dss = PdfFileReader(BytesIO(sealed.pdf), strict=False).root["/DSS"]
    assert len(dss["/CRLs"]) >= 1 and len(dss["/Certs"]) >= 1
    poppler = pdfsig(sealed.pdf, tmp_path)
    assert poppler["validation"] == "Signature is Valid." and poppler["whole"] == "Total document signed"
    verdict = verify(sealed.pdf, trust_roots=[pki.root], own_certificates=[own_key.signer.signing_cert])
    assert verdict.ok and verdict.seals[0].level == "PAdES-B-LT"


def test_without_the_revocation_data_the_seal_falls_back_to_b_t(quote_pdf: bytes, own_key: SealingKey,
                                                                pki: LocalPki) -> None:
    # the TSA's root is not trusted here: its chain cannot be checked strictly, so no B-LT is claimed
    sealed = seal_pdf(quote_pdf, None, own_key, tsa_url=pki.tsa_url)
    assert sealed.level is SealLevel.B_T and sealed.ltv_problem


def test_the_sellers_own_certificate_from_a_ca_is_trusted(quote_pdf: bytes, page: bytes, pki: LocalPki,
                                                          tmp_path: Path) -> None:
    store = fresh_store()
    path = tmp_path / "vendeur.p12"
    path.write_bytes(pki.seller_pkcs12)
    store.set(SecretName.SEAL_PKCS12_PASSPHRASE, SELLER_PASSPHRASE)
    key = seller_key(path, store)
    assert key.trust_roots and key.trust_roots[0].dump() == pki.root.dump()
    sealed = seal_pdf(quote_pdf, page, key, tsa_url=pki.tsa_url)
    assert sealed.level is SealLevel.B_LT, sealed.ltv_problem
    assert pdfsig(sealed.pdf, tmp_path)["validation"] == "Signature is Valid."
    verdict = verify(sealed.pdf, trust_roots=[pki.root])
    assert verdict.ok and verdict.seals[0].trust is Trust.TRUSTED
    assert "est reconnu par une autorité de confiance" in verdict.sentences()[2]
    untrusted = verify(sealed.pdf)
    assert untrusted.ok and untrusted.seals[0].trust is Trust.UNKNOWN  # intact, but nobody here vouches


def test_another_pdf_than_the_evidence_and_files_without_a_seal(quote_pdf: bytes, own_key: SealingKey) -> None:
    sealed = seal_pdf(quote_pdf, None, own_key).pdf
    other = verify(sealed, evidence_for(b"another PDF"))
    assert other.outcome is Outcome.INTACT and other.evidence_matches is False and not other.ok
    assert other.headline() == "Le document est intact, mais ce n'est pas celui du dossier de preuve."
    assert verify(quote_pdf).outcome is Outcome.NOT_SEALED
    assert verify(b"not a pdf at all").outcome is Outcome.UNREADABLE
    assert verify(sealed[: len(sealed) // 2]).outcome in (Outcome.UNREADABLE, Outcome.TAMPERED)
