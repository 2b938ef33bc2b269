"""HTML to PDF with xhtml2pdf, in process, under the resource policy of :mod:`.policy`.

This is the raw renderer: it runs in the calling thread and cannot be interrupted. The application
calls it through :class:`desktop.services.pdf.worker.PdfRenderWorker`, which runs it in a warm child
process and stops it on timeout; benchmarks and the worker itself call it directly.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables as rl_tables
from reportlab.platypus.doctemplate import BaseDocTemplate
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import RenderLimitError
from xhtml2pdf.xhtml2pdf_reportlab import PmlBaseDoc

from desktop import __version__
from desktop.resources import resource
from desktop.services.pdf.policy import ResourceGate, sanitize_html

_PAGECOUNT_TAG = re.compile(r"<pdf:pagecount\b[^>]*>(?:\s*</pdf:pagecount>)?", re.IGNORECASE)
_CAPACITY = 16 * 1024 * 1024
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


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


class PageCountMemory:
    """Remembers how many pages recent documents had, to render ``<pdf:pagecount>`` in one pass.

    xhtml2pdf resolves ``<pdf:pagecount>`` by laying the whole document out twice (ReportLab's
    ``multiBuild``), about 30 % of a quote's render time. Instead the tag is replaced by a guess, the
    document is laid out once, and its real page count is read from the PDF; only a wrong guess costs a
    second layout. The guess is the count of the same HTML last time (a preview re-rendered, a PDF
    rendered again for sending), else of the last document of the same design. The count text lives in
    the page footer, a static frame, so it never changes how the body flows.
    """

    def __init__(self, size: int = 256) -> None:
        self._by_html: OrderedDict[bytes, int] = OrderedDict()
        self._by_design: dict[Path, int] = {}
        self._size = size

    def guess(self, key: bytes, design: Path) -> int:
        """The best guess of the page count of a document."""
        return self._by_html.get(key) or self._by_design.get(design, 1)

    def remember(self, key: bytes, design: Path, pages: int) -> None:
        """Record the real page count of a rendered document."""
        self._by_html[key] = pages
        self._by_html.move_to_end(key)
        while len(self._by_html) > self._size:
            self._by_html.popitem(last=False)
        self._by_design[design] = pages


_PAGE_COUNTS = PageCountMemory()


#: The font pages and table cells start with. ReportLab opens each page and each table cell in Helvetica, a
#: base-14 font it never embeds, so that ``pdffonts`` lists one font not embedded even when all the text is
#: DejaVu; starting in DejaVu Sans (embedded as a subset) leaves only embedded fonts in the file, as PDF/A needs.
BASE_FONT = "RelanceBase"


@lru_cache(maxsize=1)
def _install_document_defaults() -> None:
    """Start pages in an embedded font, and name Relance as the PDF's Creator (ReportLab writes
    "(unspecified)"); the Author, Subject, Title and language come from the template's ``<meta>``, ``<title>``
    and ``<html lang>``. Done once per process (the PDF worker's)."""
    from desktop.services.pdf.templating import fonts_dir

    pdfmetrics.registerFont(TTFont(BASE_FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    rl_config.canvas_basefontname = BASE_FONT
    rl_tables.CellStyle.fontname = BASE_FONT  # read from rl_config when ReportLab was imported
    PmlBaseDoc._initArgs = {**BaseDocTemplate._initArgs, "creator": f"Relance {__version__}"}


def count_pages(pdf: bytes) -> int:
    """Count the page objects of a PDF written by ReportLab (uncompressed object headers)."""
    return len(_PAGE_OBJECT.findall(pdf))


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
    clean = sanitize_html(html)
    if not _PAGECOUNT_TAG.search(clean):
        return _render_once(clean, gate)
    key = hashlib.blake2b(clean.encode("utf-8"), digest_size=16).digest()
    guess = _PAGE_COUNTS.guess(key, gate.base_dir)
    for _attempt in range(2):
        pdf = _render_once(_PAGECOUNT_TAG.sub(str(guess), clean), gate)
        pages = count_pages(pdf)
        if pages == guess:
            _PAGE_COUNTS.remember(key, gate.base_dir, pages)
            return pdf
        guess = pages
    return _render_once(clean, gate)  # cannot settle: let xhtml2pdf lay it out twice


def _render_once(clean: str, gate: ResourceGate) -> bytes:
    _install_document_defaults()
    out = io.BytesIO()
    with _collect_errors() as errors, warnings.catch_warnings():
        # reportlab/xhtml2pdf deprecations are theirs to fix; they must not break a render.
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            status = pisa.pisaDocument(
                clean,
                dest=out,
                path=str(gate.base_dir / "quote.html"),
                link_callback=gate.link_callback,
                resource_policy=gate.xhtml2pdf_policy(),
                encoding="utf-8",
                # Held in memory: past `capacity` xhtml2pdf spills to a temporary file it never closes.
                capacity=_CAPACITY,
            )
        except RenderLimitError as exc:
            raise PdfRenderError(f"document refused: {exc}") from exc
        except MemoryError as exc:
            raise PdfRenderError("the document needs too much memory to be laid out: shorten it or lighten its "
                                 "images") from exc
        except Exception as exc:
            raise PdfRenderError(f"{type(exc).__name__}: {exc}") from exc
    if status.err:
        detail = "; ".join(errors.messages[-3:]) or f"{status.err} error(s)"
        raise PdfRenderError(f"xhtml2pdf failed: {detail}")
    data = out.getvalue()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise PdfRenderError("xhtml2pdf produced an incomplete PDF")
    return data
