"""The scenario runner: evaluate triggers, apply stop rules, claim due steps, run them, queue emails.

One :meth:`AutomationRunner.run_once` is what the desktop's scheduler does every few minutes and what
``relance automation run`` does once, headless: it catches up on everything due (several batches), so a
desktop closed for a week sends each late step once, inside the sending window.

Every email goes to the outbox (:func:`desktop.services.mail.outbox.enqueue`), never straight to SMTP; the
sender delivers it later. An email step is checked at the moment it runs: do-not-contact stops the
enrolment, do-not-email, no address, an unsubscribe or a consumer without marketing consent skip the message
(the step is recorded as skipped), tracking follows the company policy and the contact's consent (the
unsubscribe link always, the pixel and tracked links with consent only), and outside the sending window the
step is put back to the window's next opening.

Steps run by batches of claims (500 by default), one transaction each: the batch is held, every step is
decided in Python (messages built by :func:`desktop.services.mail.message.build_simple_message`, a wait or
condition due at once run straight after the step before it), then written in a few statements (outbox
rows, step runs, enrolment moves, timeline). A crash loses at most the batch in flight, whose claims another
run takes over when their lease ends.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.campaigns import zone_of
from desktop.core.scenarios import (
    Facts,
    Step,
    StepKind,
    StopReason,
    advance,
    next_in_window,
    stop_reason,
    zone,
)
from desktop.db.campaigns import add_contacts
from desktop.db.contacts import tags_by_name
from desktop.db.models import Activity, Company, Contact, Opportunity, Tag, User, contact_tags
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.scenario_models import Enrolment, MailReply, Scenario
from desktop.db.scenarios import (
    CHUNK,
    Claimed,
    Finished,
    active_scenarios,
    claim_due,
    core_steps,
    evaluate_trigger,
    finish_runs,
    hold,
    release,
    reschedule,
    rules_of,
    steps_of,
    stop,
    timeline_rows,
    window_of,
)
from desktop.db.seller import seller_identity
from desktop.services.mail.context import contact_context, sender_context
from desktop.services.mail.message import (
    BuiltMessage,
    Tracking,
    TrackingPolicy,
    build_simple_message,
    new_token,
    tracking_applies,
)
from desktop.services.mail.outbox import enqueue_many
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.templates import EmailTemplates

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class AutomationSetup:
    """What running steps needs from the settings.

    Attributes:
        fallback: The sender when the contact's owner has no address (the settings' sender).
        policy: The company's tracking policy.
        tracker_url: The tracker's public URL (tracking and unsubscribe links), or None.
        templates: Email templates (None: the shipped ones).
        token_factory: Mints tracking tokens.
    """

    fallback: SenderIdentity
    policy: TrackingPolicy = TrackingPolicy.DEFAULT
    tracker_url: str | None = None
    templates: EmailTemplates | None = None
    token_factory: Callable[[], str] = new_token


@dataclass
class RunReport:
    """What one run did."""

    enrolled: int = 0
    stopped: int = 0
    steps: int = 0
    queued: int = 0
    skipped: int = 0
    deferred: int = 0
    errors: int = 0
    outbox_ids: list[int] = field(default_factory=list)

    def add(self, other: RunReport) -> None:
        """Count what another part of the run did."""
        for name in ("enrolled", "stopped", "steps", "queued", "skipped", "deferred", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.outbox_ids += other.outbox_ids


@dataclass
class _Info:
    """One contact as the steps need it."""

    contact: Any
    country: str | None
    company: str
    opened: bool = False
    viewed: bool = False
    accepted_at: datetime | None = None
    refused_at: datetime | None = None
    decided_at: datetime | None = None
    replied_at: datetime | None = None
    unsubscribed: bool = False
    tags: set[str] = field(default_factory=set)

    def facts(self, since: datetime) -> Facts:
        c = self.contact
        return Facts(quote_opened=self.opened, quote_viewed=self.viewed,
                     quote_accepted=_after(self.accepted_at, since), quote_refused=_after(self.refused_at, since),
                     opportunity_decided=_after(self.decided_at, since), replied=_after(self.replied_at, since),
                     unsubscribed=self.unsubscribed, do_not_contact=bool(c.do_not_contact) or c.deleted_at is not None,
                     tags=frozenset(self.tags),
                     fields={"status": c.status, "city": c.city or "", "job_title": c.job_title or ""})


def _after(at: datetime | None, since: datetime) -> bool:
    return at is not None and at >= since


def gather(session: Session, contact_ids: Sequence[int]) -> dict[int, _Info]:
    """Everything the stop rules, conditions and steps need about these contacts, in a few queries."""
    ids = list(dict.fromkeys(contact_ids))
    out: dict[int, _Info] = {}
    c = Contact
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        for row in session.execute(
                select(c.id, c.first_name, c.last_name, c.civility, c.email, c.job_title, c.city, c.status,
                       c.owner_id, c.is_consumer, c.tracking_consent_state, c.marketing_consent, c.do_not_contact,
                       c.do_not_email, c.deleted_at, Company.country, Company.legal_name)
                .outerjoin(Company, Company.id == c.company_id).where(c.id.in_(part))):
            out[row.id] = _Info(row, row.country, row.legal_name or "")
        for cid, opened, viewed, accepted, refused in session.execute(
                select(Quote.contact_id, func.max(Quote.last_human_open_at), func.max(Quote.viewed_at),
                       func.max(Quote.accepted_at), func.max(Quote.refused_at))
                .where(Quote.contact_id.in_(part)).group_by(Quote.contact_id)):
            info = out.get(cid or 0)
            if info is not None:
                info.opened, info.viewed = opened is not None, viewed is not None
                info.accepted_at, info.refused_at = accepted, refused
        for cid, at in session.execute(
                select(Opportunity.contact_id, func.max(func.coalesce(Opportunity.closed_at, Opportunity.created_at)))
                .where(Opportunity.contact_id.in_(part), Opportunity.result.is_not(None))
                .group_by(Opportunity.contact_id)):
            if cid in out:
                out[cid].decided_at = at
        for cid, at in session.execute(select(MailReply.contact_id, func.max(MailReply.received_at))
                                       .where(MailReply.contact_id.in_(part)).group_by(MailReply.contact_id)):
            if cid in out:
                out[cid].replied_at = at
        gone = set(session.scalars(select(TrackingEvent.contact_id).where(
            TrackingEvent.kind == "unsubscribe", TrackingEvent.contact_id.in_(part))))
        gone |= set(session.scalars(select(OutboxMessage.contact_id).where(
            OutboxMessage.state == "failed_permanent", OutboxMessage.contact_id.in_(part))))
        for cid in gone:
            if cid in out:
                out[cid].unsubscribed = True
        for cid, name in session.execute(select(contact_tags.c.contact_id, Tag.name)
                                         .join(Tag, Tag.id == contact_tags.c.tag_id)
                                         .where(contact_tags.c.contact_id.in_(part))):
            out[cid].tags.add(name)
    return out


def stop_candidates(session: Session, after_id: int = 0, limit: int = CHUNK,
                    ) -> list[tuple[int, int, datetime, int]]:
    """(enrolment, contact, enrolled at, scenario) of the active enrolments a stop rule may stop, by id.

    Those whose contact has a fact :func:`gather` gives the stop rules: do-not-contact or deleted, an unsubscribe
    or a permanent bounce, or since the enrolment began a reply, a quote accepted or refused, an opportunity
    decided. A superset of what stops (the scenario's rules decide), so the sweep gathers a few contacts rather
    than all; keep it in step with :func:`gather`.
    """
    e, cid, since = Enrolment, Enrolment.contact_id, Enrolment.enrolled_at
    stoppable = or_(
        select(Contact.id).where(Contact.id == cid, or_(Contact.do_not_contact.is_(True),
                                                        Contact.deleted_at.is_not(None))).exists(),
        select(TrackingEvent.id).where(TrackingEvent.contact_id == cid, TrackingEvent.kind == "unsubscribe").exists(),
        select(OutboxMessage.id).where(OutboxMessage.contact_id == cid,
                                       OutboxMessage.state == "failed_permanent").exists(),
        select(MailReply.id).where(MailReply.contact_id == cid, MailReply.received_at >= since).exists(),
        select(Quote.id).where(Quote.contact_id == cid, or_(Quote.accepted_at >= since,
                                                            Quote.refused_at >= since)).exists(),
        select(Opportunity.id).where(Opportunity.contact_id == cid, Opportunity.result.is_not(None),
                                     func.coalesce(Opportunity.closed_at, Opportunity.created_at) >= since).exists(),
    )
    return [(a, b, c, d) for a, b, c, d in session.execute(
        select(e.id, e.contact_id, e.enrolled_at, e.scenario_id)
        .where(e.state == "active", e.id > after_id, stoppable).order_by(e.id).limit(limit))]


class AutomationRunner:
    """Runs scenarios against one database; several runners (desktops, cron) may run at once.

    Args:
        sessions: The session factory.
        setup: Sender fallback, tracking policy, tracker URL, templates.
        clock: The injected clock.
        runner_id: This runner's name in claims (a fresh one by default).
        batch: Steps claimed per transaction.
    """

    def __init__(self, sessions: sessionmaker[Session], setup: AutomationSetup, clock: Clock, *,
                 runner_id: str | None = None, batch: int = 500) -> None:
        self.sessions = sessions
        self.setup = setup
        self.clock = clock
        self.runner_id = runner_id or f"runner-{uuid.uuid4().hex[:12]}"
        self.batch = batch
        self.templates = setup.templates or EmailTemplates()

    def run_once(self) -> RunReport:
        """Evaluate every trigger, apply the stop rules, then run every due step (catching up)."""
        report = RunReport()
        self.evaluate_triggers(report)
        self.sweep_stops(report)
        while self.run_due(report):
            pass
        return report

    def evaluate_triggers(self, report: RunReport) -> None:
        """Enrol the contacts that newly match each active scenario's trigger query."""
        with self.sessions() as session:
            ids = [s.id for s in active_scenarios(session) if s.query_id is not None]
        for scenario_id in ids:
            try:
                with self.sessions.begin() as session:
                    report.enrolled += len(evaluate_trigger(session, scenario_id, self.clock()))
            except Exception:
                log.exception("the trigger of scenario %s failed", scenario_id)
                report.errors += 1

    def sweep_stops(self, report: RunReport) -> None:
        """Stop the active enrolments whose contact replied, signed, unsubscribed... (even while waiting)."""
        now = self.clock()
        after = 0
        with self.sessions() as session:
            rules = {s.id: rules_of(s) for s in session.scalars(select(Scenario))}
        while True:
            with self.sessions.begin() as session:
                rows = stop_candidates(session, after, CHUNK)
                if not rows:
                    return
                after = rows[-1][0]
                infos = gather(session, [r[1] for r in rows])
                by_reason: dict[Any, list[int]] = {}
                for eid, cid, since, scenario_id in rows:
                    info = infos.get(cid)
                    rule_set = rules.get(scenario_id)
                    if info is None or rule_set is None:
                        continue
                    reason = stop_reason(info.facts(since), rule_set)
                    if reason is not None:
                        by_reason.setdefault(reason, []).append(eid)
                for reason, eids in by_reason.items():
                    report.stopped += stop(session, eids, reason, now)

    def run_due(self, report: RunReport) -> bool:
        """Claim and run one batch of due steps; False when nothing was due."""
        now = self.clock()
        with self.sessions.begin() as session:
            claims = claim_due(session, self.runner_id, now, self.batch)
        if not claims:
            return False
        with self.sessions.begin() as session:
            self._run_claims(session, claims, now, report)
        return True

    # Steps ----------------------------------------------------------------------------------------------
    def _run_claims(self, session: Session, claims: Sequence[Claimed], now: datetime, report: RunReport) -> None:
        """Run a batch of claims in one transaction: decide every step in Python, then write the batch.

        Email, wait, condition and end steps only decide (the messages are built here and queued together);
        the other steps write their effects at once, each in a savepoint so that a failing one is undone alone.
        """
        claims = hold(session, claims, self.runner_id, now)
        if not claims:
            return
        scenarios = {s.id: s for s in session.scalars(select(Scenario).where(
            Scenario.id.in_({c.scenario_id for c in claims})))}
        rows = {sid: steps_of(session, sid) for sid in scenarios}
        steps = {sid: core_steps(r) for sid, r in rows.items()}
        step_ids = {sid: [x.id for x in r] for sid, r in rows.items()}
        rules = {sid: rules_of(s) for sid, s in scenarios.items()}
        windows = {sid: window_of(s) for sid, s in scenarios.items()}
        infos = gather(session, [c.contact_id for c in claims])
        owners = {u.id: u for u in session.scalars(select(User).where(
            User.id.in_({i.contact.owner_id for i in infos.values() if i.contact.owner_id})))}
        seller = seller_identity(session)
        context = _Context(session, now, scenarios, owners, seller.legal_name if seller else "", [])
        done = RunReport()
        finished: list[Finished] = []
        mails: list[tuple[_Mail, Finished]] = []
        stops: dict[StopReason, list[int]] = {}
        later: list[tuple[int, datetime]] = []
        unused: list[Claimed] = []
        for claim in claims:
            info = infos.get(claim.contact_id)
            scenario = scenarios[claim.scenario_id]
            if info is None:
                unused.append(claim)
                continue
            facts = info.facts(claim.enrolled_at)
            reason = stop_reason(facts, rules[scenario.id])
            if reason is not None:
                stops.setdefault(reason, []).append(claim.enrolment_id)
                unused.append(claim)
                continue
            tz = zone(_zone_name(info, scenario))
            window = windows[scenario.id]
            path = steps[claim.scenario_id]
            step = path[claim.position]
            if step.kind is StepKind.SEND_EMAIL and not window.contains(now, tz):
                later.append((claim.enrolment_id, next_in_window(now, window, tz)))
                done.deferred += 1
                unused.append(claim)
                continue
            mark = len(context.timeline)
            mail = None
            try:
                moved = advance(path, claim.position, now, facts, window, tz)
                if step.kind is StepKind.SEND_EMAIL:
                    outcome, mail = self._email(context, scenario, step, info)
                elif step.kind in _DECISIONS:
                    outcome = "done"
                    _note(context, scenario, step, claim.position, claim.contact_id)
                else:
                    with session.begin_nested():
                        outcome = self._apply(context, scenario, step, info, claim)
                # decisions due at once (the wait after an email...) run now, each recorded as its own step run
                then: list[tuple[int, str]] = []
                while (step.kind in _CHAINABLE and moved.position is not None and moved.due is not None
                       and moved.due <= now and path[moved.position].kind in _DECISIONS and len(then) < len(path)):
                    at = moved.position
                    _note(context, scenario, path[at], at, claim.contact_id)
                    moved = advance(path, at, now, facts, window, tz)
                    then.append((step_ids[claim.scenario_id][at], moved.outcome))
            except Exception as exc:
                log.exception("step %s of scenario %s failed for contact %s", claim.position, scenario.id,
                              claim.contact_id)
                done.errors += 1
                del context.timeline[mark:]
                context.timeline.append(_entry(claim.contact_id, now, scenario,
                                               f"Scénario « {scenario.name} » : étape {claim.position + 1} en erreur",
                                               error=str(exc)[:300]))
                later.append((claim.enrolment_id, now + RETRY))  # not again in this run
                unused.append(claim)
                continue
            run = Finished(claim, outcome if outcome != "done" else moved.outcome, moved.position, moved.due,
                           then=tuple(then))
            finished.append(run)
            if mail is not None:
                mails.append((mail, run))
            done.steps += 1 + len(then)
            done.skipped += outcome.startswith("skipped")
            if moved.position is None:
                context.timeline.append(_entry(claim.contact_id, now, scenario,
                                               f"Scénario « {scenario.name} » terminé"))
        for reason, eids in stops.items():
            done.stopped += stop(session, eids, reason, now)
        reschedule(session, later)
        ids = enqueue_many(session, [(m.built, m.contact_id) for m, _ in mails], now=now)
        for (mail, run), outbox_id in zip(mails, ids, strict=True):
            run.outbox_id = outbox_id
            mail.entry["payload"]["outbox_id"] = outbox_id
        finish_runs(session, self.runner_id, now, finished)
        release(session, unused)
        timeline_rows(context.timeline, session)
        done.queued, done.outbox_ids = len(ids), ids
        report.add(done)

    def _email(self, ctx: _Context, scenario: Scenario, step: Step, info: _Info) -> tuple[str, _Mail | None]:
        """An email step's outcome and its message, to be queued with the batch (None: the contact may not get
        it: the step is recorded as skipped)."""
        c = info.contact
        label = f"Scénario « {scenario.name} »"
        skip = _email_refusal(info)
        if skip:
            ctx.timeline.append(_entry(c.id, ctx.now, scenario, f"{label} : email non envoyé ({skip})"))
            return f"skipped:{skip}", None
        built = self._build_email(ctx, step, info)
        entry = _entry(c.id, ctx.now, scenario, f"{label} : email « {built.subject[:500]} » mis en file d'envoi",
                       outbox_id=None)
        ctx.timeline.append(entry)
        return "queued", _Mail(built, c.id, entry)

    def _apply(self, ctx: _Context, scenario: Scenario, step: Step, info: _Info, claim: Claimed) -> str:
        """The effects of a step that writes at once (call, tags, field, notification); returns its outcome."""
        session, now, c = ctx.session, ctx.now, info.contact
        name = f"{c.first_name} {c.last_name}".strip()
        label = f"Scénario « {scenario.name} »"
        if step.kind is StepKind.CALL:
            campaign_id = step.params.get("campaign_id")
            if campaign_id:
                add_contacts(session, int(campaign_id), [c.id], now)
                ctx.timeline.append(_entry(c.id, now, scenario, f"{label} : ajouté à une campagne phoning"))
            else:
                session.execute(insert(Activity).values(
                    kind="task", contact_id=c.id, subject=f"À appeler : {name} ({scenario.name})",
                    author_id=c.owner_id, occurred_at=now, payload={"scenario_id": scenario.id, "due": now.isoformat(),
                                                                    "owner_id": c.owner_id}))
        elif step.kind in (StepKind.ADD_TAG, StepKind.REMOVE_TAG):
            tag = str(step.params["tag"]).strip()
            if step.kind is StepKind.ADD_TAG and tag not in info.tags:
                tag_id = tags_by_name(session, [tag])[0]
                session.flush()
                session.execute(insert(contact_tags).values(tag_id=tag_id.id, contact_id=c.id))
                info.tags.add(tag)
            elif step.kind is StepKind.REMOVE_TAG and tag in info.tags:
                tag_row = session.scalar(select(Tag.id).where(Tag.name == tag))
                session.execute(contact_tags.delete().where(contact_tags.c.tag_id == tag_row,
                                                            contact_tags.c.contact_id == c.id))
                info.tags.discard(tag)
        elif step.kind is StepKind.SET_FIELD:
            session.execute(update(Contact).where(Contact.id == c.id).values(
                {str(step.params["field"]): step.params["value"]}))
        elif step.kind is StepKind.NOTIFY:
            text = str(step.params.get("text") or f"{name} avance dans le scénario « {scenario.name} »")
            session.execute(insert(Activity).values(kind="notification", contact_id=c.id, subject=text[:300],
                                                    author_id=c.owner_id, occurred_at=now,
                                                    payload={"scenario_id": scenario.id, "owner_id": c.owner_id}))
        _note(ctx, scenario, step, claim.position, c.id)
        return "done"

    def _build_email(self, ctx: _Context, step: Step, info: _Info) -> BuiltMessage:
        c = info.contact
        owner = ctx.owners.get(c.owner_id) if c.owner_id else None
        sender = (SenderIdentity(owner.name, owner.email, owner.signature or "") if owner is not None and owner.email
                  else self.setup.fallback)
        # the token serves the unsubscribe link of every bulk message; the pixel and tracked links need consent
        track = tracking_applies(self.setup.policy, state=c.tracking_consent_state)
        tracking = Tracking(self.setup.token_factory(), self.setup.tracker_url.rstrip("/"), individual=track) \
            if self.setup.tracker_url and (track or self.setup.policy is not TrackingPolicy.NEVER) else None

        def link(link_id: str, url: str) -> str:
            return tracking.link(link_id, url) if tracking is not None else url

        context = {
            "contact": contact_context(civility=c.civility, first_name=c.first_name, last_name=c.last_name,
                                       email=c.email, company=info.company, job_title=c.job_title, city=c.city),
            "sender": sender_context(sender.name, sender.address, sender.signature),
            "seller": {"company": ctx.seller_name}, "view_url": tracking.view_url if tracking else None,
            "unsubscribe_url": tracking.unsubscribe_url if tracking else None, "link": link,
            "subject": step.params.get("subject") or "", "message": step.params.get("message") or "",
        }
        rendered = self.templates.render(str(step.params.get("template") or "followup"), context)
        return build_simple_message(sender_address=sender.address, sender_name=sender.name, to=[c.email],
                                    to_names=[f"{c.first_name or ''} {c.last_name or ''}".strip()],
                                    rendered=rendered, tracking=tracking, now=ctx.now, bulk=True)


_STEP_WORDS = {StepKind.SEND_EMAIL: "email", StepKind.WAIT: "attente", StepKind.CONDITION: "condition",
               StepKind.CALL: "appel", StepKind.ADD_TAG: "étiquette ajoutée", StepKind.REMOVE_TAG: "étiquette retirée",
               StepKind.SET_FIELD: "champ modifié", StepKind.NOTIFY: "propriétaire prévenu", StepKind.END: "fin"}


@dataclass
class _Mail:
    """A message built by an email step, queued with its batch (then its outbox id goes into the timeline)."""

    built: BuiltMessage
    contact_id: int
    entry: dict[str, Any]


#: Steps that only decide where to go: they never fail and change nothing, so one due at once runs straight
#: after the step before it (in the same transaction) rather than in a later batch.
_DECISIONS = frozenset({StepKind.WAIT, StepKind.CONDITION, StepKind.END})
#: Steps after which a decision may run at once: they leave the facts as they were.
_CHAINABLE = _DECISIONS | {StepKind.SEND_EMAIL}
#: A step that failed is tried again this much later (not again in the same run).
RETRY = timedelta(hours=1)


@dataclass
class _Context:
    session: Session
    now: datetime
    scenarios: dict[int, Scenario]
    owners: dict[int, User]
    seller_name: str
    timeline: list[dict[str, Any]]


def _note(ctx: _Context, scenario: Scenario, step: Step, position: int, contact_id: int) -> None:
    """The timeline entry of a step done (none for a wait)."""
    if step.kind is not StepKind.WAIT:
        ctx.timeline.append(_entry(contact_id, ctx.now, scenario, f"Scénario « {scenario.name} » : étape "
                                                                  f"{position + 1} ({_STEP_WORDS[step.kind]})"))


def _entry(contact_id: int, now: datetime, scenario: Scenario, subject: str, **payload: Any) -> dict[str, Any]:
    return {"contact_id": contact_id, "occurred_at": now, "subject": subject[:300],
            "payload": {"scenario_id": scenario.id, **payload}}


def _zone_name(info: _Info, scenario: Scenario) -> str:
    return zone_of(info.country) if info.country else scenario.time_zone


def _email_refusal(info: _Info) -> str | None:
    c = info.contact
    if not c.email:
        return "pas d'adresse"
    if c.do_not_email:
        return "ne pas écrire"
    if info.unsubscribed:
        return "désinscrit"
    if c.is_consumer and not c.marketing_consent:
        return "sans consentement"
    return None


def setup_from_settings(settings: Any) -> AutomationSetup:
    """The runner's setup from the application settings (sender, tracking policy, hosted tracker URL)."""
    from desktop.services.mail.wiring import sender_identity, tracking_policy

    return AutomationSetup(sender_identity(settings), tracking_policy(settings), settings.tracker_url or None)


def run_headless(settings: Any, clock: Clock, *, replies: bool = True) -> RunReport:
    """``relance automation run``: open (and migrate) the database, read replies, run everything due, close.

    Messages are queued in the outbox, not delivered: the desktop's sender (or the next start) sends them.
    """
    from desktop.services.database import Database
    from desktop.services.team_server import team_password

    database = Database(settings.effective_database_url, password=team_password(settings))
    database.open()
    try:
        if replies and settings.imap_host:
            from desktop.services.replies import poll_with_settings

            try:
                poll_with_settings(database.sessions, settings, clock)
            except Exception:
                log.exception("the mailbox could not be read; scenarios run without new replies")
        return AutomationRunner(database.sessions, setup_from_settings(settings), clock).run_once()
    finally:
        database.close()
