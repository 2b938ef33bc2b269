"""Each contact's latest sent quote, kept by triggers (migration 0008), equals the truth recomputed from quotes.

On SQLite and PostgreSQL: after the backfill, and after random quotes are added, sent, re-sent, unsent,
moved to another contact, deleted, and contacts deleted; smart queries then still equal the reference.
"""

from __future__ import annotations

import json
import random
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.query_spec import FIELDS, filter_records, parse
from desktop.db import queries
from desktop.db.contacts import merge_contacts, unmerge_contacts
from desktop.db.engine import make_engine
from desktop.db.migrate import migrate
from desktop.db.models import Contact
from desktop.db.quote_models import Quote
from desktop.db.quotes import QuoteFrozenError
from tests.db.test_query_sql import CUSTOM, NOW, TODAY, Dataset, fill, trees
from tests.support.database import upgrade_to

# Few distinct moments, so that two quotes of a contact are often sent at the same time (ties: greatest id).
MOMENTS = [NOW - timedelta(days=d) for d in (400, 30, 30, 1, 0)] + [NOW + timedelta(days=2)]


Latest = dict[int, tuple[int | None, datetime | None]]


def truth(session: Session) -> Latest:
    """The latest sent quote (id, time) of every contact, recomputed in Python from the quotes."""
    latest: Latest = {i: (None, None) for i in session.scalars(select(Contact.id))}
    for quote_id, contact_id, sent_at in session.execute(select(Quote.id, Quote.contact_id, Quote.sent_at)):
        if contact_id is None or sent_at is None:
            continue
        best_id, best_at = latest[contact_id]
        if best_at is None or (sent_at, quote_id) > (best_at, best_id):
            latest[contact_id] = (quote_id, sent_at)
    return latest


def maintained(session: Session) -> Latest:
    rows = session.execute(select(Contact.id, Contact.latest_quote_id, Contact.latest_quote_sent_at))
    return {r[0]: (r[1], r[2]) for r in rows}


def mutate_quotes(session: Session, rng: random.Random, steps: int) -> None:
    """Random writes to quotes as the application and other writers make them (Core statements)."""
    for _ in range(steps):
        quotes = session.execute(select(Quote.id, Quote.status)).all()
        contacts = list(session.scalars(select(Contact.id)))
        drafts = [q for q, status in quotes if status == "draft"]
        action = rng.choice(["add", "add", "send", "unsend", "move", "delete", "delete_contact"])
        if action == "add" or not quotes:
            sent = rng.choice([None, *MOMENTS])
            session.execute(insert(Quote).values(contact_id=rng.choice([None, *contacts]), sent_at=sent,
                                                 status="sent" if sent else "draft"))
        elif action == "send":
            session.execute(update(Quote).where(Quote.id == rng.choice(quotes)[0]).values(sent_at=rng.choice(MOMENTS)))
        elif action == "unsend":
            session.execute(update(Quote).where(Quote.id == rng.choice(quotes)[0]).values(sent_at=None))
        elif action == "move":
            session.execute(update(Quote).where(Quote.id == rng.choice(quotes)[0])
                            .values(contact_id=rng.choice([None, *contacts])))
        elif action == "delete" and drafts:  # a quote that left draft cannot be deleted (migration 0002)
            session.execute(delete(Quote).where(Quote.id == rng.choice(drafts)))
        elif action == "delete_contact" and len(contacts) > 3:  # its quotes keep no contact (ON DELETE SET NULL)
            session.execute(delete(Contact).where(Contact.id == rng.choice(contacts)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_random_quote_changes_keep_the_latest_quote(sessions: sessionmaker[Session], seed: int) -> None:
    session = sessions()
    try:
        fill(session, seed, contacts=8)
        assert maintained(session) == truth(session)
        mutate_quotes(session, random.Random(seed), steps=30)
        assert maintained(session) == truth(session)
    finally:
        session.rollback()
        session.close()


def test_a_frozen_quote_refused_by_0002_leaves_the_latest_quote_alone(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        contact = Contact(first_name="A", last_name="B")
        session.add(contact)
        session.flush()
        sent = Quote(contact_id=contact.id, status="sent", sent_at=MOMENTS[1])
        session.add(sent)
        session.flush()
        contact_id, quote_id = contact.id, sent.id
    try:
        with sessions.begin() as session:
            session.execute(delete(Quote).where(Quote.id == quote_id))
    except QuoteFrozenError:  # the freeze trigger refuses, in words on both backends
        pass
    else:  # pragma: no cover
        raise AssertionError("a sent quote was deleted")
    with sessions() as session:
        assert maintained(session)[contact_id] == (quote_id, MOMENTS[1])


def test_merging_contacts_and_its_undo_move_the_latest_quote(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        keep, other = Contact(first_name="Anne", last_name="A"), Contact(first_name="Anne", last_name="A")
        session.add_all([keep, other])
        session.flush()
        session.add_all([Quote(contact_id=keep.id, status="sent", sent_at=MOMENTS[0]),
                         Quote(contact_id=other.id, status="sent", sent_at=MOMENTS[3])])
        session.flush()
        record = merge_contacts(session, keep.id, other.id, NOW)
        session.flush()
        assert maintained(session) == truth(session)
        assert maintained(session)[keep.id][1] == MOMENTS[3] and maintained(session)[other.id] == (None, None)
        recent = {"version": 1, "match": "all", "conditions": [{"field": "quote.sent_at", "op": "last_n_days",
                                                                 "value": 7}]}
        assert queries.evaluate_ids(session, recent, TODAY) == [keep.id]
        unmerge_contacts(session, record)
        session.flush()
        assert maintained(session) == truth(session)
        assert maintained(session)[keep.id][1] == MOMENTS[0]


def _seed_at_0007(engine: Engine) -> None:
    with engine.connect() as conn:
        upgrade_to(conn, "0007")
        # Core inserts name only the columns given (and Python defaults): none of those 0008 adds.
        contacts = [conn.execute(insert(Contact).values(first_name="a", last_name="b").returning(Contact.id))
                    .scalar_one() for _ in range(4)]
        rows = [(contacts[0], MOMENTS[1]), (contacts[0], MOMENTS[2]), (contacts[0], None), (contacts[1], MOMENTS[0]),
                (contacts[1], MOMENTS[3]), (contacts[2], None), (None, MOMENTS[4])]
        for contact_id, sent_at in rows:
            conn.execute(insert(Quote).values(contact_id=contact_id, sent_at=sent_at,
                                              status="sent" if sent_at else "draft"))
        conn.commit()


def test_the_migration_fills_the_latest_quote_of_existing_contacts(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        _seed_at_0007(engine)
        migrate(engine)
        with Session(engine) as session:
            expected = truth(session)
            assert maintained(session) == expected
            assert sorted(v for v, _ in expected.values() if v is not None) == [2, 5]  # the tie goes to id 2
    finally:
        engine.dispose()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), spec=trees(CUSTOM))
def test_queries_after_quote_changes_match_the_reference(sessions: sessionmaker[Session], seed: int,
                                                         spec: dict[str, Any]) -> None:
    session = sessions()
    try:
        data = fill(session, seed, contacts=15)
        mutate_quotes(session, random.Random(seed), steps=25)
        _refresh_quote_fields(session, data)
        actual = dict(zip(CUSTOM, data.custom, strict=True))  # PostgreSQL sequences survive a rollback
        spec_text = json.dumps(spec)
        for old, new in actual.items():
            spec_text = spec_text.replace(f'"cf:{old}"', f'"cf:{new}"')
        tree = parse(spec_text, data.custom)
        live = [r for r in data.records if not r["deleted"]]
        for tz in (UTC, ZoneInfo("Europe/Paris")):
            expected = sorted(filter_records(tree, live, TODAY, tz))
            assert queries.evaluate_ids(session, tree, TODAY, tz) == expected, spec
            assert queries.count(session, tree, TODAY, tz) == len(expected), spec
    finally:
        session.rollback()
        session.close()


def _refresh_quote_fields(session: Session, data: Dataset) -> None:
    """Recompute the reference records' quote fields (and drop deleted contacts) after the mutations."""
    session.expire_all()
    quotes = {q.id: q for q in session.scalars(select(Quote))}
    latest = truth(session)
    data.records = [r for r in data.records if r["id"] in latest]
    for record in data.records:
        quote_id = latest[record["id"]][0]
        quote = quotes[quote_id] if quote_id is not None else None
        for key, fdef in FIELDS.items():
            if fdef.source == "quote":
                record[key] = getattr(quote, fdef.column) if quote else None


def _someone_waits_for_a_lock(engine: Engine) -> bool:
    with engine.connect() as watcher:  # a transaction of its own: pg_stat_activity is read once per transaction
        return bool(watcher.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                         "AND datname = current_database()")).scalar_one())


@pytest.mark.postgres
def test_two_desktops_sending_to_one_contact_at_once_keep_the_later_quote(postgres_url: str) -> None:
    """The second sender waits for the first one's lock on the contact, then reads its committed quote."""
    engine = make_engine(postgres_url)
    migrate(engine)
    try:
        with Session(engine) as session, session.begin():
            contact = Contact(first_name="A", last_name="B")
            session.add(contact)
            session.flush()
            later, earlier = Quote(contact_id=contact.id), Quote(contact_id=contact.id)
            session.add_all([later, earlier])
            session.flush()
            contact_id, later_id, earlier_id = contact.id, later.id, earlier.id
        errors: list[BaseException] = []

        def second_desktop() -> None:
            try:
                with engine.connect() as conn:
                    conn.execute(update(Quote).where(Quote.id == earlier_id).values(sent_at=MOMENTS[1]))
                    conn.commit()
            except BaseException as exc:  # reported by the main thread
                errors.append(exc)

        with engine.connect() as first:
            first.execute(update(Quote).where(Quote.id == later_id).values(sent_at=MOMENTS[3]))
            thread = threading.Thread(target=second_desktop)
            thread.start()
            deadline = time.monotonic() + 30
            while not _someone_waits_for_a_lock(engine):
                assert time.monotonic() < deadline, "the second desktop never waited for the first"
            first.commit()
        thread.join(30)
        assert not errors and not thread.is_alive()
        with Session(engine) as session:
            assert maintained(session)[contact_id] == (later_id, MOMENTS[3])
    finally:
        engine.dispose()
