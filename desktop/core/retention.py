"""How long tracking events are kept: a number of calendar months (13 by default, the CNIL's usual bound).

The desktop and the tracker compute the same cut-off: the same day and time ``months`` months earlier, the
day clamped to the end of a shorter month (13 months before 31 March 2027 is 29 February 2026... which does
not exist, so 28 February 2026).
"""

from __future__ import annotations

import calendar
from datetime import datetime

DEFAULT_MONTHS = 13


def months_before(moment: datetime, months: int) -> datetime:
    """The same instant ``months`` calendar months earlier (the day clamped to the shorter month's end).

    Args:
        moment: An aware datetime.
        months: How many months back (0 or more).

    Returns:
        The earlier instant, in the same time zone.

    Raises:
        ValueError: For a negative number of months.
    """
    if months < 0:
        raise ValueError("months must be 0 or more")
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
