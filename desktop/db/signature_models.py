"""The online signatures of quotes: each evidence record the tracker published in a ``signed`` event, kept as is.

``quote_signatures`` is append-only: one row per signature (``event_id`` is unique: several desktops reading one
feed store it once), with the evidence record's fields (see ``tracker/evidence.py``) and the record itself as the
feed gave it (``record``), from which :func:`desktop.core.evidence.record_hash` recomputes ``record_hash`` at any
time; ``hash_ok`` says whether it did on arrival. The quote's ``signed_at`` says it is signed.

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see the table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow


class QuoteSignature(Base):
    """One online signature of a quote, with its evidence."""

    __tablename__ = "quote_signatures"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    token: Mapped[str] = mapped_column(String(64), index=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"), index=True)
    quote_number: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_email: Mapped[str] = mapped_column(String(320))
    statement: Mapped[str] = mapped_column(Text)
    code_issued_at: Mapped[datetime]
    code_checked_at: Mapped[datetime]
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(512))
    signed_at: Mapped[datetime]
    prev_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64), index=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    hash_ok: Mapped[bool] = mapped_column(Boolean)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class QuoteSeal(Base):
    """The sealed PDF of a signature: the signed quote plus its signature page, PAdES-sealed by the seller's key.

    Made by the desktop when it ingests the ``signed`` event (:mod:`desktop.services.signing.wiring`); the
    acceptance confirmation sends it to both parties. A seal that could not be made leaves no row (the signature
    and its evidence are kept all the same; the log says why).
    """

    __tablename__ = "quote_seals"
    id: Mapped[int] = mapped_column(primary_key=True)
    signature_id: Mapped[int] = mapped_column(ForeignKey("quote_signatures.id", ondelete="CASCADE"), unique=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    level: Mapped[str] = mapped_column(String(16))
    problem: Mapped[str] = mapped_column(Text, default="")
    sealed_at: Mapped[datetime] = mapped_column(default=utcnow)
