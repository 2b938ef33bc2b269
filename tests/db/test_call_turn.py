"""An outcome key of the call list in one statement (issue #20: <= 3 round trips), on SQLite and PostgreSQL.

The trips are counted as ``bench_roundtrips`` counts them (on PostgreSQL the pool's ping included): the outcome
stored, the next contact claimed and read, and what the user gets is the same as the step-by-step repository.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.campaigns import Outcome
from desktop.db import campaigns as repo
from desktop.db.call_turn import turn
from desktop.db.campaign_models import PhoningCall, PhoningMember
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.models import Activity, Company, Contact, Opportunity, User
from desktop.db.quote_models import Quote
from desktop.db.trips import one_statement
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
NEXT_CALL_TRIPS = 3  # the target


def _campaign(trips: Trips, contacts: int = 5) -> tuple[int, int, list[int]]:
    with trips.sessions.begin() as s:
        user = User(name="Claire Martin", email="claire@example.fr")
        company = Company(legal_name="Atelier Lumière", city="Lyon", phone="04 72 00 00 00")
        s.add_all([user, company])
        s.flush()
        people = [Contact(first_name=f"Prénom{i}", last_name=f"Nom{i}", phone=f"01 23 45 67 {i:02d}",
                          search_text="", company_id=company.id, job_title="Acheteuse") for i in range(contacts)]
        s.add_all(people)
        s.flush()
        s.add(Quote(number="D-2026-001", status="opened", contact_id=people[1].id, sent_at=NOW - timedelta(days=2),
                    last_human_open_at=NOW - timedelta(minutes=20)))
        campaign = repo.create_campaign(s, name="Relance printemps", now=NOW, owner_id=user.id,
                                        no_answer_minutes=60, voicemail_minutes=120)
        repo.add_contacts(s, campaign.id, [c.id for c in people], NOW)
        repo.refresh_priorities(s, campaign.id, NOW)  # the hot quote first
        return campaign.id, user.id, [c.id for c in people]


def test_an_outcome_key_stores_the_call_and_claims_and_reads_the_next_in_three_trips(trips: Trips) -> None:
    campaign_id, user_id, people = _campaign(trips)
    with trips.sessions.begin() as s:
        start = repo.start_session(s, campaign_id, user_id, NOW)
    assert start.first is not None and start.second is not None
    glance = start.first.quote  # the contact of the opened quote comes first, its card read with the claim
    assert start.first.contact_id == people[1] and start.first.company == "Atelier Lumière"
    assert glance is not None and (glance.number, glance.status, glance.views) == ("D-2026-001", "opened", 0)
    assert glance.last_human_open_at == NOW - timedelta(minutes=20)
    current, held = start.first, start.second
    for outcome in (Outcome.NO_ANSWER, Outcome.NOT_INTERESTED, Outcome.VOICEMAIL):
        trips.take()
        with trips.sessions.begin() as s:
            one_statement(s)
            following = turn(s, campaign_id, user_id, NOW, done=current, outcome=outcome, note="Rappeler lundi",
                             skip=[held.member_id])
        tally = trips.take()
        assert tally.value <= NEXT_CALL_TRIPS, tally.listing()
        assert following is not None and following.member_id not in (current.member_id, held.member_id)
        with trips.sessions() as s:  # the next card is the one the repository reads
            assert following == repo.load_card(s, following.member_id)
            member = s.get_one(PhoningMember, current.member_id)
            assert (member.attempts, member.last_outcome, member.claimed_by, member.note) == (
                1, outcome.value, None, "Rappeler lundi")
            assert member.state == ("todo" if outcome is not Outcome.NOT_INTERESTED else "done")
            if outcome is Outcome.NO_ANSWER:
                assert member.next_call_at == NOW + timedelta(hours=1)
            assert s.get_one(PhoningMember, following.member_id).claimed_by == user_id
            call = s.scalars(select(PhoningCall).where(PhoningCall.contact_id == current.contact_id)).one()
            assert (call.outcome, call.user_id, call.note) == (outcome.value, user_id, "Rappeler lundi")
            entry = s.scalars(select(Activity).where(Activity.contact_id == current.contact_id)).one()
            assert entry.subject.endswith("(Relance printemps)") and entry.company_id is not None
            assert entry.payload == {"campaign_id": campaign_id, "outcome": outcome.value, "callback_at": None}
        current, held = held, following


def test_interested_opens_an_opportunity_and_do_not_call_flags_the_contact(trips: Trips) -> None:
    campaign_id, user_id, _people = _campaign(trips, 3)
    with trips.sessions.begin() as s:
        first = repo.next_card(s, campaign_id, user_id, NOW)
    assert first is not None
    with trips.sessions.begin() as s:
        second = turn(s, campaign_id, user_id, NOW, done=first, outcome=Outcome.INTERESTED)
    assert second is not None
    with trips.sessions.begin() as s:
        one_statement(s)
        third = turn(s, campaign_id, user_id, NOW, done=second, outcome=Outcome.DO_NOT_CALL)
    assert third is not None
    with trips.sessions() as s:
        assert s.scalars(select(Opportunity).where(Opportunity.contact_id == first.contact_id)).one().stage == \
            "qualification"
        assert s.get_one(Contact, second.contact_id).do_not_contact is True
    with trips.sessions.begin() as s:  # the last one: nobody left
        assert turn(s, campaign_id, user_id, NOW, done=third, outcome=Outcome.WRONG_NUMBER) is None


@pytest.mark.postgres
def test_desktops_turning_at_once_never_get_the_same_contact(postgres_url: str) -> None:
    from desktop.db.migrate import migrate

    engines = [make_engine(postgres_url) for _ in range(4)]
    migrate(engines[0])
    try:
        with make_session_factory(engines[0]).begin() as s:
            users = [User(name=f"Vendeur {i}") for i in range(len(engines))]
            people = [Contact(first_name="P", last_name=f"N{i}", search_text="") for i in range(60)]
            s.add_all([*users, *people])
            s.flush()
            campaign = repo.create_campaign(s, name="Tous", now=NOW)
            repo.add_contacts(s, campaign.id, [c.id for c in people], NOW)
            campaign_id, user_ids = campaign.id, [u.id for u in users]
        barrier = threading.Barrier(len(engines), timeout=30)
        shown: list[list[int]] = [[] for _ in engines]
        errors: list[BaseException] = []

        def salesperson(index: int) -> None:
            sessions = make_session_factory(engines[index])
            card = None
            try:
                while True:
                    barrier.wait()  # every desktop presses its key at the same moment
                    with sessions.begin() as session:
                        one_statement(session)
                        card = turn(session, campaign_id, user_ids[index], NOW, done=card,
                                    outcome=Outcome.NOT_INTERESTED if card is not None else None)
                    if card is None:
                        break
                    shown[index].append(card.contact_id)
            except threading.BrokenBarrierError:
                pass
            except BaseException as exc:
                errors.append(exc)
            barrier.abort()

        threads = [threading.Thread(target=salesperson, args=(i,)) for i in range(len(engines))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors
        every = [c for s in shown for c in s]
        assert len(every) == len(set(every)) == 60
    finally:
        for engine in engines:
            engine.dispose()


def test_a_call_card_is_read_by_keys_on_sqlite_without_statistics(sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    """SQLite plans without statistics (a desktop's database is never analysed): every table the card reads is
    searched by the member's contact, quote or campaign, never walked by kind (the card of the 10k benchmark set
    took 0.4 s when the latest quote was looked for among every quote in the (kind, number) index and the views
    among every view event)."""
    from desktop.db.call_turn import _member_columns

    statement = select(*_member_columns()).where(PhoningMember.id == 1)
    compiled = statement.compile(dialect=sqlite_engine.dialect)
    params = compiled.construct_params()
    processors = compiled._bind_processors
    args = tuple(processors[k](params[k]) if k in processors else params[k] for k in compiled.positiontup)
    with sqlite_engine.connect() as conn:
        plan = [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", args)]
    searches = [step for step in plan if step.startswith(("SEARCH", "SCAN"))]
    assert searches and not [s for s in searches if s.startswith("SCAN")], plan
    assert not [s for s in searches if "(kind=?" in s or "number>?" in s], plan
    assert any("tracking_events USING COVERING INDEX ix_tracking_events_quote_kind_verdict" in s for s in searches)
