"""Money, VAT rates and input validation, in ``Decimal`` only.

Every amount that enters the core goes through :func:`to_decimal`, which refuses ``float`` (a float
already carries a binary rounding error, e.g. ``0.1 + 0.2``) and ``bool``. Amounts are rounded to the
cent with :data:`ROUND_HALF_UP` (0.005 -> 0.01), the rule French accountants expect.

Validation helpers return :class:`Problem` values (a message key and its parameters) rather than
raising, so a form can show every problem at once; :func:`describe_problem` turns one into a French
or English sentence through the small :data:`MESSAGES` catalogue.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0")
HUNDRED = Decimal("100")
MAX_AMOUNT = Decimal("999999999.99")
MAX_QUANTITY = Decimal("999999")


class MoneyTypeError(TypeError):
    """A value of the wrong type (a ``float``, a ``bool``) reached the money code."""


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert an exact value to ``Decimal``, refusing floats.

    Args:
        value: a ``Decimal``, an ``int`` or a string such as ``"12.50"`` or ``"12,50"``.

    Returns:
        The exact decimal value.

    Raises:
        MoneyTypeError: for a ``float``, a ``bool`` or any other type.
        ValueError: for a string that is not a finite number.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise MoneyTypeError(f"expected Decimal, int or str, got {type(value).__name__}")
    if isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
        try:
            result = Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {value!r}") from exc
    else:
        result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def round_cents(amount: Decimal) -> Decimal:
    """Round an amount to the cent, half up (``1.005`` -> ``1.01``, ``-1.005`` -> ``-1.01``)."""
    if not isinstance(amount, Decimal):
        raise MoneyTypeError(f"expected Decimal, got {type(amount).__name__}")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


class VatRate(enum.Enum):
    """The VAT rates of metropolitan France, plus 0 % and exempt (which print differently)."""

    STANDARD = "20"
    INTERMEDIATE = "10"
    REDUCED = "5.5"
    SUPER_REDUCED = "2.1"
    ZERO = "0"
    EXEMPT = "exempt"

    @property
    def rate(self) -> Decimal:
        """The rate as a fraction of HT (``Decimal("0.055")`` for 5.5 %); 0 for exempt."""
        if self is VatRate.EXEMPT:
            return ZERO
        return Decimal(self.value) / HUNDRED

    @property
    def percent(self) -> Decimal:
        """The rate in percent (``Decimal("5.5")``); 0 for exempt."""
        return ZERO if self is VatRate.EXEMPT else Decimal(self.value)

    @property
    def sort_key(self) -> tuple[int, Decimal]:
        """Highest rate first, exempt last: the order of a VAT summary table."""
        return (1 if self is VatRate.EXEMPT else 0, -self.percent)

    @classmethod
    def parse(cls, value: VatRate | Decimal | int | str) -> VatRate:
        """Return the rate for ``20``, ``"5,5"``, ``Decimal("2.1")``, ``"exempt"`` and the like.

        Raises:
            ValueError: for a rate that is not one of the French rates.
            MoneyTypeError: for a float.
        """
        if isinstance(value, VatRate):
            return value
        if isinstance(value, str) and value.strip().lower() in {"exempt", "exonéré", "exonere"}:
            return cls.EXEMPT
        number = to_decimal(value)
        for member in cls:
            if member is not cls.EXEMPT and Decimal(member.value) == number:
                return member
        raise ValueError(f"not a French VAT rate: {value!r}")


@dataclass(frozen=True)
class Problem:
    """One validation problem: a message key and the parameters of its sentence."""

    key: str
    params: dict[str, str] = field(default_factory=dict)


#: Message catalogue of the validation helpers, French first. Keys are stable; texts may change.
MESSAGES: dict[str, dict[str, str]] = {
    "fr": {
        "not_a_number": "« {value} » n'est pas un nombre.",
        "ambiguous_number": "« {value} » est ambigu : écrivez {one} ou {other}.",
        "float_refused": "Valeur approximative refusée : saisissez un montant exact.",
        "vat_rate_unknown":
            "Taux de TVA « {value} » inconnu : choisissez 20 %, 10 %, 5,5 %, 2,1 %, 0 % ou exonéré.",
        "quantity_not_positive": "La quantité doit être supérieure à zéro.",
        "quantity_too_large": "La quantité ne peut pas dépasser {max}.",
        "quantity_too_precise": "La quantité accepte au plus trois décimales.",
        "amount_negative": "Le montant ne peut pas être négatif.",
        "amount_too_large": "Le montant ne peut pas dépasser {max} €.",
        "amount_too_precise": "Le montant accepte au plus deux décimales (centimes).",
        "percent_out_of_range": "Le pourcentage doit être compris entre 0 et 100.",
        "percent_too_precise": "Le pourcentage accepte au plus deux décimales.",
    },
    "en": {
        "not_a_number": "“{value}” is not a number.",
        "ambiguous_number": "“{value}” is ambiguous: write {one} or {other}.",
        "float_refused": "Approximate value refused: enter an exact amount.",
        "vat_rate_unknown": "Unknown VAT rate “{value}”: choose 20%, 10%, 5.5%, 2.1%, 0% or exempt.",
        "quantity_not_positive": "The quantity must be greater than zero.",
        "quantity_too_large": "The quantity cannot exceed {max}.",
        "quantity_too_precise": "The quantity takes at most three decimals.",
        "amount_negative": "The amount cannot be negative.",
        "amount_too_large": "The amount cannot exceed €{max}.",
        "amount_too_precise": "The amount takes at most two decimals (cents).",
        "percent_out_of_range": "The percentage must be between 0 and 100.",
        "percent_too_precise": "The percentage takes at most two decimals.",
    },
}


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def parse_typed_number(text: str, lang: str = "fr") -> Decimal | Problem:
    """Read a number as a person types it, exactly, in French (``1 234,56``) or English (``1,234.56``).

    A separator is a thousands separator only when every group after it has three digits; otherwise it is
    the decimal mark, whichever language (``189,90`` is 189.90 in English too: a comma followed by two
    digits cannot group thousands). A single separator followed by exactly three digits that is not the
    language's own decimal mark (``1,500`` in English: 1500; ``1.500`` in French) is read as grouping in
    English and refused as ambiguous in French, where ``.`` is no thousands separator. Spaces of any kind
    group thousands; a leading ``-`` or ``−`` and a trailing ``€`` or ``%`` are allowed.

    Args:
        text: What was typed.
        lang: ``"fr"`` or ``"en"``.

    Returns:
        The exact value, or a problem (``not_a_number``, ``ambiguous_number``).
    """
    shown = text.strip()
    body = _SPACES.sub("", shown).removesuffix("€").removesuffix("%")
    sign = ""
    if body[:1] in ("-", "\u2212", "+"):
        sign, body = ("-" if body[0] != "+" else ""), body[1:]
    body = body.removeprefix("€")
    if not body or re.fullmatch(r"[0-9.,]+", body) is None or not body[0].isdigit() or not body[-1].isdigit():
        return Problem("not_a_number", {"value": shown})
    marks = {c for c in body if c in ".,"}
    if len(marks) == 2:  # the last mark is the decimal one; the other must group thousands
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if decimal_mark == "," else ","
        whole, _, frac = body.rpartition(decimal_mark)
        if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", whole) is None:
            return Problem("not_a_number", {"value": shown})
        number = whole.replace(group, "") + "." + frac
    elif marks:
        (mark,) = marks
        parts = body.split(mark)
        grouped = len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if len(parts) > 2:  # several marks: only grouping makes sense
            if not grouped:
                return Problem("not_a_number", {"value": shown})
            number = "".join(parts)
        elif not grouped:
            number = parts[0] + "." + parts[1]
        elif mark == "," and lang == "en":
            number = "".join(parts)
        elif mark == "," or lang == "en":  # the language's own decimal mark
            number = parts[0] + "." + parts[1]
        else:  # "1.500" in French: a German-style thousand or a decimal point?
            return Problem("ambiguous_number",
                           {"value": shown, "one": "".join(parts), "other": f"{parts[0]},{parts[1]}"})
    else:
        number = body
    return Decimal(sign + number)


def describe_problem(problem: Problem, lang: str = "fr") -> str:
    """Return the user-facing sentence of a problem in ``lang`` (``"fr"`` or ``"en"``, French otherwise)."""
    catalogue = MESSAGES.get(lang, MESSAGES["fr"])
    return catalogue[problem.key].format(**problem.params)


def _parse(value: object) -> Decimal | Problem:
    if isinstance(value, float):
        return Problem("float_refused")
    try:
        return to_decimal(value)  # type: ignore[arg-type]
    except (ValueError, MoneyTypeError):
        return Problem("not_a_number", {"value": str(value)})


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def validate_vat_rate(value: object) -> Problem | None:
    """Return a problem if ``value`` is not one of the French VAT rates (or ``"exempt"``)."""
    if isinstance(value, float):
        return Problem("float_refused")
    try:
        VatRate.parse(value)  # type: ignore[arg-type]
    except (ValueError, MoneyTypeError):
        return Problem("vat_rate_unknown", {"value": str(value)})
    return None


def validate_quantity(value: object) -> Problem | None:
    """Return a problem unless ``value`` is a positive quantity with at most three decimals."""
    parsed = _parse(value)
    if isinstance(parsed, Problem):
        return parsed
    if parsed <= ZERO:
        return Problem("quantity_not_positive")
    if parsed > MAX_QUANTITY:
        return Problem("quantity_too_large", {"max": str(MAX_QUANTITY)})
    if _decimals(parsed) > 3:
        return Problem("quantity_too_precise")
    return None


def validate_amount(value: object) -> Problem | None:
    """Return a problem unless ``value`` is a non-negative amount in euros with at most two decimals."""
    parsed = _parse(value)
    if isinstance(parsed, Problem):
        return parsed
    if parsed < ZERO:
        return Problem("amount_negative")
    if parsed > MAX_AMOUNT:
        return Problem("amount_too_large", {"max": str(MAX_AMOUNT)})
    if _decimals(parsed) > 2:
        return Problem("amount_too_precise")
    return None


def validate_percent(value: object) -> Problem | None:
    """Return a problem unless ``value`` is a percentage in [0, 100] with at most two decimals."""
    parsed = _parse(value)
    if isinstance(parsed, Problem):
        return parsed
    if parsed < ZERO or parsed > HUNDRED:
        return Problem("percent_out_of_range")
    if _decimals(parsed) > 2:
        return Problem("percent_too_precise")
    return None
