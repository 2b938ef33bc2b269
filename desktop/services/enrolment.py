"""Manual enrolment, as the contacts and queries views need it: which scenarios may take contacts by hand,
and what one contact's enrolments look like.

The writes are :func:`desktop.db.scenarios.enrol` and :func:`desktop.db.scenarios.stop_manually`, called as
they are; this module only reads around them. Functions take a session; none makes one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desktop.db.scenario_models import Enrolment, Scenario, ScenarioStep

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ScenarioChoice:
    """A running scenario a contact may be enrolled in by hand."""

    id: int
    name: str
    steps: int


@dataclass(frozen=True)
class EnrolmentRow:
    """One enrolment of a contact as its panel shows it.

    Attributes:
        scenario_id: The scenario.
        scenario: Its name.
        state: ``active``, ``finished`` or ``stopped``.
        position: The current step (0-based), None once finished or stopped.
        step_kind: The kind of the current step (``send_email``...), "" when none.
        steps: How many steps the scenario has.
        stop_reason: Why it stopped (``manual``, ``replied``...), None otherwise.
        enrolled_at: When the contact was enrolled.
        manual: Enrolled by hand.
        can_stop: Active, and the scenario allows a manual stop.
    """

    scenario_id: int
    scenario: str
    state: str
    position: int | None
    step_kind: str
    steps: int
    stop_reason: str | None
    enrolled_at: datetime
    manual: bool
    can_stop: bool


def _step_counts(session: Session, scenario_ids: Sequence[int]) -> dict[int, int]:
    if not scenario_ids:
        return {}
    return {sid: n for sid, n in session.execute(
        select(ScenarioStep.scenario_id, func.count()).where(ScenarioStep.scenario_id.in_(list(scenario_ids)))
        .group_by(ScenarioStep.scenario_id))}


def enrollable_scenarios(session: Session) -> list[ScenarioChoice]:
    """The running (``active``) scenarios that have steps, by name."""
    rows = list(session.execute(select(Scenario.id, Scenario.name).where(Scenario.status == "active")
                                .order_by(Scenario.name, Scenario.id)))
    steps = _step_counts(session, [r[0] for r in rows])
    return [ScenarioChoice(sid, name, steps[sid]) for sid, name in rows if steps.get(sid)]


def contact_enrolments(session: Session, contact_id: int) -> list[EnrolmentRow]:
    """Every enrolment of a contact, the active ones first, then the newest."""
    e = Enrolment
    rows = list(session.execute(
        select(e.scenario_id, Scenario.name, e.state, e.position, e.stop_reason, e.enrolled_at, e.manual,
               Scenario.allow_manual_stop)
        .join(Scenario, Scenario.id == e.scenario_id).where(e.contact_id == contact_id)
        .order_by(e.enrolled_at.desc(), e.id.desc())))
    ids = sorted({r[0] for r in rows})
    kinds: dict[tuple[int, int], str] = {}
    if ids:
        kinds = {(sid, pos): kind for sid, pos, kind in session.execute(
            select(ScenarioStep.scenario_id, ScenarioStep.position, ScenarioStep.kind)
            .where(ScenarioStep.scenario_id.in_(ids)))}
    steps = _step_counts(session, ids)
    out = [EnrolmentRow(sid, name, state, pos, kinds.get((sid, pos), "") if pos is not None else "",
                        steps.get(sid, 0), reason, at, bool(manual), state == "active" and bool(allow))
           for sid, name, state, pos, reason, at, manual, allow in rows]
    out.sort(key=lambda r: r.state != "active")  # stable: newest first within each group
    return out
