"""The dashboard's figures in plain Python, from plain rows (no Qt, no SQL).

What is counted (one definition for the SQL of :mod:`desktop.db.dashboard` and for the reference here):

- **Quotes sent in the period**: quotes (not amendments or purchase orders) whose ``sent_at`` falls in the
  period, except versions replaced by a newer one (``superseded``: the newer version carries the offer).
  The other figures follow these quotes (a cohort): their opens, views and acceptances whenever they came.
- **Amount quoted**: their total excl. VAT.
- **Human open rate**: the share with at least one *human* open; **machine opens** (a proxy or a scanner
  fetched the pixel) are counted apart, for quotes with machine opens only, and never raise the rate.
- **View rate**: the share whose online quote was viewed. **Acceptance rate**: the share accepted.
- **Amount won**: the total excl. VAT of the accepted ones; **average basket**: amount won / accepted.
- **Sales cycle**: days from the first sending of the offer (the sending of its first version, or of the quote
  itself when that version was never sent) to its acceptance, averaged over the accepted quotes.
- **Quotes with no follow-up planned**: open quotes (sent, opened, viewed) with no follow-up date, now.
- **Opportunities won and lost**: closed (``closed_at``) in the period; they left the pipeline board.

Months are calendar months in UTC, written ``YYYY-MM``.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

PERIODS: tuple[str, ...] = ("this_month", "last_3_months", "last_12_months", "this_year")
ZERO = Decimal("0.00")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Period:
    """A half-open interval of UTC moments ``[start, end)`` and the months it covers."""

    start: datetime
    end: datetime
    months: tuple[str, ...]


def _month_start(year: int, month: int) -> datetime:
    while month <= 0:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return datetime(year, month, 1, tzinfo=UTC)


def period_for(kind: str, today: date) -> Period:
    """The period of a dashboard choice: whole calendar months back from the current one, which counts until
    the end of ``today`` (a period never ends in the future, so its subtitle says what it holds).

    ``this_month``: the current month; ``last_3_months`` / ``last_12_months``: the current month and the 2 /
    11 before; ``this_year``: since 1 January.
    """
    back = {"this_month": 0, "last_3_months": 2, "last_12_months": 11, "this_year": today.month - 1}
    if kind not in back:
        raise ValueError(f"unknown period {kind!r}")
    start = _month_start(today.year, today.month - back[kind])
    month_end = _month_start(today.year, today.month + 1)
    end = min(month_end, datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1))
    months = []
    cursor = start
    while cursor < month_end:
        months.append(f"{cursor.year:04d}-{cursor.month:02d}")
        cursor = cursor + timedelta(days=calendar.monthrange(cursor.year, cursor.month)[1])
    return Period(start, end, tuple(months))


@dataclass(frozen=True)
class QuoteFact:
    """One quote of the cohort, as a plain row (the reference computation and the tests use these)."""

    id: int
    owner_id: int | None
    sent_at: datetime
    total_ht: Decimal
    human_open: bool
    machine_open: bool
    viewed: bool
    accepted_at: datetime | None
    first_sent_at: datetime


@dataclass(frozen=True)
class Bucket:
    """Counts and sums of the quotes of one salesperson sent in one month."""

    owner_id: int | None
    month: str
    sent: int = 0
    amount_quoted: Decimal = ZERO
    human_opened: int = 0
    machine_only: int = 0
    viewed: int = 0
    accepted: int = 0
    amount_won: Decimal = ZERO
    cycle_days_total: float = 0.0  # summed over the accepted quotes (the average divides by ``accepted``)

    def __add__(self, other: Bucket) -> Bucket:
        return replace(self, sent=self.sent + other.sent, amount_quoted=self.amount_quoted + other.amount_quoted,
                       human_opened=self.human_opened + other.human_opened,
                       machine_only=self.machine_only + other.machine_only, viewed=self.viewed + other.viewed,
                       accepted=self.accepted + other.accepted, amount_won=self.amount_won + other.amount_won,
                       cycle_days_total=self.cycle_days_total + other.cycle_days_total)


@dataclass(frozen=True)
class OpportunityOutcome:
    """Opportunities of one salesperson closed in the period."""

    owner_id: int | None
    won: int = 0
    won_amount: Decimal = ZERO
    lost: int = 0


@dataclass(frozen=True)
class DashboardData:
    """Everything the database gives the dashboard (aggregates only: small whatever the volume)."""

    period: Period
    buckets: tuple[Bucket, ...]
    unplanned: dict[int | None, int]
    opportunities: tuple[OpportunityOutcome, ...]
    owners: dict[int, str] = field(default_factory=dict)
    extras: dict[str, object] = field(default_factory=dict)  # phoning and campaign figures, once they exist


@dataclass(frozen=True)
class Figures:
    """The key figures of the dashboard for one salesperson or the whole team."""

    sent: int
    amount_quoted: Decimal
    human_opened: int
    machine_only: int
    viewed: int
    accepted: int
    amount_won: Decimal
    human_open_rate: float | None  # None when nothing was sent
    machine_only_rate: float | None
    view_rate: float | None
    acceptance_rate: float | None
    average_basket: Decimal | None
    cycle_days: float | None
    unplanned: int
    opportunities_won: int
    opportunities_won_amount: Decimal
    opportunities_lost: int


@dataclass(frozen=True)
class Dashboard:
    """The figures of the selection, its months and its salespeople."""

    totals: Figures
    by_month: tuple[tuple[str, Bucket], ...]
    by_owner: tuple[tuple[int | None, str, Figures], ...]


def bucket_key(moment: datetime) -> str:
    """The month (UTC) a moment counts in."""
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}"


def buckets_from_facts(facts: Iterable[QuoteFact]) -> list[Bucket]:
    """The reference aggregation of plain rows, sorted by (owner, month) with empty owners first."""
    out: dict[tuple[int | None, str], Bucket] = {}
    for f in facts:
        key = (f.owner_id, bucket_key(f.sent_at))
        one = Bucket(f.owner_id, key[1], 1, f.total_ht, int(f.human_open), int(f.machine_open and not f.human_open),
                     int(f.viewed), int(f.accepted_at is not None),
                     f.total_ht if f.accepted_at is not None else ZERO, cycle_days(f))
        out[key] = out[key] + one if key in out else one
    return sorted(out.values(), key=sort_key)


def sort_key(b: Bucket) -> tuple[int, str]:
    return (-1 if b.owner_id is None else b.owner_id, b.month)


def cycle_days(fact: QuoteFact) -> float:
    """Days from the first sending of an accepted quote's offer to its acceptance (0 when not accepted)."""
    if fact.accepted_at is None:
        return 0.0
    return (fact.accepted_at - fact.first_sent_at).total_seconds() / 86400


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures(buckets: Iterable[Bucket], unplanned: int, outcomes: Iterable[OpportunityOutcome]) -> Figures:
    """The key figures from aggregated buckets, the unplanned count and closed opportunities."""
    total = Bucket(None, "")
    for b in buckets:
        total = total + b
    won = lost = 0
    won_amount = ZERO
    for o in outcomes:
        won, lost, won_amount = won + o.won, lost + o.lost, won_amount + o.won_amount
    return Figures(
        sent=total.sent, amount_quoted=total.amount_quoted, human_opened=total.human_opened,
        machine_only=total.machine_only, viewed=total.viewed, accepted=total.accepted, amount_won=total.amount_won,
        human_open_rate=_rate(total.human_opened, total.sent), machine_only_rate=_rate(total.machine_only, total.sent),
        view_rate=_rate(total.viewed, total.sent), acceptance_rate=_rate(total.accepted, total.sent),
        average_basket=(total.amount_won / total.accepted).quantize(CENT) if total.accepted else None,
        cycle_days=total.cycle_days_total / total.accepted if total.accepted else None, unplanned=unplanned,
        opportunities_won=won, opportunities_won_amount=won_amount, opportunities_lost=lost)


def build_dashboard(data: DashboardData) -> Dashboard:
    """The team's figures, the month series (every month of the period) and one line per salesperson."""
    by_month: dict[str, Bucket] = {m: Bucket(None, m) for m in data.period.months}
    owners: dict[int | None, list[Bucket]] = defaultdict(list)
    for b in data.buckets:
        by_month[b.month] = by_month.get(b.month, Bucket(None, b.month)) + b
        owners[b.owner_id].append(b)
    outcomes = {o.owner_id: o for o in data.opportunities}
    everyone = set(owners) | set(outcomes) | {o for o, n in data.unplanned.items() if n}
    totals = figures(data.buckets, sum(data.unplanned.values()), data.opportunities)
    per_owner = []
    for owner in sorted(everyone, key=lambda o: (o is None, data.owners.get(o, "") if o is not None else "", o or 0)):
        name = data.owners.get(owner, "") if owner is not None else ""
        per_owner.append((owner, name, figures(owners.get(owner, []), data.unplanned.get(owner, 0),
                                               [outcomes[owner]] if owner in outcomes else [])))
    return Dashboard(totals, tuple(sorted(by_month.items())), tuple(per_owner))
