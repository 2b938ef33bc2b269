"""An stored invoice as files: its document with the seller's logo, then Factur-X, CII and UBL in a folder.

Called on the database worker (with the session of the action); the PDF is rendered in the same call.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.db.seller import seller_identity
from desktop.services.invoicing.cii import Profile
from desktop.services.invoicing.document import InvoiceDocument
from desktop.services.invoicing.facturx import export_files
from desktop.services.invoicing.workflow import document_of


def invoice_document(session: Session, invoice_id: int, data_dir: Path | None = None) -> InvoiceDocument:
    """The invoice as printed, with the seller's stored logo written under ``<data_dir>/assets``."""
    document = document_of(session, invoice_id)
    seller = seller_identity(session)
    if data_dir is None or seller is None or not seller.logo:
        return document
    suffix = ".jpg" if seller.logo[:3] == b"\xff\xd8\xff" else ".png"
    folder = data_dir / "assets"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"logo-{hashlib.sha256(seller.logo).hexdigest()[:12]}{suffix}"
    if not path.exists():
        path.write_bytes(seller.logo)
    return dataclasses.replace(document, seller=dataclasses.replace(document.seller, logo_path=str(path)))


def export_invoice(session: Session, invoice_id: int, folder: Path, *, data_dir: Path | None = None,
                   profile: Profile = Profile.EN16931, formats: tuple[str, ...] = ("facturx", "cii", "ubl"),
                   design: str = "classic") -> list[Path]:
    """Write an issued invoice's Factur-X PDF, CII and UBL XML into ``folder``; the files written.

    Raises:
        desktop.services.invoicing.semantic.SemanticError: a draft.
        desktop.services.invoicing.facturx.FacturXError: an XML not valid for its schema.
    """
    document = invoice_document(session, invoice_id, data_dir)
    return export_files(document, folder, design=design, profile=profile, formats=formats)
