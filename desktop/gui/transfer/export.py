"""Export the current selection or the current filter of contacts, or companies, to CSV or XLSX.

``export_with_dialog`` asks where to save, then writes off the UI thread through
:func:`~desktop.gui.kit.db_op.db_op` (a read session: the export changes nothing); ``export_in_background`` is
the same without the file dialog (tests, scripts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.db.contact_list import ContactFilter
from desktop.gui.kit.db_op import DbOp, Session, db_op
from desktop.gui.shell.context import GuiContext
from desktop.services import exporter
from desktop.services.importer import Kind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def column_titles(kind: Kind) -> dict[str, str]:
    """The exported column titles in the user's language (French sources, as the importer reads them)."""
    if kind is Kind.COMPANIES:
        return {
            "legal_name": _tr("Raison sociale"), "legal_form": _tr("Forme juridique"), "siret": _tr("SIRET"),
            "vat_number": _tr("TVA intracommunautaire"), "address": _tr("Adresse"),
            "postal_code": _tr("Code postal"), "city": _tr("Ville"), "website": _tr("Site web"),
            "phone": _tr("Téléphone"), "tags": _tr("Étiquettes"),
        }
    return {
        "civility": _tr("Civilité"), "first_name": _tr("Prénom"), "last_name": _tr("Nom"),
        "job_title": _tr("Fonction"), "company_name": _tr("Société"), "email": _tr("E-mail"),
        "email2": _tr("E-mail 2"), "phone": _tr("Téléphone"), "mobile": _tr("Portable"),
        "address": _tr("Adresse"), "postal_code": _tr("Code postal"), "city": _tr("Ville"),
        "status": _tr("Statut"), "tags": _tr("Étiquettes"), "marketing_consent": _tr("Consentement marketing"),
        "do_not_contact": _tr("Ne pas contacter"), "notes": _tr("Notes"),
    }


def export_in_background(ctx: GuiContext, path: Path, *, kind: Kind, ids: Sequence[int] | None = None,
                         flt: ContactFilter | None = None, on_done: Callable[[int], None] | None = None,
                         on_error: Callable[[BaseException], None] | None = None) -> DbOp[int]:
    """Write the records to ``path`` on the worker thread.

    Args:
        ctx: the GUI context (its database and worker thread).
        path: the file; ``.xlsx`` gives a workbook, anything else a CSV for French Excel.
        kind: contacts or companies.
        ids: the selected records, in order; None exports ``flt`` (contacts) or everything.
        flt: the contact list's current filter.
        on_done: receives the number of records written, on the UI thread.
        on_error: receives the error, on the UI thread (without it, the error is said in the status line).

    Returns:
        The started operation (``cancel()`` is not needed: an export only reads).
    """
    titles = column_titles(kind)  # translated on the UI thread

    def work(session: Session) -> int:
        if kind is Kind.COMPANIES:
            return exporter.export_companies(session, path, ids=ids, titles=titles)
        return exporter.export_contacts(session, path, ids=ids, flt=flt, titles=titles)

    op = db_op(ctx, work, write=False, where="export")
    if on_done is not None:
        op.success(on_done)
    if on_error is not None:
        op.failure(on_error)
    return op.run()


def export_with_dialog(parent: QWidget, ctx: GuiContext, *, kind: Kind, ids: Sequence[int] | None = None,
                       flt: ContactFilter | None = None, on_done: Callable[[int], None] | None = None,
                       on_error: Callable[[BaseException], None] | None = None) -> DbOp[int] | None:
    """Ask where to save (CSV or XLSX), then export as :func:`export_in_background` does.

    Returns:
        The started operation, or None when the user closed the file dialog.
    """
    suggested = _tr("societes.xlsx") if kind is Kind.COMPANIES else _tr("contacts.xlsx")
    name, chosen = QFileDialog.getSaveFileName(parent, _tr("Exporter"), suggested,
                                               _tr("Excel (*.xlsx);;CSV pour Excel (*.csv)"))
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".csv" if "csv" in chosen else ".xlsx")
    return export_in_background(ctx, path, kind=kind, ids=ids, flt=flt, on_done=on_done, on_error=on_error)
