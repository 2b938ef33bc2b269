"""Team-mode search finds what the embedded search finds: the same contacts on SQLite and PostgreSQL.

SQLite answers with its FTS5 index (prefix queries over the folded search text), PostgreSQL with its word
index of the same text (``contact_words``, migration 0019; pages of broad searches test ``LIKE '% word%'``
on each contact walked). Hypothesis draws
French names (accents, ligatures, hyphens, apostrophes, capitals), companies and cities, and typed queries
(prefixes of their words, changed in case and accents, several words, noise); both backends must return the
same contacts, and every returned contact must really hold each typed word at the start of one of its words.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import ContactDraft, validate_contact
from desktop.core.search import query_words, words
from desktop.db import contacts as repo
from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.db.engine import make_session_factory, sqlite_url
from tests.support.database import migrated_engine
from tests.support.postgres import PostgresServer, create_database

pytestmark = pytest.mark.postgres

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
NAME_PARTS = ["Hélène", "Élise", "Noël", "Chloé", "Loïc", "Gaëlle", "François", "Jérôme", "Bérénice", "Anaïs",
              "Cœur", "Lætitia", "D'Artagnan", "Le Goff", "Saint-Exupéry", "Dupont-Moreau", "Østergaard", "Ça"]


def _word() -> st.SearchStrategy[str]:
    drawn = st.text(alphabet=FRENCH_LETTERS, min_size=1, max_size=9)
    return st.one_of(st.sampled_from(NAME_PARTS), drawn.map(str.capitalize), drawn)


def _name() -> st.SearchStrategy[str]:
    return st.lists(_word(), min_size=1, max_size=2).flatmap(
        lambda ws: st.sampled_from([" ", "-", "'"]).map(lambda sep: sep.join(ws)))


CONTACT = st.fixed_dictionaries({
    "first_name": _name(), "last_name": _name(),
    "company_name": st.one_of(st.just(""), _name()),
    "city": st.one_of(st.just(""), st.sampled_from(["Saint-Étienne", "Besançon", "Orléans", "Nîmes", "Lyon"]),
                      _name()),
})


def _strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


@st.composite
def _query(draw: st.DrawFn, contacts: list[dict[str, str]]) -> str:
    """What a salesperson types: prefixes of stored words, in any case, with or without accents, or noise."""
    stored = [w for c in contacts for value in c.values() for w in value.replace("-", " ").replace("'", " ").split()]
    if not stored or draw(st.integers(0, 5)) == 0:
        return draw(st.text(alphabet=FRENCH_LETTERS + " -'", min_size=1, max_size=8))
    picked = draw(st.lists(st.sampled_from(stored), min_size=1, max_size=2))
    typed = []
    for word in picked:
        prefix = word[: draw(st.integers(1, len(word)))]
        prefix = draw(st.sampled_from([prefix, prefix.upper(), prefix.lower(), _strip_accents(prefix)]))
        typed.append(prefix)
    return " ".join(typed)


@pytest.fixture(scope="module")
def both(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Engine]]:
    engines = {
        "sqlite": migrated_engine(sqlite_url(tmp_path_factory.mktemp("search") / "relance.sqlite")),
        "postgresql": migrated_engine(create_database(postgres_server, f"t_{uuid.uuid4().hex[:12]}")),
    }
    yield engines
    for engine in engines.values():
        engine.dispose()


def _fill(sessions: sessionmaker[Session], contacts: list[dict[str, str]]) -> None:
    with sessions.begin() as s:
        s.execute(text("DELETE FROM contacts"))
        s.execute(text("DELETE FROM companies"))
        for i, fields in enumerate(contacts):
            draft, errors = validate_contact(ContactDraft(**fields, email=f"c{i}@exemple.fr"))
            assert errors == {}, (fields, errors)
            repo.create_contact(s, draft)


def _found(engine: Engine, typed: str) -> list[str]:
    raw = engine.raw_connection()
    try:
        reader = ContactListReader(raw.driver_connection, engine.dialect.name)
        n = reader.count(ContactFilter(text=typed))
        rows = reader.page(ContactFilter(text=typed), limit=100)
        assert n == len(rows)
        return sorted(r.email for r in rows)
    finally:
        raw.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), contacts=st.lists(CONTACT, min_size=1, max_size=8))
def test_both_backends_find_the_same_contacts(both: dict[str, Engine], data: st.DataObject,
                                              contacts: list[dict[str, str]]) -> None:
    for engine in both.values():
        _fill(make_session_factory(engine), contacts)
    for _ in range(4):
        typed = data.draw(_query(contacts), label="typed")
        found = {name: _found(engine, typed) for name, engine in both.items()}
        assert found["sqlite"] == found["postgresql"], typed
        # and what is found is right: every typed word starts a word of the contact (independent oracle)
        expected = sorted(
            f"c{i}@exemple.fr" for i, c in enumerate(contacts)
            if all(any(w.startswith(q) for w in words(" ".join([*c.values(), f"c{i}@exemple.fr"])))
                   for q in query_words(typed)))
        if query_words(typed):
            assert found["sqlite"] == expected, typed


def test_team_company_search_uses_the_trigram_index_and_contacts_keep_none(both: dict[str, Engine]) -> None:
    """On PostgreSQL the companies' word-prefix LIKE is served by their GIN trigram index, not a full scan; the
    contacts' one is gone (0023: their search reads the word index, and nothing read the trigrams)."""
    engine = both["postgresql"]
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM companies co WHERE (' ' || co.search_text) LIKE '% dupon%'")))
        contacts = conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_contacts_search_trgm'"))
        assert contacts.scalar_one() == 0
    assert "ix_companies_search_trgm" in plan, plan
