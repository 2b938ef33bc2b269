"""What the smart-query view reads, on SQLite and PostgreSQL: the list with fresh counts and the builder's
catalogue in one read, and an evaluation (a spec now, or a saved static query's stored members)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.custom_fields import Definition
from desktop.core.query_spec import SpecError
from desktop.db import custom_fields as cf
from desktop.db import queries
from desktop.db.models import Contact, User

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
PROSPECTS = {"version": 1, "match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                             "value": "prospect"}]}


def _people(session: Session) -> list[int]:
    people = [Contact(first_name="Anne", last_name="Roux", status="prospect", search_text=""),
              Contact(first_name="Bruno", last_name="Lenoir", status="prospect", search_text=""),
              Contact(first_name="Chloé", last_name="Martin", status="client", search_text="")]
    session.add_all([*people, User(name="Zoé Vidal", email="zoe@example.fr"),
                     User(name="Claire Martin", email="claire@example.fr")])
    session.flush()
    return [p.id for p in people]


def test_the_screen_counts_every_query_and_reads_the_catalogue(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        _people(s)
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        query_id = queries.save_query(s, name="Prospects", kind="dynamic", spec=PROSPECTS, today=NOW.date(),
                                      now=NOW)
        s.add(Contact(first_name="Denis", last_name="Petit", status="prospect", search_text=""))
    later = NOW.replace(hour=11)
    with sessions.begin() as s:
        screen = queries.load_screen(s, later.date(), later)
    mine = next(q for q in screen.queries if q.id == query_id)
    assert mine.member_count == 3 and mine.last_evaluated_at is not None  # counted again: Denis joined
    assert screen.custom[source.id].label == "Source" and screen.custom[source.id].choices == ("Salon", "Site web")
    assert [name for _id, name in screen.users] == ["Claire Martin", "Zoé Vidal"]  # by name
    with sessions() as s:
        assert queries.get_query(s, query_id).member_count == 3  # type: ignore[union-attr]


def test_an_evaluation_reads_the_spec_or_a_static_query_s_stored_members(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        anne, bruno, chloe = _people(s)
        static_id = queries.save_query(s, name="Salon", kind="static", spec=PROSPECTS, today=NOW.date(), now=NOW)
        queries.add_members(s, static_id, [chloe], NOW)
        queries.remove_members(s, static_id, [anne], NOW)
    with sessions.begin() as s:
        spec = queries.evaluate(s, PROSPECTS, NOW.date(), NOW)
        stored = queries.evaluate(s, PROSPECTS, NOW.date(), NOW, static_id=static_id)
        first = queries.evaluate(s, PROSPECTS, NOW.date(), NOW, shown=1)
    assert sorted(spec.ids) == sorted([anne, bruno]) and [r.name for r in spec.rows] == ["Lenoir Bruno", "Roux Anne"]
    assert sorted(stored.ids) == sorted([bruno, chloe])
    assert [r.name for r in stored.rows] == ["Lenoir Bruno", "Martin Chloé"]
    assert len(first.ids) == 2 and len(first.rows) == 1
    with sessions() as s:
        assert queries.get_query(s, static_id).member_count == 2  # type: ignore[union-attr]
        with pytest.raises(SpecError):
            queries.evaluate(s, {"match": "all", "conditions": [{"field": "contact.city", "op": "is"}]},
                             NOW.date(), NOW)


def test_a_query_finds_contacts_by_their_tracking_consent_answer(sessions: sessionmaker[Session]) -> None:
    """The CNIL's rule makes the answer a segment: who was never asked (to ask them), who withdrew."""
    with sessions.begin() as s:
        people = [Contact(first_name=n, last_name="X", tracking_consent_state=state, search_text="")
                  for n, state in (("Anne", "given"), ("Bruno", "not_asked"), ("Chloé", "withdrawn"),
                                   ("Denis", "not_asked"))]
        s.add_all(people)
        s.flush()
        anne, bruno, chloe, denis = (p.id for p in people)
    never = {"version": 1, "match": "all", "conditions": [
        {"field": "contact.tracking_consent_state", "op": "is", "value": "not_asked"}]}
    gone = {"version": 1, "match": "any", "conditions": [
        {"field": "contact.tracking_consent_state", "op": "is", "value": "withdrawn"},
        {"field": "contact.tracking_consent_state", "op": "is", "value": "refused"}]}
    with sessions() as s:
        assert sorted(queries.evaluate(s, never, NOW.date(), NOW).ids) == sorted([bruno, denis])
        assert queries.evaluate(s, gone, NOW.date(), NOW).ids == [chloe]
        assert anne not in queries.evaluate(s, never, NOW.date(), NOW).ids
