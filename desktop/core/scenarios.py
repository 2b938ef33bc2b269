"""Follow-up scenarios, the pure part: steps, the sending window, waits, conditions, stop rules.

A scenario is an ordered list of :class:`Step`. An enrolment sits on one step (its *position*) with the time
it is due. Running a due step gives an :class:`Advance`: where to go next and when. Time is always passed in
(an injected clock upstream); local times are computed with :mod:`zoneinfo`, so a wait of "3 days" keeps the
wall-clock time across a daylight-saving change and a sending window of 8:00 to 19:00 means 8:00 to 19:00 in
the contact's zone on both sides of it.

Nothing here reads a database or a clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Europe/Paris"


class StepKind(enum.StrEnum):
    """What a step does."""

    SEND_EMAIL = "send_email"  # params: template
    WAIT = "wait"  # params: days, working (bool)
    CONDITION = "condition"  # params: test, value (tag name / "field=value"); yes/no positions
    CALL = "call"  # params: campaign_id (add to a phoning campaign) or none (a call task for the owner)
    ADD_TAG = "add_tag"  # params: tag
    REMOVE_TAG = "remove_tag"  # params: tag
    SET_FIELD = "set_field"  # params: field, value
    NOTIFY = "notify"  # params: text
    END = "end"


class Test(enum.StrEnum):
    """What a condition step tests."""

    QUOTE_OPENED = "quote_opened"  # a quote was opened by a human
    QUOTE_VIEWED = "quote_viewed"
    QUOTE_ACCEPTED = "quote_accepted"
    REPLIED = "replied"
    HAS_TAG = "has_tag"
    FIELD_EQUALS = "field_equals"


class StopReason(enum.StrEnum):
    """Why an enrolment stopped (shown in the funnel and the contact's timeline)."""

    QUOTE = "quote"  # a quote was accepted or refused
    OPPORTUNITY = "opportunity"  # the opportunity got a result
    REPLIED = "replied"
    UNSUBSCRIBED = "unsubscribed"  # unsubscribed or a permanent bounce
    DO_NOT_CONTACT = "do_not_contact"  # always stops: the contact asked
    MANUAL = "manual"
    GONE = "gone"  # the contact was deleted or the scenario lost its steps


#: Fields a "set field" step may change (a subset of the bulk actions' allowlist).
SETTABLE_FIELDS: dict[str, tuple[Any, ...]] = {"status": ("prospect", "client"), "marketing_consent": (True, False)}


class ScenarioError(ValueError):
    """A scenario cannot be saved as it is (the message says why, in French)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One step.

    Attributes:
        kind: What it does.
        params: Its settings (see :class:`StepKind`).
        yes: A condition's position when true (None: the next step).
        no: A condition's position when false (None: the next step).
    """

    kind: StepKind
    params: Mapping[str, Any] = field(default_factory=dict)
    yes: int | None = None
    no: int | None = None


@dataclass(frozen=True, slots=True)
class Window:
    """When messages may go out: these ISO weekdays (1 = Monday), from ``start`` to ``end`` local time."""

    days: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    start: time = time(8, 0)
    end: time = time(19, 0)

    @classmethod
    def from_stored(cls, days: str, start_minute: int, end_minute: int) -> Window:
        """Build from the stored form (``"12345"``, minutes of the day)."""
        return cls(frozenset(int(d) for d in days if d in "1234567"),
                   time(start_minute // 60, start_minute % 60), time(min(end_minute, 1439) // 60,
                                                                     min(end_minute, 1439) % 60))

    def contains(self, at: datetime, zone: ZoneInfo) -> bool:
        """True when ``at`` falls inside the window in this zone."""
        local = at.astimezone(zone)
        return local.isoweekday() in self.days and self.start <= local.time() < self.end


@dataclass(frozen=True, slots=True)
class StopRules:
    """Which stop rules a scenario applies (each switchable)."""

    quote: bool = True
    opportunity: bool = True
    replied: bool = True
    unsubscribed: bool = True
    manual: bool = True


@dataclass(frozen=True, slots=True)
class Facts:
    """What is known about one enrolled contact now (gathered by the runner, since the enrolment began).

    Attributes:
        quote_opened: A quote of the contact was opened by a human.
        quote_viewed: ... viewed online.
        quote_accepted: ... accepted (since the enrolment).
        quote_refused: ... refused (since the enrolment).
        opportunity_decided: An opportunity of the contact got a result (since the enrolment).
        replied: The contact replied (since the enrolment).
        unsubscribed: The contact unsubscribed, or one of our messages bounced permanently.
        do_not_contact: The contact may not be contacted at all.
        tags: The contact's tag names.
        fields: The contact's values by field name (``status``, custom fields by name).
    """

    quote_opened: bool = False
    quote_viewed: bool = False
    quote_accepted: bool = False
    quote_refused: bool = False
    opportunity_decided: bool = False
    replied: bool = False
    unsubscribed: bool = False
    do_not_contact: bool = False
    tags: frozenset[str] = frozenset()
    fields: Mapping[str, Any] = field(default_factory=dict)


def zone(name: str | None) -> ZoneInfo:
    """The zone of this name; an unknown or empty name gives Europe/Paris."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def next_in_window(at: datetime, window: Window, tz: ZoneInfo) -> datetime:
    """The earliest instant at or after ``at`` inside the window (UTC). An empty window gives ``at``.

    Local midnight-to-window arithmetic is done on wall-clock times, then converted: 8:00 stays 8:00 local
    on the day the clocks change.
    """
    if not window.days or window.start >= window.end:
        return at
    local = at.astimezone(tz)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if day.isoweekday() not in window.days:
            continue
        opens = _local(day, window.start, tz)
        closes = _local(day, window.end, tz)
        if offset == 0 and at >= closes:
            continue
        return max(at, opens).astimezone(UTC)
    return at  # unreachable with a non-empty window


def _local(day: date, at: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a day in a zone; a time skipped by a spring change moves forward (fold 0)."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz)
    if back.replace(tzinfo=None) != naive:  # in the spring gap: take the instant the clocks jump to
        return aware.astimezone(UTC)
    return aware


def wait_until(start: datetime, days: int, working: bool, tz: ZoneInfo) -> datetime:
    """When a wait of ``days`` (calendar or working days, Monday to Friday) started at ``start`` ends (UTC).

    The wall-clock time is kept in the zone, so three days from 9:00 is 9:00 even across a clock change.
    """
    local = start.astimezone(tz)
    day = local.date()
    if working:
        left = days
        while left > 0:
            day += timedelta(days=1)
            if day.isoweekday() <= 5:
                left -= 1
    else:
        day += timedelta(days=days)
    return _local(day, local.time().replace(tzinfo=None), tz).astimezone(UTC)


def check_steps(steps: Sequence[Step]) -> None:
    """Refuse a scenario whose steps cannot run (unknown branch target, missing template or tag...).

    Raises:
        ScenarioError: With the reason, in French.
    """
    if not steps:
        raise ScenarioError("un scénario a au moins une étape")
    for i, step in enumerate(steps, start=1):
        for target in (step.yes, step.no):
            if target is not None and not 0 <= target < len(steps):
                raise ScenarioError(f"étape {i} : la branche mène à une étape qui n'existe pas")
        p = step.params
        if step.kind is StepKind.SEND_EMAIL and not p.get("template"):
            raise ScenarioError(f"étape {i} : choisissez un modèle d'email")
        if step.kind is StepKind.WAIT and (not isinstance(p.get("days"), int) or not 0 <= p["days"] <= 365):
            raise ScenarioError(f"étape {i} : une attente dure de 0 à 365 jours")
        if step.kind in (StepKind.ADD_TAG, StepKind.REMOVE_TAG) and not str(p.get("tag", "")).strip():
            raise ScenarioError(f"étape {i} : indiquez l'étiquette")
        if step.kind is StepKind.SET_FIELD:
            allowed = SETTABLE_FIELDS.get(str(p.get("field")))
            if allowed is None or p.get("value") not in allowed:
                raise ScenarioError(f"étape {i} : champ ou valeur refusés")
        if step.kind is StepKind.CONDITION:
            try:
                Test(str(p.get("test")))
            except ValueError:
                raise ScenarioError(f"étape {i} : condition inconnue") from None


def stop_reason(facts: Facts, rules: StopRules) -> StopReason | None:
    """The reason this enrolment must stop now, or None (do-not-contact always stops)."""
    if facts.do_not_contact:
        return StopReason.DO_NOT_CONTACT
    if rules.unsubscribed and facts.unsubscribed:
        return StopReason.UNSUBSCRIBED
    if rules.replied and facts.replied:
        return StopReason.REPLIED
    if rules.quote and (facts.quote_accepted or facts.quote_refused):
        return StopReason.QUOTE
    if rules.opportunity and facts.opportunity_decided:
        return StopReason.OPPORTUNITY
    return None


def test_holds(params: Mapping[str, Any], facts: Facts) -> bool:
    """Whether a condition step's test is true for these facts."""
    kind = Test(str(params.get("test")))
    if kind is Test.HAS_TAG:
        return str(params.get("value", "")).strip().lower() in {t.lower() for t in facts.tags}
    if kind is Test.FIELD_EQUALS:
        name, _, expected = str(params.get("value", "")).partition("=")
        value = facts.fields.get(name.strip())
        return value is not None and str(value).strip().lower() == expected.strip().lower()
    return {Test.QUOTE_OPENED: facts.quote_opened or facts.quote_viewed, Test.QUOTE_VIEWED: facts.quote_viewed,
            Test.QUOTE_ACCEPTED: facts.quote_accepted, Test.REPLIED: facts.replied}[kind]


@dataclass(frozen=True, slots=True)
class Advance:
    """Where an enrolment goes after a step: the next position (None: finished) and when it is due."""

    position: int | None
    due: datetime | None
    outcome: str = "done"


def advance(steps: Sequence[Step], position: int, now: datetime, facts: Facts, window: Window, tz: ZoneInfo,
            ) -> Advance:
    """Run the decision part of the step at ``position`` (the effects are the runner's) and say what follows.

    A wait's next step is due when the wait ends, moved into the sending window; every other step's next
    step is due at once (an email step that follows is moved into the window by :func:`due_for`).
    """
    step = steps[position]
    nxt: int | None = position + 1
    outcome = "done"
    due = now
    if step.kind is StepKind.END:
        nxt = None
    elif step.kind is StepKind.CONDITION:
        holds = test_holds(step.params, facts)
        outcome = "yes" if holds else "no"
        target = step.yes if holds else step.no
        nxt = target if target is not None else position + 1
    elif step.kind is StepKind.WAIT:
        due = wait_until(now, int(step.params.get("days", 0)), bool(step.params.get("working")), tz)
    if nxt is None or nxt >= len(steps):
        return Advance(None, None, outcome)
    return Advance(nxt, due_for(steps[nxt], due, window, tz), outcome)


def due_for(step: Step, at: datetime, window: Window, tz: ZoneInfo) -> datetime:
    """When a step reached at ``at`` may run: steps that reach the contact wait for the window."""
    if step.kind in (StepKind.SEND_EMAIL, StepKind.WAIT):
        # a wait starts inside the window so that its end lands on a sending hour
        return next_in_window(at, window, tz)
    return at


def funnel_label(reason: str | None) -> str:
    """The French words of a stop reason (the timeline's text; the GUI translates its own copy)."""
    return {StopReason.QUOTE: "devis accepté ou refusé", StopReason.OPPORTUNITY: "opportunité conclue",
            StopReason.REPLIED: "le contact a répondu", StopReason.UNSUBSCRIBED: "désinscription ou rebond",
            StopReason.DO_NOT_CONTACT: "ne pas contacter", StopReason.MANUAL: "arrêt manuel",
            StopReason.GONE: "contact ou étape supprimés"}.get(StopReason(reason) if reason else StopReason.GONE,
                                                                 "arrêt")
