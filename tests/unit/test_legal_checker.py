"""The legal completeness checker: a complete quote passes, and each rule fails on its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.core.legal import MESSAGES, LegalCode, LegalIssue, check_quote, describe_issue
from desktop.core.money import VatRate
from desktop.core.quotes import QuoteDocument, QuoteLine, Section
from desktop.services.pdf.sample import sample_document

Mutation = Callable[[QuoteDocument], QuoteDocument]


def _complete() -> QuoteDocument:
    return sample_document(4, today=date(2026, 3, 2))


def _seller(**changes: object) -> Mutation:
    return lambda d: dataclasses.replace(d, seller=dataclasses.replace(d.seller, **changes))


def _client(**changes: object) -> Mutation:
    return lambda d: dataclasses.replace(d, client=dataclasses.replace(d.client, **changes))


def _doc(**changes: object) -> Mutation:
    return lambda d: dataclasses.replace(d, **changes)


def _first_line(**changes: object) -> Mutation:
    def mutate(d: QuoteDocument) -> QuoteDocument:
        first, *rest = d.sections
        line = dataclasses.replace(first.lines[0], **changes)
        return dataclasses.replace(d, sections=(Section(first.title, (line, *first.lines[1:])), *rest))
    return mutate


def _without_travel_lines(d: QuoteDocument) -> QuoteDocument:
    return dataclasses.replace(d, sections=tuple(
        Section(s.title, tuple(line for line in s.lines if not line.is_travel_fee)) for s in d.sections))


CASES: list[tuple[str, Mutation, LegalCode]] = [
    ("title", _doc(title="Proposition"), LegalCode.TITLE_NOT_DEVIS),
    ("date", _doc(issue_date=None), LegalCode.ISSUE_DATE_MISSING),
    ("legal name", _seller(legal_name="  "), LegalCode.SELLER_LEGAL_NAME_MISSING),
    ("siret", _seller(siret="73282932000075"), LegalCode.SELLER_SIRET_INVALID),
    ("registration", _seller(registry_city=""), LegalCode.SELLER_REGISTRATION_MISSING),
    ("no lines", _doc(sections=(), travel_fees_expected=False), LegalCode.NO_LINES),
    ("designation", _first_line(designation=""), LegalCode.LINE_DESIGNATION_MISSING),
    ("quantity", _first_line(quantity=Decimal("0")), LegalCode.LINE_QUANTITY_MISSING),
    ("unit price", _first_line(unit_price=None), LegalCode.LINE_UNIT_PRICE_MISSING),
    ("free unmarked", _first_line(discount_percent=Decimal("100")), LegalCode.FREE_LINE_NOT_MARKED),
    ("travel fees", _without_travel_lines, LegalCode.TRAVEL_FEES_MISSING),
    ("client", _client(name=""), LegalCode.CLIENT_NAME_MISSING),
    ("exemption", _first_line(vat=VatRate.EXEMPT), LegalCode.VAT_EXEMPTION_MENTION_MISSING),
    ("contact", _seller(email="", phone=""), LegalCode.SELLER_CONTACT_MISSING),
    ("validity", _doc(validity_date=None), LegalCode.VALIDITY_DATE_MISSING),
    ("validity order", lambda d: dataclasses.replace(d, validity_date=d.issue_date - timedelta(days=1)),
     LegalCode.VALIDITY_BEFORE_ISSUE),
    ("cgv", _seller(cgv=""), LegalCode.CGV_MISSING),
    ("cgv not printed", _doc(print_cgv=False), LegalCode.CGV_MISSING),
    ("signature", _doc(print_signature_block=False), LegalCode.SIGNATURE_BLOCK_MISSING),
    ("payment terms", _doc(payment_terms=""), LegalCode.PAYMENT_TERMS_MISSING),
    ("iban", _seller(iban="FR76 3000 6000 0112 3456 7890 180"), LegalCode.BANK_DETAILS_MISSING),
    ("bic", _seller(bic=""), LegalCode.BANK_DETAILS_MISSING),
    ("withdrawal", lambda d: _client(is_consumer=True, sale_at_distance_or_off_premises=True)(
        dataclasses.replace(d, print_withdrawal_notice=False)), LegalCode.WITHDRAWAL_NOTICE_MISSING),
    ("vat number", _seller(vat_number=""), LegalCode.SELLER_VAT_NUMBER_MISSING),
    ("vat number invalid", _seller(vat_number="FR45732829320"), LegalCode.SELLER_VAT_NUMBER_MISSING),
    ("legal form", _seller(legal_form=" "), LegalCode.SELLER_LEGAL_FORM_MISSING),
    ("capital", _seller(share_capital=None), LegalCode.SELLER_CAPITAL_MISSING),
    ("late payment", _seller(late_payment_rate=""), LegalCode.LATE_PAYMENT_TERMS_MISSING),
    ("decennial", _seller(building_trade=True, decennial_insurer="MAAF", decennial_coverage="plomberie"),
     LegalCode.DECENNIAL_INSURANCE_MISSING),
]


def test_the_complete_sample_passes() -> None:
    assert check_quote(_complete()) == []


@pytest.mark.parametrize(("mutation", "code"), [(m, c) for _, m, c in CASES], ids=[n for n, _, _ in CASES])
def test_each_rule_fails_alone(mutation: Mutation, code: LegalCode) -> None:
    assert [issue.code for issue in check_quote(mutation(_complete()))] == [code]


def test_a_consumer_client_needs_no_vat_number_nor_late_payment_terms() -> None:
    consumer = _client(is_consumer=True)(_seller(vat_number="", late_payment_rate="")(_complete()))
    assert check_quote(consumer) == []


def test_an_individual_entrepreneur_has_no_capital_and_the_franchise_no_vat_number() -> None:
    for form in ("EI", "E.I.", "Micro-entreprise", "entrepreneur individuel", "EI (micro-entrepreneur)"):
        assert check_quote(_seller(legal_form=form, share_capital=None)(_complete())) == [], form
    franchise = _seller(vat_number="", vat_exemption_mention="TVA non applicable, art. 293 B du CGI")(_complete())
    assert check_quote(franchise) == []
    issue = check_quote(_seller(legal_form="SAS", share_capital=None)(_complete()))[0]
    assert describe_issue(issue) == "Le capital social du vendeur (SAS) manque."


def test_a_building_trade_with_its_insurance_passes_and_prints_it() -> None:
    from desktop.services.pdf.view_model import build_view

    doc = _seller(building_trade=True, decennial_insurer="MAAF, contrat 123", decennial_coverage="plomberie",
                  decennial_area="France métropolitaine")(_complete())
    assert check_quote(doc) == []
    view = build_view(doc, "fr")
    assert "MAAF, contrat 123" in view["seller"]["decennial"] and "France métropolitaine" in view["seller"]["decennial"]
    assert "40 €" in view["doc"]["late_payment"] and "trois fois le taux" in view["doc"]["late_payment"]
    consumer = build_view(_client(is_consumer=True)(doc), "en")
    assert consumer["doc"]["late_payment"] == ""  # a consumer is not owed the business penalties' mention


def test_purchase_order_rules_apply_only_to_purchase_orders() -> None:
    loose = dataclasses.replace(_complete(), meant_as_purchase_order=False, payment_terms="",
                                validity_date=None, print_signature_block=False)
    assert check_quote(loose) == []


def test_withdrawal_notice_only_for_consumers_at_a_distance() -> None:
    business = _client(is_consumer=False, sale_at_distance_or_off_premises=True)(
        dataclasses.replace(_complete(), print_withdrawal_notice=False))
    assert check_quote(business) == []


def test_line_issues_name_the_line() -> None:
    doc = _first_line(designation="")(_complete())
    issue = check_quote(doc)[0]
    assert issue == LegalIssue(LegalCode.LINE_DESIGNATION_MISSING, {"line": "1"})
    assert describe_issue(issue) == "Ligne 1 : la désignation manque."
    assert describe_issue(issue, "en") == "Line 1: the designation is missing."


def test_every_code_has_a_french_and_an_english_sentence() -> None:
    for lang in ("fr", "en"):
        assert set(MESSAGES[lang]) == set(LegalCode)
        for code in LegalCode:
            text = describe_issue(LegalIssue(code, {"line": "2", "form": "SAS"}), lang)
            assert text and "{" not in text


def test_a_line_without_price_marked_free_is_fine() -> None:
    doc = _first_line(unit_price=None, is_free=True)(_complete())
    assert check_quote(doc) == []
    assert isinstance(QuoteLine("x", Decimal(1), None).total_ht, Decimal)
