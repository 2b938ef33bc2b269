"""One call from a quote to its PDF: the path the GUI and the mail service take.

The template and the PDF are both rendered in the worker's child process (one round trip), so that a
template that runs long or fills the memory is stopped there, never in the application's process.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.quotes import QuoteDocument
from desktop.services.pdf.templating import make_environment, render_quote_html, template_path, templates_root
from desktop.services.pdf.worker import DEFAULT_TIMEOUT_S, PdfRenderWorker

Environments = dict[str, ImmutableSandboxedEnvironment]


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
        TemplateRenderError: the template is broken, too slow or too greedy (line and message inside).
        PdfRenderTimeout: the render ran too long and was stopped.
        PdfRenderError: xhtml2pdf could not render the HTML.
    """
    return worker.render_quote(document, template_name, lang, root=root, base_dir=design_dir(template_name, root),
                               extra_roots=asset_roots(document), timeout=timeout)


def warm_up_templates() -> Environments:
    """In the worker's child: the shipped designs' environment, with its designs compiled by a first render."""
    from desktop.services.pdf.sample import sample_document
    from desktop.services.pdf.templating import TemplateRenderError

    root = str(templates_root())
    environments: Environments = {root: make_environment(Path(root))}
    for design in ("classic", "modern"):
        with contextlib.suppress(TemplateRenderError):  # the shipped designs render (tested elsewhere)
            render_quote_html(sample_document(1), design, environment=environments[root])
    return environments


def render_html_in_child(environments: Environments, document: QuoteDocument, template_name: str, lang: str,
                         root: str | None, seconds: float) -> str:
    """In the worker's child: a quote's HTML, from an environment kept per designs folder (it reloads a
    template whose file changed)."""
    folder = root if root is not None else str(templates_root())
    environment = environments.get(folder)
    if environment is None:
        environment = environments[folder] = make_environment(Path(folder))
    return render_quote_html(document, template_name, lang, environment=environment, seconds=seconds)
