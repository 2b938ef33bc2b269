"""Quote PDF rendering: a 40-line, two-page quote with the default (classic) template, warm.

``quote_pdf_ms_40`` is the median of the app's whole path (HTML from the document, then the PDF) in
process, after warm-up. ``quote_pdf_overhead_ratio`` divides it by bare xhtml2pdf (``pisaDocument``
on the same HTML with a plain resource policy that lets it read the fonts), measured in the same run.
The app's path lays the document out once where bare xhtml2pdf lays it out twice for
``<pdf:pagecount>`` (see ``PageCountMemory``), so the ratio can fall below 1.
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import time
from collections.abc import Callable

from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from desktop.core.quotes import QuoteDocument, Section
from desktop.resources import resources_dir
from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import count_pages, render_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import make_environment, render_quote_html, templates_root

ROUNDS = 15


def _document() -> QuoteDocument:
    doc = sample_document(38)  # + a free line and a travel-fee line = 40 lines
    sections = tuple(Section(s.title, tuple(dataclasses.replace(line, description="") for line in s.lines))
                     for s in doc.sections)
    return dataclasses.replace(doc, sections=sections, print_cgv=False)


def _median_ms(work: Callable[[], object], rounds: int = ROUNDS) -> float:
    for _ in range(3):
        work()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run() -> dict[str, dict[str, object]]:
    doc = _document()
    base = design_dir("classic")
    env = make_environment(templates_root())
    html = render_quote_html(doc, "classic", "fr", environment=env)
    pages = count_pages(render_pdf(html, base))
    bare_policy = ResourceAccessPolicy(base_dir=resources_dir())

    def app_path() -> bytes:
        return render_pdf(render_quote_html(doc, "classic", "fr", environment=env), base)

    def bare() -> None:
        pisa.pisaDocument(html, dest=io.BytesIO(), path=str(base / "quote.html"), resource_policy=bare_policy)

    app_ms = _median_ms(app_path)
    bare_ms = _median_ms(bare)
    return {
        "quote_pdf_ms_40": {"value": round(app_ms, 1), "unit": "ms", "target": "<= 200",
                            "pages": pages, "lines": sum(1 for _ in doc.lines())},
        "quote_pdf_overhead_ratio": {"value": round(app_ms / bare_ms, 3), "unit": "ratio", "target": "<= 1.10",
                                     "bare_xhtml2pdf_ms": round(bare_ms, 1)},
    }
