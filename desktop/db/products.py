"""The catalogue of products and services that quote lines are filled from."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.money import VatRate
from desktop.core.quotes import QuoteLine as CoreLine
from desktop.db.quote_models import Product, QuoteLine
from desktop.db.quotes import QuoteNotFoundError


def create_product(session: Session, *, reference: str, designation: str, unit_price: Decimal,
                   vat_rate: str = "20", unit: str = "", description: str | None = None) -> Product:
    """Add a product or service to the catalogue (``vat_rate`` is a :class:`VatRate` value)."""
    product = Product(reference=reference, designation=designation, unit_price=unit_price,
                      vat_rate=VatRate.parse(vat_rate).value, unit=unit, description=description, active=True)
    session.add(product)
    session.flush()
    return product


def update_product(session: Session, product_id: int, changes: dict[str, Any]) -> Product:
    """Change catalogue fields of a product; quotes already written keep their own copies of the values.

    Raises:
        QuoteNotFoundError: no such product.
        KeyError: an unknown field.
    """
    product = session.get(Product, product_id)
    if product is None:
        raise QuoteNotFoundError(f"no product {product_id}")
    allowed = {"reference", "designation", "description", "unit", "unit_price", "vat_rate", "active"}
    if set(changes) - allowed:
        raise KeyError(f"not editable: {', '.join(sorted(set(changes) - allowed))}")
    for name, value in changes.items():
        setattr(product, name, VatRate.parse(value).value if name == "vat_rate" else value)
    session.flush()
    return product


def list_products(session: Session, *, active_only: bool = True, text: str = "") -> list[Product]:
    """The catalogue by reference; ``text`` keeps products whose reference or designation contains it."""
    query = select(Product).order_by(Product.reference)
    if active_only:
        query = query.where(Product.active.is_(True))
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(func.lower(Product.reference).like(pattern) | func.lower(Product.designation).like(pattern))
    return list(session.scalars(query))


def delete_product(session: Session, product_id: int) -> bool:
    """Delete a product never used on a quote; a used one is only deactivated. True when deleted."""
    product = session.get(Product, product_id)
    if product is None:
        raise QuoteNotFoundError(f"no product {product_id}")
    if session.scalars(select(QuoteLine.id).where(QuoteLine.product_id == product_id).limit(1)).first() is None:
        session.delete(product)
        session.flush()
        return True
    session.execute(update(Product).where(Product.id == product_id).values(active=False))
    session.expire(product)
    return False


def line_from_product(product: Product, quantity: Decimal = Decimal(1)) -> CoreLine:
    """A quote line filled from a catalogue product (the editor then lets the user change it)."""
    return CoreLine(designation=product.designation, quantity=quantity, unit_price=product.unit_price,
                    vat=VatRate.parse(product.vat_rate), unit=product.unit, description=product.description or "")
