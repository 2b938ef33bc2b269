"""The sales pipeline in plain Python: stages, their win probabilities, and the figures per stage.

An open opportunity (``result`` empty) sits in one of :data:`STAGES`; a won or lost one leaves the board
and counts in the dashboard instead. The weighted amount of a stage is its amount times the stage's
probability of being won:

=============  ===========  ====================================================
stage          probability  meaning
=============  ===========  ====================================================
qualification  20 %         a need is identified, budget and decision maker not yet
proposal       50 %         a quote or proposal is in the prospect's hands
negotiation    80 %         terms, price or start date are being discussed
=============  ===========  ====================================================

These are common defaults for small B2B sales; :data:`STAGE_PROBABILITIES` is the one place to change them.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

STAGES: tuple[str, ...] = ("qualification", "proposal", "negotiation")
STAGE_PROBABILITIES: dict[str, Decimal] = {
    "qualification": Decimal("0.20"),
    "proposal": Decimal("0.50"),
    "negotiation": Decimal("0.80"),
}
#: Filters on the expected close date of the board (see :func:`close_window`).
CLOSE_WINDOWS: tuple[str, ...] = ("all", "overdue", "this_month", "this_quarter", "next_90_days")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class PipelineRow:
    """One open opportunity as the board shows it."""

    id: int
    title: str
    company: str
    amount: Decimal | None
    stage: str
    expected_close_date: date | None
    owner_id: int | None
    owner_name: str


@dataclass(frozen=True)
class StageTotal:
    """The figures of one column of the board."""

    stage: str
    count: int
    amount: Decimal
    weighted: Decimal
    probability: Decimal


def weighted_amount(amount: Decimal | None, stage: str) -> Decimal:
    """The amount times the stage's probability, to the cent (an opportunity without amount counts 0)."""
    if amount is None:
        return Decimal("0.00")
    return (amount * STAGE_PROBABILITIES[stage]).quantize(CENT)


def stage_totals(rows: Iterable[PipelineRow]) -> list[StageTotal]:
    """Count, amount and weighted amount per stage, in board order (every stage, empty ones too)."""
    count = dict.fromkeys(STAGES, 0)
    amount = {s: Decimal("0.00") for s in STAGES}
    weighted = {s: Decimal("0.00") for s in STAGES}
    for row in rows:
        if row.stage not in count:
            continue
        count[row.stage] += 1
        amount[row.stage] += row.amount or Decimal(0)
        weighted[row.stage] += weighted_amount(row.amount, row.stage)
    return [StageTotal(s, count[s], amount[s], weighted[s], STAGE_PROBABILITIES[s]) for s in STAGES]


def neighbour_stage(stage: str, step: int) -> str | None:
    """The stage ``step`` columns to the right (negative: left), or None past either end."""
    index = STAGES.index(stage) + step
    return STAGES[index] if 0 <= index < len(STAGES) else None


def close_window(kind: str, today: date) -> tuple[date | None, date | None]:
    """The inclusive bounds on the expected close date for a board filter; None means open-ended.

    ``all``: no bound; ``overdue``: before today; ``this_month`` and ``this_quarter``: the calendar month or
    quarter of today; ``next_90_days``: today to today + 90 days.
    """
    if kind == "all":
        return None, None
    if kind == "overdue":
        return None, today - timedelta(days=1)
    if kind == "this_month":
        return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if kind == "this_quarter":
        first_month = 3 * ((today.month - 1) // 3) + 1
        last_month = first_month + 2
        return (date(today.year, first_month, 1),
                date(today.year, last_month, calendar.monthrange(today.year, last_month)[1]))
    if kind == "next_90_days":
        return today, today + timedelta(days=90)
    raise ValueError(f"unknown close window {kind!r}")
