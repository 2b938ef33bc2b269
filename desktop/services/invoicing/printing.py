"""An invoice's PDF, laid out by the quote designs: the same sandboxed Jinja environment, fonts and renderer.

Each shipped design folder (``resources/templates/quotes/classic``, ``modern``) holds an ``invoice.html``
beside its ``quote.html``, with the design's own styles and the shared body ``_partials/invoice_body.html``;
a design without one (a user's copy made before invoices) prints with ``classic``. The template gets plain,
already formatted values (:func:`build_invoice_view`), never the arithmetic, as quotes do.

Printed beyond a quote's mentions: the due date, the order it invoices (and, for a credit note, the invoice
it cancels), the category of the operation, the client's SIREN and VAT number, the delivery address when it
differs from the billing address, the early-payment terms and, for a business client, the late-payment
penalties with the 40 € recovery indemnity.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.formatting import format_date, format_money, format_number, format_percent, format_vat_rate
from desktop.core.money import ZERO
from desktop.resources import resource
from desktop.services.invoicing.document import InvoiceDocument, InvoiceKind, OperationCategory
from desktop.services.invoicing.totals import InvoiceLineValue
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.templating import (
    fonts_dir,
    make_environment,
    render_template,
    templates_root,
)
from desktop.services.pdf.view_model import _lines_of, _paragraphs, load_labels, seller_view

INVOICE_TEMPLATE = "invoice.html"
DEFAULT_DESIGN = "classic"
CATEGORY_LABELS = {OperationCategory.GOODS: "category_goods", OperationCategory.SERVICES: "category_services",
                   OperationCategory.MIXED: "category_mixed"}


@cache
def _invoice_labels() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(resource("invoice_labels.json").read_text(encoding="utf-8"))
    return data


def invoice_labels(lang: str) -> dict[str, str]:
    """The quote PDF labels of ``lang`` with the invoice's own (``resources/invoice_labels.json``)."""
    labels = load_labels(lang)
    labels.update(_invoice_labels().get(lang, _invoice_labels()["fr"]))
    return labels


def invoice_template(design: str, root: Path | None = None) -> str:
    """The loader name of a design's invoice template (``classic/invoice.html`` when it has none)."""
    folder = (root or templates_root()) / design
    name = design if (folder / INVOICE_TEMPLATE).is_file() else DEFAULT_DESIGN
    return f"{name}/{INVOICE_TEMPLATE}"


def _line_view(line: InvoiceLineValue, lang: str, labels: dict[str, str]) -> dict[str, Any]:
    negative = line.total_ht < ZERO
    return {
        "designation": line.designation,
        "description": _lines_of(line.description),
        "quantity": format_number(line.quantity, lang),
        "unit": line.unit,
        "unit_price": format_money(line.unit_price, lang),
        "discount": format_percent(line.discount_percent, lang) if line.discount_percent else "",
        "vat": format_vat_rate(line.vat, lang),
        "total": labels["free"] if line.total_ht == line.unit_price == ZERO else format_money(line.total_ht, lang),
        "is_deduction": line.is_deduction or negative,
    }


def _client_address(document: InvoiceDocument) -> list[str]:
    client = document.client
    lines = _lines_of(client.full_address)
    if client.country and client.country != "FR":
        lines.append(client.country)
    return lines


def build_invoice_view(document: InvoiceDocument, lang: str = "fr", *, profile: str = "") -> dict[str, Any]:
    """The template context of an invoice or a credit note in ``lang``.

    Args:
        document: the invoice as printed.
        lang: ``"fr"`` or ``"en"``.
        profile: the Factur-X profile the PDF carries (``"EN 16931"``), printed in a small note; empty for none.
    """
    labels = invoice_labels(lang)
    totals = document.totals
    seller, client = document.seller, document.client
    credit = document.is_credit_note
    number = document.number or labels["draft"]
    title = document.title
    caption = f"{title} {document.number}" if document.number else title

    def fmt(value: date | None) -> str:
        return format_date(value, lang) if value is not None else ""

    billing = "\n".join(_lines_of(client.full_address))
    delivery_address = document.delivery_address.strip()
    differs = bool(delivery_address) and " ".join(delivery_address.split()) != " ".join(billing.split())
    category = CATEGORY_LABELS.get(document.operation_category)
    late = ""
    if client.is_business and document.late_payment_rate.strip() and not credit:
        late = labels["late_payment_b2b"].format(rate=document.late_payment_rate.strip().rstrip("."))
    references = []
    if document.order_number:
        references.append(labels["order_ref_dated"].format(number=document.order_number, date=fmt(document.order_date))
                          if document.order_date else f"{labels['order_ref']} {document.order_number}")
    if credit and document.credited_number:
        references.append(labels["credited_ref"].format(number=document.credited_number,
                                                        date=fmt(document.credited_date)))
    return {
        "lang": lang,
        "L": labels,
        "doc": {
            "title": title,
            "caption": caption,
            "long_title": len(title) > 20,
            "number": number,
            "is_draft": document.number is None,
            "is_credit_note": credit,
            "is_deposit": document.kind is InvoiceKind.DEPOSIT,
            "issue_date": fmt(document.issue_date),
            "due_date": "" if credit else fmt(document.due_date),
            "delivery_date": fmt(document.delivery_date),
            "references": references,
            "category": labels[category] if category else "",
            "delivery_address": _lines_of(delivery_address) if differs else [],
            "payment_terms": [] if credit else _lines_of(document.payment_terms),
            "early_payment": "" if credit else document.early_payment_terms.strip(),
            "late_payment": late,
            "notes": _paragraphs(document.notes),
            "has_line_discount": any(line.discount_percent for line in document.lines),
            "facturx_note": labels["facturx_note"].format(profile=profile) if profile else "",
        },
        "seller": seller_view(seller, lang, labels, cgv=False),
        "client": {
            "name": client.name,
            "company": client.company,
            "address": _client_address(document),
            "email": client.email,
            "siren": client.siren if client.is_business else "",
            "vat_number": client.vat_number if client.is_business else "",
        },
        "lines": [_line_view(line, lang, labels) for line in document.lines],
        "totals": {
            "total_ht": format_money(totals.total_ht, lang),
            "total_vat": format_money(totals.total_vat, lang),
            "total_ttc": format_money(totals.total_ttc, lang),
            "by_rate": [{"rate": format_vat_rate(r.rate, lang), "base": format_money(r.base_ht, lang),
                         "vat": format_money(r.vat, lang)} for r in totals.by_rate],
        },
    }


_ENVIRONMENT: dict[Path, ImmutableSandboxedEnvironment] = {}


def _environment(root: Path) -> ImmutableSandboxedEnvironment:
    environment = _ENVIRONMENT.get(root)
    if environment is None:
        environment = _ENVIRONMENT[root] = make_environment(root)
    return environment


def render_invoice_html(document: InvoiceDocument, design: str = DEFAULT_DESIGN, lang: str = "fr", *,
                        root: Path | None = None, profile: str = "") -> str:
    """An invoice's HTML with a design's ``invoice.html``.

    Raises:
        desktop.services.pdf.templating.TemplateRenderError: the template is broken.
    """
    folder = root or templates_root()
    context = build_invoice_view(document, lang, profile=profile)
    context["fonts_dir"] = fonts_dir().as_posix()
    return render_template(_environment(folder), invoice_template(design, folder), context)


def render_invoice_pdf(document: InvoiceDocument, design: str = DEFAULT_DESIGN, lang: str = "fr", *,
                       root: Path | None = None, profile: str = "") -> bytes:
    """An invoice's plain PDF (before Factur-X), in the calling thread: call it off the UI thread.

    Raises:
        desktop.services.pdf.templating.TemplateRenderError: the template is broken.
        desktop.services.pdf.render.PdfRenderError: xhtml2pdf refused the document.
    """
    folder = root or templates_root()
    html = render_invoice_html(document, design, lang, root=folder, profile=profile)
    base = (folder / invoice_template(design, folder)).parent
    extra = (Path(document.seller.logo_path).resolve().parent,) if document.seller.logo_path else ()
    return render_pdf(html, base, extra)
