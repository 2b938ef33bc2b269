"""The company panel's data on both backends: identity, custom values, contacts, open deals and quotes, and a
timeline made of the company's entries and its contacts'."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker

from desktop.core.custom_fields import Definition
from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact
from desktop.db import contacts as repo
from desktop.db import custom_fields as cf
from desktop.db.models import Opportunity
from desktop.db.quotes import create_draft
from desktop.services.company_detail import load_company_detail

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _company(s: Session, **fields: object) -> int:
    draft, errors = validate_company(CompanyDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    return repo.create_company(s, draft).id


def _contact(s: Session, **fields: object) -> int:
    draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    return repo.create_contact(s, draft).id


def test_the_panel_reads_the_company_with_its_contacts_deals_and_timeline(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        acme = _company(s, legal_name="Acme Bâtiment", legal_form="SAS", siret="73282932000074",
                        vat_number="FR44732829320", address="3 rue de la Paix", postal_code="75002", city="Paris",
                        phone="01 45 45 45 45", website="acme.fr")
        sector = cf.create_field(s, "company", Definition("Secteur", "text"))
        cf.create_field(s, "company", Definition("Effectif", "number"))  # left empty: not shown
        cf.set_record_values(s, "company", acme, {sector.id: "BTP"})
        zoe = _contact(s, first_name="Zoé", last_name="Vidal", job_title="Acheteuse", email="zoe@acme.fr",
                       mobile="06 12 34 56 78", company_name="Acme Bâtiment")
        paul = _contact(s, first_name="Paul", last_name="Bernard", company_name="Acme Bâtiment")
        gone = _contact(s, first_name="Ancien", last_name="Salarié", company_name="Acme Bâtiment")
        other = _contact(s, first_name="Eve", last_name="Autre", company_name="Autre SARL")
        repo.set_deleted(s, type(repo.get_contact(s, gone)), [gone], NOW)  # type: ignore[arg-type]
        # The timeline: the company's own note, a contact's note without company, a call carrying both,
        # and what concerns neither (another company's contact, a deleted contact).
        repo.add_activity(s, kind="note", subject="Note société", when=NOW, company_id=acme)
        repo.add_activity(s, kind="note", subject="Note de Zoé", when=NOW - timedelta(days=1), contact_id=zoe)
        repo.add_activity(s, kind="call", subject="Appel Paul", when=NOW - timedelta(days=2), contact_id=paul,
                          company_id=acme)
        repo.add_activity(s, kind="note", subject="Ailleurs", when=NOW, contact_id=other)
        repo.add_activity(s, kind="note", subject="Parti", when=NOW, contact_id=gone)
        first = create_draft(s, zoe, NOW - timedelta(days=3))
        first.status, first.sent_at = "superseded", NOW - timedelta(days=3)
        second = create_draft(s, zoe, NOW)
        s.add(Opportunity(title="Perdue", company_id=acme, result="lost"))
        s.add(Opportunity(title="Ailleurs", company_id=None))
    with sessions() as s:
        detail = load_company_detail(s, acme)
    assert detail is not None
    assert (detail.legal_name, detail.legal_form, detail.siret, detail.phone, detail.website) == (
        "Acme Bâtiment", "SAS", "73282932000074", "+33145454545", "acme.fr")
    assert [(c.label, c.value) for c in detail.custom] == [("Secteur", "BTP")]
    assert [(c.name, c.job_title, c.email, c.phone, c.find_text) for c in detail.contacts] == [
        ("Paul Bernard", "", "", "", "Paul Bernard"),
        ("Zoé Vidal", "Acheteuse", "zoe@acme.fr", "+33612345678", "Zoé Vidal")]
    assert [o.title for o in detail.opportunities] == ["Devis Zoé Vidal"]  # open ones only
    assert [q.id for q in detail.quotes] == [second.id] and detail.quote_count == 1  # no replaced version
    assert detail.quotes[0].status == "draft" and detail.quotes[0].total_ttc == Decimal(0)
    assert detail.quotes[0].contact == "Zoé Vidal"
    assert any(e.kind == "quote" for e in detail.timeline)  # the drafts' creation
    assert [(e.subject, e.contact) for e in detail.timeline if e.kind != "quote"] == [
        ("Note société", ""), ("Note de Zoé", "Zoé Vidal"), ("Appel Paul", "Paul Bernard")]


def test_a_deleted_or_unknown_company_has_no_panel(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        acme = _company(s, legal_name="Acme")
        from desktop.db.models import Company

        repo.set_deleted(s, Company, [acme], NOW)
    with sessions() as s:
        assert load_company_detail(s, acme) is None
        assert load_company_detail(s, acme + 1000) is None


def test_a_company_note_has_no_contact_and_shows_first(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        acme = _company(s, legal_name="Acme")
        _contact(s, first_name="Zoé", last_name="Vidal", company_name="Acme")
    with sessions.begin() as s:
        repo.add_activity(s, kind="note", subject="Rappeler le standard", when=NOW, company_id=acme)
    with sessions() as s:
        rows = repo.company_timeline(s, acme)
        assert [(a.subject, a.contact_id, name) for a, name in rows] == [("Rappeler le standard", None, "")]
