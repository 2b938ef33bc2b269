"""Each dashboard period's bounds on a given day: whole months back from the current one, never past today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.dashboard import PERIODS, period_for


def utc(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


@pytest.mark.parametrize(("kind", "today", "start", "end", "months"), [
    ("this_month", date(2026, 12, 2), utc(2026, 12, 1), utc(2026, 12, 3), 1),
    ("last_3_months", date(2026, 12, 2), utc(2026, 10, 1), utc(2026, 12, 3), 3),
    ("last_12_months", date(2026, 12, 2), utc(2026, 1, 1), utc(2026, 12, 3), 12),
    ("this_year", date(2026, 12, 2), utc(2026, 1, 1), utc(2026, 12, 3), 12),
    ("last_3_months", date(2026, 2, 28), utc(2025, 12, 1), utc(2026, 3, 1), 3),
    ("last_12_months", date(2026, 1, 31), utc(2025, 2, 1), utc(2026, 2, 1), 12),
    ("this_year", date(2026, 1, 15), utc(2026, 1, 1), utc(2026, 1, 16), 1),
    ("this_month", date(2024, 2, 29), utc(2024, 2, 1), utc(2024, 3, 1), 1),
])
def test_period_bounds(kind: str, today: date, start: datetime, end: datetime, months: int) -> None:
    period = period_for(kind, today)
    assert (period.start, period.end, len(period.months)) == (start, end, months)
    assert period.months[-1] == f"{today.year:04d}-{today.month:02d}"


def test_no_period_ends_in_the_future() -> None:
    for kind in PERIODS:
        for day in range(1, 32):
            today = date(2026, 12, day)
            assert period_for(kind, today).end <= utc(2026, 12, day) + timedelta(days=1)
