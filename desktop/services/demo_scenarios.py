"""Demo step ``scenarios``: a running follow-up scenario with contacts at several steps.

"Relance des devis envoyés" is triggered by the first shipped smart query; forty contacts went through it
over the last three weeks: some wait at each step, a few finished, others stopped because they replied,
signed or were marked do-not-contact. Their timelines say so.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from desktop.core.scenarios import StopReason, funnel_label
from desktop.db.models import Contact
from desktop.db.query_models import SmartQuery
from desktop.db.scenario_models import Enrolment, Scenario, ScenarioStep, StepRun
from desktop.db.scenarios import ScenarioDraft, StepDraft, enrol, save_scenario, timeline_rows

if TYPE_CHECKING:
    from desktop.services.demo import DemoContext

DEMO_STEPS = (
    StepDraft("send_email", {"template": "followup"}),
    StepDraft("wait", {"days": 3, "working": True}),
    StepDraft("condition", {"test": "quote_opened"}, yes=5, no=3),
    StepDraft("send_email", {"template": "followup", "subject": "Avez-vous pu regarder notre devis ?"}),
    StepDraft("end", {}),
    StepDraft("call", {}),
    StepDraft("notify", {"text": "Devis consulté : appeler le prospect"}),
)
ENROLLED = 40


def fill_scenarios(ctx: DemoContext) -> None:
    """Write the demo scenario and its enrolments."""
    from desktop.services.demo import _reset_sequences  # ids written explicitly by earlier steps

    _reset_sequences(ctx, ("activities",))
    rng = ctx.rng("scenarios")
    session = ctx.session
    session.flush()
    before = {t: _rows(ctx, t) for t in ("activities", "scenarios", "scenario_steps", "scenario_enrolments",
                                         "scenario_step_runs")}
    query_id = session.scalar(select(SmartQuery.id).where(SmartQuery.shipped_key.is_not(None))
                              .order_by(SmartQuery.position).limit(1))
    start = ctx.now - timedelta(days=21)
    sid = save_scenario(session, ScenarioDraft("Relance des devis envoyés", DEMO_STEPS, query_id=query_id,
                                               status="active"), start)
    candidates = list(session.scalars(select(Contact.id).where(Contact.email.is_not(None), Contact.deleted_at.is_(None),
                                                               Contact.do_not_contact.is_(False),
                                                               Contact.created_at < start - timedelta(days=1))
                                      .order_by(Contact.id).limit(ENROLLED * 3)))
    chosen = sorted(rng.sample(candidates, min(ENROLLED, len(candidates))))
    enrol(session, sid, chosen, start, manual=True)
    steps = {p: i for i, p in session.execute(select(ScenarioStep.id, ScenarioStep.position)
                                              .where(ScenarioStep.scenario_id == sid))}
    paths = ([0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 5], [0, 1, 2, 3, 4], [0, 1, 2, 5, 6])
    stops = (StopReason.REPLIED, StopReason.QUOTE, StopReason.DO_NOT_CONTACT)
    entries = []
    for n, enrolment in enumerate(session.scalars(select(Enrolment).where(Enrolment.scenario_id == sid)
                                                  .order_by(Enrolment.id))):
        path = paths[n % len(paths)] if n < 33 else [0, 1]
        at = start + timedelta(hours=rng.randint(0, 48))
        for k, position in enumerate(path):
            session.add(StepRun(enrolment_id=enrolment.id, step_id=steps[position], iteration=k, done_at=at,
                                outcome="done"))
            at += timedelta(days=3 if position == 1 else 0, hours=1)
        enrolment.run_count = len(path)
        last = path[-1]
        if n >= 33:  # stopped along the way, with the reason in the timeline
            reason = stops[n % len(stops)]
            enrolment.state, enrolment.stop_reason, enrolment.ended_at, enrolment.position = \
                "stopped", reason.value, at, None
            entries.append({"contact_id": enrolment.contact_id, "occurred_at": at,
                            "subject": f"Scénario « Relance des devis envoyés » arrêté : {funnel_label(reason)}",
                            "payload": {"scenario_id": sid, "stop_reason": reason.value}})
        elif last in (4, 6):
            enrolment.state, enrolment.ended_at, enrolment.position = "finished", at, None
        else:
            enrolment.position = last + 1 if last != 2 else 3
            enrolment.next_run_at = ctx.now + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 8))
    session.flush()
    timeline_rows(entries, session)
    session.execute(update(Scenario).where(Scenario.id == sid).values(triggered_at=ctx.now))
    session.flush()
    for name, count in before.items():
        ctx.counts[name] = ctx.counts.get(name, 0) + _rows(ctx, name) - count


def _rows(ctx: DemoContext, table: str) -> int:
    return int(ctx.session.scalar(select(func.count()).select_from(ctx.table(table))) or 0)

