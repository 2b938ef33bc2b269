"""Two scenario runners at once on one PostgreSQL, as two desktops of a team run them: they share the due steps
without a deadlock, and every step runs once (one email per contact).

Many steps due and small batches make each claim read its candidates while the other runner commits its own
claim and holds it: the race in which runners locking a step's run and its enrolment in opposite orders
deadlocked (seen with ten desktops, reproduced here in a second or two with the old order).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.db.models import Contact, User
from desktop.db.outbox_models import OutboxMessage
from desktop.db.scenario_models import Enrolment, StepRun
from desktop.db.scenarios import ScenarioDraft, StepDraft, claim_due, enrol, hold, save_scenario
from desktop.services.automation import AutomationRunner, AutomationSetup, RunReport
from desktop.services.mail.quote_mail import SenderIdentity
from tests.support.threads import run_together

SETUP = AutomationSetup(SenderIdentity("Équipe", "equipe@vendeur.fr"))
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday, 11:00 in Paris: inside the sending window
CONTACTS = 4000
SECONDS = 3.0


@pytest.mark.postgres
def test_two_runners_share_the_due_steps_without_deadlock_nor_duplicate(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    migrate(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as s:
        owner = User(name="Claire Martin", email="claire@vendeur.fr")
        s.add(owner)
        s.flush()
        s.execute(insert(Contact), [{"first_name": f"P{i}", "last_name": "Durand", "email": f"p{i}@client.fr",
                                     "owner_id": owner.id} for i in range(CONTACTS)])
        ids = list(s.scalars(select(Contact.id)))
        sid = save_scenario(s, ScenarioDraft("Relance", (StepDraft("send_email", {"template": "followup"}),
                                                         StepDraft("wait", {"days": 3})), status="active"), NOW)
        enrol(s, sid, ids, NOW, manual=True)
    engines = [make_engine(postgres_url) for _ in range(2)]
    reports = [RunReport(), RunReport()]
    start = threading.Barrier(2)

    def due() -> int:
        with sessions() as s:
            return int(s.scalar(select(func.count()).select_from(Enrolment).where(
                Enrolment.run_count == 0, Enrolment.state == "active")) or 0)

    def work(i: int) -> None:
        # one step a batch: many claims racing for the same first rows, each then held while the other claims
        runner = AutomationRunner(make_session_factory(engines[i]), SETUP, lambda: NOW, runner_id=f"desktop-{i}",
                                  batch=1)
        start.wait()
        deadline = time.monotonic() + SECONDS  # a bounded run: what was done is checked, not that all was
        while due() and time.monotonic() < deadline:
            runner.run_due(reports[i])  # one batch: claimed, then held and run

    errors = run_together(work, range(2), engines)
    try:
        assert not errors, errors[0]
        with sessions() as s:
            per_contact = Counter(s.scalars(select(OutboxMessage.contact_id)))
            runs = Counter(s.execute(select(StepRun.enrolment_id, StepRun.step_id).where(
                StepRun.done_at.is_not(None))).all())
            moved = int(s.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.run_count > 0)) or 0)
        queued = reports[0].queued + reports[1].queued
        assert queued >= 20 and queued == sum(per_contact.values()) == moved  # each enrolment that moved: one email
        assert max(per_contact.values()) == 1 and set(per_contact) <= set(ids)
        assert len(runs) == 2 * moved and max(runs.values()) == 1  # the email and the wait, each once
        assert reports[0].queued and reports[1].queued  # the work was shared
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_claim_reading_a_stale_snapshot_never_deadlocks_with_the_hold_of_the_claim_it_missed(
        postgres_url: str) -> None:
    """The deadlock, step by step: runner B's claim locks an enrolment runner A claimed a moment before (B's
    candidates were read before A committed), then tries to claim its run; meanwhile A holds its claim. A must
    wait for B's enrolment lock before touching the run, so B's insert finds A's claim and gives up at once."""
    engine = make_engine(postgres_url)
    migrate(engine)
    sessions = make_session_factory(engine)
    try:
        with sessions.begin() as s:
            s.execute(insert(Contact), [{"first_name": "P", "last_name": "Durand", "email": "p@client.fr"}])
            sid = save_scenario(s, ScenarioDraft("Relance", (StepDraft("send_email", {"template": "followup"}),),
                                                 status="active"), NOW)
            enrol(s, sid, list(s.scalars(select(Contact.id))), NOW, manual=True)
        with sessions.begin() as s:
            (claim,) = claim_due(s, "a", NOW)
        held: list[object] = []
        with sessions.begin() as b:  # runner B, its stale claim under way: the enrolment locked
            b.execute(select(Enrolment.id).where(Enrolment.id == claim.enrolment_id)
                      .with_for_update(key_share=True))

            def hold_a() -> None:
                try:
                    with sessions.begin() as a:
                        held.extend(hold(a, [claim], "a", NOW))
                except BaseException as exc:  # reported below
                    held.append(exc)

            thread = threading.Thread(target=hold_a)
            thread.start()
            time.sleep(0.3)  # A waits for B's lock (before this fix: with A's run row already locked)
            step_id = b.scalar(select(StepRun.step_id).where(StepRun.id == claim.run_id))
            b.execute(pg_insert(StepRun).values(enrolment_id=claim.enrolment_id, step_id=step_id, iteration=0,
                                                claimed_by="b", claimed_until=NOW).on_conflict_do_nothing())
        thread.join(10)
        assert held == [claim]
    finally:
        engine.dispose()
