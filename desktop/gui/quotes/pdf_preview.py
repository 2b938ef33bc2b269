"""The quote preview: the PDF rendered in the background by the warm worker process, shown with QtPdf.

:class:`QuotePdfRenderer` owns the :class:`~desktop.services.pdf.worker.PdfRenderWorker` and a runner of
its own (renders never queue behind database work, and never run on the UI thread). The composition
root builds one renderer and closes it on exit. :class:`PdfPreviewDialog` loads the quote on the
database runner, renders it on the render runner, and shows the pages; a broken template shows its line
and message, a render that runs too long is stopped with a clear message.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.quotes import QuoteDocument, display_number
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op, Runner
from desktop.gui.quotes.template_files import template_location
from desktop.gui.shell.context import GuiContext
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.pdf.worker import PdfRenderWorker

DEFAULT_PREVIEW_TIMEOUT_S = 20.0
DocumentLoader = Callable[[Any], QuoteDocument]  # the work of a db_op: a session in, the document out
DocumentSource = QuoteDocument | DocumentLoader


class QuotePdfRenderer:
    """Renders quotes to PDF files in a warm child process, on a thread of its own."""

    def __init__(self, settings: Settings, runner: Runner | None = None,
                 timeout: float = DEFAULT_PREVIEW_TIMEOUT_S) -> None:
        self.settings = settings
        self.runner = runner or Runner()
        self.timeout = timeout
        self._worker: PdfRenderWorker | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="relance-pdf-")

    def _ensure_worker(self) -> PdfRenderWorker:
        if self._worker is None:
            from desktop.services.pdf.quote_pdf import design_dir
            from desktop.services.pdf.worker import PdfRenderWorker

            self._worker = PdfRenderWorker(design_dir("classic"))
        return self._worker

    def warm_up(self) -> None:
        """Start the worker process (call off the UI thread)."""
        self._ensure_worker().start()

    def render(self, document: QuoteDocument, template: str, lang: str) -> tuple[bytes, Path]:
        """Render to PDF bytes and a temporary file named after the quote (call off the UI thread)."""
        from desktop.services.pdf.quote_pdf import render_quote_pdf

        name, root = template_location(template, self.settings.data_dir)
        pdf = render_quote_pdf(document, self._ensure_worker(), name, lang, root=root, timeout=self.timeout)
        label = display_number(document) or "brouillon"
        path = Path(self._tmp.name) / f"Devis-{label}.pdf"
        path.write_bytes(pdf)
        return pdf, path

    def close(self) -> None:
        """Stop the worker process and its thread; remove the temporary files."""
        self.runner.shutdown()
        if self._worker is not None:
            self._worker.close()
        self._tmp.cleanup()


def quote_source(quote_id: int, data_dir: Path, issue_date: date | None) -> DocumentLoader:
    """Load a stored quote as a document (a draft is dated ``issue_date``), with the seller's logo."""
    def load(session: Any) -> QuoteDocument:
        from desktop.services.pdf.stored_quote import stored_quote_document

        return stored_quote_document(session, quote_id, data_dir, issue_date)

    return load


def render_error_text(exc: BaseException) -> str:
    """A failed render in plain words: the template's line and message, the timeout, or the cause."""
    from desktop.services.pdf.render import PdfRenderError
    from desktop.services.pdf.templating import TemplateRenderError
    from desktop.services.pdf.worker import PdfRenderTimeout

    if isinstance(exc, TemplateRenderError):
        from desktop.gui.kit.problems import problem_text

        message = problem_text(exc.message)  # a bound the template went past, in the interface's language
        if exc.line is not None:
            return tr("PdfPreview", "Le modèle « %1 » contient une erreur, ligne %2 : %3").replace(
                "%1", exc.template).replace("%2", str(exc.line)).replace("%3", message)
        return tr("PdfPreview", "Le modèle « %1 » contient une erreur : %2").replace(
            "%1", exc.template).replace("%2", message)
    if isinstance(exc, PdfRenderTimeout):
        return tr("PdfPreview", "Le rendu du PDF a dépassé %1 s et a été arrêté. Simplifiez le modèle "
                                "(images, longueur) puis réessayez.").replace("%1", f"{exc.seconds:g}")
    if isinstance(exc, PdfRenderError):
        return tr("PdfPreview", "Le PDF n’a pas pu être produit : %1").replace("%1", str(exc))
    return str(exc)


class PdfPreviewDialog(QDialog):
    """Shows a quote's PDF; "Enregistrer sous…" and "Ouvrir dans le lecteur PDF"."""

    sig_rendered = Signal()
    sig_failed = Signal(str)

    def __init__(self, ctx: GuiContext, renderer: QuotePdfRenderer, source: DocumentSource, template: str,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(self.tr("Aperçu du devis"))
        self.resize(900, 1000)
        self.ctx = ctx
        self.renderer = renderer
        self._source = source
        self._template = template
        self._lang = lang
        self.pdf_bytes: bytes | None = None
        self.pdf_path: Path | None = None

        self.status = QLabel(self.tr("Rendu du PDF…"))
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enregistrer sous…"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.open_button = QPushButton(self.tr("Ouvrir dans le lecteur PDF"))
        self.close_button = QPushButton(self.tr("Fermer"))
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.close_button.clicked.connect(self.close)
        for button in (self.save_button, self.open_button):
            button.setEnabled(False)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def start(self) -> None:
        """Load the quote (database runner) then render it (render runner); never on the UI thread."""
        self.status.setText(self.tr("Rendu du PDF…"))
        if isinstance(self._source, QuoteDocument):
            self._render(self._source)
            return
        db_op(self.ctx, self._source, write=False).success(self._render).failure(self._failed).run()

    def _render(self, document: QuoteDocument) -> None:
        renderer, template, lang = self.renderer, self._template, self._lang
        Op(lambda _p: renderer.render(document, template, lang)).success(self._show).failure(
            self._render_failed).run_in_background(renderer.runner)

    def _show(self, result: tuple[bytes, Path]) -> None:
        self.pdf_bytes, self.pdf_path = result
        self.document.load(str(self.pdf_path))
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.sig_rendered.emit()

    def _render_failed(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import log_unexpected

        log_unexpected(exc, "PdfPreviewDialog._render")  # db_op logs its own
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import error_text

        text = error_text(exc)  # a template's line and message, a timeout, a database that does not answer...
        self.status.setText(text)
        self.status.setProperty("role", "error")
        self.status.style().polish(self.status)
        self.sig_failed.emit(text)

    @Slot()
    def on_save_button_clicked(self) -> None:
        """Save the PDF where the user chooses."""
        if self.pdf_bytes is None or self.pdf_path is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le devis en PDF"), str(Path.home() / self.pdf_path.name),
            self.tr("Documents PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Write the PDF to ``path`` and say so."""
        if self.pdf_bytes is None:
            return
        path.write_bytes(self.pdf_bytes)
        self.ctx.show_message(self.tr("PDF enregistré : %1").replace("%1", str(path)))

    @Slot()
    def on_open_button_clicked(self) -> None:
        """Open the temporary PDF in the system's PDF reader."""
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))
