"""Who to follow up now, and why: the score of the follow-up list ("Relances").

Each open quote (sent, opened, viewed, or accepted and not yet thanked) becomes one
:class:`FollowUp` with a score, a reason (a key the GUI translates, with its values in ``params``) and the
suggested way to act. Higher scores first.

The signals: the online quote page viewed, the PDF downloaded or opened (``download``), the acceptance, a reply
found in the mailbox, a call logged, and, only when the message carried individual tracking (the contact's
consent), the opens and clicks of the email. Without consent nothing says "opened": a reason never claims an
open it could not see (``tracked`` is False, and "never opened" becomes "no news").

The rules, in order (the first that applies gives the reason; ``now`` is injected):

1. **Hot**: at least 2 human signals (opens, clicks, views, downloads) in the last hour, or from 2 devices in
   that hour. ``hot`` when an open or click is among them ("opened N times in the last hour, from D devices:
   call now"), else ``hot_online`` ("viewed the quote online N times in the last hour: call now").
   Score 100 + 5 per signal (max 150).
2. **Accepted** (accepted, follow-up not done): "accepted: send thanks and next steps". Score 90.
3. **Viewed, expiring**: viewed online, not accepted, validity ends within 7 days:
   "viewed, not accepted, expires in D days". Score 80 + (7 - D).
4. **Replied**: a reply arrived since the quote was sent, in the last 14 days, and no call was logged after it:
   "replied D days ago: answer". Score 79 - D (min 66).
5. **Expiring**: validity ends within 7 days, not viewed: "expires in D days: call before it lapses".
   Score 70 + (7 - D).
6. **Downloaded**: the PDF was downloaded (or opened in a phone's viewer), not accepted: "downloaded the quote
   D days ago, not accepted: call". Score 62, minus 1 per day (min 52).
7. **Viewed**: viewed online, not accepted: "viewed the quote online D days ago, not accepted: call".
   Score 60, minus 1 per day (min 51).
8. **Opened** (tracked messages only): a human open, no view: "opened D days ago: follow up". Score 50, minus
   1 per day (min 41).
9. **Called**: a call was logged since the quote was sent, nothing newer: "called D days ago: call again or
   write". Score 25 + D (max 45).
10. **Never opened** (tracked) / **No news** (not tracked): sent at least 3 days ago and no signal: "sent D days
    ago, never opened: phone or resend" / "sent D days ago, no view nor reply: phone or resend". Score 40 + D
    (max 60): the longer the silence, the more it needs a call.
11. **Waiting**: anything else (recently sent): "sent D days ago: wait". Score 10.

**Facture échue** (``invoice_overdue``, :func:`score_overdue_invoice`): an issued invoice still owed after its due
date, whose next reminder is due: "invoice overdue for D days: remind the payment". Score 70 + D (max 95):
cash that is late comes before most quotes, and the older the debt, the higher.

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


REPLY_WINDOW_DAYS = 14


class Reason(StrEnum):
    """Why a quote is in the list: the key the GUI translates (see the module docstring for each sentence)."""

    HOT = "hot"
    HOT_ONLINE = "hot_online"
    ACCEPTED = "accepted"
    VIEWED_EXPIRING = "viewed_expiring"
    REPLIED = "replied"
    EXPIRING = "expiring"
    DOWNLOADED = "downloaded"
    VIEWED = "viewed"
    OPENED = "opened"
    CALLED = "called"
    NEVER_OPENED = "never_opened"
    NO_SIGNAL = "no_signal"
    WAITING = "waiting"
    INVOICE_OVERDUE = "invoice_overdue"


class Action(StrEnum):
    CALL = "call"
    EMAIL = "email"
    CALL_OR_RESEND = "call_or_resend"
    THANK = "thank"
    WAIT = "wait"


@dataclass(frozen=True)
class HumanEvent:
    """A human signal of the quote's message (machine events are left out by the caller)."""

    at: datetime
    kind: str  # "open" | "click" (tracked messages only) | "view" | "download"
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
    tracked: bool = True  # the message carried individual tracking: opens could be seen
    replied_at: datetime | None = None  # the latest reply since the quote was sent
    called_at: datetime | None = None  # the latest call logged since the quote was sent


@dataclass(frozen=True)
class FollowUp:
    """The verdict of one quote: its score, the reason's key and values, the action, and whether opens count.

    Attributes:
        quote_id: The quote.
        score: Higher first.
        reason: The reason's key (the GUI translates it).
        action: The suggested way to act.
        params: Values the reason's text mentions (``days``, ``count``, ``devices``).
        tracked: The message carried individual tracking; False: the reason rests on signals that need no pixel
            (the GUI may say "sans suivi des ouvertures : pas de consentement").
    """

    quote_id: int
    score: int
    reason: Reason
    action: Action
    params: dict[str, int] = field(default_factory=dict)
    tracked: bool = True


def _days(later: datetime | date, earlier: datetime | date) -> int:
    a = later.date() if isinstance(later, datetime) else later
    b = earlier.date() if isinstance(earlier, datetime) else earlier
    return (a - b).days


def score(signals: QuoteSignals, now: datetime) -> FollowUp | None:
    """The follow-up of one quote now, or None when it is not due (snoozed, closed)."""
    today = now.date()
    if signals.status in ("draft", "finalised", "refused", "expired", "superseded"):
        return None
    qid, tracked = signals.quote_id, signals.tracked

    def verdict(points: int, reason: Reason, action: Action, **params: int) -> FollowUp:
        return FollowUp(qid, points, reason, action, params, tracked)

    events = [e for e in signals.events if tracked or e.kind not in ("open", "click")]
    recent = [e for e in events if now - HOT_WINDOW <= e.at <= now]
    devices = len({e.device for e in recent if e.device})
    if len(recent) >= 2 or devices >= 2:  # a hot quote comes back even when snoozed: now is the moment
        hot = Reason.HOT if any(e.kind in ("open", "click") for e in recent) else Reason.HOT_ONLINE
        return verdict(min(150, 100 + 5 * len(recent)), hot, Action.CALL, count=len(recent),
                       devices=max(devices, 1))
    if signals.snoozed_until is not None and signals.snoozed_until > today:
        return None
    if signals.status == "accepted":
        return verdict(90, Reason.ACCEPTED, Action.THANK)
    expires_in = _days(signals.validity_date, today) if signals.validity_date else None
    expiring = expires_in is not None and 0 <= expires_in <= EXPIRY_HORIZON_DAYS
    views = [e.at for e in events if e.kind == "view"] + ([signals.viewed_at] if signals.viewed_at else [])
    if views and expiring:
        assert expires_in is not None
        return verdict(80 + EXPIRY_HORIZON_DAYS - expires_in, Reason.VIEWED_EXPIRING, Action.CALL, days=expires_in)
    replied = signals.replied_at
    if replied is not None and (signals.called_at is None or signals.called_at < replied):
        days = _days(now, replied)
        if days <= REPLY_WINDOW_DAYS:
            return verdict(max(66, 79 - days), Reason.REPLIED, Action.EMAIL, days=days)
    if expiring:
        assert expires_in is not None
        return verdict(70 + EXPIRY_HORIZON_DAYS - expires_in, Reason.EXPIRING, Action.CALL, days=expires_in)
    downloads = [e.at for e in events if e.kind == "download"]
    if downloads:
        days = _days(now, max(downloads))
        return verdict(max(52, 62 - days), Reason.DOWNLOADED, Action.CALL, days=days)
    if views:
        days = _days(now, max(views))
        return verdict(max(51, 60 - days), Reason.VIEWED, Action.CALL, days=days)
    opens = [e.at for e in events if e.kind in ("open", "click")]
    if opens:
        days = _days(now, max(opens))
        return verdict(max(41, 50 - days), Reason.OPENED, Action.EMAIL, days=days)
    if signals.called_at is not None:
        days = _days(now, signals.called_at)
        return verdict(min(45, 25 + days), Reason.CALLED, Action.CALL_OR_RESEND, days=days)
    sent_days = _days(now, signals.sent_at) if signals.sent_at else 0
    if sent_days >= SILENCE_DAYS:
        silent = Reason.NEVER_OPENED if tracked else Reason.NO_SIGNAL
        return verdict(min(60, 40 + sent_days), silent, Action.CALL_OR_RESEND, days=sent_days)
    return verdict(10, Reason.WAITING, Action.WAIT, days=sent_days)


def score_overdue_invoice(order_id: int, days_overdue: int) -> FollowUp:
    """The follow-up of an overdue invoice: its reason ``invoice_overdue`` (``quote_id`` is its order)."""
    return FollowUp(order_id, min(95, 70 + days_overdue), Reason.INVOICE_OVERDUE, Action.CALL,
                    {"days": days_overdue})


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
