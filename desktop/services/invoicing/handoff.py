"""Handing issued invoices to the seller's plateforme agréée (PA): an export folder, or a platform's API.

From September 2027 a French SME issues its invoices through a plateforme agréée, which transmits them to the
client's platform and reports to the tax administration. Relance makes the invoice (Factur-X, EN 16931) and
hands it over; the rest is the platform's job (see ``docs/INVOICE_HANDOFF.md``).

Two ways, one :class:`Channel` protocol:

- :class:`FolderChannel`: one ``<stem>.pdf`` (the Factur-X) and one ``<stem>.json`` (the :func:`manifest`) per
  invoice in a folder the platform's connector watches. The PDF is written first and the manifest last, each
  through a temporary name then a rename, so a connector that waits for the ``.json`` never reads half a file.
- :class:`HttpChannel`: ``POST <base_url>/invoices`` (multipart: ``file`` the PDF, ``manifest`` the JSON), with
  a bearer token given by a callable (from the keyring; never logged nor stored), answered ``201`` with
  ``{"id": ..., "status": ...}``. Another platform's API is one more class with a ``submit``.

:func:`record_handoff` writes the channel, the platform's reference and the moment on the invoice (schema
0018; these columns stay writable once the invoice is frozen).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
from sqlalchemy.orm import Session

from desktop.db.invoices import get_invoice, record
from desktop.services.invoicing.document import InvoiceDocument
from desktop.services.invoicing.facturx import FacturX, file_stem
from desktop.services.invoicing.semantic import TYPE_CODES, amount, billing_mode

MANIFEST_FORMAT = "relance-invoice-handoff/1"


class HandoffError(Exception):
    """The platform refused the invoice or could not be reached; the message says why in plain words."""


@dataclass(frozen=True)
class Submission:
    """What a channel answers: where the invoice went and the platform's reference."""

    channel: str
    reference: str
    status: str = "deposited"


class Channel(Protocol):
    """A way to hand an invoice to a plateforme agréée (the plug-in point)."""

    name: str

    def submit(self, pdf: bytes, manifest: dict[str, Any]) -> Submission:
        """Hand over one Factur-X PDF with its manifest.

        Raises:
            HandoffError: refused or unreachable.
        """
        ...


def manifest(document: InvoiceDocument, invoice: FacturX, now: datetime) -> dict[str, Any]:
    """The JSON manifest that goes with an invoice's Factur-X PDF (the same figures as its XML)."""
    totals = document.totals
    seller, client = document.seller, document.client
    siret = "".join(seller.siret.split())
    return {
        "format": MANIFEST_FORMAT,
        "generated_at": now.isoformat(),
        "file": {"name": f"{file_stem(document)}.pdf", "media_type": "application/pdf",
                 "sha256": hashlib.sha256(invoice.pdf).hexdigest(), "size": len(invoice.pdf),
                 "syntax": "Factur-X", "profile": invoice.profile.label, "xml": "factur-x.xml"},
        "invoice": {
            "number": document.number, "type_code": TYPE_CODES[document.kind], "kind": document.kind.value,
            "issue_date": document.issue_date.isoformat() if document.issue_date else None,
            "due_date": document.due_date.isoformat() if document.due_date and not document.is_credit_note else None,
            "currency": "EUR", "total_ht": amount(totals.total_ht), "total_vat": amount(totals.total_vat),
            "total_ttc": amount(totals.total_ttc), "operation_category": document.operation_category.value,
            "billing_mode": billing_mode(document), "order_number": document.order_number or None,
            "credited_number": document.credited_number or None,
            "vat_breakdown": [{"rate": str(r.rate.percent), "base": amount(r.base_ht), "vat": amount(r.vat)}
                              for r in totals.by_rate]},
        "seller": {"name": seller.legal_name, "siren": siret[:9], "siret": siret, "vat_number": seller.vat_number},
        "buyer": {"name": client.company or client.name, "siren": client.siren or None,
                  "vat_number": client.vat_number or None, "country": client.country,
                  "is_business": client.is_business},
    }


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class FolderChannel:
    """The export folder a platform's connector picks up (see the module docstring)."""

    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def submit(self, pdf: bytes, manifest: dict[str, Any]) -> Submission:
        name = str(manifest["file"]["name"])
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            _write_atomically(self.folder / name, pdf)
            _write_atomically(self.folder / f"{Path(name).stem}.json",
                              json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
        except OSError as exc:
            raise HandoffError(f"Le dossier de dépôt {self.folder} n'est pas accessible en écriture : "
                               f"{exc.strerror or exc}.") from exc
        return Submission(self.name, str(self.folder / name), "exported")


class HttpChannel:
    """A platform's HTTP API: ``POST <base_url>/invoices`` (see the module docstring)."""

    name = "api"

    def __init__(self, base_url: str, token: Callable[[], str], *, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._timeout = timeout
        self._transport = transport

    def submit(self, pdf: bytes, manifest: dict[str, Any]) -> Submission:
        files = {"file": (str(manifest["file"]["name"]), pdf, "application/pdf"),
                 "manifest": ("manifest.json", json.dumps(manifest, ensure_ascii=False).encode("utf-8"),
                              "application/json")}
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                response = client.post(f"{self.base_url}/invoices", files=files,
                                       headers={"Authorization": f"Bearer {self._token()}"})
        except httpx.HTTPError as exc:
            raise HandoffError(f"La plateforme ne répond pas ({type(exc).__name__}) : la facture n'est pas "
                               "déposée, réessayez plus tard.") from exc
        if response.status_code in (401, 403):
            raise HandoffError("La plateforme refuse l'accès : vérifiez la clé d'accès dans les paramètres.")
        if response.status_code >= 400:
            raise HandoffError(f"La plateforme a refusé la facture ({response.status_code}) : "
                               f"{_reason(response)}")
        try:
            answer = response.json()
            return Submission(self.name, str(answer["id"]), str(answer.get("status", "deposited")))
        except (ValueError, KeyError, TypeError) as exc:
            raise HandoffError("La réponse de la plateforme est illisible : la facture est peut-être déposée, "
                               "vérifiez sur la plateforme avant de recommencer.") from exc


def _reason(response: httpx.Response) -> str:
    try:
        data = response.json()
        return str(data.get("error") or data.get("detail") or data)[:300]
    except ValueError:
        return response.text[:300] or response.reason_phrase


def hand_off(document: InvoiceDocument, invoice: FacturX, channel: Channel, now: datetime) -> Submission:
    """Hand one issued invoice's Factur-X to a channel with its manifest.

    Raises:
        HandoffError: the channel refused it or could not be reached.
    """
    return channel.submit(invoice.pdf, manifest(document, invoice, now))


def record_handoff(session: Session, invoice_id: int, submission: Submission, now: datetime) -> None:
    """Write where the invoice went on it, and in the client's timeline."""
    invoice = get_invoice(session, invoice_id)
    invoice.handoff_channel, invoice.handoff_ref = submission.channel, submission.reference[:200]
    invoice.handed_off_at = now
    session.flush()
    record(session, invoice, f"Facture {invoice.number} déposée sur la plateforme ({submission.status})", now,
           channel=submission.channel, reference=submission.reference[:200])

