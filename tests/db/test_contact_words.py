"""Team-mode search by word index (``contact_words``, migration 0019): kept by trigger, same results as SQLite.

The trigger is checked against an oracle computed from the contacts' own search text after each kind of change
(insert, edit, company rename, soft delete, restore, hard delete); searches by one and two letters, accents, phone
digits and several words find on PostgreSQL what SQLite's FTS5 finds, and both page shapes of the team search
(from the word index, or walking the names) give the same pages in every order, direction and offset.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import CompanyDraft, ContactDraft, validate_contact
from desktop.db import contacts as repo
from desktop.db.contact_list import SORT_KEYS, ContactFilter, ContactListReader
from desktop.db.contact_words import after_prefix, walk_pays
from desktop.db.engine import make_session_factory, sqlite_url
from desktop.db.models import Contact
from tests.support.database import migrated_engine
from tests.support.postgres import PostgresServer, create_database

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_after_prefix_bounds_exactly_the_words_starting_with_the_term() -> None:
    assert after_prefix("dup") == "duq"
    assert after_prefix("ab\U0010ffff") == "ac"
    assert after_prefix("\U0010ffff") is None
    assert after_prefix("a\ud7ff") == "a\ue000"  # past the surrogates, which no text holds
    words = ["dup", "dupont", "dupuis", "duq", "dur", "du", "dupé", "dup\U0010ffff"]
    assert sorted(w for w in words if "dup" <= w < "duq") == sorted(w for w in words if w.startswith("dup"))


def test_walking_pays_for_dense_matches_only() -> None:
    assert walk_pays(60_000, 100_000, 200)
    assert not walk_pays(500, 100_000, 200)
    assert not walk_pays(0, 100_000, 200)
    assert walk_pays(5, 5, 200) is False  # a tiny set: read the matches


def _keys(search_text: str) -> set[str]:
    return {k for w in search_text.split() for k in (w, w[:1], w[:2])}


def _check_words(conn: Connection) -> None:
    """``contact_words`` holds exactly the keys of every live contact's search text."""
    expected = {(k, cid) for cid, st in conn.execute(text(
        "SELECT id, search_text FROM contacts WHERE deleted_at IS NULL")) for k in _keys(st)}
    held = [(w, cid) for w, cid in conn.execute(text("SELECT word, contact_id FROM contact_words"))]
    assert len(held) == len(set(held))
    assert set(held) == expected


def _draft(**fields: str) -> ContactDraft:
    draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}, errors
    return draft


@pytest.mark.postgres
def test_the_trigger_keeps_the_words_of_live_contacts(postgres_url: str) -> None:
    engine = migrated_engine(postgres_url)
    sessions = make_session_factory(engine)
    try:
        with sessions.begin() as s:
            helene = repo.create_contact(s, _draft(first_name="Hélène", last_name="Dupont-Moreau",
                                                   company_name="Boulangerie Lætitia", phone="06 12 34 56 78",
                                                   email="helene@exemple.fr", city="Saint-Étienne"))
            paul = repo.create_contact(s, _draft(first_name="Paul", last_name="Durand", company_name="Acmé"))
            ids = (helene.id, paul.id)
            company_id = helene.company_id
        with engine.connect() as conn:
            _check_words(conn)
            words = {w for (w,) in conn.execute(text("SELECT word FROM contact_words WHERE contact_id = :i"),
                                                {"i": ids[0]})}
        assert {"h", "he", "helene", "d", "du", "dupont", "moreau", "lætitia", "0612345678", "06",
                "saint", "etienne"} <= words
        with sessions.begin() as s:  # an edit: the old words leave, the new ones come
            repo.update_contact(s, ids[1], _draft(first_name="Paule", last_name="Martin", company_name="Acmé"))
        with engine.connect() as conn:
            _check_words(conn)
        with sessions.begin() as s:  # a company renamed: its contacts' search text and words follow
            repo.update_company(s, company_id, CompanyDraft(legal_name="Pâtisserie Noël"))
        with engine.connect() as conn:
            _check_words(conn)
            assert conn.execute(text("SELECT count(*) FROM contact_words WHERE word = 'noel'")).scalar() == 1
        with sessions.begin() as s:  # soft delete, then restore
            repo.set_deleted(s, Contact, [ids[0]], NOW)
        with engine.connect() as conn:
            _check_words(conn)
            assert conn.execute(text("SELECT count(*) FROM contact_words WHERE contact_id = :i"),
                                {"i": ids[0]}).scalar() == 0
        with sessions.begin() as s:
            repo.set_deleted(s, Contact, [ids[0]], None)
        with engine.connect() as conn:
            _check_words(conn)
        with sessions.begin() as s:  # deleted for good
            s.execute(text("DELETE FROM contacts WHERE id = :i"), {"i": ids[1]})
        with engine.connect() as conn:
            _check_words(conn)
        with sessions.begin() as s:  # a soft-deleted contact deleted for good leaves nothing behind either
            repo.set_deleted(s, Contact, [ids[0]], NOW)
            s.execute(text("DELETE FROM contacts WHERE id = :i"), {"i": ids[0]})
        with engine.connect() as conn:
            _check_words(conn)
            assert conn.execute(text("SELECT count(*) FROM contact_words")).scalar() == 0
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("copy", [True, False], ids=["copy", "insert"])
def test_contacts_inserted_in_one_statement_get_their_words(postgres_url: str, copy: bool,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An import's rows come in one statement (COPY, or one multi-row INSERT): the statement trigger of 0021
    indexes every live one once, a row inserted already deleted not at all, and a single insert still works."""
    from desktop.db import bulk
    from desktop.db.models import Contact as ContactRow

    monkeypatch.setattr(bulk, "COPY_FROM", 1 if copy else 1_000_000)
    engine = migrated_engine(postgres_url)
    sessions = make_session_factory(engine)
    try:
        rows = [{"first_name": f, "last_name": last, "search_text": f"{f.lower()} {last.lower()} lyon 061234{n:04d}",
                 "deleted_at": NOW if n % 7 == 0 else None}
                for n, (f, last) in enumerate((f, last) for f in ("Helene", "Noel", "Zoe") for last in ("Dupont",
                                                                                                  "Martin", "Roy"))]
        with sessions.begin() as s:
            ids = bulk.insert_returning_ids(s, ContactRow.__table__, rows * 8)
        with sessions.begin() as s:
            s.add(ContactRow(first_name="Paul", last_name="Seul", search_text="paul seul"))
        with engine.connect() as conn:
            _check_words(conn)
            live = conn.execute(text("SELECT count(DISTINCT contact_id) FROM contact_words")).scalar()
        assert len(ids) == 72 and live == 72 - 8 * 2 + 1  # rows 0 and 7 of each 9 were inserted deleted
    finally:
        engine.dispose()


FIRST = ["Hélène", "Élise", "Noël", "Chloé", "Jean", "Jeanne", "Denis", "Dominique", "Léa", "Lucas", "Anaïs", "Éric"]
LAST = ["Dupont", "Durand", "Dubois", "Lefèvre", "Leroy", "Martin", "Moreau", "Ødegaard", "D'Artagnan", "Le Goff"]
COMPANIES = ["", "Boulangerie Dupain", "Pharmacie du Centre", "Acmé Bâtiment", "Électricité Lyonnaise"]
CITIES = ["Lyon", "Nantes", "Saint-Étienne", "Orléans", "Dijon", ""]


@pytest.fixture(scope="module")
def both(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Engine]]:
    """The same 240 contacts (a few soft-deleted) on SQLite and on PostgreSQL."""
    engines = {
        "sqlite": migrated_engine(sqlite_url(tmp_path_factory.mktemp("words") / "relance.sqlite")),
        "postgresql": migrated_engine(create_database(postgres_server, f"t_{uuid.uuid4().hex[:12]}")),
    }
    rng = random.Random(20)
    drafts = [_draft(first_name=rng.choice(FIRST), last_name=rng.choice(LAST), company_name=rng.choice(COMPANIES),
                     city=rng.choice(CITIES), email=f"c{i}@exemple.fr",
                     phone=f"{rng.choice(['06 12', '01 23', '09 12'])} {rng.randint(10, 99)} 00 {i % 100:02d}",
                     tags=("VIP",) if i % 3 == 0 else ())
              for i in range(240)]
    for engine in engines.values():
        sessions: sessionmaker[Session] = make_session_factory(engine)
        with sessions.begin() as s:
            ids = [repo.create_contact(s, d).id for d in drafts]
            repo.set_deleted(s, Contact, ids[::17], NOW)
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("ANALYZE contacts"))
    yield engines
    for engine in engines.values():
        engine.dispose()


def _search(engine: Engine, typed: str, sort: str = "name", descending: bool = False, offset: int = 0,
            limit: int = 50, walk_ratio: float | None = None, counted: bool = True,
            tag: bool = False, selective: int | None = None) -> tuple[int, list[str | None]]:
    """The count and a page's emails; ``counted=False`` reads the page without counting first (then the
    reader leaves the plan to PostgreSQL's planner: the reference order of the shapes)."""
    raw = engine.raw_connection()
    try:
        reader = ContactListReader(raw.driver_connection, engine.dialect.name)
        if walk_ratio is not None:
            reader.walk_ratio = walk_ratio
        if selective is not None:
            reader.SELECTIVE = selective
        flt = ContactFilter(text=typed, tag_id=dict((n, i) for i, n in reader.tags())["VIP"] if tag else None)
        n = reader.count(flt) if counted else -1
        rows = reader.page(flt, sort, descending, offset, limit)
        return n, [r.email for r in rows]
    finally:
        raw.close()


TYPED = ["d", "D", "é", "e", "du", "DU", "dû", "le", "hél", "HELENE", "helene dup", "j", "je", "jean", "jeann",
         "0", "06", "06 1", "+33 6", "01", "lyon", "saint et", "pharmacie c", "ø", "od", "dartagnan", "d a", "zz"]


@pytest.mark.postgres
@pytest.mark.parametrize("typed", TYPED)
def test_short_prefixes_accents_and_digits_find_what_sqlite_finds(both: dict[str, Engine], typed: str) -> None:
    found = {name: _search(engine, typed, limit=300) for name, engine in both.items()}
    assert found["sqlite"][0] == len(found["sqlite"][1])
    assert found["postgresql"][0] == found["sqlite"][0], typed
    assert sorted(map(str, found["postgresql"][1])) == sorted(map(str, found["sqlite"][1])), typed


@pytest.mark.postgres
def test_both_page_shapes_give_the_same_pages(both: dict[str, Engine]) -> None:
    """Forced to read from the word index (ratio 0) or to walk the names (huge ratio), PostgreSQL gives the
    pages its planner gives, in every order and direction, at the start and further down (the order of
    accented names is each server's collation, so SQLite's pages are compared as sets of contacts)."""
    pg = both["postgresql"]
    for typed in ["d", "le", "jea", "dupont", "jean d", "06", "saint"]:
        for sort in SORT_KEYS:
            for descending, offset in ((False, 0), (True, 0), (False, 30)):
                expected = _search(pg, typed, sort, descending, offset, 40, counted=False)[1]
                for ratio in (0.0, 1e12):
                    got = _search(pg, typed, sort, descending, offset, 40, walk_ratio=ratio)
                    assert got[1] == expected, (typed, sort, descending, offset, ratio)
        for sort in ("name", "city"):
            expected = _search(pg, typed, sort, limit=40, counted=False, tag=True)[1]
            assert _search(pg, typed, sort, limit=40, tag=True)[1] == expected, (typed, sort, "tag")
        everything = _search(pg, typed, limit=500)
        assert sorted(map(str, everything[1])) == sorted(map(str, _search(both["sqlite"], typed, limit=500)[1]))


@pytest.mark.postgres
def test_sqlite_walking_the_names_gives_the_pages_of_the_fts_index(both: dict[str, Engine]) -> None:
    """SQLite's broad searches walk the live names and test each contact's words (a page of « d » at a million
    contacts, without listing 650,000 matches first): forced to walk (nothing counted as selective, a huge ratio)
    it gives, page for page, what the FTS index's matches give (ratio 0), at the start and further down."""
    lite = both["sqlite"]
    for typed in ["d", "le", "jea", "dupont", "jean d", "06", "saint", "hél", "0", "zz"]:
        for descending, offset in ((False, 0), (True, 0), (False, 30), (True, 45)):
            listed = _search(lite, typed, "name", descending, offset, 40, walk_ratio=0.0, selective=0)
            walked = _search(lite, typed, "name", descending, offset, 40, walk_ratio=1e12, selective=0)
            assert walked == listed, (typed, descending, offset)
            for sort in ("name", "city", "updated", "company"):  # a selective search sorts its matches' keys first
                plain = _search(lite, typed, sort, descending, offset, 40, walk_ratio=0.0, selective=0)
                keys_first = _search(lite, typed, sort, descending, offset, 40, walk_ratio=0.0, selective=10**9)
                assert keys_first == plain, (typed, sort, descending, offset)
        assert _search(lite, "d", limit=500, walk_ratio=1e12, selective=0)[1]  # the walk finds rows at all


@pytest.mark.postgres
def test_the_unfiltered_count_is_the_number_of_live_contacts(both: dict[str, Engine]) -> None:
    """On SQLite it is every contact less the deleted ones (two cheap index reads); a few are soft-deleted here."""
    for name, engine in both.items():
        with Session(engine) as session:
            live = session.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None)))
            deleted = session.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_not(None)))
        assert deleted and live
        assert _search(engine, "")[0] == live, name


def _walk_statement(engine: Engine, typed: str) -> tuple[str, dict[str, object]]:
    """The statement of a page of ``typed`` read by walking the names (the walk forced), and its parameters."""
    raw = engine.raw_connection()
    try:
        reader = ContactListReader(raw.driver_connection, engine.dialect.name)
        reader.walk_ratio, reader.SELECTIVE = 1e12, 0
        statements: list[tuple[str, dict[str, object]]] = []
        run = reader._run

        def recorded(sql: str, params: dict[str, object], **how: bool) -> list[tuple[object, ...]]:
            statements.append((sql, dict(params)))
            return run(sql, params, **how)

        reader._run = recorded  # type: ignore[method-assign]
        flt = ContactFilter(text=typed)
        reader.count(flt)
        assert reader.page(flt, "name", False, 0, 40)
        return statements[-1]
    finally:
        raw.close()


@pytest.mark.postgres
@pytest.mark.parametrize("typed", ["d", "jean d"])
def test_a_walk_reads_the_index_of_the_names_and_their_words_alone(both: dict[str, Engine], typed: str) -> None:
    """A broad search's page walks ``ix_contacts_name_walk`` (0024) without reading a contact's row until the page's
    ids are known: SQLite names it a covering index, PostgreSQL plans an index-only scan (the table vacuumed, as it
    is kept in use: its pages all visible). The index would be no use to a walk reading any other column."""
    lite_sql, lite_params = _walk_statement(both["sqlite"], typed)
    with both["sqlite"].connect() as conn:
        plan = " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {lite_sql}", lite_params))
    assert "COVERING INDEX ix_contacts_name_walk" in plan, plan
    pg = both["postgresql"]
    with pg.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM contacts")
    pg_sql, pg_params = _walk_statement(pg, typed)
    with pg.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # 240 contacts: a scan of the table would beat any index
        conn.exec_driver_sql("SET enable_sort = off")
        plan = " | ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {pg_sql}", pg_params))
    assert "Index Only Scan using ix_contacts_name_walk" in plan, plan
    assert "Index Only Scan Backward using ix_contacts_name_walk" in plan or "Scan Backward" not in plan


@pytest.mark.postgres
def test_the_longest_contact_is_saved_and_found_on_both_backends(both: dict[str, Engine]) -> None:
    """Every field at its longest, in letters of four bytes that do not compress (CJK, extension B): the search
    text keeps what fits in
    ``SEARCH_TEXT_BYTES`` (names first), so that PostgreSQL's index of names and words takes the row, and both
    backends find the contact by its names and its first words alike."""
    from desktop.core.search import SEARCH_TEXT_BYTES

    rng = random.Random(24)

    def wide(n: int) -> str:  # words of 9 letters of 4 bytes each in UTF-8, n characters in all
        letters = [chr(0x20000 + rng.randrange(40_000)) for _ in range(n)]
        return " ".join("".join(letters[i:i + 9]) for i in range(0, n, 10))[:n]

    draft = _draft(first_name=wide(100), last_name=wide(100), company_name=wide(200), job_title=wide(150),
                   city=wide(100), email="tres.long@exemple.fr")
    for name, engine in both.items():
        with make_session_factory(engine).begin() as s:
            contact = repo.create_contact(s, draft)
            stored, contact_id = contact.search_text, contact.id
        assert len(stored.encode()) <= SEARCH_TEXT_BYTES, name
        assert draft.first_name.split()[0] in stored and draft.last_name.split()[-1] in stored, name
        for typed in (draft.first_name.split()[0], f"{draft.last_name.split()[1]} {draft.first_name.split()[2][:3]}"):
            raw = engine.raw_connection()
            try:
                reader = ContactListReader(raw.driver_connection, engine.dialect.name)
                rows = reader.page(ContactFilter(text=typed))
            finally:
                raw.close()
            assert [r.id for r in rows] == [contact_id], (name, typed)
        with make_session_factory(engine).begin() as s:
            repo.set_deleted(s, Contact, [contact_id], NOW)  # the module's other tests see the 240 only


@pytest.mark.postgres
@pytest.mark.parametrize("typed", ["d", "dupont", "jean d", "0", "hél", "zz"])
def test_a_first_count_is_the_count_or_a_bound_under_it_and_the_page_reads_alike(both: dict[str, Engine],
                                                                                  typed: str) -> None:
    """A search is first counted only as far as its first page needs (``first_count``, the rest later): below the
    bound that is its count; past it, a number of matches not above the count (SQLite: the bound itself; PostgreSQL
    counts the contacts among the bound's rows of its word index). Either way the page read after it is the page
    read after the full count."""
    flt = ContactFilter(text=typed)
    for name, engine in both.items():
        raw = engine.raw_connection()
        try:
            reader = ContactListReader(raw.driver_connection, engine.dialect.name)
            reader.SELECTIVE, reader.walk_ratio = 10, 1e12  # the bound: 11 matches
            full = reader.count(flt)
            counted_page = reader.page(flt, "name", False, 0, 40)
            first, exact = reader.first_count(flt, 40)
            assert reader.count_bound(40) == 11
            assert reader.page(flt, "name", False, 0, 40) == counted_page, (name, typed)
        finally:
            raw.close()
        if exact:
            assert first == full, (name, typed)
        else:
            assert first <= full and full >= 11, (name, typed)
        if name == "sqlite":
            assert (first, exact) == ((full, True) if full < 11 else (11, False)), typed


_ENDLESS = {"sqlite": "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n",
            "postgresql": "SELECT pg_sleep(120)"}


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_full_count_is_stopped_by_a_newer_search_and_nothing_else_is(both: dict[str, Engine], backend: str) -> None:
    """``interrupt_count`` stops a full count running on another thread (SQLite's interrupt, PostgreSQL's cancel
    request), which then answers None; called when no count runs it stops nothing: the next statement runs."""
    import threading
    import time

    raw = both[backend].raw_connection()
    try:
        if backend == "postgresql":
            raw.driver_connection.autocommit = True  # as the application's read connections are
        reader = ContactListReader(raw.driver_connection, backend)
        plain_count = reader.count
        reader.count = lambda _flt: reader._run(_ENDLESS[backend], {})  # type: ignore[method-assign, assignment]
        answers: list[int | None] = []
        counting = threading.Thread(target=lambda: answers.append(reader.full_count(ContactFilter(text="d"))))
        counting.start()
        deadline = time.monotonic() + 20
        while counting.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
            reader.interrupt_count()  # until it lands on the running statement
        counting.join(1)
        assert answers == [None] and not counting.is_alive()
        reader.count = plain_count  # type: ignore[method-assign]
        reader.interrupt_count()  # nothing runs: a no-op
        assert reader.count(ContactFilter(text="d")) > 0
        assert reader.full_count(ContactFilter(text="d")) == reader.count(ContactFilter(text="d"))
    finally:
        raw.close()


@pytest.mark.postgres
def test_a_search_of_several_words_is_planned_for_its_words_every_time(both: dict[str, Engine]) -> None:
    """psycopg prepares a statement run five times, and PostgreSQL may then plan it once for any values: a search
    of several words is never prepared (its plan depends on how many contacts each word finds); one of a single
    word is, as every other statement. On a connection of its own, as the application's readers are."""
    from desktop.db import dbapi

    conn = dbapi.connect(both["postgresql"].url.render_as_string(hide_password=False))
    try:
        reader = ContactListReader(conn, "postgresql")

        def prepared() -> list[str]:
            return [r[0] for r in reader._run("SELECT statement FROM pg_prepared_statements", {})]

        for typed in ["jean d", "hél d", "jea d", "lyon je", "jean du", "dupont j", "pharmacie c", "nantes l"]:
            reader.count(ContactFilter(text=typed))
            reader.page(ContactFilter(text=typed), "name", False, 0, 40)
        assert not [s for s in prepared() if "contact_words" in s]
        for typed in ["jean", "hél", "jea", "lyon", "dupont", "pharmacie", "nantes"]:  # one statement: a word range
            reader.count(ContactFilter(text=typed))
        assert [s for s in prepared() if "contact_words" in s]
    finally:
        conn.close()


@pytest.mark.postgres
def test_a_count_stopped_by_the_server_is_an_error_not_a_stop_of_ours(both: dict[str, Engine]) -> None:
    """Only ``interrupt_count`` makes a full count answer None: the server's own stop (``statement_timeout``, an
    administrator's cancel) is raised, as any failure, so that the model does not ask again and again."""
    raw = both["postgresql"].raw_connection()
    try:
        raw.driver_connection.autocommit = True
        reader = ContactListReader(raw.driver_connection, "postgresql")
        raw.driver_connection.execute("SET statement_timeout = '100ms'")
        reader.count = lambda _flt: reader._run(_ENDLESS["postgresql"], {})  # type: ignore[method-assign, assignment]
        with pytest.raises(Exception, match="statement timeout"):
            reader.full_count(ContactFilter(text="d"))
        raw.driver_connection.execute("SET statement_timeout = 0")
    finally:
        raw.close()


@pytest.mark.postgres
def test_the_start_ups_count_tells_how_many_contacts_there_are(both: dict[str, Engine]) -> None:
    """The first search's bound needs the number of contacts (past where walking the names pays): the count of
    every contact, the start-up's, reads it too, as a search's count does."""
    import math

    for name, engine in both.items():
        raw = engine.raw_connection()
        try:
            reader = ContactListReader(raw.driver_connection, engine.dialect.name)
            live = reader.count(ContactFilter())
            assert reader._contacts >= live > 200, name
            reader.SELECTIVE = 10
            expected = max(10, math.ceil(math.sqrt(4000 * reader._contacts / reader.walk_ratio))) + 1
            assert reader.count_bound(4000) == expected > 11, name
        finally:
            raw.close()
