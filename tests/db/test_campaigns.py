"""Phoning campaigns in the database, on SQLite and PostgreSQL: order, retries, claims, outcomes, statistics."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.campaigns import Candidate, Outcome, order
from desktop.db import campaigns as repo
from desktop.db.campaign_models import PhoningCall, PhoningMember
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.db.models import Activity, Contact, Opportunity, User
from desktop.db.quote_models import Quote

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def make_campaign(session: Session, contacts: int = 6) -> tuple[int, int, list[int]]:
    """A salesperson, ``contacts`` contacts and a campaign holding them (ids)."""
    user = User(name="Claire Martin", email="claire@example.fr")
    session.add(user)
    people = [Contact(first_name=f"Prénom{i}", last_name=f"Nom{i}", phone=f"01 23 45 67 {i:02d}", search_text="")
              for i in range(contacts)]
    session.add_all(people)
    session.flush()
    campaign = repo.create_campaign(session, name="Relance printemps", now=NOW, owner_id=user.id,
                                    script="<p>Bonjour</p>", no_answer_minutes=60, voicemail_minutes=120)
    repo.add_contacts(session, campaign.id, [c.id for c in people], NOW)
    return campaign.id, user.id, [c.id for c in people]


def _member(session: Session, campaign_id: int, contact_id: int) -> PhoningMember:
    return session.scalars(select(PhoningMember).where(PhoningMember.campaign_id == campaign_id,
                                                       PhoningMember.contact_id == contact_id)).one()


def test_hot_quote_first_then_never_called_then_retries_after_their_delay(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        campaign_id, user_id, people = make_campaign(s, 4)
        s.add(Quote(number="D-2026-001", status="opened", contact_id=people[3], sent_at=NOW - timedelta(days=2),
                    last_human_open_at=NOW - timedelta(minutes=20)))
        s.flush()
        repo.refresh_priorities(s, campaign_id, NOW)
        first = repo.claim_next(s, campaign_id, user_id, NOW)
        assert first is not None and s.get_one(PhoningMember, first).contact_id == people[3]
        repo.record_outcome(s, first, user_id=user_id, outcome=Outcome.NOT_INTERESTED, now=NOW)
        second = repo.claim_next(s, campaign_id, user_id, NOW)
        assert second is not None and s.get_one(PhoningMember, second).contact_id == people[0]
        repo.record_outcome(s, second, user_id=user_id, outcome=Outcome.NO_ANSWER, now=NOW)
        # the no-answer waits an hour: the never-called come first
        third = repo.claim_next(s, campaign_id, user_id, NOW)
        assert third is not None and s.get_one(PhoningMember, third).contact_id == people[1]
        repo.record_outcome(s, third, user_id=user_id, outcome=Outcome.CALLBACK, now=NOW,
                            callback_at=NOW + timedelta(minutes=30))
        later = NOW + timedelta(minutes=45)  # the call-back is due, the no-answer not yet
        fourth = repo.claim_next(s, campaign_id, user_id, later)
        assert fourth is not None and s.get_one(PhoningMember, fourth).contact_id == people[1]
        assert _member(s, campaign_id, people[0]).next_call_at == NOW + timedelta(hours=1)


def test_the_sql_order_is_the_core_order(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        campaign_id, user_id, _people = make_campaign(s, 12)
        members = list(s.scalars(select(PhoningMember).where(PhoningMember.campaign_id == campaign_id)))
        for i, m in enumerate(members):
            m.priority = (i * 37) % 5 * 10
            m.attempts = i % 3
            m.last_outcome = "callback" if i % 5 == 0 else None
            m.next_call_at = NOW + timedelta(hours=1) if i % 4 == 0 else NOW - timedelta(minutes=i)
        s.flush()
        expected = [c.member_id for c in order(
            [Candidate(m.id, m.priority, m.attempts, m.next_call_at, m.last_outcome) for m in members], NOW)]
        got = []
        while (claimed := repo.claim_next(s, campaign_id, user_id, NOW, skip=got)) is not None:
            got.append(claimed)
        assert got == expected


def test_outcomes_reach_the_timeline_the_opportunity_and_the_do_not_call_flag(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        campaign_id, user_id, _people = make_campaign(s, 3)
        first = repo.claim_next(s, campaign_id, user_id, NOW)
        assert first is not None
        repo.record_outcome(s, first, user_id=user_id, outcome=Outcome.INTERESTED, now=NOW, note="Devis à faire")
        second = repo.claim_next(s, campaign_id, user_id, NOW)
        assert second is not None
        repo.record_outcome(s, second, user_id=user_id, outcome=Outcome.DO_NOT_CALL, now=NOW)
        contact_first = s.get_one(PhoningMember, first).contact_id
        contact_second = s.get_one(PhoningMember, second).contact_id
        assert s.get_one(Contact, contact_second).do_not_contact
        opportunity = s.scalars(select(Opportunity).where(Opportunity.contact_id == contact_first)).one()
        assert opportunity.stage == "qualification" and opportunity.result is None
        subjects = list(s.scalars(select(Activity.subject).where(Activity.contact_id == contact_first)))
        assert subjects == ["Appel : intéressé (Relance printemps)"]
        # a do-not-call contact added to another campaign is never claimed
        other = repo.create_campaign(s, name="Autre", now=NOW)
        repo.add_contacts(s, other.id, [contact_second], NOW)
        assert repo.claim_next(s, other.id, user_id, NOW) is None
        stats = repo.statistics(s, campaign_id)
        assert (stats.calls, stats.reached) == (2, 2)
        assert stats.per_user == {"Claire Martin": (2, 2)}
        p = repo.progress(s, campaign_id, NOW)
        assert (p.total, p.done, p.left, p.reached) == (3, 2, 1, 2)
        assert s.scalar(select(PhoningCall.outcome).where(PhoningCall.contact_id == contact_first)) == "interested"


def test_a_paused_or_closed_campaign_hands_out_nobody_even_to_an_open_session(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        campaign_id, user_id, _people = make_campaign(s, 3)
        first = repo.claim_next(s, campaign_id, user_id, NOW)
        assert first is not None
        for status in ("paused", "done"):
            repo.set_campaign_status(s, campaign_id, status, NOW)
            assert repo.claim_next(s, campaign_id, user_id, NOW, skip=[first]) is None
        assert repo.set_campaign_status(s, campaign_id, "active", NOW) == "done"
        assert repo.claim_next(s, campaign_id, user_id, NOW, skip=[first]) not in (None, first)


def test_a_claim_keeps_the_contact_from_others_until_it_expires(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        campaign_id, user_id, _people = make_campaign(s, 1)
        other = User(name="Paul")
        s.add(other)
        s.flush()
        assert repo.claim_next(s, campaign_id, user_id, NOW) is not None
        assert repo.claim_next(s, campaign_id, other.id, NOW) is None
        assert repo.claim_next(s, campaign_id, other.id, NOW + repo.CLAIM_LEASE + timedelta(seconds=1)) is not None


def test_a_session_starts_fed_from_its_query_with_two_contacts_claimed(sessions: sessionmaker[Session]) -> None:
    from desktop.db import queries

    with sessions.begin() as s:
        campaign_id, user_id, people = make_campaign(s, 2)
        newcomer = Contact(first_name="Nouvelle", last_name="Venue", phone="01 99 99 99 99", search_text="",
                           city="Arles")
        s.add(newcomer)
        s.flush()
        query_id = queries.save_query(s, name="Arles", kind="dynamic", today=NOW.date(), now=NOW, spec={
            "version": 1, "match": "all", "conditions": [{"field": "contact.city", "op": "is", "value": "Arles"}]})
        repo.update_campaign(s, campaign_id, {"query_id": query_id, "keep_feeding": True})
    with sessions.begin() as s:
        start = repo.start_session(s, campaign_id, user_id, NOW)
    assert start.name == "Relance printemps" and start.script == "<p>Bonjour</p>"
    assert start.first is not None and start.second is not None
    assert start.first.member_id != start.second.member_id
    assert (start.progress.total, start.progress.left) == (3, 3)  # the query's newcomer joined
    with sessions() as s:
        held = set(s.scalars(select(PhoningMember.contact_id).where(PhoningMember.claimed_by == user_id)))
        assert held == {start.first.contact_id, start.second.contact_id} and held <= {*people, newcomer.id}
    with sessions.begin() as s:
        repo.release_claims(s, campaign_id, user_id)
        empty = repo.create_campaign(s, name="Vide", now=NOW)
        nobody = repo.start_session(s, empty.id, user_id, NOW)
    assert nobody.first is None and nobody.second is None and nobody.progress.total == 0


def test_the_first_recipient_is_the_first_still_pending(sessions: sessionmaker[Session]) -> None:
    from desktop.db.campaign_models import EmailCampaignRecipient
    from desktop.db.email_campaigns import create_email_campaign

    with sessions.begin() as s:
        _campaign_id, _user_id, people = make_campaign(s, 3)
        campaign = create_email_campaign(s, name="Nouveautés", template="followup", now=NOW)
        assert repo.first_recipient(s, campaign.id) is None
        for contact_id, state in zip(people, ("queued", "pending", "pending"), strict=True):
            s.add(EmailCampaignRecipient(campaign_id=campaign.id, contact_id=contact_id, state=state))
        s.flush()
        assert repo.first_recipient(s, campaign.id) == people[1]
        for recipient in s.scalars(select(EmailCampaignRecipient)):
            recipient.state = "queued"
        s.flush()
        assert repo.first_recipient(s, campaign.id) == people[0]


@pytest.fixture
def two_engines(postgres_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two desktops on one migrated PostgreSQL database."""
    first, second = make_engine(postgres_url), make_engine(postgres_url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


@pytest.mark.postgres
def test_two_salespeople_claiming_at_once_never_get_the_same_contact(two_engines: tuple[Engine, Engine]) -> None:
    with make_session_factory(two_engines[0]).begin() as s:
        campaign_id, user_id, _people = make_campaign(s, 40)
        other = User(name="Paul")
        s.add(other)
        s.flush()
        users = (user_id, other.id)
    barrier = threading.Barrier(2, timeout=30)
    claimed: list[list[int]] = [[], []]
    errors: list[BaseException] = []

    def salesperson(index: int) -> None:
        sessions = make_session_factory(two_engines[index])
        try:
            while True:
                barrier.wait()  # both press "next" at the same moment
                with sessions.begin() as session:
                    got = repo.claim_next(session, campaign_id, users[index], NOW, skip=claimed[index])
                if got is None:
                    break
                claimed[index].append(got)
        except threading.BrokenBarrierError:
            pass
        except BaseException as exc:
            errors.append(exc)
        barrier.abort()

    threads = [threading.Thread(target=salesperson, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert not set(claimed[0]) & set(claimed[1])
    assert len(claimed[0]) + len(claimed[1]) == 40 and claimed[0] and claimed[1]


def test_the_heat_reads_a_chunk_of_contacts_quotes_by_the_contacts(sqlite_engine: Engine) -> None:
    """SQLite, no statistics: the latest sent quotes of a chunk are found through each contact's quotes, not by
    walking every sent quote of the (kind, status) index once per chunk."""
    with Session(sqlite_engine) as session:
        compiled = repo.latest_sent_quotes(list(range(1, 501))).compile(
            dialect=sqlite_engine.dialect, compile_kwargs={"literal_binds": True})
        plan = [str(r[3]) for r in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    searches = [step for step in plan if step.startswith(("SEARCH quotes", "SCAN quotes"))]
    assert searches == ["SEARCH quotes USING INDEX ix_quotes_contact_sent (contact_id=?)",
                        "SEARCH quotes USING INTEGER PRIMARY KEY (rowid=?)"], plan


def test_the_heat_query_keeps_its_plain_columns_for_postgresql() -> None:
    """Only SQLite gets the operands it must not start from disguised (``+x``); PostgreSQL plans from statistics,
    which a disguised ``kind || ''`` loses (the team benchmark did a fifth fewer actions a second with it)."""
    from sqlalchemy.dialects import postgresql, sqlite

    pg = str(repo.latest_sent_quotes([1, 2]).compile(dialect=postgresql.dialect()))
    lite = str(repo.latest_sent_quotes([1, 2]).compile(dialect=sqlite.dialect()))
    assert "quotes.kind = " in pg and "||" not in pg and "+quotes" not in pg
    assert "+quotes.kind = " in lite and "+quotes.status IN" in lite
