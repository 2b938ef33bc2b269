"""Reading the online signatures on file: the evidence record of a signed PDF."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.signature_models import QuoteSignature


def evidence_for_pdf(sessions: sessionmaker[Session], pdf_sha256: str) -> dict[str, Any] | None:
    """The evidence record (as the tracker published it) of the latest signature of the PDF with this SHA-256."""
    with sessions() as session:
        record = session.scalar(select(QuoteSignature.record).where(QuoteSignature.pdf_sha256 == pdf_sha256)
                                .order_by(QuoteSignature.id.desc()))
    return dict(record) if record is not None else None
