"""Automation figure on 100,000 contacts.

- ``automation_run_s_100k``: one headless run (what ``relance automation run`` does) evaluating five
  dynamic triggers over the 100,000 contacts and advancing 10,000 due enrolments whose step is an email:
  10,000 messages rendered as their owner and queued in the outbox (not delivered).

The triggers were evaluated once before (their contacts enrolled, waiting), so the timed run evaluates
them again and enrols only the newly matching; the 10,000 due enrolments sit in a sixth scenario.
Runs on a copy of the cached benchmark database. ``cpu_s`` (this process's CPU time during the run) tells a
slow run from a busy machine.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from benchmarks.backends import on_both_backends
from benchmarks.datagen import NOW

DUE = 10_000
TRIGGERS: list[dict[str, Any]] = [
    {"version": 1, "match": "all", "conditions": [{"field": "contact.city", "op": "starts_with", "value": "Lyon"}]},
    {"version": 1, "match": "all", "conditions": [{"field": "contact.tags", "op": "has_any", "value": ["VIP"]}]},
    {"version": 1, "match": "all", "conditions": [{"field": "contact.status", "op": "is", "value": "client"},
                                                  {"field": "contact.city", "op": "starts_with", "value": "Paris"}]},
    {"version": 1, "match": "all", "conditions": [{"field": "contact.job_title", "op": "contains",
                                                   "value": "directeur"}]},
    {"version": 1, "match": "all", "conditions": [{"field": "quote.total_ttc", "op": "gt", "value": "20000"}]},
]


def run() -> dict[str, dict[str, object]]:
    return on_both_backends(measure)


def measure(url: str) -> dict[str, dict[str, object]]:
    """The figures on the database at ``url`` (a private copy of the 100,000-contact set)."""
    from sqlalchemy import select, update

    from desktop.db.engine import make_engine, make_session_factory
    from desktop.db.models import Contact
    from desktop.db.queries import save_query
    from desktop.db.scenario_models import Scenario
    from desktop.db.scenarios import ScenarioDraft, StepDraft, enrol, save_scenario
    from desktop.services.automation import AutomationRunner, AutomationSetup
    from desktop.services.mail.quote_mail import SenderIdentity

    # a Wednesday, 10:00 in Paris: inside every contact's sending window
    clock_now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    setup = AutomationSetup(SenderIdentity("Équipe commerciale", "equipe@vendeur.example"))
    engine = make_engine(url)
    try:
        sessions = make_session_factory(engine)
        wait_then_mail = (StepDraft("wait", {"days": 30}), StepDraft("send_email", {"template": "followup"}))
        with sessions.begin() as s:
            s.execute(update(Scenario).values(status="paused"))  # the demo set's own scenario stays out
            for i, spec in enumerate(TRIGGERS):
                qid = save_query(s, name=f"Déclencheur {i + 1}", kind="dynamic", spec=spec, today=NOW.date(),
                                 now=NOW)
                save_scenario(s, ScenarioDraft(f"Scénario {i + 1}", wait_then_mail, query_id=qid,
                                               status="active"), NOW)
            due_id = save_scenario(s, ScenarioDraft("Relance", (StepDraft("send_email", {"template": "followup"}),
                                                                StepDraft("wait", {"days": 3})), status="active"),
                                   NOW)
        AutomationRunner(sessions, setup, lambda: NOW).run_once()  # the earlier run: triggered contacts wait
        with sessions.begin() as s:
            ids = list(s.scalars(select(Contact.id).where(Contact.email.is_not(None), Contact.deleted_at.is_(None),
                                                          Contact.do_not_contact.is_(False))
                                 .order_by(Contact.id).limit(DUE)))
            enrol(s, due_id, ids, NOW, manual=True)
        runner = AutomationRunner(sessions, setup, lambda: clock_now)
        t0, cpu0 = time.perf_counter(), time.process_time()
        report = runner.run_once()
        seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    finally:
        engine.dispose()
    return {"automation_run_s_100k": {"value": round(seconds, 2), "unit": "s", "target": "<= 10",
                                      "cpu_s": round(cpu, 2), "queued": report.queued, "steps": report.steps,
                                      "enrolled": report.enrolled, "skipped": report.skipped, "errors": report.errors}}


if __name__ == "__main__":
    print(run())
