"""A quote (devis) as the renderer and the legal checker see it, and its totals.

The dataclasses here are plain, frozen values: the database layer builds them from its rows, the GUI
from its editor, and neither Qt nor SQLAlchemy is imported. Every amount, quantity and percentage is a
``Decimal``; a ``float`` is refused when the value is built (:class:`~desktop.core.money.MoneyTypeError`).

Totals rule (:func:`compute_totals`), in this order:

1. **Line HT** = quantity x unit price HT x (1 - line discount %), rounded half up to the cent.
   A free line ("Gratuit") counts 0.
2. **Base per VAT rate** = the sum of the line HT amounts of that rate (exact, already in cents).
3. **Global discount** (a percentage) is computed once on the subtotal (subtotal x global %, rounded half
   up to the cent: the printed discount is exactly the printed rate of the printed subtotal), then
   allocated to the rates *before* VAT in proportion to their bases, by largest remainder: each rate
   gets its exact share rounded down to the cent, and the cents left go to the largest remainders
   (the higher rate first on a tie). The rates' discounts add up to the printed one, and each is within
   a cent of base x global %, so the VAT stays proportional to what is actually charged.
4. **VAT per rate** = net base x rate, rounded half up to the cent (0 for 0 % and exempt).
5. **Total HT** = sum of the net bases; **total VAT** = sum of the VAT per rate;
   **TTC = HT + VAT exactly**, with no further rounding.
6. **Deposit** (acompte) = TTC x deposit %, rounded half up to the cent.

Sums of cent amounts are exact in ``Decimal``, so the order of the lines never changes a total.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.core.money import HUNDRED, ZERO, MoneyTypeError, VatRate, round_cents
from desktop.core.numbering import with_version


def _require_decimals(obj: object, *names: str) -> None:
    """Refuse any listed field that is not a ``Decimal`` (floats above all)."""
    for name in names:
        value = getattr(obj, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, Decimal)):
            raise MoneyTypeError(f"{type(obj).__name__}.{name} must be a Decimal, got {type(value).__name__}")


class RegistryKind(enum.Enum):
    """Where a French business is registered: trade register (RCS) or crafts register (RM)."""

    RCS = "RCS"
    RM = "RM"


@dataclass(frozen=True)
class Seller:
    """The seller's identity, as printed on every quote."""

    legal_name: str
    legal_form: str = ""
    share_capital: Decimal | None = None
    siret: str = ""
    registry_kind: RegistryKind = RegistryKind.RCS
    registry_city: str = ""
    vat_number: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    iban: str = ""
    bic: str = ""
    cgv: str = ""
    vat_exemption_mention: str = ""
    logo_path: str | None = None
    # The late-payment penalty rate, printed with the 40 € recovery indemnity for business clients (L441-10).
    late_payment_rate: str = ""
    # A building trade shows its decennial insurance: insurer, coverage, geographic scope (loi Pinel, 2014).
    building_trade: bool = False
    decennial_insurer: str = ""
    decennial_coverage: str = ""
    decennial_area: str = ""

    def __post_init__(self) -> None:
        _require_decimals(self, "share_capital")

    @property
    def registration(self) -> str:
        """``"RCS Lyon"`` / ``"RM Rhône"``, or ``""`` when the city is unknown."""
        city = self.registry_city.strip()
        return f"{self.registry_kind.value} {city}" if city else ""


@dataclass(frozen=True)
class Client:
    """Who the quote is addressed to."""

    name: str
    company: str = ""
    address: str = ""
    email: str = ""
    is_consumer: bool = False
    sale_at_distance_or_off_premises: bool = False

    @property
    def needs_withdrawal_notice(self) -> bool:
        """A consumer buying at a distance or off premises has 14 days to withdraw."""
        return self.is_consumer and self.sale_at_distance_or_off_premises


@dataclass(frozen=True)
class Salesperson:
    """The salesperson who signs the quote, with an optional photo printed beside the message."""

    name: str
    email: str = ""
    phone: str = ""
    photo_path: str | None = None


@dataclass(frozen=True)
class QuoteLine:
    """One line of a quote. ``unit_price`` is ``None`` while a draft line has no price yet."""

    designation: str
    quantity: Decimal
    unit_price: Decimal | None
    vat: VatRate = VatRate.STANDARD
    unit: str = ""
    description: str = ""
    discount_percent: Decimal = ZERO
    is_free: bool = False
    is_travel_fee: bool = False

    def __post_init__(self) -> None:
        _require_decimals(self, "quantity", "unit_price", "discount_percent")
        if not isinstance(self.vat, VatRate):
            raise TypeError(f"QuoteLine.vat must be a VatRate, got {type(self.vat).__name__}")

    @property
    def total_ht(self) -> Decimal:
        """Line total HT after the line discount, rounded half up to the cent; 0 for a free line."""
        if self.is_free or self.unit_price is None:
            return ZERO
        gross = self.quantity * self.unit_price
        return round_cents(gross * (HUNDRED - self.discount_percent) / HUNDRED)


@dataclass(frozen=True)
class Section:
    """A titled group of lines; a quote without sections has one section with an empty title."""

    title: str
    lines: tuple[QuoteLine, ...] = ()


@dataclass(frozen=True)
class QuoteDocument:
    """Everything printed on a quote. ``number`` and ``issue_date`` are ``None`` while it is a draft."""

    seller: Seller
    client: Client
    sections: tuple[Section, ...]
    title: str = "Devis"
    number: str | None = None
    version: int = 1
    issue_date: date | None = None
    validity_date: date | None = None
    delivery_date: date | None = None
    lead_time: str = ""
    payment_terms: str = ""
    salesperson: Salesperson | None = None
    global_discount_percent: Decimal = ZERO
    deposit_percent: Decimal = ZERO
    notes: str = ""
    personal_message: str = ""
    meant_as_purchase_order: bool = False
    travel_fees_expected: bool = False
    print_cgv: bool = True
    print_signature_block: bool = True
    print_withdrawal_notice: bool = True

    def __post_init__(self) -> None:
        _require_decimals(self, "global_discount_percent", "deposit_percent")
        if isinstance(self.sections, list):
            object.__setattr__(self, "sections", tuple(self.sections))

    def lines(self) -> Iterator[QuoteLine]:
        """Every line of every section, in order."""
        for section in self.sections:
            yield from section.lines


@dataclass(frozen=True)
class VatBreakdown:
    """The totals of one VAT rate: base before and after the global discount, and its VAT."""

    rate: VatRate
    base_ht: Decimal
    discount: Decimal
    net_ht: Decimal
    vat: Decimal


@dataclass(frozen=True)
class QuoteTotals:
    """The totals of a quote, by the rule in this module's docstring."""

    subtotal_ht: Decimal
    global_discount: Decimal
    total_ht: Decimal
    total_vat: Decimal
    total_ttc: Decimal
    deposit: Decimal
    by_rate: tuple[VatBreakdown, ...] = field(default=())


def compute_totals(
    lines: Iterator[QuoteLine] | tuple[QuoteLine, ...] | list[QuoteLine],
    global_discount_percent: Decimal = ZERO,
    deposit_percent: Decimal = ZERO,
) -> QuoteTotals:
    """Compute the totals of a set of lines by the module's rule (global discount per rate, before VAT).

    Args:
        lines: the quote's lines, in any order.
        global_discount_percent: discount on the whole quote, in percent (0 to 100).
        deposit_percent: share of TTC to be paid on signature, in percent (0 to 100).

    Returns:
        The totals; ``by_rate`` lists each rate used, highest first, exempt last.

    Raises:
        MoneyTypeError: if a percentage is not a ``Decimal``.
    """
    for name, value in (("global_discount_percent", global_discount_percent),
                        ("deposit_percent", deposit_percent)):
        if isinstance(value, bool) or not isinstance(value, Decimal):
            raise MoneyTypeError(f"{name} must be a Decimal, got {type(value).__name__}")
    bases: dict[VatRate, Decimal] = {}
    for line in lines:
        bases[line.vat] = bases.get(line.vat, ZERO) + line.total_ht
    rates = sorted(bases, key=lambda r: r.sort_key)
    discounts = allocate_discount([bases[r] for r in rates], global_discount_percent)
    breakdown = []
    for rate, discount in zip(rates, discounts, strict=True):
        base = bases[rate]
        net = base - discount
        breakdown.append(VatBreakdown(rate, base, discount, net, round_cents(net * rate.rate)))
    subtotal = sum((b.base_ht for b in breakdown), ZERO)
    discount_total = sum((b.discount for b in breakdown), ZERO)
    total_ht = sum((b.net_ht for b in breakdown), ZERO)
    total_vat = sum((b.vat for b in breakdown), ZERO)
    total_ttc = total_ht + total_vat
    return QuoteTotals(
        subtotal_ht=subtotal,
        global_discount=discount_total,
        total_ht=total_ht,
        total_vat=total_vat,
        total_ttc=total_ttc,
        deposit=round_cents(total_ttc * deposit_percent / HUNDRED),
        by_rate=tuple(breakdown),
    )


def allocate_discount(bases: list[Decimal], percent: Decimal) -> list[Decimal]:
    """Split ``sum(bases) x percent`` (rounded to the cent) across the bases by largest remainder.

    Args:
        bases: Amounts in cents, in the order that breaks ties (first wins).
        percent: The discount in percent.

    Returns:
        One discount per base, in cents, adding up exactly to the discount of the sum.
    """
    cent = Decimal("0.01")
    total = round_cents(sum(bases, ZERO) * percent / HUNDRED)
    exact = [base * percent / HUNDRED for base in bases]
    floors = [(share / cent).to_integral_value(rounding="ROUND_FLOOR") * cent for share in exact]
    left = int(((total - sum(floors, ZERO)) / cent).to_integral_value())
    order = sorted(range(len(bases)), key=lambda i: (-(exact[i] - floors[i]), i))
    shares = list(floors)
    for i in order[:max(0, left)]:
        shares[i] += cent
    return [share.quantize(cent) for share in shares]


def document_totals(document: QuoteDocument) -> QuoteTotals:
    """Return the totals of a whole quote (see :func:`compute_totals`)."""
    return compute_totals(tuple(document.lines()), document.global_discount_percent, document.deposit_percent)


def display_number(document: QuoteDocument) -> str:
    """The printed number: ``D-2026-0042`` for v1, ``D-2026-0042-v2`` after; ``""`` for a draft."""
    if not document.number:
        return ""
    return with_version(document.number, document.version)
