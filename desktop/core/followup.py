"""Who to follow up now, and why: the score of the follow-up list ("Relances").

Each open quote (sent, opened, viewed, or accepted and not yet thanked) becomes one
:class:`FollowUp` with a score, a plain reason and the suggested way to act. Higher scores first.

The rules, in order (the first that applies gives the reason; ``now`` is injected):

1. **Hot**: at least 2 human opens or views in the last hour, or opens from 2 devices in that hour:
   "opened N times in the last hour, from D devices: call now". Score 100 + 5 per open (max 150).
2. **Accepted** (accepted, follow-up not done): "accepted: send thanks and next steps". Score 90.
3. **Viewed, expiring**: viewed online, not accepted, validity ends within 7 days:
   "viewed, not accepted, expires in D days". Score 80 + (7 - D).
4. **Expiring**: validity ends within 7 days, not viewed: "expires in D days: call before it lapses".
   Score 70 + (7 - D).
5. **Viewed**: viewed online, not accepted: "viewed D days ago, not accepted: call". Score 60, minus 1 per day.
6. **Opened**: a human open, no view: "opened D days ago: follow up". Score 50, minus 1 per day.
7. **Never opened**: sent at least 3 days ago and no human open: "sent D days ago, never opened: phone or
   resend". Score 40 + D (max 60): the longer the silence, the more it needs a call.
8. **Waiting**: anything else (recently sent): "sent D days ago: wait". Score 10.

A quote snoozed until a later date is not due until that date, unless it turns hot. Machine opens
(proxies, scanners) never count: the caller passes human events only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

HOT_WINDOW = timedelta(hours=1)
EXPIRY_HORIZON_DAYS = 7
SILENCE_DAYS = 3


class Reason(StrEnum):
    HOT = "hot"
    ACCEPTED = "accepted"
    VIEWED_EXPIRING = "viewed_expiring"
    EXPIRING = "expiring"
    VIEWED = "viewed"
    OPENED = "opened"
    NEVER_OPENED = "never_opened"
    WAITING = "waiting"


class Action(StrEnum):
    CALL = "call"
    EMAIL = "email"
    CALL_OR_RESEND = "call_or_resend"
    THANK = "thank"
    WAIT = "wait"


@dataclass(frozen=True)
class HumanEvent:
    """A human open or view of the quote's message (machine events are left out by the caller)."""

    at: datetime
    kind: str  # "open" | "view" | "click"
    device: str = ""  # e.g. the truncated IP and user agent: distinct values count as distinct devices


@dataclass(frozen=True)
class QuoteSignals:
    """What the score looks at for one open quote."""

    quote_id: int
    status: str
    sent_at: datetime | None
    validity_date: date | None = None
    viewed_at: datetime | None = None
    accepted_at: datetime | None = None
    events: Sequence[HumanEvent] = field(default_factory=tuple)
    snoozed_until: date | None = None


@dataclass(frozen=True)
class FollowUp:
    quote_id: int
    score: int
    reason: Reason
    action: Action
    params: dict[str, int] = field(default_factory=dict)  # values the reason's text mentions


def _days(later: datetime | date, earlier: datetime | date) -> int:
    a = later.date() if isinstance(later, datetime) else later
    b = earlier.date() if isinstance(earlier, datetime) else earlier
    return (a - b).days


def score(signals: QuoteSignals, now: datetime) -> FollowUp | None:
    """The follow-up of one quote now, or None when it is not due (snoozed, closed)."""
    today = now.date()
    if signals.status in ("draft", "finalised", "refused", "expired", "superseded"):
        return None
    qid = signals.quote_id
    recent = [e for e in signals.events if now - HOT_WINDOW <= e.at <= now]
    devices = len({e.device for e in recent if e.device})
    if len(recent) >= 2 or devices >= 2:  # a hot quote comes back even when snoozed: now is the moment
        return FollowUp(qid, min(150, 100 + 5 * len(recent)), Reason.HOT, Action.CALL,
                        {"count": len(recent), "devices": max(devices, 1)})
    if signals.snoozed_until is not None and signals.snoozed_until > today:
        return None
    if signals.status == "accepted":
        return FollowUp(qid, 90, Reason.ACCEPTED, Action.THANK)
    expires_in = _days(signals.validity_date, today) if signals.validity_date else None
    expiring = expires_in is not None and 0 <= expires_in <= EXPIRY_HORIZON_DAYS
    viewed = signals.viewed_at is not None or any(e.kind == "view" for e in signals.events)
    if viewed and expiring:
        assert expires_in is not None
        return FollowUp(qid, 80 + EXPIRY_HORIZON_DAYS - expires_in, Reason.VIEWED_EXPIRING, Action.CALL,
                        {"days": expires_in})
    if expiring:
        assert expires_in is not None
        return FollowUp(qid, 70 + EXPIRY_HORIZON_DAYS - expires_in, Reason.EXPIRING, Action.CALL, {"days": expires_in})
    last_view = max([e.at for e in signals.events if e.kind == "view"] + ([signals.viewed_at] if signals.viewed_at
                                                                          else []), default=None)
    if last_view is not None:
        days = _days(now, last_view)
        return FollowUp(qid, max(51, 60 - days), Reason.VIEWED, Action.CALL, {"days": days})
    opens = [e.at for e in signals.events if e.kind in ("open", "click")]
    if opens:
        days = _days(now, max(opens))
        return FollowUp(qid, max(41, 50 - days), Reason.OPENED, Action.EMAIL, {"days": days})
    sent_days = _days(now, signals.sent_at) if signals.sent_at else 0
    if sent_days >= SILENCE_DAYS:
        return FollowUp(qid, min(60, 40 + sent_days), Reason.NEVER_OPENED, Action.CALL_OR_RESEND, {"days": sent_days})
    return FollowUp(qid, 10, Reason.WAITING, Action.WAIT, {"days": sent_days})


def rank(all_signals: Sequence[QuoteSignals], now: datetime) -> list[FollowUp]:
    """The due follow-ups, highest score first (then the oldest quote first, for a stable order)."""
    due = [f for f in (score(s, now) for s in all_signals) if f is not None]
    return sorted(due, key=lambda f: (-f.score, f.quote_id))


def default_next_followup(sent_at: datetime) -> date:
    """When a freshly sent quote is followed up if nothing happens: three working days later."""
    day = sent_at.date()
    left = SILENCE_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
