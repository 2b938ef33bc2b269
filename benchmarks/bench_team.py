"""Ten desktops on one server: ten processes drive the services as salespeople would, on one PostgreSQL.

The benchmark starts a throwaway PostgreSQL holding the demo set (:data:`CONTACTS` contacts, see
``benchmarks/backends.py``) and a real aiosmtpd on loopback, in its own process, that writes down the
Message-ID of every message it receives. Ten OS processes (multiprocessing ``spawn``) then run for
``BENCH_TEAM_SECONDS`` (60 by default), each one as one salesperson of the team, through the same services as
the application (no GUI):

- ``search``: a contact search as typed (count and first page) through ``ContactListReader`` over DB-API;
- ``edit``: a contact's form opened and saved (``record_edits``), among 300 contacts everyone edits;
- ``quote_create``, ``quote_finalise``, ``quote_queue``: a draft with lines, its number, its email in the
  outbox (``queue_quote_email``; a fixed small PDF: rendering is not what is shared);
- ``deliver``: the outbox sender (``deliver_due``, ten messages at most) to the SMTP server;
- ``ingest``: one page of the tracker's feed after the team's stored cursor (``ingest_events``); every
  process reads the same feed, published progressively over the first 80 % of the run;
- ``claim`` and ``call``: the next contact of the one phoning campaign everyone works, then its outcome;
- ``scenario``: an automation run (``AutomationRunner.run_once``) every five seconds per desktop, on a
  scenario whose 3,000 enrolments fall due all along the run.

Every action runs in its own transactions; a serialization failure or deadlock (SQLSTATE 40001, 40P01) is
retried up to five times and counted (``team10_deadlocks_retried``); one that still fails, or one that a
service caught and logged, is counted unresolved. The clock of the run starts at the demo set's ``NOW``.

At the end, from the database and the SMTP server's record: no Message-ID received twice and every message
the outbox marks sent received once; no phoning member claimed by two desktops nor called twice; the quote
numbers taken during the run unique and gapless for the year; every published tracker event stored once
(after a final catch-up of what the desktops had not read yet) and its timeline entry written once; no
scenario step run twice. ``team10_invariant_violations`` is their sum (target 0).
"""

from __future__ import annotations

import collections
import dataclasses
import json
import logging
import multiprocessing
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from benchmarks.datagen import NOW

CONTACTS = int(os.environ.get("BENCH_TEAM_CONTACTS", "10000"))
DESKTOPS = 10
SECONDS = float(os.environ.get("BENCH_TEAM_SECONDS", "60"))
EVENTS = 3000
ENROLMENTS = 3000
CAMPAIGN_MEMBERS = 4000
HOT_CONTACTS = 300
FEED_PAGE = 50
SCENARIO_EVERY_S = 5.0
RETRIES = 5
TRACKER = "https://suivi.bench.example"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
RETRIABLE = {"40001": "serialization_failure", "40P01": "deadlock_detected"}
WEIGHTS = {"search": 30, "edit": 12, "quote": 10, "deliver": 10, "ingest": 12, "claim": 14}
T = TypeVar("T")


# --- the SMTP server ---------------------------------------------------------------------------------------

def serve_smtp(port: int, record: str) -> None:
    """aiosmtpd on loopback writing ``<Message-ID>\\t<recipients>`` of each message received to ``record``."""
    import asyncio
    import signal

    from aiosmtpd.controller import Controller

    out = open(record, "a", buffering=1)  # noqa: SIM115 - kept open for the server's life

    class Recorder:
        async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
            found = re.search(rb"^Message-ID:\s*(\S+)", envelope.content, re.M | re.I)
            out.write(f"{found.group(1).decode() if found else '-'}\t{','.join(envelope.rcpt_tos)}\n")
            return "250 OK"

    controller = Controller(Recorder(), hostname="127.0.0.1", port=port)
    controller.start()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()
    out.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_smtp(record: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", f"from benchmarks.bench_team import serve_smtp; "
                                                   f"serve_smtp({port}, {str(record)!r})"],
                            cwd=Path(__file__).resolve().parents[1])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the SMTP server did not start")


# --- one desktop -------------------------------------------------------------------------------------------

class _Stats:
    """What one desktop measured."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = collections.defaultdict(list)
        self.retried: collections.Counter[str] = collections.Counter()
        self.unresolved: collections.Counter[str] = collections.Counter()
        self.errors: collections.Counter[str] = collections.Counter()
        self.error_samples: list[str] = []
        self.retry_samples: list[str] = []
        self.claims: list[int] = []
        self.sent = 0

    def error(self, kind: str, exc: BaseException) -> None:
        self.errors[kind] += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(f"{kind}: {type(exc).__name__}: {str(exc)[:300]}")


def _sqlstate(exc: BaseException) -> str | None:
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(getattr(seen, "orig", None), "sqlstate", None) or getattr(seen, "sqlstate", None)
        if code:
            return str(code)
        seen = seen.__cause__ or seen.__context__
    return None


class _SwallowedDeadlocks(logging.Handler):
    """Counts the deadlocks a service caught and logged instead of raising (they are not retried by us)."""

    def __init__(self, stats: _Stats) -> None:
        super().__init__(logging.WARNING)
        self.stats = stats

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            code = _sqlstate(record.exc_info[1])
            if code in RETRIABLE:
                self.stats.unresolved[f"logged_{RETRIABLE[code]}"] += 1


def _desktop(config: dict[str, Any], barrier: Any, out: str) -> None:
    """One salesperson's desktop: the services on their own engine, for ``config['seconds']``."""
    from sqlalchemy import select

    from desktop.core.campaigns import Outcome
    from desktop.core.quotes import QuoteLine, Section
    from desktop.db import call_turn, quotes
    from desktop.db.contact_list import ContactFilter, ContactListReader
    from desktop.db.dbapi import connect
    from desktop.db.engine import make_engine, make_session_factory
    from desktop.db.quote_models import Quote
    from desktop.services import record_edits
    from desktop.services.automation import AutomationRunner, AutomationSetup
    from desktop.services.mail.message import TrackingPolicy
    from desktop.services.mail.quote_mail import (
        SenderIdentity,
        build_quote_email,
        draft_quote_email,
        queue_quote_email,
    )
    from desktop.services.mail.sender import deliver_due
    from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport
    from desktop.services.tracking.ingest import ingest_events, read_cursor

    index: int = config["index"]
    rng = random.Random(1000 + index)
    stats = _Stats()
    logging.getLogger().addHandler(_SwallowedDeadlocks(stats))
    engine = make_engine(config["url"])
    sessions = make_session_factory(engine)
    reader_conn = connect(config["url"])
    reader = ContactListReader(reader_conn, "postgresql")
    sender = SenderIdentity(f"Vendeur {index}", f"vendeur{index}@atelier.example")
    runner = AutomationRunner(sessions, AutomationSetup(sender, policy=TrackingPolicy.NEVER),
                              lambda: clock(), runner_id=f"desktop-{index}")
    events: list[dict[str, Any]] = json.loads(Path(config["feed"]).read_text())
    lines = (Section("Prestations", (QuoteLine("Audit d'éclairage", Decimal("1"), Decimal("450.00")),
                                     QuoteLine("Luminaire LED 600×600", Decimal("12"), Decimal("89.90")))),)
    user_id: int = config["user_id"]
    campaign_id: int = config["campaign_id"]
    words: list[str] = config["words"]
    hot: list[int] = config["hot"]
    quotable: list[int] = config["quotable"]
    seconds: float = config["seconds"]
    with sessions() as warm:  # connections and imports ready before the start
        warm.scalar(select(Quote.id).limit(1))
    reader.count(ContactFilter(text=words[0]))
    barrier.wait()
    started = time.time()

    def clock() -> datetime:
        return NOW + timedelta(seconds=time.time() - started)

    def timed(kind: str, action: Callable[[], T]) -> T | None:
        t0 = time.perf_counter()
        for attempt in range(RETRIES + 1):
            try:
                result = action()
            except Exception as exc:
                code = _sqlstate(exc)
                if code in RETRIABLE and attempt < RETRIES:
                    stats.retried[f"{kind}:{RETRIABLE[code]}"] += 1
                    if len(stats.retry_samples) < 3:
                        stats.retry_samples.append(f"{kind}: {' '.join(str(exc).split())[:700]}")
                    time.sleep(rng.uniform(0.002, 0.02) * (attempt + 1))
                    continue
                if code in RETRIABLE:
                    stats.unresolved[RETRIABLE[code]] += 1
                stats.error(kind, exc)
                return None
            stats.latencies[kind].append((time.perf_counter() - t0) * 1000)
            return result
        return None

    def search() -> None:
        word = rng.choice(words)
        typed = word[:rng.randint(2, max(2, len(word)))]
        flt = ContactFilter(text=typed)
        reader.count(flt)
        reader.page(flt, limit=50)

    def edit() -> None:
        contact_id = rng.choice(hot)
        with sessions.begin() as session:
            draft, _custom = record_edits.contact_form(session, contact_id)
            changed = dataclasses.replace(draft, notes=f"Appelé par le vendeur {index} à {clock():%H:%M:%S}")
            record_edits.save_contact(session, contact_id, changed, now=clock())

    def quote() -> None:
        contact_id = rng.choice(quotable)

        def create() -> int:
            with sessions.begin() as session:
                draft = quotes.create_draft(session, contact_id, clock(), owner_id=user_id)
                quotes.replace_sections(session, draft.id, lines, clock())
                return draft.id

        quote_id = timed("quote_create", create)
        if quote_id is None:
            return

        def finalise() -> bool:
            with sessions.begin() as session:
                quotes.finalise(session, quote_id, clock())
            return True

        if timed("quote_finalise", finalise) is None:
            return

        def queue() -> None:
            with sessions.begin() as session:
                mail = draft_quote_email(session, quote_id, PDF, sender=sender, policy=TrackingPolicy.NEVER,
                                         tracker_url=None)
                queue_quote_email(session, mail, build_quote_email(mail, sender, clock()), clock())

        timed("quote_queue", queue)

    def deliver() -> None:
        transport = SmtpTransport(SmtpSettings("127.0.0.1", config["smtp_port"], SmtpSecurity.NONE, timeout=30))
        report = deliver_due(sessions, transport, None, clock, limit=10)
        stats.sent += len(report.sent)

    def ingest() -> bool:
        elapsed = time.time() - started
        published = min(len(events), int(len(events) * elapsed / (0.8 * seconds)) + 1)
        with sessions() as session:
            cursor = int(read_cursor(session, TRACKER))
        page = events[cursor:min(published, cursor + FEED_PAGE)]
        if not page:
            return False
        with sessions.begin() as session:
            ingest_events(session, page, tracker=TRACKER, next_cursor=str(page[-1]["cursor"]), now=clock(),
                          policy=TrackingPolicy.DEFAULT)
        return True

    def claim() -> None:  # as the call-list window does: desktop.db.call_turn.turn claims, then stores
        def take() -> Any:
            with sessions.begin() as session:
                return call_turn.turn(session, campaign_id, user_id, clock())

        card = timed("claim", take)
        if card is None:
            return
        stats.claims.append(card.member_id)

        def call() -> None:
            with sessions.begin() as session:
                call_turn.turn(session, campaign_id, user_id, clock(), done=card, outcome=Outcome.NOT_INTERESTED,
                               claim=False)

        timed("call", call)

    def scenario() -> None:
        report = runner.run_once()
        if report.errors:
            stats.errors["scenario_reported"] += report.errors

    actions: dict[str, Callable[[], Any]] = {"search": search, "edit": edit, "deliver": deliver, "ingest": ingest}
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    next_scenario = started + rng.uniform(0, SCENARIO_EVERY_S)
    while time.time() - started < seconds:
        if time.time() >= next_scenario:
            timed("scenario", scenario)
            next_scenario += SCENARIO_EVERY_S
            continue
        kind = rng.choices(kinds, weights)[0]
        if kind == "quote":
            quote()
        elif kind == "claim":
            claim()
        elif kind == "ingest":
            t0 = time.perf_counter()
            try:
                if ingest():
                    stats.latencies["ingest"].append((time.perf_counter() - t0) * 1000)
            except Exception as exc:
                code = _sqlstate(exc)
                if code in RETRIABLE:
                    stats.retried[f"ingest:{RETRIABLE[code]}"] += 1  # the next ingest reads the cursor again
                else:
                    stats.error("ingest", exc)
        else:
            timed(kind, actions[kind])
    reader_conn.close()
    engine.dispose()
    Path(out).write_text(json.dumps({
        "latencies": stats.latencies, "retried": stats.retried, "unresolved": stats.unresolved,
        "errors": stats.errors, "error_samples": stats.error_samples,
        "retry_samples": stats.retry_samples, "claims": stats.claims, "sent": stats.sent,
        "seconds": time.time() - started,
    }))


# --- the team's set-up and the checks ----------------------------------------------------------------------

def _setup(url: str, folder: Path) -> dict[str, Any]:
    """Users, the phoning campaign, the scenario and its enrolments, tracked messages and the feed."""
    from sqlalchemy import func, select, text, update

    from desktop.db.campaigns import add_contacts, create_campaign
    from desktop.db.engine import make_engine, make_session_factory
    from desktop.db.models import Contact, User
    from desktop.db.outbox_models import OutboxMessage
    from desktop.db.quote_models import Quote
    from desktop.db.scenario_models import Enrolment
    from desktop.db.scenarios import ScenarioDraft, StepDraft, enrol, save_scenario

    engine = make_engine(url)
    sessions = make_session_factory(engine)
    rng = random.Random(7)
    try:
        with sessions.begin() as s:
            users = [User(name=f"Vendeur {i}", email=f"vendeur{i}@atelier.example") for i in range(DESKTOPS)]
            s.add_all(users)
            s.flush()
            live = (Contact.deleted_at.is_(None), Contact.do_not_contact.is_(False))
            with_email = list(s.scalars(select(Contact.id).where(*live, Contact.email.is_not(None),
                                                                Contact.company_id.is_not(None))
                                        .order_by(Contact.id)))
            campaign = create_campaign(s, name="Prospection équipe", now=NOW)
            members = rng.sample(with_email, min(CAMPAIGN_MEMBERS, len(with_email)))
            add_contacts(s, campaign.id, members, NOW)
            scenario_id = save_scenario(s, ScenarioDraft("Relance équipe", (
                StepDraft("send_email", {"template": "followup"}), StepDraft("wait", {"days": 30})),
                status="active"), NOW)
            enrolled = rng.sample(with_email, min(ENROLMENTS, len(with_email)))
            enrol(s, scenario_id, enrolled, NOW, manual=True)
            ids = list(s.scalars(select(Enrolment.id).where(Enrolment.scenario_id == scenario_id)
                                 .order_by(Enrolment.id)))
            spread = 0.8 * SECONDS / max(1, len(ids))
            for i, eid in enumerate(ids):  # due all along the run
                s.execute(update(Enrolment).where(Enrolment.id == eid)
                          .values(next_run_at=NOW + timedelta(seconds=i * spread)))
            sent_quotes = list(s.execute(select(Quote.id, Quote.contact_id).where(
                Quote.status == "sent", Quote.contact_id.is_not(None)).order_by(Quote.id).limit(600)))
            tokens = []
            for quote_id, contact_id in sent_quotes:  # the quotes' tracked messages, sent before the run
                token = f"tok{quote_id:08d}"
                s.add(OutboxMessage(message_id=f"<before-{quote_id}@atelier.example>", sender="a@atelier.example",
                                    recipients=["x@client.example"], subject="Devis", state="sent", token=token,
                                    registered=True, quote_id=quote_id, contact_id=contact_id, sent_at=NOW,
                                    individual_tracking=True))
                tokens.append(token)
            words = sorted({w for (w,) in s.execute(select(Contact.last_name).where(*live).limit(3000)) if w})
            before = {
                "outbox_max": int(s.scalar(select(func.max(OutboxMessage.id))) or 0),
                "numbers": int(s.execute(text("select coalesce(max(last_number), 0) from quote_number_sequences "
                                              "where year = :y"), {"y": NOW.year}).scalar_one()),
                "deadlocks": _server_deadlocks(s),
            }
        feed = []
        start_us = int(NOW.timestamp() * 1_000_000)
        for n in range(1, EVENTS + 1):
            # views of the online quote and downloads of its PDF: the signals kept without the contact's consent,
            # so that every event of the feed is stored (an open of a contact who never consented is dropped)
            link = rng.choice((None, None, "pdf"))
            feed.append({"id": f"ev{n:010d}", "cursor": str(n), "token": rng.choice(tokens), "kind": "view",
                         "ts": datetime.fromtimestamp((start_us + n * 10_000) / 1e6, NOW.tzinfo)
                         .strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                         "verdict": "human", "probability": 0.9, "reasons": ["timing"],
                         "link_id": link, "reclassifies": [], "full_name": None,
                         "pdf_sha256": None, "ip": "90.12.34.0", "user_agent": "Mozilla/5.0", "answer": None,
                         "text": None, "rejudges": None, "evidence": None})
        (folder / "feed.json").write_text(json.dumps(feed))
        return {"users": [u.id for u in users], "campaign_id": campaign.id, "scenario_id": scenario_id,
                "words": words, "hot": with_email[:HOT_CONTACTS], "quotable": with_email[-2000:],
                "before": before, "feed": str(folder / "feed.json")}
    finally:
        engine.dispose()


def _server_deadlocks(session: Any) -> int:
    from sqlalchemy import text

    return int(session.execute(text("select deadlocks from pg_stat_database where datname = current_database()"))
               .scalar_one() or 0)


def _catch_up(url: str, feed: str) -> int:
    """After the run: ingest what the desktops had not read yet (the feed's end); returns how many events."""
    from desktop.db.engine import make_engine, make_session_factory
    from desktop.services.tracking.ingest import ingest_events, read_cursor

    events = json.loads(Path(feed).read_text())
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    try:
        with sessions() as session:
            cursor = int(read_cursor(session, TRACKER))
        rest = events[cursor:]
        for start in range(0, len(rest), FEED_PAGE):
            page = rest[start:start + FEED_PAGE]
            with sessions.begin() as session:
                ingest_events(session, page, tracker=TRACKER, next_cursor=page[-1]["cursor"], now=NOW)
        return len(rest)
    finally:
        engine.dispose()


def _check(url: str, setup: dict[str, Any], received: list[str], claims: list[list[int]]) -> dict[str, Any]:
    """The invariants, from the database and the SMTP server's record."""
    from sqlalchemy import func, select, text

    from desktop.db.campaign_models import PhoningCall, PhoningMember
    from desktop.db.engine import make_engine, make_session_factory
    from desktop.db.models import Activity
    from desktop.db.outbox_models import OutboxMessage, TrackingEvent
    from desktop.db.quote_models import Quote
    from desktop.db.scenario_models import StepRun

    before = setup["before"]
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    try:
        with sessions() as s:
            ids = [line.split("\t", 1)[0] for line in received]
            counted = collections.Counter(ids)
            sent_rows = dict(s.execute(select(OutboxMessage.message_id, OutboxMessage.id).where(
                OutboxMessage.id > before["outbox_max"], OutboxMessage.state == "sent")).all())
            queued_left = int(s.scalar(select(func.count()).where(OutboxMessage.id > before["outbox_max"],
                                                                  OutboxMessage.state != "sent")) or 0)
            mail = {"received": len(ids), "received_twice": sum(c - 1 for c in counted.values() if c > 1),
                    "sent_not_received": len(set(sent_rows) - set(counted)),
                    "received_not_marked_sent": len(set(counted) - set(sent_rows)),
                    "marked_sent": len(sent_rows), "not_sent_at_the_end": queued_left}
            by_member: collections.Counter[int] = collections.Counter()
            for desk in claims:
                by_member.update(set(desk))
            calls = list(s.execute(select(PhoningCall.contact_id, func.count()).where(
                PhoningCall.campaign_id == setup["campaign_id"]).group_by(PhoningCall.contact_id)
                .having(func.count() > 1)))
            members_left = int(s.scalar(select(func.count()).where(
                PhoningMember.campaign_id == setup["campaign_id"], PhoningMember.state == "todo")) or 0)
            claim = {"claimed": sum(len(d) for d in claims),
                     "claimed_by_two_desktops": sum(1 for c in by_member.values() if c > 1),
                     "claimed_twice_by_one": sum(len(d) - len(set(d)) for d in claims),
                     "called_twice": len(calls), "members_still_todo": members_left}
            pattern = re.compile(rf"^D-{NOW.year}-(\d+)$")
            numbered = [int(m.group(1)) for (n,) in s.execute(select(Quote.number).where(
                Quote.number.is_not(None), Quote.version == 1)) if (m := pattern.match(n or ""))]
            fresh = sorted(n for n in numbered if n > before["numbers"])
            last = int(s.execute(text("select coalesce(max(last_number), 0) from quote_number_sequences "
                                      "where year = :y"), {"y": NOW.year}).scalar_one())
            numbers = {"taken": len(fresh), "duplicates": len(fresh) - len(set(fresh)),
                       "gaps": (last - before["numbers"]) - len(set(fresh)),
                       "beyond_sequence": sum(1 for n in set(fresh) if n > last)}
            feed_ids = [e["id"] for e in json.loads(Path(setup["feed"]).read_text())]
            stored = collections.Counter(s.scalars(select(TrackingEvent.event_id).where(
                TrackingEvent.event_id.in_(feed_ids))))
            entries: collections.Counter[str] = collections.Counter(
                str(p.get("event_id")) for p in s.scalars(select(Activity.payload).where(Activity.kind == "tracking"))
                if isinstance(p, dict) and str(p.get("event_id", "")).startswith("ev"))
            tracking = {"published": len(feed_ids), "stored": len(stored),
                        "missing": len(set(feed_ids) - set(stored)),
                        "stored_twice": sum(c - 1 for c in stored.values() if c > 1),
                        "timeline_twice": sum(c - 1 for c in entries.values() if c > 1)}
            runs = list(s.execute(select(StepRun.enrolment_id, StepRun.step_id, StepRun.iteration, func.count())
                                  .group_by(StepRun.enrolment_id, StepRun.step_id, StepRun.iteration)
                                  .having(func.count() > 1)))
            outbox_of_runs = collections.Counter(s.scalars(select(StepRun.outbox_id).where(
                StepRun.outbox_id.is_not(None))))
            scenario = {"step_runs_twice": len(runs),
                        "outbox_shared_by_runs": sum(c - 1 for c in outbox_of_runs.values() if c > 1),
                        "step_runs_done": int(s.scalar(select(func.count()).where(StepRun.done_at.is_not(None)))
                                              or 0)}
            deadlocks_on_server = _server_deadlocks(s) - before["deadlocks"]
    finally:
        engine.dispose()
    violations = {
        "mail_received_twice": mail["received_twice"], "mail_sent_not_received": mail["sent_not_received"],
        "mail_received_not_marked_sent": mail["received_not_marked_sent"],
        "claimed_by_two_desktops": claim["claimed_by_two_desktops"], "claimed_twice": claim["claimed_twice_by_one"],
        "called_twice": claim["called_twice"], "quote_number_duplicates": numbers["duplicates"],
        "quote_number_gaps": numbers["gaps"], "quote_number_beyond_sequence": numbers["beyond_sequence"],
        "events_missing": tracking["missing"], "events_stored_twice": tracking["stored_twice"],
        "event_timeline_twice": tracking["timeline_twice"], "step_runs_twice": scenario["step_runs_twice"],
        "outbox_shared_by_step_runs": scenario["outbox_shared_by_runs"],
    }
    return {"mail": mail, "claims": claim, "numbers": numbers, "tracking": tracking, "scenario": scenario,
            "deadlocks_on_server": deadlocks_on_server, "violations": violations}


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run() -> dict[str, dict[str, Any]]:
    """Set up the team, run the ten desktops, check the invariants; return the figures."""
    from benchmarks.backends import working_database

    with working_database("postgresql", CONTACTS) as url, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup = _setup(url, folder)
        record = folder / "received.tsv"
        record.touch()
        smtp, port = _start_smtp(record)
        try:
            ctx = multiprocessing.get_context("spawn")
            barrier = ctx.Barrier(DESKTOPS + 1)
            outs = [folder / f"desktop{i}.json" for i in range(DESKTOPS)]
            procs = [ctx.Process(target=_desktop, name=f"desktop-{i}", args=({
                "index": i, "url": url, "user_id": setup["users"][i], "campaign_id": setup["campaign_id"],
                "words": setup["words"], "hot": setup["hot"], "quotable": setup["quotable"],
                "feed": setup["feed"], "smtp_port": port, "seconds": SECONDS}, barrier, str(outs[i])))
                for i in range(DESKTOPS)]
            for p in procs:
                p.start()
            barrier.wait(timeout=180)
            started = time.perf_counter()
            for p in procs:
                p.join(SECONDS + 120)
            wall = time.perf_counter() - started
            crashed = [p.name for p in procs if p.exitcode != 0]
            for p in procs:
                if p.is_alive():
                    p.kill()
            time.sleep(1.0)  # the last messages written down, the server's statistics flushed
        finally:
            smtp.terminate()
            smtp.wait(15)
        results = [json.loads(o.read_text()) for o in outs if o.exists()]
        caught_up = _catch_up(url, setup["feed"])
        checks = _check(url, setup, record.read_text().splitlines(), [r["claims"] for r in results])
    latencies: dict[str, list[float]] = collections.defaultdict(list)
    retried: collections.Counter[str] = collections.Counter()
    unresolved: collections.Counter[str] = collections.Counter()
    errors: collections.Counter[str] = collections.Counter()
    samples: list[str] = []
    retry_samples: list[str] = []
    for r in results:
        for kind, values in r["latencies"].items():
            latencies[kind].extend(values)
        retried.update(r["retried"])
        unresolved.update(r["unresolved"])
        errors.update(r["errors"])
        samples.extend(r["error_samples"])
        retry_samples.extend(r["retry_samples"])
    actions = sum(len(v) for v in latencies.values())
    violations = checks["violations"]
    violation_total = sum(violations.values()) + sum(unresolved.values()) + len(crashed)
    figures: dict[str, dict[str, Any]] = {
        "team10_actions_per_s": {
            "value": round(actions / SECONDS, 1), "unit": "actions/s", "target": "", "backend": "postgresql",
            "desktops": DESKTOPS, "seconds": SECONDS, "wall_s": round(wall, 1), "contacts": CONTACTS,
            "per_kind_per_s": {k: round(len(v) / SECONDS, 2) for k, v in sorted(latencies.items())},
            "median_ms": {k: round(statistics.median(v), 1) for k, v in sorted(latencies.items())},
            "messages_sent": sum(r["sent"] for r in results), "errors": dict(errors), "error_samples": samples[:10],
            "crashed_desktops": crashed,
        },
        "team10_invariant_violations": {
            "value": violation_total, "unit": "count", "target": "== 0", "backend": "postgresql",
            "violations": {k: v for k, v in violations.items() if v}, "unresolved_deadlocks": dict(unresolved),
            "mail": checks["mail"], "claims": checks["claims"], "numbers": checks["numbers"],
            "tracking": {**checks["tracking"], "caught_up_after_the_run": caught_up},
            "scenario": checks["scenario"],
        },
        "team10_deadlocks_retried": {
            "value": sum(retried.values()), "unit": "count", "target": "", "backend": "postgresql",
            "by_action_and_code": dict(retried), "deadlocks_detected_by_the_server": checks["deadlocks_on_server"],
            "unresolved": sum(unresolved.values()), "samples": retry_samples[:4],
        },
    }
    for kind, values in sorted(latencies.items()):
        figures[f"team10_p95_ms_{kind}"] = {"value": round(_p95(values), 1), "unit": "ms", "target": "",
                                            "backend": "postgresql", "samples": len(values)}
    return figures


if __name__ == "__main__":
    print(run())
