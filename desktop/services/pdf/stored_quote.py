"""A stored quote as the document the PDF renderer reads, with the seller's logo written where it may read it.

The logo is kept in the database; the renderer reads files only from the template and asset folders, so
:func:`document_with_logo` writes it once (named by its hash) into ``<data dir>/assets``. Call these on the
database worker thread, with the session of the action.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.quotes import QuoteDocument
from desktop.db.quotes import document_for, get_quote
from desktop.db.seller import seller_identity


@dataclass(frozen=True)
class PrintableQuote:
    """A quote ready to render: its document, the template design and the language it prints with."""

    document: QuoteDocument
    template: str
    language: str


def document_with_logo(session: Session, document: QuoteDocument, data_dir: Path, *, seller: Any = None,
                       seller_read: bool = False) -> QuoteDocument:
    """The document with the seller's stored logo written to a file the renderer may read (``seller`` as the
    caller read it, with ``seller_read``, else read here)."""
    if not seller_read:
        seller = seller_identity(session)
    if seller is None or not seller.logo:
        return document
    suffix = ".jpg" if seller.logo[:3] == b"\xff\xd8\xff" else ".png"
    folder = data_dir / "assets"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"logo-{hashlib.sha256(seller.logo).hexdigest()[:12]}{suffix}"
    if not path.exists():
        path.write_bytes(seller.logo)
    return replace(document, seller=replace(document.seller, logo_path=str(path)))


def stored_quote_document(session: Session, quote_id: int, data_dir: Path, issue_date: date | None, *,
                          seller: Any = None, seller_read: bool = False) -> QuoteDocument:
    """A stored quote as a document (a draft is dated ``issue_date``), with the seller's logo (the seller read
    once, or passed by a caller that read it, with ``seller_read``).

    Raises:
        desktop.db.quotes.QuoteNotFoundError: no such quote.
    """
    if not seller_read:
        seller = seller_identity(session)
    document = document_for(session, quote_id, issue_date=issue_date, seller=seller, seller_read=True)
    return document_with_logo(session, document, data_dir, seller=seller, seller_read=True)


def printable_quote(session: Session, quote_id: int, data_dir: Path, issue_date: date | None, *,
                    seller: Any = None, seller_read: bool = False) -> PrintableQuote:
    """A stored quote's document with its own template design and language (what the send dialog renders)."""
    quote = get_quote(session, quote_id)
    template, language = quote.template, quote.language
    document = stored_quote_document(session, quote_id, data_dir, issue_date, seller=seller, seller_read=seller_read)
    return PrintableQuote(document, template, language)
