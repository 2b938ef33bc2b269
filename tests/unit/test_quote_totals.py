"""Totals of a quote: property tests against an independent integer-cent reference."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.money import MoneyTypeError, VatRate
from desktop.core.quotes import QuoteLine, compute_totals


def _round_half_up_cents(value: Fraction) -> int:
    """Integer cents of a non-negative amount in euros, half up: the reference for the code's rounding."""
    cents = value * 100
    return int(cents + Fraction(1, 2)) if cents >= 0 else -int(-cents + Fraction(1, 2))


def _reference(lines: list[QuoteLine], discount: Decimal) -> tuple[int, int, dict[VatRate, int]]:
    bases: dict[VatRate, int] = {}
    for line in lines:
        if line.is_free or line.unit_price is None:
            cents = 0
        else:
            gross = Fraction(line.quantity) * Fraction(line.unit_price)
            cents = _round_half_up_cents(gross * (100 - Fraction(line.discount_percent)) / 100)
        bases[line.vat] = bases.get(line.vat, 0) + cents
    # the discount once on the subtotal, then its cents shared by largest remainder (higher rate first on a tie)
    rates = sorted(bases, key=lambda r: r.sort_key)
    total_discount = _round_half_up_cents(Fraction(sum(bases.values()), 100) * Fraction(discount) / 100)
    exact = {rate: Fraction(bases[rate]) * Fraction(discount) / 100 for rate in rates}  # in cents
    shares = {rate: exact[rate].numerator // exact[rate].denominator for rate in rates}
    by_remainder = sorted(rates, key=lambda r: (-(exact[r] - shares[r]), rates.index(r)))
    for rate in by_remainder[:total_discount - sum(shares.values())]:
        shares[rate] += 1
    total_ht = 0
    vat_by_rate: dict[VatRate, int] = {}
    for rate, base in bases.items():
        net = base - shares[rate]
        total_ht += net
        vat_by_rate[rate] = _round_half_up_cents(Fraction(net, 100) * Fraction(rate.rate))
    return total_ht, sum(vat_by_rate.values()), vat_by_rate


decimals = st.decimals(allow_nan=False, allow_infinity=False)
lines_strategy = st.lists(
    st.builds(
        QuoteLine,
        designation=st.just("x"),
        quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3),
        unit_price=st.decimals(min_value=Decimal("0"), max_value=Decimal("10000"), places=2),
        vat=st.sampled_from(list(VatRate)),
        discount_percent=st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2),
        is_free=st.booleans(),
    ),
    max_size=25,
)
percent = st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2)


@settings(max_examples=150, deadline=None)
@given(lines=lines_strategy, discount=percent, data=st.data())
def test_line_order_never_changes_totals(lines: list[QuoteLine], discount: Decimal, data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(lines))
    assert compute_totals(shuffled, discount) == compute_totals(lines, discount)


@settings(max_examples=150, deadline=None)
@given(lines=lines_strategy, discount=percent, deposit=percent)
def test_ttc_is_ht_plus_vat_in_exact_cents(lines: list[QuoteLine], discount: Decimal, deposit: Decimal) -> None:
    totals = compute_totals(lines, discount, deposit)
    assert totals.total_ttc == totals.total_ht + totals.total_vat
    assert totals.total_ht == totals.subtotal_ht - totals.global_discount
    for value in (totals.total_ht, totals.total_vat, totals.total_ttc, totals.deposit, totals.subtotal_ht):
        assert isinstance(value, Decimal)
        assert value == value.quantize(Decimal("0.01"))
    assert totals.deposit <= totals.total_ttc


@settings(max_examples=150, deadline=None)
@given(lines=lines_strategy, discount=percent)
def test_totals_follow_the_documented_rule(lines: list[QuoteLine], discount: Decimal) -> None:
    totals = compute_totals(lines, discount)
    ref_ht, ref_vat, ref_by_rate = _reference(lines, discount)
    assert totals.total_ht * 100 == ref_ht
    assert totals.total_vat * 100 == ref_vat
    assert {b.rate: int(b.vat * 100) for b in totals.by_rate} == ref_by_rate


@settings(max_examples=200, deadline=None)
@given(lines=lines_strategy, discount=percent)
def test_the_printed_discount_is_the_rate_of_the_subtotal_to_the_cent(lines: list[QuoteLine],
                                                                       discount: Decimal) -> None:
    totals = compute_totals(lines, discount)
    exact = Fraction(totals.subtotal_ht) * Fraction(discount) / 100
    assert totals.global_discount * 100 == _round_half_up_cents(exact)
    assert sum(b.discount for b in totals.by_rate) == totals.global_discount
    for b in totals.by_rate:  # each rate's share stays within a cent of its exact share
        assert abs(Fraction(b.discount) - Fraction(b.base_ht) * Fraction(discount) / 100) < Fraction(1, 100)


def test_the_sample_quotes_five_percent_discount_is_five_percent() -> None:
    # 5 % of 5 286,00 € is 264,30 €; rounding per rate printed 264,31 €
    lines = [QuoteLine("a", Decimal("1"), Decimal("1234.10"), VatRate.STANDARD),
             QuoteLine("b", Decimal("1"), Decimal("4051.90"), VatRate.REDUCED)]
    totals = compute_totals(lines, Decimal("5"))
    assert totals.subtotal_ht == Decimal("5286.00")
    assert totals.global_discount == Decimal("264.30")


def test_vat_is_computed_on_the_sum_per_rate_not_per_line() -> None:
    # Three lines of 0.05 at 5.5 %: per line VAT would round 0.00275 to 0.00 three times;
    # on the sum, 0.15 x 5.5 % = 0.00825 rounds to 0.01.
    lines = [QuoteLine("a", Decimal("1"), Decimal("0.05"), VatRate.REDUCED)] * 3
    totals = compute_totals(lines)
    assert totals.total_vat == Decimal("0.01")


def test_rounding_is_half_up() -> None:
    line = QuoteLine("a", Decimal("1"), Decimal("0.125"), VatRate.ZERO)  # 0.125 -> 0.13 (half even: 0.12)
    assert line.total_ht == Decimal("0.13")


def test_exempt_and_zero_rates_are_kept_apart() -> None:
    lines = [QuoteLine("a", Decimal("1"), Decimal("10"), VatRate.ZERO),
             QuoteLine("b", Decimal("1"), Decimal("10"), VatRate.EXEMPT)]
    assert [b.rate for b in compute_totals(lines).by_rate] == [VatRate.ZERO, VatRate.EXEMPT]


def test_free_line_counts_nothing() -> None:
    line = QuoteLine("a", Decimal("3"), Decimal("99.90"), is_free=True)
    assert compute_totals([line]).total_ttc == Decimal("0")


@pytest.mark.parametrize("field", ["quantity", "unit_price", "discount_percent"])
def test_floats_are_refused_when_a_line_is_built(field: str) -> None:
    values: dict[str, object] = {"designation": "a", "quantity": Decimal("1"), "unit_price": Decimal("1")}
    values[field] = 1.5
    with pytest.raises(MoneyTypeError):
        QuoteLine(**values)  # type: ignore[arg-type]


def test_float_percentages_are_refused_by_the_totals() -> None:
    with pytest.raises(MoneyTypeError):
        compute_totals([], 5.0)  # type: ignore[arg-type]
