"""What a quote template sees: the document's values, already formatted for one language.

Templates are edited by users, so they get plain data (dicts, lists and strings) rather than the core's
objects, with every amount and date formatted by :mod:`desktop.core.formatting` and every total
computed by :mod:`desktop.core.quotes`. The template decides the layout, never the arithmetic.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.formatting import format_date, format_money, format_number, format_percent, format_vat_rate
from desktop.core.money import ZERO
from desktop.core.quotes import QuoteDocument, QuoteLine, display_number, document_totals
from desktop.resources import resource

LANGUAGES = ("fr", "en")


@cache
def _all_labels(path: Path) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_labels(lang: str, path: Path | None = None) -> dict[str, str]:
    """Return the PDF labels of ``lang`` (``"fr"`` or ``"en"``) from ``resources/pdf_labels.json``.

    Raises:
        ValueError: for a language the catalogue does not have.
    """
    labels = _all_labels(path or resource("pdf_labels.json"))
    if lang not in labels:
        raise ValueError(f"no PDF labels for language {lang!r}; have {sorted(labels)}")
    return dict(labels[lang])


def _lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _phone(number: str) -> str:
    """A stored international number the local way (``04 78 00 00 00``); typed text as typed."""
    from desktop.core.validation import format_phone

    return format_phone(number) if number.startswith("+") else number


def _iban(iban: str) -> str:
    """An IBAN in groups of four, as banks print it."""
    from stdnum import iban as stdnum_iban

    return stdnum_iban.format(iban) if iban else ""


def _caption(title: str, number: str) -> str:
    return title if not number or number.casefold() in title.casefold() else f"{title} {number}"


def _label(labels: dict[str, str], lang: str, key: str) -> str:
    """A label of ``labels``, or the shipped one when a custom catalogue predates it."""
    return labels.get(key) or load_labels(lang)[key]


def seller_view(seller: Any, lang: str, labels: dict[str, str], *, cgv: bool = True) -> dict[str, Any]:
    """The seller as a document prints it (quotes, orders, invoices): names, numbers, addresses, bank details,
    the VAT exemption and, for the building trades, the decennial insurance."""
    view = {
        "legal_name": seller.legal_name,
        "legal_form": seller.legal_form,
        "share_capital": format_money(seller.share_capital, lang) if seller.share_capital else "",
        "siret": seller.siret,
        "registration": seller.registration,
        "vat_number": seller.vat_number,
        "address": _lines_of(seller.address),
        "email": seller.email,
        "phone": _phone(seller.phone),
        "website": seller.website,
        "iban": _iban(seller.iban),
        "bic": seller.bic,
        "vat_exemption_mention": seller.vat_exemption_mention,
        "logo": seller.logo_path or "",
        "decennial": _label(labels, lang, "decennial").format(insurer=seller.decennial_insurer.strip(),
                                                             coverage=seller.decennial_coverage.strip(),
                                                             area=seller.decennial_area.strip())
        if seller.building_trade and seller.decennial_insurer.strip() else "",
    }
    if cgv:
        view["cgv"] = _paragraphs(seller.cgv)
    return view


def _line_view(line: QuoteLine, lang: str, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "designation": line.designation,
        "description": _lines_of(line.description),
        "quantity": format_number(line.quantity, lang),
        "unit": line.unit,
        "unit_price": format_money(line.unit_price, lang) if line.unit_price is not None else "",
        "discount": format_percent(line.discount_percent, lang) if line.discount_percent else "",
        "vat": format_vat_rate(line.vat, lang),
        "total": labels["free"] if line.is_free else format_money(line.total_ht, lang),
        "is_free": line.is_free,
        "is_travel_fee": line.is_travel_fee,
        # "(Frais de déplacement)" after a designation that does not already say it.
        "travel_tag": line.is_travel_fee and labels["travel_fee"].casefold() not in line.designation.casefold(),
    }


def build_view(document: QuoteDocument, lang: str, labels: dict[str, str] | None = None) -> dict[str, Any]:
    """Return the template context of ``document`` in ``lang``.

    Args:
        document: the quote.
        lang: ``"fr"`` or ``"en"``.
        labels: the label catalogue to use; :func:`load_labels` of ``lang`` by default.

    Returns:
        A dict with ``doc``, ``seller``, ``client``, ``salesperson``, ``sections``, ``totals``, ``L``
        (the labels) and ``lang``.
    """
    labels = labels if labels is not None else load_labels(lang)
    totals = document_totals(document)
    seller = document.seller
    client = document.client
    has_discount = any(line.discount_percent for line in document.lines())
    person = document.salesperson
    delivery = ""
    if document.delivery_date is not None:
        delivery = labels["delivery_on"].format(date=format_date(document.delivery_date, lang))
    if document.lead_time.strip():
        delivery = f"{delivery} ({document.lead_time.strip()})" if delivery else document.lead_time.strip()
    return {
        "lang": lang,
        "L": labels,
        "doc": {
            "title": document.title,
            # The title with its number, once (a purchase order's title already names its quote's number).
            "caption": _caption(document.title, display_number(document)),
            "long_title": len(document.title) > 34,  # printed smaller rather than on four large lines
            "number": display_number(document),
            "version": document.version,
            "is_draft": document.number is None,
            "issue_date": format_date(document.issue_date, lang) if document.issue_date else "",
            "validity_date": format_date(document.validity_date, lang) if document.validity_date else "",
            "delivery": delivery,
            "payment_terms": _lines_of(document.payment_terms),
            "notes": _paragraphs(document.notes),
            "personal_message": _paragraphs(document.personal_message),
            "meant_as_purchase_order": document.meant_as_purchase_order,
            "print_cgv": document.print_cgv and bool(seller.cgv.strip()),
            "print_signature_block": document.print_signature_block,
            "print_withdrawal_notice": document.print_withdrawal_notice and client.needs_withdrawal_notice,
            "has_line_discount": has_discount,
            # A business client reads the late-payment penalties and the 40 € indemnity (L441-10).
            "late_payment": _label(labels, lang, "late_payment").format(rate=seller.late_payment_rate.strip())
            if not client.is_consumer and seller.late_payment_rate.strip() else "",
        },
        "seller": seller_view(seller, lang, labels),
        "client": {
            "name": client.name,
            "company": client.company,
            "address": _lines_of(client.address),
            "email": client.email,
        },
        "salesperson": None if person is None else {
            "name": person.name,
            "email": person.email,
            "phone": _phone(person.phone),
            "photo": person.photo_path or "",
        },
        "sections": [
            {"title": section.title, "lines": [_line_view(line, lang, labels) for line in section.lines]}
            for section in document.sections
        ],
        "totals": {
            "subtotal_ht": format_money(totals.subtotal_ht, lang),
            "has_global_discount": totals.global_discount != ZERO,
            "global_discount_percent": format_percent(document.global_discount_percent, lang),
            "global_discount": format_money(-totals.global_discount, lang),
            "total_ht": format_money(totals.total_ht, lang),
            "total_vat": format_money(totals.total_vat, lang),
            "total_ttc": format_money(totals.total_ttc, lang),
            "has_deposit": totals.deposit != ZERO,
            "deposit_percent": format_percent(document.deposit_percent, lang),
            "deposit": format_money(totals.deposit, lang),
            "by_rate": [
                {
                    "rate": format_vat_rate(b.rate, lang),
                    "base": format_money(b.net_ht, lang),
                    "vat": format_money(b.vat, lang),
                }
                for b in totals.by_rate
            ],
        },
    }
