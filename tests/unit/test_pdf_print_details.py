"""What the quote PDF prints once and readably: the number, the travel tag, the phone and the IBAN."""

from __future__ import annotations

import dataclasses

from desktop.core.quotes import QuoteDocument, Section
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.view_model import build_view


def _travel_lines(document: QuoteDocument, designation: str) -> QuoteDocument:
    sections = tuple(Section(s.title, tuple(dataclasses.replace(line, designation=designation)
                                            if line.is_travel_fee else line for line in s.lines))
                     for s in document.sections)
    return dataclasses.replace(document, sections=sections)


def _lines(view: dict[str, object]) -> list[dict[str, object]]:
    return [line for section in view["sections"] for line in section["lines"]]  # type: ignore[attr-defined]


def test_a_purchase_orders_title_names_its_number_once() -> None:
    order = dataclasses.replace(sample_document(4), title="Bon de commande — devis D-2026-0042")
    view = build_view(order, "fr")
    assert view["doc"]["caption"] == "Bon de commande — devis D-2026-0042"
    assert view["doc"]["long_title"]
    plain = build_view(sample_document(4), "fr")
    assert plain["doc"]["caption"] == "Devis D-2026-0042" and not plain["doc"]["long_title"]


def test_the_travel_tag_is_not_repeated_after_a_designation_that_says_it() -> None:
    said = [line for line in _lines(build_view(_travel_lines(sample_document(8), "Frais de déplacement"), "fr"))
            if line["is_travel_fee"]]
    assert said and not any(line["travel_tag"] for line in said)
    other = [line for line in _lines(build_view(_travel_lines(sample_document(8), "Déplacement Lyon"), "fr"))
             if line["is_travel_fee"]]
    assert other and all(line["travel_tag"] for line in other)


def test_phone_and_iban_print_grouped() -> None:
    document = sample_document(4)
    document = dataclasses.replace(document, seller=dataclasses.replace(
        document.seller, phone="+33478000000", iban="FR7630006000011234567890189"))
    seller = build_view(document, "fr")["seller"]
    assert seller["phone"] == "04 78 00 00 00"
    assert seller["iban"] == "FR76 3000 6000 0112 3456 7890 189"
