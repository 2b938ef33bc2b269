"""Rules of campaigns, in plain Python: call order, retry delays, statistics, email throttle and exclusions.

Phoning. Each contact of a call list is a :class:`Candidate`. The order (:func:`order_key`) is:

1. a "call back at" whose time has come (the salesperson promised it);
2. the hottest first: :func:`heat` weighs a recent human open or view of the contact's latest quote and the
   follow-up score of that quote;
3. then the never-called before those already tried, then the oldest in the list.

A contact is due when it has no ``next_call_at`` or when that time has passed. :func:`next_step` says what an
outcome does: "no answer" and "voicemail" come back after the campaign's delay (up to ``max_attempts``),
"call back at" at the chosen time, every other outcome closes the contact.

Email. :class:`Throttle` says how many messages may be handed to the outbox now (per minute and per rolling
day) and when the next one may go; :func:`exclusion_reasons` says why a contact must not receive a campaign.
The clock is always injected (``now``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum


class Outcome(StrEnum):
    """What a call gave; the order is the keyboard order (keys 1 to 7)."""

    INTERESTED = "interested"
    NOT_INTERESTED = "not_interested"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    CALLBACK = "callback"
    DO_NOT_CALL = "do_not_call"


OUTCOME_KEYS: tuple[Outcome, ...] = tuple(Outcome)
#: A person answered (the reach rate counts these).
REACHED = frozenset({Outcome.INTERESTED, Outcome.NOT_INTERESTED, Outcome.CALLBACK, Outcome.DO_NOT_CALL})
RETRIED = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL})


@dataclass(frozen=True)
class RetryDelays:
    """How long "no answer" and "voicemail" wait before the contact comes back, and how many tries at most."""

    no_answer: timedelta = timedelta(hours=4)
    voicemail: timedelta = timedelta(days=1)
    max_attempts: int = 5


@dataclass(frozen=True)
class Step:
    """The member's state after an outcome: ``todo`` again at ``next_call_at``, or ``done``."""

    state: str
    next_call_at: datetime | None


def next_step(outcome: Outcome, attempts: int, now: datetime, delays: RetryDelays,
              callback_at: datetime | None = None) -> Step:
    """What an outcome does to a contact of the call list.

    Args:
        outcome: The recorded outcome.
        attempts: Calls made to this contact, this one included.
        now: Current time.
        delays: The campaign's retry delays.
        callback_at: The chosen time of a "call back at".

    Returns:
        The member's next state.

    Raises:
        ValueError: If "call back at" has no time.
    """
    if outcome is Outcome.CALLBACK:
        if callback_at is None:
            raise ValueError("a call back needs its date and time")
        return Step("todo", callback_at)
    if outcome in RETRIED:
        if attempts >= delays.max_attempts:
            return Step("done", None)
        wait = delays.no_answer if outcome is Outcome.NO_ANSWER else delays.voicemail
        return Step("todo", now + wait)
    return Step("done", None)


def heat(now: datetime, *, last_human_open: datetime | None = None, last_view: datetime | None = None,
         followup_score: int = 0) -> int:
    """How hot a contact is: a recent human open or view of the latest quote, then the follow-up score.

    Args:
        now: Current time.
        last_human_open: The latest human open of the contact's latest quote.
        last_view: The latest online view of it.
        followup_score: The score of :mod:`desktop.core.followup` (0 when none).

    Returns:
        A number, higher is hotter (0 for a contact with no quote activity).
    """
    best = 0
    for moment, weight in ((last_view, 1.2), (last_human_open, 1.0)):
        if moment is None:
            continue
        age = now - moment
        bonus = 300 if age <= timedelta(hours=1) else 200 if age <= timedelta(days=1) else \
            100 if age <= timedelta(days=7) else 30 if age <= timedelta(days=30) else 0
        best = max(best, int(bonus * weight))
    return best + max(0, followup_score)


@dataclass(frozen=True)
class Candidate:
    """One contact of the call list as the order sees it."""

    member_id: int
    priority: int
    attempts: int
    next_call_at: datetime | None
    last_outcome: str | None = None


def is_due(candidate: Candidate, now: datetime) -> bool:
    """True when the contact may be called now."""
    return candidate.next_call_at is None or candidate.next_call_at <= now


def order_key(candidate: Candidate, now: datetime) -> tuple[int, int, int, int]:
    """Sort key of a due contact: due call-backs, hottest, never-called, oldest in the list."""
    callback = 0 if candidate.last_outcome == Outcome.CALLBACK.value else 1
    return (callback, -candidate.priority, 0 if candidate.attempts == 0 else 1, candidate.member_id)


def order(candidates: Iterable[Candidate], now: datetime) -> list[Candidate]:
    """The due contacts in calling order (the reference the SQL of the repository follows)."""
    return sorted((c for c in candidates if is_due(c, now)), key=lambda c: order_key(c, now))


@dataclass(frozen=True)
class CallRecord:
    """One logged call, for the statistics."""

    user: str
    at: datetime
    outcome: Outcome


@dataclass(frozen=True)
class CallStats:
    """Calls made, reach rate and outcomes, overall, per salesperson and per day."""

    calls: int
    reached: int
    outcomes: dict[Outcome, int] = field(default_factory=dict)
    per_user: dict[str, tuple[int, int]] = field(default_factory=dict)  # user -> (calls, reached)
    per_day: dict[date, tuple[int, int]] = field(default_factory=dict)  # day -> (calls, reached)

    @property
    def reach_rate(self) -> float:
        """Share of calls where a person answered (0 when no call)."""
        return self.reached / self.calls if self.calls else 0.0


def call_stats(records: Sequence[CallRecord]) -> CallStats:
    """Summarise a campaign's call log."""
    users: dict[str, list[int]] = {}
    days: dict[date, list[int]] = {}
    for r in records:
        hit = 1 if r.outcome in REACHED else 0
        for pair in (users.setdefault(r.user, [0, 0]), days.setdefault(r.at.date(), [0, 0])):
            pair[0] += 1
            pair[1] += hit
    return CallStats(calls=len(records), reached=sum(1 for r in records if r.outcome in REACHED),
                     outcomes=dict(Counter(r.outcome for r in records)),
                     per_user={k: (v[0], v[1]) for k, v in users.items()},
                     per_day={k: (v[0], v[1]) for k, v in sorted(days.items())})


@dataclass(frozen=True)
class Throttle:
    """At most ``per_minute`` messages in any minute and ``per_day`` in any rolling day."""

    per_minute: int
    per_day: int

    def allowance(self, sent: Sequence[datetime], now: datetime) -> int:
        """How many messages may be handed over now, given when the previous ones were.

        Args:
            sent: When the campaign's previous messages were handed over (any order).
            now: Current time.

        Returns:
            The number that may go now (0 or more).
        """
        last_minute = sum(1 for t in sent if now - timedelta(minutes=1) < t <= now)
        last_day = sum(1 for t in sent if now - timedelta(days=1) < t <= now)
        return max(0, min(self.per_minute - last_minute, self.per_day - last_day))

    def next_slot(self, sent: Sequence[datetime], now: datetime) -> datetime:
        """When the next message may go (``now`` when one may go at once)."""
        if self.allowance(sent, now) > 0:
            return now
        ordered = sorted(t for t in sent if t <= now)
        day = [t for t in ordered if now - timedelta(days=1) < t]
        minute = [t for t in ordered if now - timedelta(minutes=1) < t]
        waits = []
        if len(day) >= self.per_day:
            waits.append(day[len(day) - self.per_day] + timedelta(days=1))
        if len(minute) >= self.per_minute:
            waits.append(minute[len(minute) - self.per_minute] + timedelta(minutes=1))
        return max(waits) if waits else now


class Exclusion(StrEnum):
    """Why a contact receives no campaign email."""

    DELETED = "deleted"
    NO_EMAIL = "no_email"
    DO_NOT_CONTACT = "do_not_contact"
    DO_NOT_EMAIL = "do_not_email"
    NO_CONSENT = "no_consent"
    UNSUBSCRIBED = "unsubscribed"
    UNSENDABLE = "unsendable"  # the message cannot be built for this contact (a line break in a name...)


def exclusion_reasons(*, email: str | None, deleted: bool, do_not_contact: bool, do_not_email: bool,
                      marketing_consent: bool, unsubscribed: bool) -> list[Exclusion]:
    """Every reason that keeps a campaign email from this contact (empty: it may be sent)."""
    checks = ((deleted, Exclusion.DELETED), (not email, Exclusion.NO_EMAIL),
              (do_not_contact, Exclusion.DO_NOT_CONTACT), (do_not_email, Exclusion.DO_NOT_EMAIL),
              (not marketing_consent, Exclusion.NO_CONSENT), (unsubscribed, Exclusion.UNSUBSCRIBED))
    return [reason for failed, reason in checks if failed]


#: The local time shown in the call list: the zone of the contact's country (France when unknown).
COUNTRY_ZONES = {"FR": "Europe/Paris", "BE": "Europe/Brussels", "CH": "Europe/Zurich", "LU": "Europe/Luxembourg",
                 "MC": "Europe/Monaco", "CA": "America/Toronto", "RE": "Indian/Reunion", "GP": "America/Guadeloupe",
                 "MQ": "America/Martinique", "GF": "America/Cayenne", "YT": "Indian/Mayotte",
                 "NC": "Pacific/Noumea", "PF": "Pacific/Tahiti", "MA": "Africa/Casablanca", "TN": "Africa/Tunis",
                 "SN": "Africa/Dakar", "DE": "Europe/Berlin", "ES": "Europe/Madrid", "IT": "Europe/Rome",
                 "GB": "Europe/London"}


def zone_of(country: str | None) -> str:
    """The time zone name of a country code (France by default)."""
    return COUNTRY_ZONES.get((country or "FR").upper(), "Europe/Paris")
