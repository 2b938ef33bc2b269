"""The seller and the client of an invoice: read live while it is a draft, kept as printed once it is issued.

An issued invoice must print forever what it said the day it was issued, even after the seller moves or the
client's company changes its name: :func:`snapshot_json` writes both into the invoice row (frozen by its
triggers) and :func:`parties_from_snapshot` reads them back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.quotes import RegistryKind, Seller
from desktop.db.models import Company, Contact, SellerIdentity
from desktop.db.quotes import document_for
from desktop.db.seller import seller_identity
from desktop.services.invoicing.document import InvoiceClient


def live_seller(session: Session, order_id: int) -> Seller:
    """The seller as a quote prints it (the purchase order's document builds it)."""
    return document_for(session, order_id).seller


def seller_address_parts(session: Session) -> tuple[str, str, str]:
    """The seller's street, postal code and city, apart (the XML wants them apart)."""
    row: SellerIdentity | None = seller_identity(session)
    if row is None:
        return "", "", ""
    return row.address or "", row.postal_code or "", row.city or ""


def live_client(session: Session, contact_id: int | None, company_id: int | None) -> InvoiceClient:
    """The client as the contact and its company say today: a company is invoiced at its address."""
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    company = session.get(Company, company_id) if company_id is not None else None
    consumer = contact.is_consumer if contact is not None else False
    source: Contact | Company | None = company if company is not None and company.address and not consumer \
        else contact if contact is not None else company
    name = contact.full_name if contact is not None else ""
    if contact is not None and contact.civility and name:
        name = f"{contact.civility} {name}"
    siret = (company.siret or "") if company is not None else ""
    return InvoiceClient(
        name=name, company=company.legal_name if company is not None and not consumer else "",
        address=(source.address or "") if source is not None else "",
        postal_code=(source.postal_code or "") if source is not None else "",
        city=(source.city or "") if source is not None else "",
        country=(company.country or "FR") if company is not None and not consumer else "FR",
        email=(contact.email or "") if contact is not None else "",
        siren=siret.replace(" ", "")[:9], vat_number=(company.vat_number or "") if company is not None else "",
        is_business=not consumer)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, RegistryKind):
        return value.value
    return value


def snapshot_json(seller: Seller, client: InvoiceClient, seller_parts: tuple[str, str, str]) -> str:
    """The parties as printed, in JSON (the logo is left out: it is printed from the seller's row)."""
    seller_data = {k: _plain(v) for k, v in asdict(seller).items() if k != "logo_path"}
    return json.dumps({"seller": seller_data, "client": asdict(client), "seller_parts": list(seller_parts)},
                      ensure_ascii=False, sort_keys=True)


def parties_from_snapshot(text: str) -> tuple[Seller, InvoiceClient, tuple[str, str, str]]:
    """Read back :func:`snapshot_json` (fields unknown to this version are ignored)."""
    data = json.loads(text)
    known = {f.name for f in fields(Seller)}
    seller_data = {k: v for k, v in data["seller"].items() if k in known}
    if seller_data.get("share_capital") is not None:
        seller_data["share_capital"] = Decimal(seller_data["share_capital"])
    seller_data["registry_kind"] = RegistryKind(seller_data.get("registry_kind") or "RCS")
    client_known = {f.name for f in fields(InvoiceClient)}
    client = InvoiceClient(**{k: v for k, v in data["client"].items() if k in client_known})
    street, postal, city = [*(data.get("seller_parts") or []), "", "", ""][:3]
    return Seller(**seller_data), client, (street, postal, city)
