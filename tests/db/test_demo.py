"""The demo data set on both backends: sizes, valid identifiers, searchable contacts, determinism."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker

from desktop.core.records import ContactDraft, validate_contact
from desktop.core.validation import (
    check_bic,
    check_email,
    check_iban,
    check_phone,
    check_siren,
    check_siret,
    check_vat_number,
)
from desktop.db import contacts as repo
from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.db.engine import make_engine, sqlite_url
from desktop.db.migrate import migrate
from desktop.db.models import (
    Activity,
    Base,
    Company,
    CompanyFieldValue,
    Contact,
    ContactFieldValue,
    CustomField,
    Opportunity,
    SellerIdentity,
    Tag,
    User,
)
from desktop.services.demo import (
    OPPORTUNITY_STAGES,
    DemoCancelledError,
    DemoRefusedError,
    fill_demo,
)

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
DUMPED = ["users", "seller_identity", "tags", "custom_fields", "companies", "company_field_values", "contacts",
          "contact_field_values", "contact_tags", "company_tags", "opportunities", "activities"]


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    tables = Base.metadata.tables
    with engine.connect() as conn:
        return {name: [tuple(row) for row in conn.execute(
            select(tables[name]).order_by(*tables[name].primary_key.columns))] for name in DUMPED}


def test_demo_set_has_the_promised_shape(sessions: sessionmaker[Session]) -> None:
    summary = fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        counts = {m.__tablename__: _count(s, m) for m in (User, SellerIdentity, Company, Contact, Tag, Opportunity,
                                                           Activity, CustomField, ContactFieldValue,
                                                           CompanyFieldValue)}
        assert {k: summary.counts[k] for k in counts} == counts
        assert counts["users"] == 3 and counts["seller_identity"] == 1
        assert counts["companies"] == 200 and counts["contacts"] == 600
        assert counts["activities"] >= 3 * 600 and counts["opportunities"] >= 100
        assert {f.name: f.kind for f in s.scalars(select(CustomField))} == {
            "nombre_salaries": "number", "secteur": "choice", "date_premier_contact": "date", "source": "choice"}

        contacts = list(s.scalars(select(Contact).options(selectinload(Contact.tags), selectinload(Contact.company))))
        assert Counter(c.status for c in contacts).keys() == {"prospect", "client"}
        assert all(c.status == "prospect" for c in contacts if c.company is None)
        assert 0 < sum(c.do_not_contact for c in contacts) < 60
        assert sum(bool(c.tags) for c in contacts) > 150
        assert all(c.civility in ("M.", "Mme") and c.first_name and c.last_name for c in contacts)
        assert any(ch in "éèêëàâîïôûçÉ" for c in contacts for ch in c.first_name + c.last_name)
        assert {c.owner_id for c in contacts} == {u.id for u in s.scalars(select(User))}

        opportunities = list(s.scalars(select(Opportunity)))
        assert {o.stage for o in opportunities} == set(OPPORTUNITY_STAGES)
        assert Counter(o.result for o in opportunities).keys() == {None, "won", "lost"}
        assert all(isinstance(o.amount, Decimal) and o.amount > 0 for o in opportunities)
        assert all((o.closed_at is None) == (o.result is None) for o in opportunities)
        open_dates = [o.expected_close_date for o in opportunities if o.result is None]
        assert min(open_dates) < NOW.date() < max(open_dates)  # some late, some ahead
        won = {o.company_id for o in opportunities if o.result == "won"}
        assert won == {c.company_id for c in contacts if c.status == "client"}

        kinds = Counter(s.scalars(select(Activity.kind)))
        assert set(kinds) == {"note", "call", "email", "scenario"}  # scenario: the demo scenario's timeline
        with_timeline = set(s.scalars(select(Activity.contact_id).distinct()))
        assert with_timeline == {c.id for c in contacts}
        calls = s.scalars(select(Activity).where(Activity.kind == "call")).all()
        assert all(a.payload and a.payload["outcome"] and a.author_id for a in calls)


def test_every_identifier_passes_the_app_validation(sessions: sessionmaker[Session]) -> None:
    fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        seller = s.scalars(select(SellerIdentity)).one()
        assert seller.legal_name == "Atelier Lumière" and seller.legal_form == "SAS"
        assert seller.siret is not None and seller.vat_number is not None and seller.iban is not None
        assert check_siret(seller.siret) == seller.siret
        assert check_vat_number(seller.vat_number) == seller.vat_number
        assert seller.vat_number[4:] == check_siren(seller.siret[:9])
        assert check_iban(seller.iban) == seller.iban and seller.iban.startswith("FR76")
        assert seller.bic is not None and check_bic(seller.bic) == seller.bic
        assert seller.share_capital == Decimal("50000.00") and seller.validity_days == 30
        assert seller.cgv and "Bon pour accord" in seller.cgv and seller.payment_terms

        for user in s.scalars(select(User)):
            assert user.email and check_email(user.email) == user.email
            assert user.phone and check_phone(user.phone) == user.phone
            assert user.signature and user.name in user.signature

        companies = list(s.scalars(select(Company)))
        assert len({c.legal_name for c in companies}) == len(companies)
        assert len({c.siret for c in companies}) == len(companies)
        for company in companies:
            assert company.siret and check_siret(company.siret) == company.siret
            assert company.vat_number and check_vat_number(company.vat_number) == company.vat_number
            assert company.vat_number[4:] == company.siret[:9]
            assert company.phone and check_phone(company.phone) == company.phone
            assert company.website and company.website.startswith("https://www.")
            assert company.postal_code and len(company.postal_code) == 5
            assert company.legal_form in ("SARL", "SAS", "SASU", "EURL", "SA")

        contacts = list(s.scalars(select(Contact)))
        assert len({c.email for c in contacts}) == len(contacts)
        for contact in contacts:
            for email in (contact.email, contact.email2):
                if email:
                    assert check_email(email) == email
            for phone in (contact.phone, contact.mobile):
                if phone:
                    assert check_phone(phone) == phone
        assert sum(bool(c.mobile and c.mobile[3] in "67") for c in contacts) > 300


def test_times_are_aware_ordered_and_in_the_past(sessions: sessionmaker[Session]) -> None:
    fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        stamps: list[datetime] = []
        for model, columns in ((User, ("created_at",)), (Company, ("created_at", "updated_at")),
                               (Contact, ("created_at", "updated_at")), (Activity, ("occurred_at",)),
                               (Opportunity, ("created_at",))):
            for column in columns:
                stamps += list(s.scalars(select(getattr(model, column))))
        stamps += [t for t in s.scalars(select(Opportunity.closed_at)) if t is not None]
        assert stamps and all(t.tzinfo is not None for t in stamps)
        assert max(stamps) < NOW
        assert min(stamps) > NOW - timedelta(days=6 * 365)
        pairs = s.execute(select(Activity.occurred_at, Contact.created_at)
                          .join(Contact, Activity.contact_id == Contact.id)).all()
        assert pairs and all(occurred >= created for occurred, created in pairs)
        pairs = s.execute(select(Contact.created_at, Company.created_at)
                          .join(Company, Contact.company_id == Company.id)).all()
        assert pairs and all(contact >= company for contact, company in pairs)


def test_search_text_is_what_the_app_computes(sessions: sessionmaker[Session]) -> None:
    fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        for contact in s.scalars(select(Contact).options(selectinload(Contact.company))):
            expected = repo.contact_search_text(contact, contact.company.legal_name if contact.company else None)
            assert contact.search_text == expected
        for company in s.scalars(select(Company)):
            assert company.search_text == repo.company_search_text(company)


def test_contacts_are_found_by_the_search_reader(sessions: sessionmaker[Session]) -> None:
    fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        sample = list(s.scalars(select(Contact).options(selectinload(Contact.company))
                                .where(Contact.mobile.is_not(None), Contact.company_id.is_not(None))
                                .order_by(Contact.id).limit(5)))
        tag = s.scalars(select(Tag).where(Tag.name == "VIP")).one()
        vip_count = int(s.scalar(select(func.count()).select_from(Contact).join(Contact.tags)
                                 .where(Tag.id == tag.id)) or 0)
    engine = sessions.kw["bind"]
    raw = engine.raw_connection()
    try:
        reader = ContactListReader(raw.driver_connection, engine.dialect.name)
        assert reader.count(ContactFilter()) == 600
        for contact in sample:
            assert contact.company is not None and contact.mobile is not None
            national = "0" + contact.mobile[3:]
            for typed in (f"{contact.first_name} {contact.last_name}", contact.email or "", national,
                          f"{contact.last_name} {contact.company.legal_name}"):
                ids = [r.id for r in reader.page(ContactFilter(text=typed), limit=1000)]
                assert contact.id in ids, typed
        assert reader.count(ContactFilter(tag_id=tag.id)) == vip_count > 0
    finally:
        raw.close()


def test_same_seed_same_rows_other_seed_other_rows(engine: Engine, tmp_path: Path) -> None:
    fill_demo(engine, now=NOW, seed=7)
    again = make_engine(sqlite_url(tmp_path / "again.sqlite"))
    other = make_engine(sqlite_url(tmp_path / "other.sqlite"))
    try:
        for eng, seed in ((again, 7), (other, 8)):
            migrate(eng)
            fill_demo(eng, now=NOW, seed=seed)
        first = _dump(engine)
        assert first == _dump(again)  # on PostgreSQL too: the rows do not depend on the backend
        assert first["contacts"] != _dump(other)["contacts"]
    finally:
        again.dispose()
        other.dispose()


def test_app_keeps_working_after_the_demo(sessions: sessionmaker[Session]) -> None:
    fill_demo(sessions.kw["bind"], now=NOW)
    draft, errors = validate_contact(ContactDraft(first_name="Zoé", last_name="Nouvelle", company_name="Neuve SARL",
                                                  tags=("VIP", "Nouveau tag")))
    assert errors == {}
    with sessions.begin() as s:  # ids after the bulk-inserted ones (PostgreSQL sequences moved on)
        contact = repo.create_contact(s, draft)
        repo.add_activity(s, kind="note", subject="Test", when=NOW, contact_id=contact.id)
        s.add(Opportunity(title="Test", amount=Decimal("10.00")))
        s.add(User(name="Nouvel utilisateur"))
    with sessions() as s:
        assert _count(s, Contact) == 601 and _count(s, Company) == 201 and _count(s, Tag) == 11
    engine = sessions.kw["bind"]
    raw = engine.raw_connection()
    try:  # on SQLite the search index trigger, paused during the fill, is back
        reader = ContactListReader(raw.driver_connection, engine.dialect.name)
        assert [r.id for r in reader.page(ContactFilter(text="zoé nouvelle"))] == [contact.id]
        assert reader.count(ContactFilter(text="neuve")) == 1
    finally:
        raw.close()


def test_refuses_a_database_with_contacts_and_keeps_a_typed_seller(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        s.add(SellerIdentity(legal_name="Ma Société", siret=None))
    fill_demo(sessions.kw["bind"], now=NOW, contacts=30)
    with sessions() as s:
        assert [x.legal_name for x in s.scalars(select(SellerIdentity))] == ["Ma Société"]
        before = _count(s, Activity)
    with pytest.raises(DemoRefusedError):
        fill_demo(sessions.kw["bind"], now=NOW, contacts=30)
    with sessions() as s:
        assert _count(s, Activity) == before and _count(s, Contact) == 30


def test_progress_reports_and_cancel_commits_nothing(sessions: sessionmaker[Session]) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(sessions.kw["bind"], now=NOW, contacts=60, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in pairwise(seen))

    with sessions.begin() as s:
        s.execute(Contact.__table__.delete())
        s.execute(Company.__table__.delete())
    with pytest.raises(DemoCancelledError):
        fill_demo(sessions.kw["bind"], now=NOW, contacts=60, progress=lambda d, t: d < t // 2)
    with sessions() as s:
        assert _count(s, Contact) == 0 and _count(s, Company) == 0
        if s.get_bind().dialect.name == "sqlite":
            assert s.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_ai'")) == 1


def test_naive_clock_is_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        fill_demo(sessions.kw["bind"], now=datetime(2026, 11, 27, 10, 0))


@pytest.mark.slow
def test_scaled_run(engine: Engine) -> None:
    summary = fill_demo(engine, contacts=2_000, now=NOW)
    assert summary.counts["contacts"] == 2_000 and summary.counts["companies"] == 666
    with Session(engine) as s:
        assert _count(s, Contact) == 2_000
        assert len(set(s.scalars(select(Contact.email)))) == 2_000
        assert len(set(s.scalars(select(Company.siret)))) == 666
