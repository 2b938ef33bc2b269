"""The PAdES seal of a signed quote, with pyHanko.

:func:`seal_pdf` takes the original quote PDF and the signature page, appends the page and the seal in ONE
incremental update (the original stays the file's first revision, byte for byte; see :mod:`.page`), and signs
with the seller's key (:mod:`.credentials`) as a PAdES signature (``ETSI.CAdES.detached``, SHA-256) that
*certifies* the document with no change allowed after it (DocMDP level 1).

Levels:

- **B-B** without a timestamping authority: the signing time is the seller's clock, as signed attribute.
- **B-T** with ``tsa_url`` (an RFC 3161 server): the signature carries the authority's timestamp token.
- **B-LT** with a timestamping authority, when the revocation data of every certificate involved (the seller's
  chain, the authority's chain) can be fetched: pyHanko checks the chains strictly (``hard-fail``) and writes
  the certificates, CRLs and OCSP answers into the document's DSS, in the seal's own revision (so the seal still
  covers the whole file). When some cannot be fetched, the seal falls back to B-T and says so
  (``SealResult.ltv_problem``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from io import BytesIO

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

from desktop.services.signing.credentials import SealingKey
from desktop.services.signing.page import append_pages

log = logging.getLogger(__name__)

FIELD_NAME = "RelanceSeal"
TSA_TIMEOUT_S = 10


class SealLevel(StrEnum):
    """The PAdES baseline level reached."""

    B_B = "PAdES-B-B"
    B_T = "PAdES-B-T"
    B_LT = "PAdES-B-LT"


class SealError(RuntimeError):
    """The PDF could not be sealed (unreadable original, key refused, timestamping authority unreachable)."""


@dataclass(frozen=True)
class SealResult:
    """A sealed PDF and how it was sealed."""

    pdf: bytes
    level: SealLevel
    original_size: int
    ltv_problem: str = ""


def _meta(reason: str, location: str, *, ltv: bool,
          context: ValidationContext | None) -> signers.PdfSignatureMetadata:
    return signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None,
        certify=True, docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        embed_validation_info=ltv, validation_context=context, use_pades_lta=False,
        # B-LT in the signature's own revision: the seal then covers the whole file (pdfsig: "Total document
        # signed"), and validators that do not analyse incremental updates read it too.
        dss_settings=DSSContentSettings(placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE,
                                      include_vri=False))


def _sign(original: bytes, pages: bytes | None, key: SealingKey, meta: signers.PdfSignatureMetadata,
          timestamper: timestamps.TimeStamper | None) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(original), strict=False)
    if pages is not None:
        append_pages(writer, pages)
    out = BytesIO()
    signer = signers.PdfSigner(meta, key.signer, timestamper=timestamper)
    signer.sign_pdf(writer, output=out, bytes_reserved=_reserve(key) if timestamper is None else None)
    return out.getvalue()


def _reserve(key: SealingKey) -> int:
    """Room for a B-B signature container: its certificates, the signed attributes and the signature, with
    margin. Sized here, pyHanko skips its trial signature (a third of a B-B seal's time); with a timestamp the
    token's size is unknown, so pyHanko estimates it."""
    certs = [key.signer.signing_cert, *(key.signer.cert_registry or ())]
    size = 6144 + sum(len(c.dump()) for c in certs if c is not None)
    return size + size % 2  # pyHanko wants an even count (hex pairs)


def seal_pdf(original: bytes, pages: bytes | None, key: SealingKey, *, tsa_url: str = "", reason: str = "",
             location: str = "", trust_roots: Iterable[asn1_x509.Certificate] = (),
             ltv: bool = True) -> SealResult:
    """Append ``pages`` to ``original`` and seal the whole.

    Args:
        original: The quote PDF exactly as the signer saw it.
        pages: The signature page (a PDF), or None to seal the original alone.
        key: The seller's key.
        tsa_url: An RFC 3161 timestamping authority; empty: no timestamp (B-B).
        reason: The signature's reason (« Signature du devis D-2026-0042 par Claire Dupont »).
        location: Where (the seller's city), or empty.
        trust_roots: Roots to trust besides the key's own: the timestamping authority's root, for B-LT (the
            operating system's trust list is not read: pyHanko deprecates it, and a TLS root says nothing of a TSA).
        ltv: Try B-LT when there is a timestamping authority.

    Raises:
        SealError: the original is not a PDF pyHanko can update, the key refused to sign, or the timestamping
            authority did not answer.
    """
    timestamper = timestamps.HTTPTimeStamper(tsa_url, timeout=TSA_TIMEOUT_S) if tsa_url else None
    level = SealLevel.B_T if timestamper is not None else SealLevel.B_B
    problem = ""
    try:
        if timestamper is not None and ltv:
            context = ValidationContext(trust_roots=[*key.trust_roots, *trust_roots], allow_fetching=True,
                                        revocation_mode="hard-fail")
            try:
                pdf = _sign(original, pages, key, _meta(reason, location, ltv=True, context=context), timestamper)
                return SealResult(pdf, SealLevel.B_LT, len(original))
            except (PathBuildingError, PathValidationError, SigningError) as exc:
                if isinstance(exc, SigningError) and "timestamp" in str(exc).lower() and "valid" not in str(exc):
                    raise
                problem = f"{type(exc).__name__}: {exc}"[:300]
                log.info("seal without long-term validation data: %s", problem)
        pdf = _sign(original, pages, key, _meta(reason, location, ltv=False, context=None), timestamper)
    except SealError:
        raise
    except Exception as exc:  # pyHanko raises many kinds (PdfReadError, TimestampRequestError, SigningError...)
        raise SealError(f"the PDF could not be sealed: {type(exc).__name__}: {exc}"[:400]) from None
    return SealResult(pdf, level, len(original), problem)
