"""The scenario core: sending window and waits across daylight saving, branches, stop rules."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from desktop.core.scenarios import (
    Facts,
    ScenarioError,
    Step,
    StepKind,
    StopReason,
    StopRules,
    Window,
    advance,
    check_steps,
    next_in_window,
    stop_reason,
    wait_until,
    zone,
)

PARIS = zone("Europe/Paris")
WEEKDAYS = Window()


def test_next_in_window_moves_to_the_next_opening() -> None:
    friday_night = datetime(2026, 3, 27, 19, 30, tzinfo=UTC)  # 20:30 Paris, Friday
    opens = next_in_window(friday_night, WEEKDAYS, PARIS)
    # Monday 30 March is after the clock change (UTC+2): 8:00 Paris is 6:00 UTC
    assert opens == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    inside = datetime(2026, 3, 25, 10, 0, tzinfo=UTC)
    assert next_in_window(inside, WEEKDAYS, PARIS) == inside


def test_wait_keeps_the_wall_clock_time_across_the_clock_change() -> None:
    start = datetime(2026, 3, 27, 8, 0, tzinfo=UTC)  # 9:00 Paris (UTC+1)
    end = wait_until(start, 3, False, PARIS)
    assert end.astimezone(PARIS).time() == time(9, 0)
    assert end == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # 9:00 Paris (UTC+2)
    working = wait_until(start, 1, True, PARIS)  # Friday + 1 working day = Monday
    assert working.astimezone(PARIS).date().isoweekday() == 1


def test_a_time_in_the_spring_gap_moves_forward() -> None:
    window = Window(frozenset(range(1, 8)), time(2, 30), time(4, 0))
    at = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # 1:00 Paris; 2:30 does not exist that night
    opens = next_in_window(at, window, PARIS)
    assert window.contains(opens, PARIS) or opens.astimezone(PARIS).hour == 3


def test_condition_branches_and_end() -> None:
    steps = [Step(StepKind.CONDITION, {"test": "has_tag", "value": "chaud"}, yes=2, no=1),
             Step(StepKind.END), Step(StepKind.NOTIFY)]
    now = datetime(2026, 3, 25, 10, 0, tzinfo=UTC)
    hot = advance(steps, 0, now, Facts(tags=frozenset({"Chaud"})), WEEKDAYS, PARIS)
    assert (hot.position, hot.outcome) == (2, "yes")
    cold = advance(steps, 0, now, Facts(), WEEKDAYS, PARIS)
    assert (cold.position, cold.outcome) == (1, "no")
    assert advance(steps, 1, now, Facts(), WEEKDAYS, PARIS).position is None
    assert advance(steps, 2, now, Facts(), WEEKDAYS, PARIS).position is None  # past the last step


def test_stop_rules_are_switchable() -> None:
    replied = Facts(replied=True)
    assert stop_reason(replied, StopRules()) is StopReason.REPLIED
    assert stop_reason(replied, StopRules(replied=False)) is None
    assert stop_reason(Facts(quote_refused=True), StopRules()) is StopReason.QUOTE
    assert stop_reason(Facts(do_not_contact=True), StopRules(False, False, False, False, False)) \
        is StopReason.DO_NOT_CONTACT


def test_check_steps_refuses_broken_scenarios() -> None:
    with pytest.raises(ScenarioError):
        check_steps([])
    with pytest.raises(ScenarioError):
        check_steps([Step(StepKind.CONDITION, {"test": "replied"}, yes=5)])
    with pytest.raises(ScenarioError):
        check_steps([Step(StepKind.SEND_EMAIL, {})])
    check_steps([Step(StepKind.SEND_EMAIL, {"template": "followup"}), Step(StepKind.WAIT, {"days": 3})])
