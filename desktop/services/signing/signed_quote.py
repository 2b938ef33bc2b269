"""The glue from a ``signed`` feed event to the sealed PDF (to be wired to that event's ingestion).

:func:`seal_signed_quote` finds the very PDF the prospect signed (the quote's PDF registered with the tracker:
the PDF attached to one of the quote's sent messages whose SHA-256 is the evidence's ``pdf_sha256``), lays out
the signature page, and seals both with the seller's key. It **stores nothing**: the schema of signatures
(migration 0014) and the ingestion belong to the tracker side of #17; the caller keeps the sealed bytes where that
schema says, mails them to both parties, and marks the quote « Signé ».
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.numbering import with_version
from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.db.quotes import get_quote
from desktop.db.seller import seller_identity
from desktop.services.secrets import SecretStore
from desktop.services.signing.credentials import SellerName, sealing_key
from desktop.services.signing.evidence import Evidence
from desktop.services.signing.page import Render, signature_page_pdf
from desktop.services.signing.seal import SealResult, seal_pdf


class SignedQuoteError(RuntimeError):
    """The evidence does not fit the quote, or the PDF it names is no longer on file."""


def signed_pdf(session: Session, quote_id: int, sha256: str) -> bytes | None:
    """The PDF of ``quote_id`` whose SHA-256 is ``sha256``, found in the quote's sent messages (newest first)."""
    rows = session.execute(
        select(OutboxPayload.raw).join(OutboxMessage, OutboxMessage.id == OutboxPayload.outbox_id)
        .where(OutboxMessage.quote_id == quote_id).order_by(OutboxMessage.id.desc())).scalars()
    for raw in rows:
        for part in message_from_bytes(raw, policy=policy.default).walk():
            if part.get_content_type() != "application/pdf":
                continue
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == sha256:
                return data
    return None


def seal_signed_quote(session: Session, quote_id: int, evidence: Mapping[str, Any] | Evidence, *,
                      data_dir: Path, secrets: SecretStore, pkcs12_path: str = "", tsa_url: str = "",
                      trust_roots: Iterable[asn1_x509.Certificate] = (), render: Render | None = None,
                      pdf: bytes | None = None) -> SealResult:
    """Seal the quote the evidence says was signed: its registered PDF, plus the signature page.

    Call it on the database worker (it reads the quote, the seller and the sent messages with ``session``, and
    writes nothing), with the settings' ``data_dir``, ``seal_pkcs12_path`` and ``tsa_url``. It may make the
    self-managed key at first use (a file in ``data_dir/signing``, its passphrase in the keyring) and, with a
    timestamping authority, goes to the network: run it off the UI thread.

    Args:
        session: The ingestion's session (read only).
        quote_id: The signed quote.
        evidence: The ``signed`` event's evidence record (the tracker's dict) or an :class:`Evidence`.
        data_dir: The application's data folder.
        secrets: The keyring store (the sealing key's passphrase).
        pkcs12_path: The seller's own PKCS#12 (setting ``seal_pkcs12_path``); empty: the self-managed key.
        tsa_url: The timestamping authority (setting ``tsa_url``); empty: no timestamp.
        trust_roots: The authority's root, for B-LT.
        render: The PDF worker's ``render`` (``(html, base_dir) -> pdf``); None renders in this process.
        pdf: The registered PDF when the caller already has it; None looks it up in the sent messages.

    Returns:
        The sealed PDF and its level; ``SealResult.pdf[:SealResult.original_size]`` is the registered PDF.

    Raises:
        SignedQuoteError: the evidence names another quote or version, or its PDF is not on file.
        desktop.services.signing.evidence.EvidenceError: the record is malformed.
        desktop.services.signing.credentials.SealKeyError: no sealing key can be had.
        desktop.services.signing.seal.SealError: the seal could not be made (the TSA did not answer...).
    """
    record = evidence if isinstance(evidence, Evidence) else Evidence.from_mapping(evidence)
    quote = get_quote(session, quote_id)
    printed = with_version(quote.number or "", quote.version)
    if record.version != quote.version or record.quote_number not in (quote.number, printed, printed[:64]):
        raise SignedQuoteError(f"the evidence is for {record.quote_number} v{record.version}, not for {printed}")
    original = pdf if pdf is not None else signed_pdf(session, quote_id, record.pdf_sha256)
    if original is None:
        raise SignedQuoteError(f"the PDF signed for {printed} is no longer on file (its sent message was pruned)")
    if hashlib.sha256(original).hexdigest() != record.pdf_sha256:
        raise SignedQuoteError(f"the PDF given for {printed} is not the one the evidence names")
    seller = seller_identity(session)
    name = " ".join(p for p in (seller.legal_name, seller.legal_form or "") if p) if seller else ""
    key = sealing_key(data_dir, secrets, SellerName(name or "Relance", (seller.email or "") if seller else ""),
                      pkcs12_path)
    page = signature_page_pdf(record, seller=name, lang=quote.language, render=render)
    return seal_pdf(original, page, key, tsa_url=tsa_url, trust_roots=trust_roots,
                    reason=f"Signature du devis {printed} par {record.signer_name}"[:200])
