"""Counts kept on the parent row by triggers (migration 0022) equal a recount from the children.

A contact's opportunities without result, a quote's human and machine opens. On SQLite and PostgreSQL: after the
backfill of existing rows, after random inserts (one row and several per statement: PostgreSQL's insert trigger
runs once per statement), results set and cleared, verdicts re-judged, moves to another parent (or to none),
deletions of children and of parents, and after a merge of two contacts and its undo; the seed query reads the
contacts it returns from the partial index alone.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.query_spec import SHIPPED
from desktop.db import queries
from desktop.db.contacts import merge_contacts, unmerge_contacts
from desktop.db.engine import make_engine
from desktop.db.migrate import migrate
from desktop.db.models import Contact, Opportunity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.query_compile import matching_ids
from desktop.db.quote_models import Quote
from tests.support.database import upgrade_to

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 4)
RESULTS = [None, None, "won", "lost"]


def recount(session: Session) -> dict[int, int]:
    """Every contact's opportunities without result, counted in Python from the opportunities' rows."""
    counts = dict.fromkeys(session.scalars(select(Contact.id)), 0)
    for contact_id, result in session.execute(select(Opportunity.contact_id, Opportunity.result)):
        if contact_id is not None and not result:
            counts[contact_id] += 1
    return counts


def maintained(session: Session) -> dict[int, int]:
    return {r[0]: r[1] for r in session.execute(select(Contact.id, Contact.open_opportunities))}


def mutate(session: Session, rng: random.Random, steps: int) -> None:
    """Random writes to opportunities and contacts, as Core statements (no ORM state in between)."""
    for _ in range(steps):
        opportunities = list(session.scalars(select(Opportunity.id)))
        contacts = list(session.scalars(select(Contact.id)))
        action = rng.choice(["add", "add", "close", "reopen", "move", "delete", "delete_contact", "batch"])
        if action == "add" or not opportunities:
            session.execute(insert(Opportunity).values(title="o", contact_id=rng.choice([None, *contacts]),
                                                       result=rng.choice(RESULTS)))
        elif action == "close":
            session.execute(update(Opportunity).where(Opportunity.id == rng.choice(opportunities))
                            .values(result=rng.choice(["won", "lost"])))
        elif action == "reopen":
            session.execute(update(Opportunity).where(Opportunity.id == rng.choice(opportunities)).values(result=None))
        elif action == "move":  # with or without a change of result in the same statement
            values: dict[str, object] = {"contact_id": rng.choice([None, *contacts])}
            if rng.random() < 0.5:
                values["result"] = rng.choice(RESULTS)
            session.execute(update(Opportunity).where(Opportunity.id == rng.choice(opportunities)).values(**values))
        elif action == "delete":
            session.execute(delete(Opportunity).where(Opportunity.id == rng.choice(opportunities)))
        elif action == "delete_contact" and len(contacts) > 3:  # its opportunities keep no contact (SET NULL)
            session.execute(delete(Contact).where(Contact.id == rng.choice(contacts)))
        elif action == "batch":  # one statement over several rows: each row counted once
            chosen = rng.sample(opportunities, min(len(opportunities), 4))
            session.execute(update(Opportunity).where(Opportunity.id.in_(chosen)).values(result=rng.choice(RESULTS)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_random_changes_keep_the_count_of_open_opportunities(sessions: sessionmaker[Session], seed: int) -> None:
    session = sessions()
    try:
        for i in range(6):
            session.execute(insert(Contact).values(first_name=f"c{i}", last_name="x"))
        rng = random.Random(seed)
        mutate(session, rng, steps=40)
        expected = recount(session)
        assert maintained(session) == expected
    finally:
        session.rollback()
        session.close()


Opens = dict[int, tuple[int, int]]


def recount_opens(session: Session) -> Opens:
    """Every quote's (human, machine) opens, counted in Python from the tracking events' rows."""
    counts = {i: [0, 0] for i in session.scalars(select(Quote.id))}
    for quote_id, kind, verdict in session.execute(select(TrackingEvent.quote_id, TrackingEvent.kind,
                                                          TrackingEvent.verdict)):
        if quote_id is not None and kind == "open" and verdict in ("human", "machine"):
            counts[quote_id][verdict == "machine"] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def maintained_opens(session: Session) -> Opens:
    return {r[0]: (r[1], r[2]) for r in session.execute(select(Quote.id, Quote.human_opens, Quote.machine_opens))}


def _event(rng: random.Random, quotes: list[int]) -> dict[str, object]:
    return {"event_id": uuid.uuid4().hex, "token": "t", "kind": rng.choice(["open", "open", "click", "view"]),
            "ts": NOW, "verdict": rng.choice(["human", "machine", "human"]), "reasons": [],
            "quote_id": rng.choice([None, *quotes])}


def mutate_events(session: Session, rng: random.Random, steps: int) -> None:
    """Random writes to tracking events and quotes, as the ingest, the re-judging and the retention make them."""
    for _ in range(steps):
        events = list(session.scalars(select(TrackingEvent.id)))
        quotes = list(session.scalars(select(Quote.id)))
        action = rng.choice(["one", "many", "rejudge", "kind", "move", "delete", "delete_draft"])
        if action == "one" or not events:
            session.execute(insert(TrackingEvent).values(**_event(rng, quotes)))
        elif action == "many":  # one statement: on PostgreSQL one run of the statement trigger
            session.execute(insert(TrackingEvent), [_event(rng, quotes) for _ in range(rng.randint(2, 6))])
        elif action == "rejudge":
            chosen = rng.sample(events, min(len(events), 3))
            session.execute(update(TrackingEvent).where(TrackingEvent.id.in_(chosen))
                            .values(verdict=rng.choice(["human", "machine"])))
        elif action == "kind":
            session.execute(update(TrackingEvent).where(TrackingEvent.id == rng.choice(events))
                            .values(kind=rng.choice(["open", "click"])))
        elif action == "move":
            session.execute(update(TrackingEvent).where(TrackingEvent.id == rng.choice(events))
                            .values(quote_id=rng.choice([None, *quotes])))
        elif action == "delete":
            session.execute(delete(TrackingEvent).where(TrackingEvent.id == rng.choice(events)))
        elif action == "delete_draft" and len(quotes) > 3:  # its events keep no quote (ON DELETE SET NULL)
            session.execute(delete(Quote).where(Quote.id == rng.choice(quotes)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_random_events_keep_the_open_counts_of_quotes(sessions: sessionmaker[Session], seed: int) -> None:
    session = sessions()
    try:
        for _ in range(6):
            session.execute(insert(Quote).values(status="draft", kind="quote"))
        mutate_events(session, random.Random(seed), steps=40)
        assert maintained_opens(session) == recount_opens(session)
    finally:
        session.rollback()
        session.close()


def test_merging_contacts_and_its_undo_move_the_open_opportunities(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        keep, other = Contact(first_name="Anne", last_name="A"), Contact(first_name="Anne", last_name="A")
        session.add_all([keep, other])
        session.flush()
        session.add_all([Opportunity(title="a", contact_id=keep.id), Opportunity(title="b", contact_id=other.id),
                         Opportunity(title="c", contact_id=other.id), Opportunity(title="d", contact_id=other.id,
                                                                                  result="won")])
        session.flush()
        record = merge_contacts(session, keep.id, other.id, NOW)
        session.flush()
        assert maintained(session)[keep.id] == 3 and maintained(session)[other.id] == 0
        unmerge_contacts(session, record)
        session.flush()
        assert maintained(session) == recount(session)
        assert maintained(session)[keep.id] == 1


def test_the_migration_counts_the_children_of_existing_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            upgrade_to(conn, "0021")
            # Core inserts name only the columns given: none that 0022 adds.
            contacts = [conn.execute(insert(Contact).values(first_name="a", last_name="b").returning(Contact.id))
                        .scalar_one() for _ in range(3)]
            for contact_id, result in [(contacts[0], None), (contacts[0], None), (contacts[0], "won"),
                                       (contacts[1], "lost"), (None, None), (contacts[2], None)]:
                conn.execute(insert(Opportunity).values(title="o", contact_id=contact_id, result=result))
            quote = conn.execute(insert(Quote).values(status="draft", kind="quote").returning(Quote.id)).scalar_one()
            rng = random.Random(3)
            for kind, verdict in [("open", "human"), ("open", "human"), ("open", "machine"), ("click", "human")]:
                conn.execute(insert(TrackingEvent).values({**_event(rng, [quote]), "kind": kind, "verdict": verdict,
                                                           "quote_id": quote}))
            conn.commit()
        migrate(engine)
        with Session(engine) as session:
            assert maintained(session) == recount(session) == {contacts[0]: 2, contacts[1]: 0, contacts[2]: 1}
            assert maintained_opens(session) == recount_opens(session) == {quote: (2, 1)}
    finally:
        engine.dispose()


def test_the_seed_query_reads_the_contacts_it_returns_from_the_partial_index(sqlite_engine: Engine) -> None:
    """SQLite: a range of the partial index, covering (no visit of the table, no list of opportunities)."""
    with Session(sqlite_engine) as session:
        compiled = matching_ids(queries.parse_for(session, SHIPPED[0][2]), TODAY).compile(dialect=sqlite_engine.dialect)
        plan = [str(r[3]) for r in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}",
                                                                        tuple(compiled.params.values()))]
    assert plan == ["SEARCH contacts USING COVERING INDEX ix_contacts_open_quote_sent "
                    "(latest_quote_sent_at>? AND latest_quote_sent_at<?)"], plan


@pytest.mark.postgres
def test_two_desktops_closing_opportunities_of_one_contact_at_once_keep_the_count(postgres_url: str) -> None:
    """Each closing takes one from the count under the contact's row lock: none is lost to the other."""
    from tests.support.threads import run_together

    engine = make_engine(postgres_url)
    migrate(engine)
    try:
        with Session(engine) as session, session.begin():
            contact = Contact(first_name="Anne", last_name="A")
            session.add(contact)
            session.flush()
            opportunities = [Opportunity(title=str(i), contact_id=contact.id) for i in range(20)]
            session.add_all(opportunities)
            session.flush()
            contact_id, ids = contact.id, [o.id for o in opportunities]

        desktops = [make_engine(postgres_url) for _ in range(2)]

        def close(work: tuple[Engine, list[int]]) -> None:
            desktop, chosen = work
            for opportunity_id in chosen:
                with desktop.begin() as conn:
                    conn.execute(update(Opportunity).where(Opportunity.id == opportunity_id).values(result="won"))

        assert run_together(close, [(desktops[0], ids[0::2]), (desktops[1], ids[1::2][:7])], desktops) == []
        with Session(engine) as session:
            assert session.scalar(select(Contact.open_opportunities).where(Contact.id == contact_id)) == 3
            assert session.scalar(select(func.count()).select_from(Opportunity)
                                  .where(Opportunity.result.is_(None))) == 3
            stored = session.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'opportunities_open_%'"))
            assert stored.scalar_one() == 3
    finally:
        engine.dispose()


def test_0022_and_0023_go_down_and_up_again(db_url: str) -> None:
    """Down to 0021 (counts, triggers and indexes gone, the cohort index as 0020 made it), then up again."""
    from alembic import command
    from sqlalchemy import inspect

    from desktop.db.migrate import alembic_config

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            upgrade_to(conn, "head")
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0021")
            conn.commit()
            columns = {c["name"] for c in inspect(conn).get_columns("quotes")}
            assert not {"human_opens", "machine_opens"} & columns
            assert "open_opportunities" not in {c["name"] for c in inspect(conn).get_columns("contacts")}
            cohort = next(i for i in inspect(conn).get_indexes("quotes") if i["name"] == "ix_quotes_cohort")
            assert cohort["column_names"][-1] == "id"
            conn.execute(insert(Opportunity).values(title="o", result=None))  # no trigger left behind
            conn.commit()
            upgrade_to(conn, "head")
            assert "open_opportunities" in {c["name"] for c in inspect(conn).get_columns("contacts")}
    finally:
        engine.dispose()
