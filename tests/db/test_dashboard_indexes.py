"""The dashboard's indexed queries (schemas 0020, 0022) give the plain reference's figures on both backends, edge
cases included (period bounds, month bounds, revisions and their roots, opens before the period: a cohort's opens
count whenever they came), and SQLite reads the period's quotes and their open counts from the covering index."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.dashboard import buckets_from_facts, period_for
from desktop.db import dashboard as dash
from desktop.db.models import Opportunity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.demo import fill_demo
from tests.db.test_dashboard import _same

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
PERIOD = period_for("last_3_months", NOW.date())


def _edges(s: Session) -> None:
    """Quotes moved onto the period's and the months' bounds, revisions pointing at older roots (or at none),
    opens before the period and of both verdicts, open quotes without follow-up, opportunities on the bounds."""
    rng = random.Random(20)
    quotes = s.scalars(select(Quote).where(Quote.kind == "quote", Quote.sent_at.is_not(None)).order_by(Quote.id)).all()
    microsecond = timedelta(microseconds=1)
    moments = [PERIOD.start, PERIOD.start - microsecond, PERIOD.end, PERIOD.end - microsecond,
               datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC) - microsecond]
    for q, moment in zip(quotes, moments, strict=False):
        q.sent_at = moment
    for q in quotes[6:40]:
        if rng.random() < 0.4:
            q.root_id = rng.choice(quotes).id  # a revision: its cycle counts from its root's sending
        elif rng.random() < 0.2:
            q.root_id = None
        if q.accepted_at is None and rng.random() < 0.3:
            q.accepted_at = (q.sent_at or NOW) + timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23))
        if rng.random() < 0.3:
            q.status, q.next_followup_on = rng.choice(("sent", "opened", "viewed", "accepted")), None
    for q in quotes[:60]:
        for _ in range(rng.randint(0, 3)):
            ts = rng.choice((PERIOD.start - timedelta(days=3), PERIOD.start, NOW - timedelta(days=rng.randint(0, 80))))
            s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind=rng.choice(("open", "click")),
                                ts=ts, verdict=rng.choice(("human", "machine")), reasons=[], quote_id=q.id))
    for opp, moment in zip(s.scalars(select(Opportunity).order_by(Opportunity.id)).all(), moments * 2, strict=False):
        opp.result, opp.closed_at = rng.choice(("won", "lost")), moment


def test_indexed_queries_equal_the_reference(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        fill_demo(s, contacts=80, now=NOW - timedelta(hours=2))
        _edges(s)
    with sessions() as s:
        facts = dash.load_facts(s, PERIOD)
        assert any(f.sent_at == PERIOD.start for f in facts) and not any(f.sent_at >= PERIOD.end for f in facts)
        _same(dash.load_buckets(s, PERIOD), buckets_from_facts(facts))
        owners = {f.owner_id for f in facts} - {None}
        for owner in owners:
            _same(dash.load_buckets(s, PERIOD, owner), buckets_from_facts(f for f in facts if f.owner_id == owner))
        quotes = s.scalars(select(Quote).where(Quote.kind == "quote")).all()
        expected: dict[int | None, int] = {}
        for q in quotes:
            if q.status in ("sent", "opened", "viewed") and q.next_followup_on is None:
                expected[q.owner_id] = expected.get(q.owner_id, 0) + 1
        assert dash.load_unplanned(s) == expected
        kept = [o for o in s.scalars(select(Opportunity).where(Opportunity.result.is_not(None)))
                if o.closed_at is not None and PERIOD.start <= o.closed_at < PERIOD.end]
        outcomes = {o.owner_id: (o.won, o.won_amount, o.lost) for o in dash.load_outcomes(s, PERIOD)}
        reference: dict[int | None, tuple[int, object, int]] = {}
        for o in kept:
            won, amount, lost = reference.get(o.owner_id, (0, 0, 0))
            reference[o.owner_id] = (won + (o.result == "won"), amount + ((o.amount or 0) if o.result == "won" else 0),
                                     lost + (o.result == "lost"))
        assert outcomes == reference


def test_sqlite_reads_the_cohort_and_its_opens_from_one_index(sqlite_engine: object) -> None:
    from sqlalchemy import Engine

    assert isinstance(sqlite_engine, Engine)
    with Session(sqlite_engine) as s:
        period = PERIOD
        query = (select(Quote.owner_id, Quote.total_ht, Quote.accepted_at, Quote.viewed_at, Quote.root_id)
                 .where(*dash._cohort(period, None)))
        compiled = query.compile(sqlite_engine, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r[-1]) for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
        assert "COVERING INDEX ix_quotes_cohort" in plan
        # the opens are counted on the quote (0022): the whole per-month aggregate reads the cohort's index alone
        buckets = dash.buckets_query(s, period).compile(sqlite_engine, compile_kwargs={"literal_binds": True})
        steps = [str(r[-1]) for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {buckets}")]
        assert [step for step in steps if "quotes" in step or "tracking_events" in step] == [
            "SEARCH quotes USING COVERING INDEX ix_quotes_cohort (kind=? AND sent_at>? AND sent_at<?)",
            "SEARCH quotes_1 USING INTEGER PRIMARY KEY (rowid=?)"], steps  # a revision's root, by its id
