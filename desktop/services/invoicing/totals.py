"""Invoice lines and totals from a purchase order: deposits, progress invoices, the final invoice, credit notes.

Pure functions on ``Decimal`` (no database). The rules, per VAT rate of the order:

- **Order**: its lines' HT after line discounts, the global discount allocated to the rates
  (:func:`desktop.core.quotes.compute_totals`): ``net_r`` and ``vat_r = round(net_r x rate)``.
- **Deposit or progress invoice of a fraction f** (a percentage, or a TTC amount divided by the order's TTC):
  the HT ``round(sum(net_r) x f)`` split across the rates by largest remainder, one line per rate; its VAT
  ``round(base x rate)``. A deposit typed as a TTC amount is adjusted by a cent or two of HT on its largest
  rate so that its TTC is exactly the amount typed, whenever such a cent exists.
- **Final invoice**: the order's lines, the global discount as one negative line per rate, then one
  deduction line per rate for the deposits and progress invoices already issued (and not credited), whose VAT
  is *their* VAT of that rate, not a recomputation. So for every rate, final + deposits = order, to the cent,
  for the base and for the VAT alike (the property tests check it).
- **VAT of an invoice, per rate** (:func:`invoice_totals`): ``round(sum of its ordinary lines' HT x rate)`` plus
  the VAT carried by its deduction lines. TTC = HT + VAT exactly.
- **Credit note** (avoir): the credited invoice's lines as they are; its totals are the invoice's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from desktop.core.money import CENT, HUNDRED, ZERO, MoneyTypeError, VatRate, round_cents
from desktop.core.quotes import QuoteLine, QuoteTotals, compute_totals

ONE = Decimal(1)


class InvoicingError(ValueError):
    """An invoice that cannot be made as asked; the message says why in plain French."""


@dataclass(frozen=True)
class InvoiceLineValue:
    """One invoice line. ``total_ht`` is the amount (negative for a discount or a deduction)."""

    designation: str
    quantity: Decimal
    unit_price: Decimal
    vat: VatRate
    total_ht: Decimal
    unit: str = ""
    description: str = ""
    discount_percent: Decimal = ZERO
    is_deduction: bool = False
    vat_amount: Decimal | None = None  # a deduction's own VAT (the deducted invoices'), else None

    def __post_init__(self) -> None:
        for name in ("quantity", "unit_price", "total_ht", "discount_percent", "vat_amount"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, Decimal)):
                raise MoneyTypeError(f"InvoiceLineValue.{name} must be a Decimal, got {type(value).__name__}")


@dataclass(frozen=True)
class RateTotal:
    """The base HT and the VAT of one rate."""

    rate: VatRate
    base_ht: Decimal
    vat: Decimal

    @property
    def ttc(self) -> Decimal:
        """Base plus VAT."""
        return self.base_ht + self.vat


@dataclass(frozen=True)
class InvoiceTotals:
    """An invoice's totals, per rate (highest first, exempt last) and in all."""

    by_rate: tuple[RateTotal, ...] = field(default=())

    @property
    def total_ht(self) -> Decimal:
        """The sum of the bases."""
        return sum((r.base_ht for r in self.by_rate), ZERO)

    @property
    def total_vat(self) -> Decimal:
        """The sum of the VAT amounts."""
        return sum((r.vat for r in self.by_rate), ZERO)

    @property
    def total_ttc(self) -> Decimal:
        """HT + VAT, exactly."""
        return self.total_ht + self.total_vat

    def rate(self, rate: VatRate) -> RateTotal:
        """The totals of one rate (zero when the invoice has none of it)."""
        for item in self.by_rate:
            if item.rate is rate:
                return item
        return RateTotal(rate, ZERO, ZERO)


def invoice_totals(lines: Iterable[InvoiceLineValue]) -> InvoiceTotals:
    """The totals of invoice lines by the module's rule."""
    bases: dict[VatRate, Decimal] = {}
    ordinary: dict[VatRate, Decimal] = {}
    carried: dict[VatRate, Decimal] = {}
    for line in lines:
        bases[line.vat] = bases.get(line.vat, ZERO) + line.total_ht
        if line.is_deduction:
            carried[line.vat] = carried.get(line.vat, ZERO) + (line.vat_amount or ZERO)
        else:
            ordinary[line.vat] = ordinary.get(line.vat, ZERO) + line.total_ht
    by_rate = tuple(
        RateTotal(rate, bases[rate], round_cents(ordinary.get(rate, ZERO) * rate.rate) + carried.get(rate, ZERO))
        for rate in sorted(bases, key=lambda r: r.sort_key))
    return InvoiceTotals(by_rate)


def order_totals(lines: Sequence[QuoteLine], global_discount_percent: Decimal) -> QuoteTotals:
    """The purchase order's totals (the quote's rule)."""
    return compute_totals(tuple(lines), global_discount_percent)


def _largest_remainder(bases: list[Decimal], fraction: Decimal) -> list[Decimal]:
    """Split ``round(sum(bases) x fraction)`` across ``bases`` by largest remainder (first wins a tie)."""
    total = round_cents(sum(bases, ZERO) * fraction)
    exact = [base * fraction for base in bases]
    floors = [(share / CENT).to_integral_value(rounding=ROUND_FLOOR) * CENT for share in exact]
    left = int(((total - sum(floors, ZERO)) / CENT).to_integral_value())
    order = sorted(range(len(bases)), key=lambda i: (-(exact[i] - floors[i]), i))
    shares = list(floors)
    for i in order[:max(0, left)]:
        shares[i] += CENT
    return [share.quantize(CENT) for share in shares]


def share_lines(order: QuoteTotals, fraction: Decimal, label: str) -> list[InvoiceLineValue]:
    """One line per VAT rate of the order for ``fraction`` of it (a deposit or a progress invoice).

    Args:
        order: the order's totals.
        fraction: between 0 (excluded) and 1.
        label: the designation, e.g. ``"Acompte de 30 % sur la commande D-2026-0042"``.

    Raises:
        InvoicingError: a fraction outside (0, 1], or an order without amount.
    """
    if not ZERO < fraction <= ONE:
        raise InvoicingError("La part facturée doit être comprise entre 0 et 100 % de la commande.")
    rates = [r for r in order.by_rate if r.net_ht != ZERO]
    if not rates:
        raise InvoicingError("La commande n'a aucun montant à facturer.")
    shares = _largest_remainder([r.net_ht for r in rates], fraction)
    return [InvoiceLineValue(designation=label, quantity=ONE, unit_price=share, vat=r.rate, total_ht=share)
            for r, share in zip(rates, shares, strict=True)]


def deposit_lines_for_amount(order: QuoteTotals, amount_ttc: Decimal, label: str) -> list[InvoiceLineValue]:
    """The lines of a deposit of ``amount_ttc`` (TTC), whose TTC is that amount exactly when a cent allows it.

    Raises:
        InvoicingError: an amount not above zero or above the order's TTC.
    """
    if amount_ttc <= ZERO or amount_ttc > order.total_ttc:
        raise InvoicingError("Le montant de l'acompte doit être positif et ne pas dépasser le total TTC de la "
                             "commande.")
    lines = share_lines(order, amount_ttc / order.total_ttc, label)
    largest = max(range(len(lines)), key=lambda i: (lines[i].total_ht, -i))
    best = lines
    for step in (0, 1, -1, 2, -2, 3, -3):
        trial = list(lines)
        base = lines[largest].total_ht + step * CENT
        trial[largest] = InvoiceLineValue(designation=label, quantity=ONE, unit_price=base,
                                          vat=lines[largest].vat, total_ht=base)
        if invoice_totals(trial).total_ttc == amount_ttc:
            best = trial
            break
    return best


def order_lines(lines: Sequence[QuoteLine], order: QuoteTotals, global_discount_percent: Decimal,
                discount_label: str) -> list[InvoiceLineValue]:
    """The order's priced lines as invoice lines, then its global discount as one negative line per rate."""
    result = [InvoiceLineValue(designation=line.designation, quantity=line.quantity,
                               unit_price=ZERO if line.is_free or line.unit_price is None else line.unit_price,
                               vat=line.vat, total_ht=line.total_ht, unit=line.unit, description=line.description,
                               discount_percent=line.discount_percent)
              for line in lines]
    for rate in order.by_rate:
        if rate.discount != ZERO:
            label = f"{discount_label} ({global_discount_percent.normalize():f} %)"
            result.append(InvoiceLineValue(designation=label, quantity=ONE, unit_price=-rate.discount, vat=rate.rate,
                                           total_ht=-rate.discount))
    return result


def deduction_lines(previous: Sequence[tuple[str, InvoiceTotals]]) -> list[InvoiceLineValue]:
    """One deduction line per rate per deducted invoice: its base and its own VAT, negative.

    Args:
        previous: each deducted invoice's label (``"Acompte facture F-2026-0003 du 12/03/2026"``) and totals.
    """
    return [InvoiceLineValue(designation=label, quantity=ONE, unit_price=-rate.base_ht, vat=rate.rate,
                             total_ht=-rate.base_ht, is_deduction=True, vat_amount=-rate.vat)
            for label, totals in previous for rate in totals.by_rate]


def invoiced_fraction(order: QuoteTotals, previous: Iterable[InvoiceTotals]) -> Decimal:
    """The share of the order's HT already invoiced by deposits and progress invoices (0 to 1)."""
    if order.total_ht == ZERO:
        return ZERO
    return sum((t.total_ht for t in previous), ZERO) / order.total_ht


def percent_fraction(percent: Decimal) -> Decimal:
    """A percentage typed by the seller as a fraction (``Decimal("30")`` -> ``0.3``)."""
    return percent / HUNDRED
