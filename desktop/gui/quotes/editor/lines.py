"""The lines of the quote editor: the typed rows, their reading into core values, and list operations.

A row is a :class:`LineItem` holding what the user typed (numbers as text), so an invalid amount stays
on screen with its error and never becomes a value. :func:`read_items` turns rows into core
:class:`~desktop.core.quotes.Section` values, or reports every problem by (row, column). A row with
``section=True`` is a section title; lines before the first title belong to an untitled section.

Nothing here imports Qt: the operations (insert, duplicate, move, delete) are plain functions on lists,
and the editor applies them through its undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.core.money import ZERO, MoneyTypeError, Problem, VatRate, validate_amount, validate_percent
from desktop.core.money import validate_quantity as _validate_quantity
from desktop.core.quotes import QuoteLine, Section, compute_totals
from desktop.core.quotes import QuoteTotals as Totals
from desktop.gui.quotes.texts import parse_typed

# Columns of the lines table.
DESIGNATION, DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, DISCOUNT, VAT, FREE, TRAVEL, TOTAL = range(10)
COLUMN_COUNT = 10
NUMBER_COLUMNS = (QUANTITY, UNIT_PRICE, DISCOUNT)


@dataclass(frozen=True)
class LineItem:
    """One row of the editor as typed; ``section`` rows are section titles (``designation`` is the title)."""

    designation: str = ""
    description: str = ""
    quantity: str = "1"
    unit: str = ""
    unit_price: str = ""
    discount: str = ""
    vat: VatRate = VatRate.STANDARD
    is_free: bool = False
    is_travel_fee: bool = False
    product_id: int | None = None
    section: bool = False
    catalogue_price: Decimal | None = None  # the product's unit price when the row came from the catalogue


@dataclass(frozen=True)
class ReadResult:
    """The rows read as core values, with every problem found (row, column) -> problem."""

    sections: tuple[Section, ...]
    product_ids: dict[tuple[int, int], int]
    problems: dict[tuple[int, int], Problem]
    line_rows: dict[int, QuoteLine]


def _number(text: str, lang: str, check: object, empty: Decimal | None) -> Decimal | Problem | None:
    if not text.strip():
        return empty
    parsed = parse_typed(text, lang)
    if isinstance(parsed, Problem):
        return parsed
    problem = check(parsed)  # type: ignore[operator]
    return problem if problem is not None else parsed


def read_line(item: LineItem, lang: str) -> tuple[QuoteLine | None, dict[int, Problem]]:
    """Read one typed line; ``None`` and the problems by column when a number is not acceptable."""
    problems: dict[int, Problem] = {}
    quantity = _number(item.quantity, lang, _validate_quantity, None)
    if quantity is None:
        quantity = Problem("quantity_not_positive")
    price = _number(item.unit_price, lang, validate_amount, None)
    discount = _number(item.discount, lang, validate_percent, ZERO)
    for column, value in ((QUANTITY, quantity), (UNIT_PRICE, price), (DISCOUNT, discount)):
        if isinstance(value, Problem):
            problems[column] = value
    if problems:
        return None, problems
    assert isinstance(quantity, Decimal) and isinstance(discount, Decimal)
    try:
        line = QuoteLine(designation=item.designation.strip(), description=item.description.strip(),
                         quantity=quantity, unit_price=price if isinstance(price, Decimal) else None,
                         vat=item.vat, unit=item.unit.strip(), discount_percent=discount,
                         is_free=item.is_free, is_travel_fee=item.is_travel_fee)
    except MoneyTypeError:  # pragma: no cover - parse_typed only returns Decimal
        return None, {QUANTITY: Problem("float_refused")}
    return line, {}


#: A typed price this many times the catalogue's (or this many times smaller) asks for confirmation: a decimal
#: comma read as a thousands separator, or a slipped zero, moves a price by 10, 100 or 1000.
PRICE_JUMP = Decimal(10)


def price_jump(item: LineItem, lang: str) -> Decimal | None:
    """How many times the typed unit price is the catalogue's, when it jumps by an order of magnitude or more
    (a price ten times smaller gives 0.1); None when it does not, or when there is nothing to compare."""
    if item.catalogue_price is None or item.catalogue_price <= ZERO or not item.unit_price.strip():
        return None
    typed = parse_typed(item.unit_price, lang)
    if not isinstance(typed, Decimal) or typed <= ZERO:
        return None
    ratio = typed / item.catalogue_price
    return ratio if ratio >= PRICE_JUMP or ratio <= 1 / PRICE_JUMP else None


def read_items(items: list[LineItem], lang: str) -> ReadResult:
    """Read every row; sections are cut at each title row."""
    sections: list[tuple[str, list[QuoteLine]]] = []
    product_ids: dict[tuple[int, int], int] = {}
    problems: dict[tuple[int, int], Problem] = {}
    line_rows: dict[int, QuoteLine] = {}
    for row, item in enumerate(items):
        if item.section:
            sections.append((item.designation.strip(), []))
            continue
        if not sections:
            sections.append(("", []))
        line, line_problems = read_line(item, lang)
        for column, problem in line_problems.items():
            problems[(row, column)] = problem
        if line is not None:
            line_rows[row] = line
            if item.product_id is not None:
                product_ids[(len(sections) - 1, len(sections[-1][1]))] = item.product_id
            sections[-1][1].append(line)
    return ReadResult(tuple(Section(title, tuple(lines)) for title, lines in sections), product_ids, problems,
                      line_rows)


def totals_of(result: ReadResult, global_discount: Decimal, deposit: Decimal) -> Totals:
    """The core's totals of the readable lines."""
    lines = [line for section in result.sections for line in section.lines]
    return compute_totals(lines, global_discount, deposit)


def items_from_sections(sections: tuple[Section, ...], lang: str,
                        product_ids: dict[tuple[int, int], int] | None = None) -> list[LineItem]:
    """The editor rows of stored sections (an untitled first section has no title row)."""
    from desktop.gui.quotes.texts import edit_text

    items: list[LineItem] = []
    for s_pos, section in enumerate(sections):
        if section.title or s_pos > 0:
            items.append(LineItem(designation=section.title, section=True))
        for l_pos, line in enumerate(section.lines):
            items.append(LineItem(
                designation=line.designation, description=line.description,
                quantity=edit_text(line.quantity, lang), unit=line.unit,
                unit_price=edit_text(line.unit_price, lang, 2),
                discount="" if line.discount_percent == ZERO else edit_text(line.discount_percent, lang),
                vat=line.vat, is_free=line.is_free, is_travel_fee=line.is_travel_fee,
                product_id=(product_ids or {}).get((s_pos, l_pos))))
    return items


# List operations: each returns the new list and the row to focus ------------------------------
def insert_after(items: list[LineItem], row: int, item: LineItem | None = None) -> tuple[list[LineItem], int]:
    """Insert a new line after ``row`` (at the end when ``row`` is -1)."""
    at = len(items) if row < 0 else row + 1
    return [*items[:at], item or LineItem(), *items[at:]], at


def duplicate(items: list[LineItem], row: int) -> tuple[list[LineItem], int]:
    """Copy the row below itself."""
    if not 0 <= row < len(items):
        return items, row
    return insert_after(items, row, replace(items[row]))


def move(items: list[LineItem], row: int, delta: int) -> tuple[list[LineItem], int]:
    """Move the row up (``-1``) or down (``+1``); unchanged at either end."""
    target = row + delta
    if not (0 <= row < len(items) and 0 <= target < len(items)):
        return items, row
    moved = list(items)
    moved[row], moved[target] = moved[target], moved[row]
    return moved, target


def remove(items: list[LineItem], row: int) -> tuple[list[LineItem], int]:
    """Delete the row; the focus goes to the row that takes its place (or the last one)."""
    if not 0 <= row < len(items):
        return items, row
    rest = [*items[:row], *items[row + 1:]]
    return rest, min(row, len(rest) - 1)


def parse_percent(text: str, lang: str) -> Decimal | Problem:
    """A header percentage (global discount, deposit): empty is 0."""
    value = _number(text, lang, validate_percent, ZERO)
    assert value is not None
    return value
