"""Factur-X invoice: a 40-line invoice as PDF/A-3 with its EN 16931 XML, against the same quote's PDF.

``invoice_facturx_ms`` is the median of the whole path of :func:`desktop.services.invoicing.facturx.facturx_pdf`
(the CII XML, the invoice's HTML and PDF by the quote design, the library's XSD check and embedding with the
XMP, the sRGB output intent) for the final invoice of the benchmark's 40-line quote; its ``value`` is the
ratio to rendering that quote's PDF (HTML then PDF, as ``quote_pdf_ms_40``) in the same run.
"""

from __future__ import annotations

from benchmarks.bench_quote_pdf import _median_ms
from desktop.services.invoicing.facturx import facturx_pdf
from desktop.services.invoicing.sample import sample_invoice, sample_quote
from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.templating import make_environment, render_quote_html, templates_root


def run() -> dict[str, dict[str, object]]:
    quote = sample_quote(38)
    invoice = sample_invoice(quote)
    base = design_dir("classic")
    env = make_environment(templates_root())

    def quote_pdf() -> bytes:
        return render_pdf(render_quote_html(quote, "classic", "fr", environment=env), base)

    def invoice_facturx() -> bytes:
        return facturx_pdf(invoice).pdf

    invoice_ms = _median_ms(invoice_facturx)
    quote_ms = _median_ms(quote_pdf)
    return {
        "invoice_facturx_ms": {"value": round(invoice_ms / quote_ms, 3), "unit": "ratio", "target": "<= 1.5",
                               "invoice_facturx_ms": round(invoice_ms, 1), "quote_pdf_ms": round(quote_ms, 1),
                               "lines": len(invoice.lines)},
    }
