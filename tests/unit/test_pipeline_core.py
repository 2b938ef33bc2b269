"""The pipeline's figures per stage and its close-date windows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.core.pipeline import PipelineRow, close_window, neighbour_stage, stage_totals


def _row(i: int, stage: str, amount: str | None) -> PipelineRow:
    return PipelineRow(i, f"o{i}", "", Decimal(amount) if amount else None, stage, None, None, "")


def test_stage_totals_weight_amounts_by_probability() -> None:
    totals = stage_totals([_row(1, "qualification", "1000"), _row(2, "proposal", "1000.50"),
                           _row(3, "proposal", None), _row(4, "negotiation", "100")])
    assert [(t.stage, t.count, t.amount, t.weighted) for t in totals] == [
        ("qualification", 1, Decimal("1000"), Decimal("200.00")),
        ("proposal", 2, Decimal("1000.50"), Decimal("500.25")),
        ("negotiation", 1, Decimal("100"), Decimal("80.00"))]


def test_neighbours_and_windows() -> None:
    assert neighbour_stage("qualification", -1) is None
    assert neighbour_stage("qualification", 1) == "proposal"
    assert close_window("this_quarter", date(2026, 11, 27)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert close_window("overdue", date(2026, 11, 27)) == (None, date(2026, 11, 26))
