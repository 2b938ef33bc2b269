"""Scenarios over ninety simulated days: restarts, a clock change, stops, the window; parallel runners."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import ContactDraft
from desktop.core.scenarios import ScenarioError, StopReason, Window, zone
from desktop.db.contacts import add_activity, create_contact
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.models import Activity, Contact, Opportunity, User
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.queries import add_tag, save_query
from desktop.db.scenario_models import Enrolment, MailReply, StepRun
from desktop.db.scenarios import (
    ScenarioDraft,
    StepDraft,
    claim_due,
    enrol,
    funnel,
    hold,
    save_scenario,
    set_status,
    stop,
)
from desktop.services.automation import RETRY, AutomationRunner, AutomationSetup
from desktop.services.mail.quote_mail import SenderIdentity
from tests.support.threads import run_together

PARIS = zone("Europe/Paris")
SETUP = AutomationSetup(SenderIdentity("Équipe", "equipe@vendeur.fr"))
START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # a Monday; Paris changes clocks on 29 March
STEPS = (StepDraft("send_email", {"template": "followup"}), StepDraft("wait", {"days": 3}),
         StepDraft("condition", {"test": "has_tag", "value": "chaud"}, yes=5, no=3),
         StepDraft("send_email", {"template": "followup", "subject": "Une dernière question"}),
         StepDraft("end", {}), StepDraft("call", {}), StepDraft("add_tag", {"tag": "relancé"}))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _setup(sessions: sessionmaker[Session], contacts: int) -> tuple[int, list[int]]:
    with sessions.begin() as s:
        owner = User(name="Claire Martin", email="claire@vendeur.fr", signature="Claire — 06 00 00 00 00")
        s.add(owner)
        s.flush()
        ids = [create_contact(s, ContactDraft(first_name=f"P{i}", last_name="Durand", email=f"p{i}@client.fr"),
                              owner_id=owner.id).id for i in range(contacts)]
        add_tag(s, ids, "relance-auto")
        qid = save_query(s, name="À relancer", kind="dynamic", today=START.date(), now=START,
                         spec={"version": 1, "match": "all",
                               "conditions": [{"field": "contact.tags", "op": "has_any", "value": ["relance-auto"]}]})
        sid = save_scenario(s, ScenarioDraft("Relance devis", STEPS, query_id=qid, status="active"), START)
    return sid, ids


def test_ninety_days_with_restarts_and_a_clock_change(sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 8)
    clock = Clock(START)
    runner = AutomationRunner(sessions, SETUP, clock)
    stopped_at: dict[int, datetime] = {}
    for tick in range(90 * 6):  # every four hours for ninety days
        clock.now = START + timedelta(hours=4 * tick, minutes=7 * (tick % 5))
        if tick % 97 == 0:
            runner = AutomationRunner(sessions, SETUP, clock)  # the app restarts: a new runner, the same data
        if tick == 4:
            with sessions.begin() as s:  # one contact replies during the first wait
                s.add(MailReply(message_id="<r1@client.fr>", contact_id=ids[0], sender="p0@client.fr", subject="Re",
                                matched_by="headers", received_at=clock.now))
        if tick == 5:
            with sessions.begin() as s:
                add_tag(s, [ids[1]], "chaud")
                s.execute(update(Contact).where(Contact.id == ids[2]).values(do_not_contact=True))
        if tick == 220:  # a contact newly matching the dynamic query joins late (after the clock change)
            with sessions.begin() as s:
                late = create_contact(s, ContactDraft(first_name="Tard", last_name="Venu", email="tard@client.fr"))
                add_tag(s, [late.id], "relance-auto")
                ids.append(late.id)
        runner.run_once()
        with sessions() as s:
            for eid, at in s.execute(select(Enrolment.id, Enrolment.ended_at).where(Enrolment.state == "stopped")):
                stopped_at.setdefault(eid, at)

    with sessions() as s:
        enrolments = {e.contact_id: e for e in s.scalars(select(Enrolment))}
        runs = s.execute(select(StepRun.enrolment_id, StepRun.step_id, StepRun.done_at)).all()
        messages = s.scalars(select(OutboxMessage)).all()
        tasks = s.scalar(select(func.count()).select_from(Activity).where(Activity.kind == "task"))
        timeline = [a.subject for a in s.scalars(select(Activity).where(Activity.contact_id == ids[0]))]
        board = funnel(s, sid)
    assert len(enrolments) == 9  # once each, the late one included, nobody twice
    per_step = Counter((e, st) for e, st, _ in runs)
    assert max(per_step.values()) == 1  # each step exactly once per enrolment
    assert all(done is not None for _, _, done in runs)
    for eid, _step, done in runs:  # nothing after a stop
        assert eid not in stopped_at or done <= stopped_at[eid]
    window = Window()
    for m in messages:  # nothing outside weekdays 8:00-19:00 Paris
        assert window.contains(m.created_at, PARIS), m.created_at.astimezone(PARIS)
    assert enrolments[ids[0]].stop_reason == "replied"
    assert enrolments[ids[2]].stop_reason == "do_not_contact"
    assert enrolments[ids[1]].state == "finished" and tasks == 1  # the hot branch: a call task for the owner
    owned = {m.sender for m in messages if m.contact_id != ids[-1]}
    assert owned == {"claire@vendeur.fr"}  # as the contact's owner
    assert {m.sender for m in messages if m.contact_id == ids[-1]} == {"equipe@vendeur.fr"}  # no owner: the team
    # ids[0] and ids[2] got the first email only, ids[1] too (hot branch), the 6 others two emails
    assert len(messages) == 3 + 2 * 6
    assert board.finished == 7 and board.stopped == {"replied": 1, "do_not_contact": 1}
    assert any("arrêté" in t and "répondu" in t for t in timeline)


def test_manual_enrolment_once_and_follow_up_across_the_clock_change(sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 1)
    friday = datetime(2026, 3, 27, 8, 0, tzinfo=UTC)  # 9:00 Paris, the Friday before the change
    clock = Clock(friday)
    with sessions.begin() as s:
        set_status(s, sid, "paused")  # nothing from the trigger here
        manual = ScenarioDraft("Manuel", (*STEPS[:2], StepDraft("send_email", {"template": "followup"})),
                                     status="active")
        sid = save_scenario(s, manual, friday)
        assert enrol(s, sid, ids, friday, manual=True) == ids
        assert enrol(s, sid, ids, friday, manual=True) == []  # no re-entry: once
        draft = save_scenario(s, ScenarioDraft("Brouillon", manual.steps, status="draft"), friday)
        with pytest.raises(ScenarioError, match=r"Brouillon.*pas en cours"):
            enrol(s, draft, ids, friday, manual=True)  # a draft takes nobody by hand
    runner = AutomationRunner(sessions, SETUP, clock)
    runner.run_once()
    clock.now = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # Monday 9:00 Paris, now UTC+2
    report = runner.run_once()
    assert report.queued == 1
    with sessions() as s:
        times = sorted(s.scalars(select(OutboxMessage.created_at).where(OutboxMessage.contact_id == ids[0])))
    assert [t.astimezone(PARIS).hour for t in times[-2:]] == [9, 9]


def test_two_runners_in_parallel_never_duplicate(engine, db_url: str) -> None:  # type: ignore[no-untyped-def]
    sessions = make_session_factory(engine)
    sid, ids = _setup(sessions, 120)
    clock = Clock(START + timedelta(hours=5))  # Monday 11:00 Paris
    with sessions.begin() as s:
        enrol(s, sid, ids, clock.now)
    engines = [make_engine(db_url) for _ in range(2)]
    reports = []

    def work(i: int) -> None:
        reports.append(AutomationRunner(make_session_factory(engines[i]), SETUP, clock, batch=20).run_once())

    errors = run_together(work, range(2), engines)
    if db_url.startswith("sqlite"):
        errors = [e for e in errors if "locked" in str(e)]  # SQLite may refuse the second writer: never a duplicate
    assert not [e for e in errors if "locked" not in str(e)]
    with sessions() as s:
        per_contact = Counter(s.scalars(select(OutboxMessage.contact_id)))
    assert per_contact and max(per_contact.values()) == 1
    if db_url.startswith("postgresql"):
        assert sum(r.queued for r in reports) == 120 == len(per_contact)


def test_the_sweep_stops_waiting_enrolments_on_what_happened_since_they_began(
        sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 7)
    before, after = START - timedelta(days=2), START + timedelta(hours=5)
    with sessions.begin() as s:
        set_status(s, sid, "paused")
        waiting = save_scenario(s, ScenarioDraft("Attente", (StepDraft("wait", {"days": 30}),
                                                             StepDraft("send_email", {"template": "followup"})),
                                                 status="active"), START)
        enrol(s, waiting, ids, START, manual=True)
    assert AutomationRunner(sessions, SETUP, Clock(START + timedelta(hours=4))).run_once().steps == 7  # waits begin
    with sessions.begin() as s:
        for i, at in ((0, after), (1, before)):
            s.add(MailReply(message_id=f"<r{i}@client.fr>", contact_id=ids[i], sender="p@client.fr", subject="Re",
                            matched_by="headers", received_at=at))
        for i, at in ((2, after), (3, before)):
            s.add(Opportunity(title="Affaire", contact_id=ids[i], result="won", created_at=before, closed_at=at))
        s.execute(update(Contact).where(Contact.id == ids[4]).values(do_not_contact=True))
        s.add(TrackingEvent(event_id="e1", token="t1", kind="unsubscribe", ts=before, verdict="human", reasons=[],
                            contact_id=ids[5]))
    report = AutomationRunner(sessions, SETUP, Clock(START + timedelta(days=1))).run_once()  # nothing is due
    with sessions() as s:
        states = {c: (st, r) for c, st, r in s.execute(select(Enrolment.contact_id, Enrolment.state,
                                                              Enrolment.stop_reason)
                                                       .where(Enrolment.scenario_id == waiting))}
    assert states == {ids[0]: ("stopped", "replied"), ids[1]: ("active", None),
                      ids[2]: ("stopped", "opportunity"), ids[3]: ("active", None),
                      ids[4]: ("stopped", "do_not_contact"), ids[5]: ("stopped", "unsubscribed"),
                      ids[6]: ("active", None)}
    assert report.stopped == 4 and report.steps == 0


def test_decisions_due_at_once_run_straight_after_their_step_each_once(sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 1)
    monday = START + timedelta(hours=5)  # 11:00 Paris
    with sessions.begin() as s:
        set_status(s, sid, "paused")
        chain = save_scenario(s, ScenarioDraft("Chaîne", (
            StepDraft("send_email", {"template": "followup"}),
            StepDraft("condition", {"test": "has_tag", "value": "chaud"}, yes=3, no=2),
            StepDraft("wait", {"days": 2}), StepDraft("end", {})), status="active"), monday)
        enrol(s, chain, ids, monday, manual=True)
    report = AutomationRunner(sessions, SETUP, Clock(monday)).run_once()
    assert (report.steps, report.queued) == (3, 1)  # the email, then the condition and the wait at once
    with sessions() as s:
        enrolment = s.scalars(select(Enrolment).where(Enrolment.scenario_id == chain)).one()
        runs = s.execute(select(StepRun.iteration, StepRun.outcome, StepRun.done_at, StepRun.outbox_id)
                         .where(StepRun.enrolment_id == enrolment.id).order_by(StepRun.iteration)).all()
        timeline = list(s.scalars(select(Activity.subject).where(Activity.contact_id == ids[0])))
    assert [(r.iteration, r.outcome) for r in runs] == [(0, "queued"), (1, "no"), (2, "done")]
    assert all(r.done_at == monday for r in runs) and runs[0].outbox_id is not None
    assert (enrolment.position, enrolment.run_count, enrolment.next_run_at) == (3, 3, monday + timedelta(days=2))
    assert any("étape 2 (condition)" in t for t in timeline)
    report = AutomationRunner(sessions, SETUP, Clock(monday + timedelta(days=2))).run_once()
    assert report.steps == 1
    with sessions() as s:
        assert s.scalars(select(Enrolment.state).where(Enrolment.scenario_id == chain)).one() == "finished"
        timeline = list(s.scalars(select(Activity.subject).where(Activity.contact_id == ids[0])))
    assert any("étape 4 (fin)" in t for t in timeline) and any("Chaîne » terminé" in t for t in timeline)


def test_a_failing_step_is_tried_again_later_not_again_and_again_in_one_run(
        sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 2)
    monday = START + timedelta(hours=5)
    with sessions.begin() as s:
        set_status(s, sid, "paused")
        broken = save_scenario(s, ScenarioDraft("Cassé", (StepDraft("send_email", {"template": "introuvable"}),),
                                                status="active"), monday)
        enrol(s, broken, ids, monday, manual=True)
    report = AutomationRunner(sessions, SETUP, Clock(monday)).run_once()  # returns: no endless retry
    assert (report.errors, report.steps) == (2, 0)
    with sessions() as s:
        assert set(s.scalars(select(Enrolment.next_run_at).where(Enrolment.scenario_id == broken))) == {
            monday + RETRY}
        assert s.scalar(select(func.count()).select_from(StepRun)) == 0
    assert AutomationRunner(sessions, SETUP, Clock(monday + RETRY)).run_once().errors == 2


def test_hold_keeps_only_the_claims_still_this_runners_on_unmoved_enrolments(
        sessions: sessionmaker[Session]) -> None:
    sid, ids = _setup(sessions, 3)
    now = START + timedelta(hours=5)
    with sessions.begin() as s:
        enrol(s, sid, ids, now)
    with sessions.begin() as s:
        claims = sorted(claim_due(s, "me", now), key=lambda c: c.contact_id)
    assert len(claims) == 3
    with sessions.begin() as s:
        stop(s, [claims[0].enrolment_id], StopReason.MANUAL, now)  # stopped meanwhile
        s.execute(update(StepRun).where(StepRun.id == claims[1].run_id).values(claimed_by="other"))  # taken over
    with sessions.begin() as s:
        assert hold(s, claims, "me", now + timedelta(minutes=1)) == [claims[2]]
    with sessions() as s:
        runs = {r.id: r for r in s.scalars(select(StepRun))}
    assert claims[0].run_id not in runs  # released
    assert runs[claims[1].run_id].claimed_by == "other"
    assert runs[claims[2].run_id].claimed_until == now + timedelta(minutes=11)  # lease renewed


def test_unknown_activity_helper_still_works(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        user = User(name="x")
        s.add(user)
        s.flush()
        c = create_contact(s, ContactDraft(first_name="A", email="a@b.fr"))
        add_activity(s, kind="note", subject="n", when=START, contact_id=c.id)
