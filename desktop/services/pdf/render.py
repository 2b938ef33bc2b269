"""HTML to PDF with xhtml2pdf, in process, under the resource policy of :mod:`.policy`.

This is the raw renderer: it runs in the calling thread and cannot be interrupted. The application
calls it through :class:`desktop.services.pdf.worker.PdfRenderWorker`, which runs it in a warm child
process and stops it on timeout; benchmarks and the worker itself call it directly.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import RenderLimitError

from desktop.resources import resource
from desktop.services.pdf.policy import ResourceGate, sanitize_html


class PdfRenderError(Exception):
    """xhtml2pdf could not turn the HTML into a PDF; no partial PDF is ever returned."""


def blank_dir() -> Path:
    """The folder of the blank stand-ins for refused resources."""
    return resource("templates", "quotes", "_assets")


def default_roots() -> tuple[Path, ...]:
    """Folders every quote may read besides its design folder: the shipped fonts and shared assets."""
    return (resource("fonts"), blank_dir())


@lru_cache(maxsize=32)
def _gate(base_dir: Path, extra_roots: tuple[Path, ...]) -> ResourceGate:
    return ResourceGate.create(base_dir, (*default_roots(), *extra_roots), blank_dir())


class _ErrorCollector(logging.Handler):
    """Keeps the xhtml2pdf log records of one render, to explain a failure."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _collect_errors() -> Iterator[_ErrorCollector]:
    handler = _ErrorCollector()
    logger = logging.getLogger("xhtml2pdf")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def render_pdf(html: str, base_dir: Path, extra_roots: tuple[Path, ...] = ()) -> bytes:
    """Render HTML to PDF bytes, reading nothing but files under the allowed folders.

    Args:
        html: the document (from :func:`~desktop.services.pdf.templating.render_quote_html`).
        base_dir: the template design's folder; relative URIs resolve against it.
        extra_roots: further folders a resource may come from (the logo's, the salesperson photo's).

    Returns:
        The whole PDF.

    Raises:
        PdfRenderError: xhtml2pdf reported an error; nothing partial is returned.
    """
    gate = _gate(Path(base_dir), tuple(Path(p) for p in extra_roots))
    out = io.BytesIO()
    with _collect_errors() as errors, warnings.catch_warnings():
        # reportlab/xhtml2pdf deprecations are theirs to fix; they must not break a render.
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            status = pisa.pisaDocument(
                sanitize_html(html),
                dest=out,
                path=str(gate.base_dir / "quote.html"),
                link_callback=gate.link_callback,
                resource_policy=gate.xhtml2pdf_policy(),
                encoding="utf-8",
            )
        except RenderLimitError as exc:
            raise PdfRenderError(f"document refused: {exc}") from exc
        except Exception as exc:
            raise PdfRenderError(f"{type(exc).__name__}: {exc}") from exc
    if status.err:
        detail = "; ".join(errors.messages[-3:]) or f"{status.err} error(s)"
        raise PdfRenderError(f"xhtml2pdf failed: {detail}")
    data = out.getvalue()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise PdfRenderError("xhtml2pdf produced an incomplete PDF")
    return data
