"""The proof of consent to tracking, for one contact or all: a table (CSV for French Excel, or XLSX) and a PDF.

Both list every record of :mod:`desktop.db.consent` (state, when, how, the exact text shown, the source, the
salesperson's note, who recorded it and when), contact by contact, oldest first, with each contact's current
state. The table goes through :func:`desktop.services.tabular.write_table` (cells neutralised against
formulas); the PDF is rendered from the shipped ``resources/templates/consent/proof.html`` (autoescaped,
strict) through the project's xhtml2pdf pipeline, under the quote renderer's resource policy (no network, no
file outside the template's folder and the shipped fonts): in process by default, or through the application's
:meth:`desktop.services.pdf.worker.PdfRenderWorker.render` when given as ``render``. The texts are French: the
proof is for the seller's own records and the CNIL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import jinja2
from sqlalchemy.orm import Session

from desktop.core.consent import ConsentMethod, ConsentState
from desktop.db.consent import ProofRow, proof_rows
from desktop.db.seller import seller_identity
from desktop.resources import resource
from desktop.services.tabular import write_table

STATE_LABELS = {ConsentState.GIVEN: "Consentement donné", ConsentState.REFUSED: "Refus",
                ConsentState.WITHDRAWN: "Retrait", ConsentState.NOT_ASKED: "Jamais demandé",
                ConsentState.INFORMED: "Informé, sans opposition"}
METHOD_LABELS = {ConsentMethod.ONLINE_FORM: "Formulaire en ligne (question du devis)",
                 ConsentMethod.EMAIL_LINK: "Lien de retrait d'un e-mail",
                 ConsentMethod.SALESPERSON: "Noté par un commercial", ConsentMethod.IMPORT: "Import de fichier",
                 ConsentMethod.MIGRATION: "Reprise des réponses antérieures"}
COLUMNS = ("Contact", "E-mail", "Société", "État actuel", "Réponse", "Date (UTC)", "Moyen", "Texte présenté",
           "Source", "Note", "Enregistré par", "Enregistré le (UTC)")
TITLE = "Preuves du consentement au suivi des e-mails"

Render = Callable[[str, Path], bytes]


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%d/%m/%Y %H:%M:%S")


def proof_cells(row: ProofRow) -> list[str]:
    """One record as the cells of a proof line, in the order of :data:`COLUMNS`.

    Args:
        row: A row of :func:`desktop.db.consent.proof_rows`.

    Returns:
        The cells.
    """
    e = row.entry
    return [row.contact, row.email, row.company, STATE_LABELS[row.current], STATE_LABELS[e.state], _moment(e.at),
            METHOD_LABELS[e.method], e.text, e.source, e.note, e.recorded_by, _moment(e.recorded_at)]


def export_proof_table(session: Session, path: Path, contact_ids: Sequence[int] | None = None) -> int:
    """Write the proof as a table: ``.xlsx`` by extension, else CSV for French Excel.

    Args:
        session: A session (read only).
        path: The file to write.
        contact_ids: The contacts (one for a contact's proof), or None for every contact.

    Returns:
        The number of records written.
    """
    rows = proof_rows(session, contact_ids)
    return write_table(path, COLUMNS, (proof_cells(r) for r in rows))


@dataclass(frozen=True, slots=True)
class _Contact:
    name: str
    email: str
    company: str
    current: str
    entries: list[dict[str, str]]


def proof_html(rows: Sequence[ProofRow], *, seller: str, scope: str, now: datetime) -> str:
    """The proof document as HTML (what the PDF is laid out from).

    Args:
        rows: The records, by contact (as :func:`desktop.db.consent.proof_rows` gives them).
        seller: The seller's legal name.
        scope: What the proof covers ("Tous les contacts", or the contact's name).
        now: When it is made.

    Returns:
        The HTML.
    """
    contacts: dict[int, _Contact] = {}
    for row in rows:
        found = contacts.setdefault(row.contact_id, _Contact(row.contact, row.email, row.company,
                                                             STATE_LABELS[row.current], []))
        e = row.entry
        found.entries.append({"at": _moment(e.at), "state": STATE_LABELS[e.state], "method": METHOD_LABELS[e.method],
                              "text": e.text, "source": e.source, "note": e.note, "recorded_by": e.recorded_by,
                              "recorded_at": _moment(e.recorded_at)})
    folder = resource("templates", "consent")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("proof.html").render(
        title=TITLE, seller=seller or "(vendeur)", scope=scope, made_at=_moment(now),
        contacts=list(contacts.values()), fonts_dir=resource("fonts", "dejavu").as_posix())


def proof_pdf(session: Session, contact_ids: Sequence[int] | None = None, *, now: datetime,
              render: Render | None = None) -> bytes:
    """The proof as a PDF.

    Args:
        session: A session (read only).
        contact_ids: The contacts, or None for every contact.
        now: When it is made (printed on it).
        render: ``(html, base_dir) -> pdf`` (the PDF worker's ``render``); None renders in this process.

    Returns:
        The PDF.

    Raises:
        desktop.services.pdf.render.PdfRenderError: The PDF could not be laid out.
    """
    rows = proof_rows(session, contact_ids)
    seller = seller_identity(session)
    scope = "Tous les contacts" if contact_ids is None else (
        rows[0].contact if len({r.contact_id for r in rows}) == 1 else f"{len(set(contact_ids))} contacts")
    html = proof_html(rows, seller=seller.legal_name if seller else "", scope=scope, now=now)
    if render is None:
        from desktop.services.pdf.render import render_pdf

        return render_pdf(html, resource("templates", "consent"))
    return render(html, resource("templates", "consent"))


def export_proof_pdf(session: Session, path: Path, contact_ids: Sequence[int] | None = None, *, now: datetime,
                     render: Render | None = None) -> int:
    """Write the proof PDF to ``path``.

    Args:
        session: A session (read only).
        path: The file to write.
        contact_ids: The contacts, or None for every contact.
        now: When it is made.
        render: See :func:`proof_pdf`.

    Returns:
        The size of the file in bytes.
    """
    data = proof_pdf(session, contact_ids, now=now, render=render)
    path.write_bytes(data)
    return len(data)
