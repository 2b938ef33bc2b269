"""The seller identity row (one per database, shared by the team)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.records import SellerDraft
from desktop.db.models import SellerIdentity


def seller_identity(session: Session) -> SellerIdentity | None:
    return session.scalars(select(SellerIdentity).order_by(SellerIdentity.id).limit(1)).first()


def save_seller_identity(session: Session, draft: SellerDraft) -> SellerIdentity:
    """Create or update the seller identity from a validated draft."""
    seller = seller_identity(session)
    if seller is None:
        seller = SellerIdentity()
        session.add(seller)
    seller.legal_name = draft.legal_name
    for name in ("legal_form", "siret", "vat_number", "address", "postal_code", "city", "email", "phone"):
        setattr(seller, name, getattr(draft, name) or None)
    session.flush()
    return seller
