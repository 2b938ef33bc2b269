"""Dashboard aggregates in SQL equal the plain-Python reference over the same rows, on both backends."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.dashboard import Bucket, buckets_from_facts, build_dashboard, figures, period_for
from desktop.db import dashboard as dash
from desktop.db.models import Opportunity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.demo import fill_demo

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def _same(sql: list[Bucket], ref: list[Bucket]) -> None:
    assert [(b.owner_id, b.month, b.sent, b.amount_quoted, b.human_opened, b.machine_only, b.viewed, b.accepted,
             b.amount_won) for b in sql] == [
        (b.owner_id, b.month, b.sent, b.amount_quoted, b.human_opened, b.machine_only, b.viewed, b.accepted,
         b.amount_won) for b in ref]
    for a, b in zip(sql, ref, strict=True):
        assert a.cycle_days_total == pytest.approx(b.cycle_days_total, abs=1e-3)


def test_figures_equal_the_reference_on_the_demo_set(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        fill_demo(s, contacts=150, now=NOW - timedelta(hours=2))
        # a machine-only open and a quote with both kinds, so the two counts differ from the human ones
        quotes = s.scalars(select(Quote).where(Quote.sent_at.is_not(None), Quote.kind == "quote",
                                               Quote.status != "superseded").order_by(Quote.id)).all()
        for q, verdict in ((quotes[0], "machine"), (quotes[1], "machine"), (quotes[1], "human")):
            s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind="open",
                                ts=NOW - timedelta(minutes=5), verdict=verdict, reasons=[], quote_id=q.id))
    for kind in ("this_month", "last_3_months", "last_12_months"):
        period = period_for(kind, NOW.date())
        with sessions() as s:
            facts = dash.load_facts(s, period)
            buckets = dash.load_buckets(s, period)
            assert facts, "the demo set has sent quotes"
            _same(buckets, buckets_from_facts(facts))
            for owner in {f.owner_id for f in facts} - {None}:
                _same(dash.load_buckets(s, period, owner), buckets_from_facts(f for f in facts if f.owner_id == owner))
            opps = s.scalars(select(Opportunity).where(Opportunity.result.is_not(None))).all()
            outcomes = dash.load_outcomes(s, period)
            kept = [o for o in opps if o.closed_at is not None and period.start <= o.closed_at < period.end]
            assert sum(o.won for o in outcomes) == sum(1 for o in kept if o.result == "won")
            assert sum(o.lost for o in outcomes) == sum(1 for o in kept if o.result == "lost")
            assert sum((o.won_amount for o in outcomes), start=0) == sum(
                (o.amount or 0 for o in kept if o.result == "won"), start=0)
            unplanned = dash.load_unplanned(s)
            open_quotes = s.scalars(select(Quote).where(Quote.kind == "quote")).all()
            assert sum(unplanned.values()) == sum(1 for q in open_quotes if q.status in ("sent", "opened", "viewed")
                                                  and q.next_followup_on is None)
            data = dash.load_dashboard(s, period)
        board = build_dashboard(data)
        ref = figures(buckets_from_facts(facts), sum(unplanned.values()), outcomes)
        assert board.totals.sent == len(facts) == ref.sent
        assert board.totals.human_open_rate == ref.human_open_rate
        assert board.totals.amount_won == sum((f.total_ht for f in facts if f.accepted_at), start=0)
        assert [m for m, _b in board.by_month] == list(period.months)


def test_empty_database_gives_empty_figures(sessions: sessionmaker[Session]) -> None:
    with sessions() as s:
        data = dash.load_dashboard(s, period_for("this_year", date(2026, 11, 27)))
    board = build_dashboard(data)
    assert board.totals.sent == 0 and board.totals.human_open_rate is None and board.totals.average_basket is None
    assert len(board.by_month) == 11
