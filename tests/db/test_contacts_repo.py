"""Contacts repository on both backends: create, search text, soft delete and restore, duplicates."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import ContactDraft, validate_contact
from desktop.db import contacts as repo
from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.db.models import Company, Contact
from desktop.db.quote_models import Quote

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _create(sessions: sessionmaker[Session], **fields: object) -> int:
    draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    with sessions.begin() as s:
        return repo.create_contact(s, draft).id


def _reader(sessions: sessionmaker[Session]) -> tuple[ContactListReader, object]:
    engine = sessions.kw["bind"]
    raw = engine.raw_connection()
    return ContactListReader(raw.driver_connection, engine.dialect.name), raw


def test_created_contact_is_found_by_each_searchable_field(sessions: sessionmaker[Session]) -> None:
    cid = _create(sessions, first_name="Éloïse", last_name="Dupont-Moreau", email="eloise@acme-batiment.fr",
                  phone="06 12 34 56 78", city="Saint-Étienne", company_name="Acmé Bâtiment")
    _create(sessions, first_name="Paul", last_name="Durand", city="Lyon")
    reader, raw = _reader(sessions)
    try:
        for typed in ["eloise", "ÉLO", "dupont mor", "acme bat", "eloise@acme", "06 12 34", "+33 6 12", "saint-et"]:
            rows = reader.page(ContactFilter(text=typed))
            assert [r.id for r in rows] == [cid], typed
        assert reader.count(ContactFilter(text="lyon")) == 1
        assert reader.count(ContactFilter(text="")) == 2
        assert reader.count(ContactFilter(text="zzz")) == 0
    finally:
        raw.close()


def test_search_treats_punctuation_as_separators_never_as_syntax(sessions: sessionmaker[Session]) -> None:
    _create(sessions, first_name="Anne", last_name="Martin")
    _create(sessions, first_name="Paul", last_name="Near")
    reader, raw = _reader(sessions)
    try:
        expected = {
            "%": 2, "_": 2, '"': 2, "*": 2,            # no word typed: nothing filtered
            "' OR 1=1 --": 0, "a%": 1, 'an"*': 1,      # words "or 1 1", "a", "an"
            "NEAR(": 1, "mar_tin": 0, "martin%": 1, "pa AND ne": 0,
        }
        got = {typed: reader.count(ContactFilter(text=typed)) for typed in expected}
        assert got == expected
    finally:
        raw.close()


def test_soft_delete_hides_and_restore_brings_back(sessions: sessionmaker[Session]) -> None:
    cid = _create(sessions, first_name="Anne", last_name="Martin")
    with sessions.begin() as s:
        assert repo.set_deleted(s, Contact, [cid], NOW) == 1
    reader, raw = _reader(sessions)
    try:
        assert reader.count(ContactFilter()) == 0
        with sessions.begin() as s:
            repo.set_deleted(s, Contact, [cid], None)
        assert reader.count(ContactFilter(text="anne")) == 1
    finally:
        raw.close()


def test_company_rename_updates_contact_search(sessions: sessionmaker[Session]) -> None:
    cid = _create(sessions, first_name="Anne", last_name="Martin", company_name="Alpha SARL")
    with sessions.begin() as s:
        company = s.scalars(select(Company)).one()
        draft = repo.company_draft(company)
        repo.update_company(s, company.id, draft.__class__(**{**draft.__dict__, "legal_name": "Omega SAS"}))
    reader, raw = _reader(sessions)
    try:
        assert [r.id for r in reader.page(ContactFilter(text="omega"))] == [cid]
        assert reader.count(ContactFilter(text="alpha")) == 0
    finally:
        raw.close()


def test_duplicates_by_email_and_merge(sessions: sessionmaker[Session]) -> None:
    a = _create(sessions, first_name="Anne", last_name="Martin", email="anne@x.fr", tags=("VIP",))
    b = _create(sessions, first_name="A.", last_name="Martin", email="ANNE@x.fr", phone="0612345678",
                tags=("Salon",))
    with sessions.begin() as s:
        dups = repo.find_contact_duplicates(s, "anne@X.fr", exclude_id=a)
        assert [d.id for d in dups] == [b]
        repo.add_activity(s, kind="note", subject="hello", when=NOW, contact_id=b)
    from desktop.db.quotes import create_draft

    with sessions.begin() as s:
        quote_id = create_draft(s, b, NOW).id
    with sessions.begin() as s:
        before = repo.contact_draft(s.get_one(Contact, a))
        record = repo.merge_contacts(s, a, b, NOW)
        assert s.get_one(Quote, quote_id).contact_id == a
        kept = s.get_one(Contact, a)
        assert kept.phone == "+33612345678"
        assert {t.name for t in kept.tags} == {"VIP", "Salon"}
    with sessions() as s:
        assert s.get_one(Contact, b).deleted_at is not None
        subjects = [act.subject for act in repo.timeline(s, a)]
        assert "hello" in subjects and any(sub.startswith("Fusion") for sub in subjects)
    with sessions.begin() as s:
        repo.unmerge_contacts(s, record)
    with sessions() as s:
        assert s.get_one(Contact, b).deleted_at is None
        assert "hello" in [act.subject for act in repo.timeline(s, b)]
        assert repo.timeline(s, a) == []
        assert repo.contact_draft(s.get_one(Contact, a)) == before
        assert s.get_one(Quote, quote_id).contact_id == b


def test_pages_are_sorted_and_stable(sessions: sessionmaker[Session]) -> None:
    for last in ["Bernard", "Albert", "Cazals", "Albert"]:
        _create(sessions, first_name="X", last_name=last)
    reader, raw = _reader(sessions)
    try:
        names = [r.last_name for r in reader.page(ContactFilter(), "name", False, 0, 10)]
        assert names == sorted(names)
        desc = [r.last_name for r in reader.page(ContactFilter(), "name", True, 0, 10)]
        assert desc == sorted(names, reverse=True)
        first_two = reader.page(ContactFilter(), "name", False, 0, 2)
        next_two = reader.page(ContactFilter(), "name", False, 2, 2)
        assert len({r.id for r in first_two + next_two}) == 4
    finally:
        raw.close()


def test_companies_are_searched_by_name_siret_and_city(sessions: sessionmaker[Session]) -> None:
    from desktop.core.records import CompanyDraft, validate_company
    from desktop.db.company_list import CompanyFilter, CompanyListReader

    draft, errors = validate_company(CompanyDraft(legal_name="Boulangerie Éclair", siret="73282932000074",
                                                  city="Besançon"))
    assert errors == {}
    with sessions.begin() as s:
        company_id = repo.create_company(s, draft).id
    _create(sessions, first_name="Anne", last_name="Martin", company_name="Boulangerie Éclair")
    _create(sessions, first_name="Zoé", last_name="Roux", company_name="Autre SARL")
    engine = sessions.kw["bind"]
    raw = engine.raw_connection()
    try:
        reader = CompanyListReader(raw.driver_connection, engine.dialect.name)
        for typed in ["eclair", "BOUL ecl", "7328", "besan"]:
            rows = reader.page(CompanyFilter(text=typed))
            assert [(r.id, r.contact_count) for r in rows] == [(company_id, 1)], typed
        assert reader.count(CompanyFilter()) == 2
        assert reader.count(CompanyFilter(text="100%")) == 0
    finally:
        raw.close()


def test_company_by_name_needs_the_whole_name(sessions: sessionmaker[Session]) -> None:
    _create(sessions, first_name="Anne", last_name="Martin", company_name="Alpha SARL")
    with sessions() as s:
        assert repo.company_by_name(s, "Alpha") is None
        found = repo.company_by_name(s, "ALPHA sarl")
        assert found is not None and found.legal_name == "Alpha SARL"
        assert repo.find_company_duplicates(s, None, "Alpha") == []
        assert [c.legal_name for c in repo.find_company_duplicates(s, None, "alpha-SARL")] == ["Alpha SARL"]


def test_name_duplicates_ignore_case_and_accents(sessions: sessionmaker[Session]) -> None:
    a = _create(sessions, first_name="Éloïse", last_name="Durand")
    _create(sessions, first_name="Éloïse", last_name="Durand-Roux")
    with sessions() as s:
        assert [c.id for c in repo.find_contact_duplicates(s, None, None, "ELOISE", "durand")] == [a]
