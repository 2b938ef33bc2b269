"""The seller identity row (one per database, shared by the team)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.records import SellerDraft
from desktop.db.models import SellerIdentity

#: Text columns of the identity, copied as typed (empty -> NULL).
_TEXT_FIELDS = ("legal_form", "siret", "vat_number", "address", "postal_code", "city", "email", "phone")
#: Columns the settings page (Paramètres › Ma société) edits besides those.
_SETTINGS_FIELDS = ("rcs_city", "iban", "bic", "cgv", "payment_terms", "vat_exemption_mention", "late_payment_rate",
                    "decennial_insurer", "decennial_coverage", "decennial_area")
#: The penalty rate a new seller starts with: the lowest the law allows (Code de commerce L441-10), printed with
#: the 40 € recovery indemnity to business clients; Paramètres › Ma société changes it.
DEFAULT_LATE_PAYMENT_RATE = "trois fois le taux d'intérêt légal"
#: Columns with a value always (the draft's default is stored, never NULL).
_CHOICE_FIELDS = ("registry_kind",)


def seller_identity(session: Session) -> SellerIdentity | None:
    return session.scalars(select(SellerIdentity).order_by(SellerIdentity.id).limit(1)).first()


def save_seller_identity(session: Session, draft: SellerDraft, *, full: bool = False) -> SellerIdentity:
    """Create or update the seller identity from a validated draft.

    Args:
        session: the session of this user action.
        draft: the validated draft.
        full: also write the settings-page fields (capital, registry city, bank details, CGV, defaults,
            logo). The first-start dialog leaves them alone.
    """
    seller = seller_identity(session)
    if seller is None:
        seller = SellerIdentity(late_payment_rate=DEFAULT_LATE_PAYMENT_RATE)
        session.add(seller)
    seller.legal_name = draft.legal_name
    for name in _TEXT_FIELDS:
        setattr(seller, name, getattr(draft, name) or None)
    if full:
        for name in _SETTINGS_FIELDS:
            setattr(seller, name, getattr(draft, name) or None)
        for name in _CHOICE_FIELDS:
            setattr(seller, name, getattr(draft, name))
        seller.share_capital = Decimal(draft.share_capital) if draft.share_capital else None
        seller.validity_days = int(draft.validity_days or 30)
        seller.logo = draft.logo
        seller.building_trade = draft.building_trade
    session.flush()
    return seller


def seller_draft(session: Session) -> SellerDraft:
    """The stored identity as a draft for the settings page (an empty draft when there is none)."""
    seller = seller_identity(session)
    if seller is None:
        return SellerDraft()
    texts = {name: getattr(seller, name) or "" for name in ("legal_name", *_TEXT_FIELDS, *_SETTINGS_FIELDS)}
    texts.update({name: getattr(seller, name) for name in _CHOICE_FIELDS})
    capital = "" if seller.share_capital is None else format(seller.share_capital.normalize(), "f")
    return SellerDraft(**texts, share_capital=capital, validity_days=str(seller.validity_days or 30),
                       logo=seller.logo, building_trade=bool(seller.building_trade))
