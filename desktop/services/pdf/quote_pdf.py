"""One call from a quote to its PDF: the path the GUI and the mail service take."""

from __future__ import annotations

from pathlib import Path

from desktop.core.quotes import QuoteDocument
from desktop.services.pdf.templating import render_quote_html, template_path, templates_root
from desktop.services.pdf.worker import DEFAULT_TIMEOUT_S, PdfRenderWorker


def asset_roots(document: QuoteDocument) -> tuple[Path, ...]:
    """The folders of the seller's logo and the salesperson's photo, which the PDF may read."""
    paths = [document.seller.logo_path, document.salesperson.photo_path if document.salesperson else None]
    return tuple(Path(p).resolve().parent for p in paths if p)


def design_dir(template_name: str, root: Path | None = None) -> Path:
    """The folder of a design, against which its relative URIs resolve."""
    return ((root or templates_root()) / template_path(template_name)).parent


def render_quote_pdf(
    document: QuoteDocument,
    worker: PdfRenderWorker,
    template_name: str = "classic",
    lang: str = "fr",
    *,
    root: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> bytes:
    """Render a quote to PDF bytes in the worker process, stopped after ``timeout`` seconds.

    Call it off the UI thread (through the GUI's background-work wrapper).

    Raises:
        TemplateRenderError: the template is broken (line and message inside).
        PdfRenderTimeout: the render ran too long and was stopped.
        PdfRenderError: xhtml2pdf could not render the HTML.
    """
    html = render_quote_html(document, template_name, lang, root=root)
    return worker.render(html, design_dir(template_name, root), asset_roots(document), timeout=timeout)
