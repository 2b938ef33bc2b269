"""Scenarios in the database: save and list, enrol (trigger or by hand), stop, claim due steps, the funnel.

Claims: a runner picks due enrolments (PostgreSQL: ``FOR NO KEY UPDATE SKIP LOCKED``, so a concurrent runner
skips them and takes the next ones instead of waiting; SQLite serialises writers) and inserts one step-run row per
enrolment keyed (enrolment, step, iteration = the enrolment's ``run_count``), ``ON CONFLICT DO NOTHING``. A row
already there is somebody else's claim or a step already done; only an expired claim that was never done is taken
over, by a conditional update. A batch of claims is then run in one transaction that first *holds* them
(:func:`hold`: locks their enrolments, then renews the runs still this runner's, both until the end of the
transaction) and writes the steps' effects, their ``done_at`` and the enrolments' moves (:func:`finish_runs`,
guarded by ``run_count``): a step is applied exactly once.

Lock order (PostgreSQL, several desktops on one server): every transaction here locks enrolments before their
step runs, and enrolments by increasing id. A claim's candidates are read on the statement's snapshot, so a claim
may lock an enrolment whose claim another runner committed a moment before; that runner's :func:`hold` then waits
for this short claim, which never waits for it back (the conflicting run row is not touched before its enrolment
is locked). Locking the runs first, as :func:`hold` once did, made the two wait for each other: a deadlock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Integer, Table, any_, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.core.campaigns import zone_of
from desktop.core.scenarios import (
    ScenarioError,
    Step,
    StepKind,
    StopReason,
    StopRules,
    Window,
    check_steps,
    due_for,
    funnel_label,
    zone,
)
from desktop.db.bulk import insert_many
from desktop.db.models import Activity, Company, Contact
from desktop.db.queries import members as query_members
from desktop.db.scenario_models import Enrolment, Scenario, ScenarioStep, StepRun

CHUNK = 500
LEASE = timedelta(minutes=10)
_ACTIVITIES = cast(Table, Activity.__table__)
_RUNS = cast(Table, StepRun.__table__)
_ENROLMENTS = cast(Table, Enrolment.__table__)


@dataclass(frozen=True)
class StepDraft:
    """A step as the editor gives it (branch targets are positions)."""

    kind: str
    params: dict[str, Any]
    yes: int | None = None
    no: int | None = None


@dataclass(frozen=True)
class ScenarioDraft:
    """A whole scenario as the editor gives it."""

    name: str
    steps: tuple[StepDraft, ...]
    query_id: int | None = None
    allow_reentry: bool = False
    rules: StopRules = field(default_factory=StopRules)
    window: tuple[str, int, int] = ("12345", 8 * 60, 19 * 60)
    time_zone: str = "Europe/Paris"
    status: str = "draft"


def core_steps(rows: Iterable[ScenarioStep]) -> list[Step]:
    """The core steps of stored rows (in position order)."""
    return [Step(StepKind(r.kind), dict(r.params or {}), r.yes_position, r.no_position)
            for r in sorted(rows, key=lambda r: r.position)]


def rules_of(s: Scenario) -> StopRules:
    return StopRules(s.stop_on_quote, s.stop_on_opportunity, s.stop_on_reply, s.stop_on_unsubscribe,
                     s.allow_manual_stop)


def window_of(s: Scenario) -> Window:
    return Window.from_stored(s.window_days, s.window_start_minute, s.window_end_minute)


def steps_of(session: Session, scenario_id: int) -> list[ScenarioStep]:
    return list(session.scalars(select(ScenarioStep).where(ScenarioStep.scenario_id == scenario_id)
                                .order_by(ScenarioStep.position)))


def save_scenario(session: Session, draft: ScenarioDraft, now: datetime, scenario_id: int | None = None) -> int:
    """Create or update a scenario and its steps; returns its id.

    Steps are replaced only when they changed kind or number: enrolments keep their position otherwise.

    Raises:
        ScenarioError: An empty name, or steps that cannot run.
    """
    if not draft.name.strip():
        raise ScenarioError("donnez un nom au scénario")
    steps = [Step(StepKind(d.kind), d.params, d.yes, d.no) for d in draft.steps]
    check_steps(steps)
    row = Scenario(created_at=now) if scenario_id is None else session.get_one(Scenario, scenario_id)
    row.name, row.query_id, row.allow_reentry = draft.name.strip(), draft.query_id, draft.allow_reentry
    r = draft.rules
    row.stop_on_quote, row.stop_on_opportunity, row.stop_on_reply = r.quote, r.opportunity, r.replied
    row.stop_on_unsubscribe, row.allow_manual_stop = r.unsubscribed, r.manual
    row.window_days, row.window_start_minute, row.window_end_minute = draft.window
    row.time_zone, row.status, row.updated_at = draft.time_zone, draft.status, now
    session.add(row)
    session.flush()
    existing = steps_of(session, row.id)
    if [s.kind for s in existing] == [d.kind for d in draft.steps]:
        for stored, d in zip(existing, draft.steps, strict=True):
            stored.params, stored.yes_position, stored.no_position = dict(d.params), d.yes, d.no
    else:
        session.execute(delete(ScenarioStep).where(ScenarioStep.scenario_id == row.id))
        session.add_all(ScenarioStep(scenario_id=row.id, position=i, kind=d.kind, params=dict(d.params),
                                     yes_position=d.yes, no_position=d.no) for i, d in enumerate(draft.steps))
    session.flush()
    return row.id


def draft_of(session: Session, scenario_id: int) -> ScenarioDraft:
    """The editor's copy of a stored scenario."""
    s = session.get_one(Scenario, scenario_id)
    return ScenarioDraft(s.name, tuple(StepDraft(r.kind, dict(r.params or {}), r.yes_position, r.no_position)
                                       for r in steps_of(session, scenario_id)),
                         s.query_id, s.allow_reentry, rules_of(s),
                         (s.window_days, s.window_start_minute, s.window_end_minute), s.time_zone, s.status)


def set_status(session: Session, scenario_id: int, status: str) -> None:
    session.get_one(Scenario, scenario_id).status = status


def delete_scenario(session: Session, scenario_id: int) -> None:
    session.execute(delete(Scenario).where(Scenario.id == scenario_id))


def contact_zones(session: Session, contact_ids: Sequence[int], default: str) -> dict[int, str]:
    """The time zone of each contact: its company's country's zone, else the scenario's."""
    out: dict[int, str] = {}
    for i in range(0, len(contact_ids), CHUNK):
        for cid, country in session.execute(
                select(Contact.id, Company.country).outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.id.in_(contact_ids[i:i + CHUNK]))):
            out[cid] = zone_of(country) if country else default
    return out


def timeline_rows(rows: Sequence[dict[str, Any]], session: Session) -> None:
    """Insert timeline entries in one statement (``contact_id``, ``subject``, ``occurred_at``, ``payload``)."""
    if rows:
        insert_many(session, _ACTIVITIES, [{"kind": "scenario", "body": None, "company_id": None,
                                            "author_id": None, **r} for r in rows])


def enrol(session: Session, scenario_id: int, contact_ids: Sequence[int], now: datetime, *, manual: bool = False,
          matching: set[int] | None = None) -> list[int]:
    """Enrol contacts: each once per scenario, or again after leaving the trigger query when re-entry is on.

    Args:
        session: A session in a transaction.
        scenario_id: The scenario.
        contact_ids: Candidates (live contacts).
        now: Current time.
        manual: Enrolled by hand (a manual enrolment with re-entry only needs no active enrolment).
        matching: The trigger's full matching set (to mark ended enrolments that left it); None for manual.

    Returns:
        The contacts enrolled.

    Raises:
        ScenarioError: a manual enrolment in a scenario that is not running (a draft, or stopped for good).
    """
    scenario = session.get_one(Scenario, scenario_id)
    if manual and scenario.status not in ("active", "paused"):
        raise ScenarioError(f"Le scénario « {scenario.name} » n'est pas en cours : démarrez-le avant d'y inscrire "
                            "des contacts.")
    steps = core_steps(steps_of(session, scenario_id))
    if not steps:
        return []
    e = Enrolment
    latest: dict[int, tuple[int, str, bool, int]] = {}  # each contact's latest iteration
    # every enrolment of the scenario read once (a join on a per-contact max took PostgreSQL 1.4 s at 100k)
    for cid, it, state, matched, eid in session.execute(
            select(e.contact_id, e.iteration, e.state, e.matched, e.id).where(e.scenario_id == scenario_id)):
        seen = latest.get(cid)
        if seen is None or it > seen[0]:
            latest[cid] = (it, state, matched, eid)
    if matching is not None and scenario.allow_reentry:
        left = [v[3] for c, v in latest.items() if v[1] != "active" and v[2] and c not in matching]
        for i in range(0, len(left), CHUNK):
            session.execute(update(e).where(e.id.in_(left[i:i + CHUNK])).values(matched=False))
    fresh: list[tuple[int, int]] = []
    for cid in dict.fromkeys(contact_ids):
        seen = latest.get(cid)
        if seen is None:
            fresh.append((cid, 1))
        elif scenario.allow_reentry and seen[1] != "active" and (manual or not seen[2]):
            fresh.append((cid, seen[0] + 1))
    if not fresh:
        return []
    window = window_of(scenario)
    zones = contact_zones(session, [c for c, _ in fresh], scenario.time_zone)
    rows = [{"scenario_id": scenario_id, "contact_id": cid, "iteration": it, "position": 0, "state": "active",
             "next_run_at": due_for(steps[0], now, window, zone(zones.get(cid))), "enrolled_at": now,
             "manual": manual, "run_count": 0, "matched": True} for cid, it in fresh]
    for i in range(0, len(rows), CHUNK):
        session.execute(insert(Enrolment), rows[i:i + CHUNK])
    how = "à la main" if manual else "par le déclencheur"
    timeline_rows([{"contact_id": cid, "occurred_at": now, "subject": f"Scénario « {scenario.name} » : inscrit {how}",
                    "payload": {"scenario_id": scenario_id}} for cid, _ in fresh], session)
    return [c for c, _ in fresh]


def evaluate_trigger(session: Session, scenario_id: int, now: datetime) -> list[int]:
    """Evaluate an active scenario's trigger query and enrol the contacts that newly match."""
    scenario = session.get_one(Scenario, scenario_id)
    if scenario.status != "active" or scenario.query_id is None:
        return []
    ids = query_members(session, scenario.query_id, now.date(), now)
    scenario.triggered_at = now
    return enrol(session, scenario_id, ids, now, matching=set(ids))


def stop(session: Session, enrolment_ids: Sequence[int], reason: StopReason, now: datetime) -> int:
    """Stop active enrolments with a reason written in each contact's timeline; returns how many stopped."""
    stopped = 0
    ordered = sorted(set(enrolment_ids))
    for i in range(0, len(ordered), CHUNK):
        part = ordered[i:i + CHUNK]
        query = (select(Enrolment.id, Enrolment.contact_id, Scenario.name, Scenario.id)
                 .join(Scenario, Scenario.id == Enrolment.scenario_id)
                 .where(Enrolment.id.in_(part), Enrolment.state == "active").order_by(Enrolment.id))
        if _postgres(session):  # locked in id order, as every writer of enrolments does: no deadlock
            query = query.with_for_update(of=Enrolment, key_share=True)
        rows = session.execute(query).all()
        if not rows:
            continue
        session.execute(update(Enrolment).where(Enrolment.id.in_([r[0] for r in rows]), Enrolment.state == "active")
                        .values(state="stopped", stop_reason=reason.value, ended_at=now, next_run_at=None,
                                position=None))
        timeline_rows([{"contact_id": r[1], "occurred_at": now,
                        "subject": f"Scénario « {r[2]} » arrêté : {funnel_label(reason.value)}",
                        "payload": {"scenario_id": r[3], "stop_reason": reason.value}} for r in rows], session)
        stopped += len(rows)
    return stopped


def stop_manually(session: Session, scenario_id: int, contact_ids: Sequence[int], now: datetime) -> int:
    """The salesperson stops these contacts' enrolment (refused when the scenario disallows manual stops)."""
    scenario = session.get_one(Scenario, scenario_id)
    if not scenario.allow_manual_stop:
        raise ScenarioError("ce scénario n'autorise pas l'arrêt manuel")
    ids = list(session.scalars(select(Enrolment.id).where(Enrolment.scenario_id == scenario_id,
                                                          Enrolment.contact_id.in_(list(contact_ids)),
                                                          Enrolment.state == "active")))
    return stop(session, ids, StopReason.MANUAL, now)


def stop_contacts(session: Session, contact_ids: Sequence[int], reason: StopReason, now: datetime,
                  rule: str) -> int:
    """Stop the active enrolments of these contacts in every scenario whose ``rule`` switch is on."""
    column = getattr(Scenario, rule)
    ids = list(session.scalars(select(Enrolment.id).join(Scenario, Scenario.id == Enrolment.scenario_id)
                               .where(Enrolment.contact_id.in_(list(contact_ids)), Enrolment.state == "active",
                                      column.is_(True))))
    return stop(session, ids, reason, now)


# Claims -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Claimed:
    """One step run this runner holds."""

    run_id: int
    enrolment_id: int
    contact_id: int
    scenario_id: int
    position: int
    run_count: int
    enrolled_at: datetime


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _insert_ignore(session: Session) -> Any:
    return pg_insert if _postgres(session) else sqlite_insert


def _among(session: Session, column: Any, ids: Sequence[int]) -> Any:
    """``column IN (ids)``; on PostgreSQL ``column = ANY(:array)``, one parameter whatever the number of ids (a
    statement psycopg parses once, not a new one per length)."""
    if _postgres(session):
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


# PostgreSQL: a batch's rows as arrays unnested in one short statement (executemany sends one statement per row,
# a long VALUES list costs psycopg a parse per batch); the rows are already locked in the module's order
_PG_CLAIM = text(
    "INSERT INTO scenario_step_runs (enrolment_id, step_id, iteration, claimed_by, claimed_until) "
    "SELECT v.enrolment_id, v.step_id, v.iteration, :runner, :until FROM unnest(CAST(:enrolments AS integer[]), "
    "CAST(:steps AS integer[]), CAST(:iterations AS integer[])) WITH ORDINALITY AS v(enrolment_id, step_id, "
    "iteration, n) ORDER BY v.n ON CONFLICT DO NOTHING")
_PG_DONE = text(
    "UPDATE scenario_step_runs AS r SET done_at = :at, outcome = v.outcome, outbox_id = v.outbox_id "
    "FROM unnest(CAST(:runs AS integer[]), CAST(:outcomes AS varchar[]), CAST(:outboxes AS integer[])) "
    "AS v(id, outcome, outbox_id) WHERE r.id = v.id AND r.claimed_by = :runner AND r.done_at IS NULL")
_PG_MOVE = text(
    "UPDATE scenario_enrolments AS e SET run_count = v.next, position = v.position, next_run_at = v.due, "
    "state = v.state, ended_at = v.ended FROM unnest(CAST(:enrolments AS integer[]), CAST(:counts AS integer[]), "
    "CAST(:nexts AS integer[]), CAST(:positions AS integer[]), CAST(:dues AS timestamptz[]), "
    "CAST(:states AS varchar[]), CAST(:endeds AS timestamptz[])) AS v(id, count, next, position, due, state, ended) "
    "WHERE e.id = v.id AND e.state = 'active' AND e.run_count = v.count")


def claim_due(session: Session, runner_id: str, now: datetime, limit: int = 500,
              lease: timedelta = LEASE) -> list[Claimed]:
    """Claim up to ``limit`` due steps of active scenarios for this runner (commit right after).

    Empty only when nothing is due that nobody holds: candidates that all turn out claimed by another runner
    meanwhile (read on a snapshot taken just before that runner committed) are looked for again.
    """
    for _ in range(3):
        claims, seen = _claim(session, runner_id, now, limit, lease)
        if claims or not seen:
            return claims
    return []


def _claim(session: Session, runner_id: str, now: datetime, limit: int, lease: timedelta,
           ) -> tuple[list[Claimed], bool]:
    """One claiming pass: (the claims, whether any candidate was found)."""
    e = Enrolment
    query = (select(e.id, e.scenario_id, e.contact_id, e.position, e.run_count, e.enrolled_at)
             .join(Scenario, Scenario.id == e.scenario_id)
             .where(e.state == "active", e.next_run_at <= now, Scenario.status == "active",
                    ~select(StepRun.id).where(StepRun.enrolment_id == e.id, StepRun.iteration == e.run_count,
                                              or_(StepRun.done_at.is_not(None), StepRun.claimed_until >= now))
                    .exists())
             .order_by(e.next_run_at, e.id).limit(limit))
    if _postgres(session):  # a row another runner is claiming is skipped, not waited for
        query = query.with_for_update(skip_locked=True, of=e, key_share=True)
    due = session.execute(query).all()
    if not due:
        return [], False
    step_ids = {(s, p): i for i, s, p in session.execute(
        select(ScenarioStep.id, ScenarioStep.scenario_id, ScenarioStep.position)
        .where(ScenarioStep.scenario_id.in_({d[1] for d in due})))}
    rows: list[dict[str, Any]] = []
    lost: list[int] = []
    due = [d for d in due if d[3] is not None]
    for eid, sid, _cid, pos, count, _at in due:
        step_id = step_ids.get((sid, pos or 0))
        if step_id is None:
            lost.append(eid)
            continue
        rows.append({"enrolment_id": eid, "step_id": step_id, "iteration": count, "claimed_by": runner_id,
                     "claimed_until": now + lease})
    if lost:
        stop(session, lost, StopReason.GONE, now)
    if rows:
        if _postgres(session):  # one short statement whatever the batch (no long VALUES list to parse)
            session.execute(_PG_CLAIM, {"enrolments": [r["enrolment_id"] for r in rows],
                                        "steps": [r["step_id"] for r in rows],
                                        "iterations": [r["iteration"] for r in rows],
                                        "runner": runner_id, "until": (now + lease).astimezone(UTC)})
        else:
            session.execute(_insert_ignore(session)(_RUNS).on_conflict_do_nothing(), rows)
        # an expired claim never done (its runner died) is taken over
        session.execute(update(StepRun).where(
            _among(session, StepRun.enrolment_id, [r["enrolment_id"] for r in rows]), StepRun.done_at.is_(None),
            StepRun.claimed_until < now).values(claimed_by=runner_id, claimed_until=now + lease)
            .execution_options(synchronize_session=False))
    mine = {(r.enrolment_id, r.iteration): r.id for r in session.execute(
        select(StepRun.id, StepRun.enrolment_id, StepRun.iteration).where(
            _among(session, StepRun.enrolment_id, [d[0] for d in due]), StepRun.claimed_by == runner_id,
            StepRun.done_at.is_(None)))}
    return [Claimed(mine[(d[0], d[4])], d[0], d[2], d[1], d[3] or 0, d[4], d[5]) for d in due
            if (d[0], d[4]) in mine], True


_DONE = (update(_RUNS).where(_RUNS.c.id == bindparam("b_run"), _RUNS.c.claimed_by == bindparam("b_runner"),
                             _RUNS.c.done_at.is_(None))
         .values(done_at=bindparam("b_at"), outcome=bindparam("b_outcome"), outbox_id=bindparam("b_outbox")))
_MOVE = (update(_ENROLMENTS).where(_ENROLMENTS.c.id == bindparam("b_enrolment"), _ENROLMENTS.c.state == "active",
                                   _ENROLMENTS.c.run_count == bindparam("b_count"))
         .values(run_count=bindparam("b_next"), position=bindparam("b_position"), next_run_at=bindparam("b_due"),
                 state=bindparam("b_state"), ended_at=bindparam("b_ended")))


def hold(session: Session, claims: Sequence[Claimed], runner_id: str, now: datetime,
         lease: timedelta = LEASE) -> list[Claimed]:
    """The claims this runner may run now, held until the end of the caller's transaction.

    Reads their enrolments (PostgreSQL: locked, by increasing id, before any run: see the module's lock order),
    then renews the lease of the runs still this runner's and not done (an update: PostgreSQL locks the rows,
    SQLite takes its write lock): a claim another runner took over is left out, one whose enrolment was stopped
    or moved meanwhile is released. Call it first in the transaction that applies the steps, then
    :func:`finish_runs`.
    """
    current: dict[int, tuple[str, int]] = {}
    eids = sorted({c.enrolment_id for c in claims})
    for i in range(0, len(eids), CHUNK):
        query = (select(Enrolment.id, Enrolment.state, Enrolment.run_count)
                 .where(_among(session, Enrolment.id, eids[i:i + CHUNK])).order_by(Enrolment.id))
        if _postgres(session):
            query = query.with_for_update(key_share=True)
        current.update((e, (st, n)) for e, st, n in session.execute(query))
    mine: set[int] = set()
    ids = sorted(c.run_id for c in claims)
    for i in range(0, len(ids), CHUNK):
        mine.update(session.execute(
            update(_RUNS).where(_among(session, _RUNS.c.id, ids[i:i + CHUNK]), _RUNS.c.claimed_by == runner_id,
                                _RUNS.c.done_at.is_(None))
            .values(claimed_until=now + lease).returning(_RUNS.c.id)).scalars())
    claims = [c for c in claims if c.run_id in mine]
    held: list[Claimed] = []
    moved: list[Claimed] = []
    for c in claims:
        (held if current.get(c.enrolment_id) == ("active", c.run_count) else moved).append(c)
    release(session, moved)
    return held


@dataclass
class Finished:
    """A held claim run and where its enrolment goes (position None: finished).

    Attributes:
        claim: The claim.
        outcome: The step's outcome.
        position: The enrolment's next position, or None.
        due: When that step is due.
        outbox_id: The message the step queued.
        then: The steps run straight after it, due at once, as (step id, outcome): each gets its own done run.
    """

    claim: Claimed
    outcome: str
    position: int | None
    due: datetime | None
    outbox_id: int | None = None
    then: tuple[tuple[int, str], ...] = ()


class LostClaims(RuntimeError):
    """A held run or enrolment changed under the transaction (never expected): the caller rolls back."""


def finish_runs(session: Session, runner_id: str, now: datetime, finished: Sequence[Finished]) -> None:
    """Mark held runs done, add the runs of the steps run straight after them, move their enrolments: three
    statements for the whole batch.

    Raises:
        LostClaims: If a run or an enrolment was not as :func:`hold` left it (the transaction must roll back).
    """
    if not finished:
        return
    runs = [{"b_run": f.claim.run_id, "b_runner": runner_id, "b_at": now, "b_outcome": f.outcome[:40],
             "b_outbox": f.outbox_id} for f in finished]
    then = [{"enrolment_id": f.claim.enrolment_id, "step_id": step_id, "iteration": f.claim.run_count + 1 + k,
             "claimed_by": runner_id, "claimed_until": now, "done_at": now, "outcome": outcome[:40],
             "outbox_id": None} for f in finished for k, (step_id, outcome) in enumerate(f.then)]
    moves = [{"b_enrolment": f.claim.enrolment_id, "b_count": f.claim.run_count,
              "b_next": f.claim.run_count + 1 + len(f.then), "b_position": f.position, "b_due": f.due,
              "b_state": "active" if f.position is not None else "finished",
              "b_ended": now if f.position is None else None} for f in finished]
    if _postgres(session):
        _finish_on_postgres(session, runner_id, now, runs, moves)
        insert_many(session, _RUNS, then)  # nobody else can reach these (enrolment, step, iteration): held
        return
    sane = session.get_bind().dialect.supports_sane_multi_rowcount
    for statement, rows in ((_DONE, runs), (_MOVE, moves)):
        result = session.execute(statement, rows)
        if sane and result.rowcount != len(rows):  # type: ignore[attr-defined]
            raise LostClaims(f"{len(rows) - result.rowcount} of {len(rows)} steps changed meanwhile")  # type: ignore[attr-defined]
    if then:  # nobody else can reach these (enrolment, step, iteration): the enrolments are held
        session.execute(insert(_RUNS), then)


def _finish_on_postgres(session: Session, runner_id: str, now: datetime, runs: Sequence[dict[str, Any]],
                        moves: Sequence[dict[str, Any]]) -> None:
    """:func:`finish_runs`'s two updates as one statement each (the batch's rows as arrays)."""
    def utc(at: datetime | None) -> datetime | None:
        return None if at is None else at.astimezone(UTC)

    done = session.execute(_PG_DONE, {"at": utc(now), "runner": runner_id, "runs": [r["b_run"] for r in runs],
                                      "outcomes": [r["b_outcome"] for r in runs],
                                      "outboxes": [r["b_outbox"] for r in runs]})
    moved = session.execute(_PG_MOVE, {
        "enrolments": [m["b_enrolment"] for m in moves], "counts": [m["b_count"] for m in moves],
        "nexts": [m["b_next"] for m in moves], "positions": [m["b_position"] for m in moves],
        "dues": [utc(m["b_due"]) for m in moves], "states": [m["b_state"] for m in moves],
        "endeds": [utc(m["b_ended"]) for m in moves]})
    for result, rows in ((done, runs), (moved, moves)):
        if result.rowcount != len(rows):  # type: ignore[attr-defined]
            raise LostClaims(f"{len(rows) - result.rowcount} of {len(rows)} steps changed meanwhile")  # type: ignore[attr-defined]


def release(session: Session, claims: Sequence[Claimed]) -> None:
    """Drop claims not run (the enrolment stopped, or the step waits for the window)."""
    ids = [c.run_id for c in claims]
    for i in range(0, len(ids), CHUNK):
        session.execute(delete(StepRun).where(_among(session, StepRun.id, ids[i:i + CHUNK]),
                                              StepRun.done_at.is_(None)))


def reschedule(session: Session, due: Sequence[tuple[int, datetime]]) -> None:
    """Move these enrolments' next run (enrolment id, when), one statement for all."""
    if due:
        session.execute(update(_ENROLMENTS).where(_ENROLMENTS.c.id == bindparam("b_enrolment"))
                        .values(next_run_at=bindparam("b_due")),
                        [{"b_enrolment": e, "b_due": at} for e, at in due])


# Lists and funnel ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScenarioRow:
    """A scenario as the list shows it."""

    id: int
    name: str
    status: str
    query_id: int | None
    active: int
    finished: int
    stopped: int


def list_scenarios(session: Session) -> list[ScenarioRow]:
    counts: dict[tuple[int, str], int] = {(s, st): n for s, st, n in session.execute(
        select(Enrolment.scenario_id, Enrolment.state, func.count()).group_by(Enrolment.scenario_id, Enrolment.state))}
    return [ScenarioRow(s.id, s.name, s.status, s.query_id, counts.get((s.id, "active"), 0),
                        counts.get((s.id, "finished"), 0), counts.get((s.id, "stopped"), 0))
            for s in session.scalars(select(Scenario).order_by(Scenario.name))]


@dataclass(frozen=True)
class Funnel:
    """How many contacts sit at each step, how many finished, how many stopped and why."""

    at_step: dict[int, int]
    finished: int
    stopped: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.at_step.values()) + self.finished + sum(self.stopped.values())


def funnel(session: Session, scenario_id: int) -> Funnel:
    e = Enrolment
    at_step = {p: n for p, n in session.execute(
        select(e.position, func.count()).where(e.scenario_id == scenario_id, e.state == "active")
        .group_by(e.position)) if p is not None}
    stopped = {r or "": n for r, n in session.execute(
        select(e.stop_reason, func.count()).where(e.scenario_id == scenario_id, e.state == "stopped")
        .group_by(e.stop_reason))}
    finished = int(session.scalar(select(func.count()).where(e.scenario_id == scenario_id, e.state == "finished"))
                   or 0)
    return Funnel(at_step, finished, stopped)


def enrolments_of_contact(session: Session, contact_id: int) -> list[tuple[str, str, int | None, str | None]]:
    """(scenario name, state, position, stop reason) of each enrolment of a contact, newest first."""
    return [(n, st, p, r) for n, st, p, r in session.execute(
        select(Scenario.name, Enrolment.state, Enrolment.position, Enrolment.stop_reason)
        .join(Scenario, Scenario.id == Enrolment.scenario_id).where(Enrolment.contact_id == contact_id)
        .order_by(Enrolment.enrolled_at.desc()))]


def active_scenarios(session: Session) -> list[Scenario]:
    return list(session.scalars(select(Scenario).where(Scenario.status == "active").order_by(Scenario.id)))
