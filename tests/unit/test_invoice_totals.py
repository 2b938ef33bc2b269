"""Deposit, progress and final invoices against hand-computed cases and the order's own totals (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.money import ZERO, VatRate
from desktop.core.quotes import QuoteLine, compute_totals
from desktop.services.invoicing import totals as calc
from desktop.services.invoicing.totals import InvoicingError

D = Decimal
ORDER = (
    QuoteLine("Luminaire LED 600×600", D("12"), D("89.90"), unit="pièce"),
    QuoteLine("Détecteur de présence", D("4"), D("34.50"), discount_percent=D("10")),
    QuoteLine("Pose et raccordement", D("7.5"), D("52.00"), vat=VatRate.INTERMEDIATE),
    QuoteLine("Étude photométrique", D("1"), None, is_free=True),
)


def _final(lines: tuple[QuoteLine, ...], discount: Decimal,
           deposits: list[calc.InvoiceTotals]) -> calc.InvoiceTotals:
    order = calc.order_totals(lines, discount)
    values = calc.order_lines(lines, order, discount, "Remise globale")
    values += calc.deduction_lines([(f"Acompte {n}", t) for n, t in enumerate(deposits)])
    return calc.invoice_totals(values)


def test_a_30_percent_deposit_and_its_final_invoice_by_hand() -> None:
    order = calc.order_totals(ORDER, ZERO)
    deposit = calc.invoice_totals(calc.share_lines(order, D("0.3"), "Acompte de 30 %"))
    # 20 %: (1078.80 + 124.20) x 30 % = 360.90, VAT 72.18; 10 %: 390.00 x 30 % = 117.00, VAT 11.70
    assert [(r.rate, r.base_ht, r.vat) for r in deposit.by_rate] == [
        (VatRate.STANDARD, D("360.90"), D("72.18")), (VatRate.INTERMEDIATE, D("117.00"), D("11.70"))]
    assert deposit.total_ttc == D("561.78")
    final = _final(ORDER, ZERO, [deposit])
    # 20 %: 1203.00 - 360.90 = 842.10, VAT 240.60 - 72.18 = 168.42; 10 %: 273.00, VAT 39.00 - 11.70 = 27.30
    assert [(r.base_ht, r.vat) for r in final.by_rate] == [(D("842.10"), D("168.42")), (D("273.00"), D("27.30"))]
    assert final.total_ttc + deposit.total_ttc == D("1872.60")


def test_a_deposit_typed_in_euros_is_that_amount_to_the_cent() -> None:
    order = calc.order_totals(ORDER, ZERO)
    lines = calc.deposit_lines_for_amount(order, D("500.00"), "Acompte")
    assert calc.invoice_totals(lines).total_ttc == D("500.00")
    with pytest.raises(InvoicingError, match="ne pas dépasser"):
        calc.deposit_lines_for_amount(order, D("1872.61"), "Acompte")


def test_the_global_discount_becomes_one_negative_line_per_rate() -> None:
    order = calc.order_totals(ORDER, D("5"))
    values = calc.order_lines(ORDER, order, D("5"), "Remise globale")
    discounts = [v for v in values if v.designation.startswith("Remise globale")]
    # 5 % of 1593.00 = 79.65, split 60.15 (20 %) / 19.50 (10 %)
    assert [(v.vat, v.total_ht) for v in discounts] == [(VatRate.STANDARD, D("-60.15")),
                                                         (VatRate.INTERMEDIATE, D("-19.50"))]
    assert calc.invoice_totals(values).total_ttc == order.total_ttc


def test_shares_outside_zero_to_one_are_refused() -> None:
    order = calc.order_totals(ORDER, ZERO)
    for fraction in (ZERO, D("1.01"), D("-0.2")):
        with pytest.raises(InvoicingError):
            calc.share_lines(order, fraction, "Acompte")


RATES = st.sampled_from([VatRate.STANDARD, VatRate.INTERMEDIATE, VatRate.REDUCED, VatRate.SUPER_REDUCED,
                         VatRate.ZERO])
LINE = st.builds(
    lambda q, p, d, v: QuoteLine("Article", q, p, vat=v, discount_percent=d),
    st.decimals(D("0.001"), D("500"), places=3), st.decimals(D("0.01"), D("20000"), places=2),
    st.sampled_from([ZERO, D("5"), D("12.5"), D("33.33")]), RATES)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=12),
       discount=st.sampled_from([ZERO, D("3"), D("7.25"), D("15")]),
       shares=st.lists(st.integers(1, 40), min_size=0, max_size=3),
       by_amount=st.booleans())
def test_final_plus_deposits_equals_the_order_per_rate_to_the_cent(
        lines: list[QuoteLine], discount: Decimal, shares: list[int], by_amount: bool) -> None:
    order = compute_totals(tuple(lines), discount)  # the quote's own arithmetic, not the invoicing module's
    assume(order.total_ht > ZERO)
    deposits = []
    for percent in shares:
        if by_amount:
            amount = (order.total_ttc * D(percent) / 100).quantize(D("0.01"))
            if amount <= ZERO:
                continue
            deposits.append(calc.invoice_totals(calc.deposit_lines_for_amount(order, amount, "Acompte")))
        else:
            deposits.append(calc.invoice_totals(calc.share_lines(order, D(percent) / 100, "Acompte")))
    final = _final(tuple(lines), discount, deposits)
    for rate in order.by_rate:
        paid_base = sum((d.rate(rate.rate).base_ht for d in deposits), ZERO)
        paid_vat = sum((d.rate(rate.rate).vat for d in deposits), ZERO)
        assert final.rate(rate.rate).base_ht + paid_base == rate.net_ht
        assert final.rate(rate.rate).vat + paid_vat == rate.vat
    assert final.total_ttc + sum((d.total_ttc for d in deposits), ZERO) == order.total_ttc
    for deposit in deposits:  # each deposit's VAT is its own base's, rounded (BR-CO-17 holds exactly)
        for r in deposit.by_rate:
            assert r.vat == (r.base_ht * r.rate.rate).quantize(D("0.01"), rounding="ROUND_HALF_UP")


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=8), percent=st.integers(1, 100))
def test_a_share_is_its_percentage_of_the_order_within_a_cent_per_rate(lines: list[QuoteLine], percent: int) -> None:
    order = compute_totals(tuple(lines), ZERO)
    assume(order.total_ht > ZERO)
    share = calc.invoice_totals(calc.share_lines(order, D(percent) / 100, "Situation"))
    assert share.total_ht == (order.total_ht * percent / 100).quantize(D("0.01"), rounding="ROUND_HALF_UP")
    for rate in order.by_rate:
        assert abs(share.rate(rate.rate).base_ht - rate.net_ht * percent / 100) < D("0.01")
