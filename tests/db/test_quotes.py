"""Quotes repository on SQLite and PostgreSQL: drafts, numbering, freezing, versions, statuses, documents."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.legal import LegalCode, check_quote, describe_issue
from desktop.core.money import VatRate
from desktop.core.quote_status import QuoteStatusError
from desktop.core.quotes import QuoteLine, Section, display_number
from desktop.core.records import SellerDraft
from desktop.db import quotes as repo
from desktop.db.contacts import timeline
from desktop.db.models import Company, Contact, Opportunity, SellerIdentity, User
from desktop.db.quote_models import Quote

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
LINES = (
    Section("Fournitures", (
        QuoteLine("Luminaire LED 600×600", Decimal("12"), Decimal("89.90"), unit="pièce"),
        QuoteLine("Détecteur de présence", Decimal("4"), Decimal("34.50"), discount_percent=Decimal("10")),
    )),
    Section("Main-d'œuvre", (
        QuoteLine("Pose et raccordement", Decimal("7.5"), Decimal("52.00"), vat=VatRate.INTERMEDIATE),
        QuoteLine("Étude photométrique", Decimal("1"), None, is_free=True),
    )),
)


def make_world(session: Session, *, complete_seller: bool = True) -> int:
    """A seller, a salesperson, a company and a contact; returns the contact id."""
    seller = SellerIdentity(legal_name="Atelier Lumière", validity_days=30, payment_terms="30 jours fin de mois")
    if complete_seller:
        seller.siret, seller.rcs_city = "73282932000074", "Lyon"
        seller.address, seller.postal_code, seller.city = "12 rue de la République", "69002", "Lyon"
        seller.email, seller.iban, seller.bic = "contact@atelier-lumiere.fr", "FR7630006000011234567890189", "AGRIFRPP"
        seller.cgv = "Article 1 – Objet."
        seller.legal_form, seller.share_capital, seller.vat_number = "SARL", Decimal("20000"), "FR44732829320"
        seller.late_payment_rate = "trois fois le taux d'intérêt légal"
    user = User(name="Julie Martin", email="julie@atelier-lumiere.fr", phone="+33612345678")
    company = Company(legal_name="Boulangerie Dupont", city="Lyon")
    session.add_all([seller, user, company])
    session.flush()
    contact = Contact(first_name="Claire", last_name="Dupont", civility="Mme", company_id=company.id,
                      owner_id=user.id, email="claire@dupont.fr", address="3 place Bellecour",
                      postal_code="69002", city="Lyon")
    session.add(contact)
    session.flush()
    return contact.id


def draft_with_lines(session: Session, contact_id: int, when: datetime = NOW) -> Quote:
    quote = repo.create_draft(session, contact_id, when)
    repo.replace_sections(session, quote.id, LINES, when)
    return quote


def test_draft_gets_opportunity_company_owner_and_core_totals(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        quote = draft_with_lines(s, contact_id)
        quote_id, opportunity_id = quote.id, quote.opportunity_id
        assert quote.number is None and quote.status == "draft"
        assert quote.validity_date == date(2026, 4, 9) and quote.payment_terms == "30 jours fin de mois"
    with sessions() as s:
        quote = repo.get_quote(s, quote_id)
        contact = s.get(Contact, contact_id)
        assert contact is not None
        assert (quote.company_id, quote.owner_id) == (contact.company_id, contact.owner_id)
        opportunity = s.get(Opportunity, opportunity_id)
        assert opportunity is not None and opportunity.contact_id == contact_id
        # 12 x 89.90 = 1078.80; 4 x 34.50 - 10 % = 124.20; VAT 20 % on 1203.00 = 240.60
        # 7.5 x 52.00 = 390.00 at 10 % = 39.00; the free line counts 0
        assert (quote.total_ht, quote.total_vat, quote.total_ttc) == (
            Decimal("1593.00"), Decimal("279.60"), Decimal("1872.60"))
        assert repo.core_sections(quote) == LINES
        # A second quote for the same contact reuses the open opportunity
        second = repo.create_draft(s, contact_id, NOW)
        assert second.opportunity_id == opportunity_id
        assert [a.subject for a in timeline(s, contact_id)].count("Devis créé (brouillon)") == 2


def test_numbers_are_gapless_and_restart_each_year(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
    numbers = []
    for when in (NOW, NOW + timedelta(days=1), NOW + timedelta(days=300), NOW + timedelta(days=301)):
        with sessions.begin() as s:
            numbers.append(repo.finalise(s, draft_with_lines(s, contact_id, when).id, when).number)
    # a finalisation that rolls back gives its number back
    with sessions() as s:
        repo.finalise(s, draft_with_lines(s, contact_id, NOW).id, NOW)
        s.rollback()
    with sessions.begin() as s:
        numbers.append(repo.finalise(s, draft_with_lines(s, contact_id).id, NOW).number)
        numbers.append(repo.finalise(s, draft_with_lines(s, contact_id).id, NOW, "DEV{YY}-{NNN}").number)
    assert numbers == ["D-2026-0001", "D-2026-0002", "D-2027-0001", "D-2027-0002", "D-2026-0003", "DEV26-004"]


def test_an_incomplete_quote_is_refused_with_every_missing_item(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s, complete_seller=False)
        quote = repo.create_draft(s, contact_id, NOW)
        repo.update_draft(s, quote.id, {"meant_as_purchase_order": True, "payment_terms": ""}, NOW)
        quote_id = quote.id
    with sessions() as s, pytest.raises(repo.LegalIncompleteError) as caught:
        repo.finalise(s, quote_id, NOW)
    codes = {issue.code for issue in caught.value.issues}
    assert codes == {LegalCode.SELLER_SIRET_INVALID, LegalCode.SELLER_REGISTRATION_MISSING, LegalCode.NO_LINES,
                     LegalCode.SELLER_CONTACT_MISSING, LegalCode.CGV_MISSING, LegalCode.PAYMENT_TERMS_MISSING,
                     LegalCode.BANK_DETAILS_MISSING, LegalCode.SELLER_LEGAL_FORM_MISSING,
                     LegalCode.SELLER_VAT_NUMBER_MISSING, LegalCode.LATE_PAYMENT_TERMS_MISSING}
    assert "Le numéro SIRET du vendeur manque" in str(caught.value)
    with sessions() as s:
        assert repo.get_quote(s, quote_id).number is None
        assert s.execute(text("SELECT count(*) FROM quote_number_sequences")).scalar() == 0


def test_document_for_a_complete_stored_quote_passes_the_legal_check(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        quote = draft_with_lines(s, contact_id)
        repo.update_draft(s, quote.id, {"meant_as_purchase_order": True, "personal_message": "Bonjour"}, NOW)
        repo.finalise(s, quote.id, NOW)
        quote_id = quote.id
    with sessions() as s:
        document = repo.document_for(s, quote_id)
    assert check_quote(document) == []
    assert display_number(document) == "D-2026-0001" and document.issue_date == date(2026, 3, 10)
    assert document.client.name == "Mme Claire Dupont" and document.client.company == "Boulangerie Dupont"
    assert document.seller.registration == "RCS Lyon" and "69002 Lyon" in document.seller.address
    assert document.salesperson is not None and document.salesperson.name == "Julie Martin"
    assert document.sections == LINES


def test_a_finalised_quote_is_frozen_in_the_repository_and_in_the_database(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        quote_id = repo.finalise(s, draft_with_lines(s, make_world(s)).id, NOW).id
    with sessions() as s:
        with pytest.raises(repo.QuoteFrozenError, match="nouvelle version"):
            repo.update_draft(s, quote_id, {"notes": "changed"}, NOW)
        with pytest.raises(repo.QuoteFrozenError):
            repo.replace_sections(s, quote_id, LINES[:1], NOW)
        with pytest.raises(repo.QuoteFrozenError):
            repo.finalise(s, quote_id, NOW)
    for statement in ("UPDATE quotes SET total_ttc = 1", "UPDATE quote_lines SET quantity = 99",
                      "DELETE FROM quote_lines", "DELETE FROM quotes",
                      f"INSERT INTO quote_sections (quote_id, position, title) VALUES ({quote_id}, 9, 'x')"):
        # whatever statement hits the freeze triggers, the caller gets the refusal in words
        with sessions() as s, pytest.raises(repo.QuoteFrozenError, match="finalisé entre-temps"):
            s.execute(text(statement))
    with sessions.begin() as s:  # status and tracking fields stay writable
        repo.set_status(s, quote_id, "sent", NOW)
    with sessions() as s:
        assert repo.get_quote(s, quote_id).sent_at == NOW


def test_new_version_supersedes_and_the_old_one_cannot_be_accepted(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        first = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        repo.set_status(s, first.id, "sent", NOW)
        second = repo.new_version(s, first.id, NOW + timedelta(days=2))
        assert (second.status, second.version, second.number) == ("draft", 2, "D-2026-0001")
        assert repo.core_sections(second) == LINES and second.total_ttc == first.total_ttc
        repo.replace_sections(s, second.id, LINES[:1], NOW + timedelta(days=2))
        repo.finalise(s, second.id, NOW + timedelta(days=2))
        ids = first.id, second.id
    with sessions() as s:
        old, new = repo.get_quote(s, ids[0]), repo.get_quote(s, ids[1])
        assert old.status == "superseded" and repo.core_sections(old) == LINES  # still readable
        assert repo.printed_number(new) == "D-2026-0001-v2" and new.previous_id == old.id
        assert new.root_id == old.id and s.scalar(text("SELECT last_number FROM quote_number_sequences")) == 1
        with pytest.raises(QuoteStatusError):
            repo.accept(s, old.id, NOW, full_name="Claire Dupont")
        with pytest.raises(QuoteStatusError):
            repo.new_version(s, old.id, NOW)


@pytest.mark.parametrize(("history", "today", "expected"), [
    ({}, NOW, "sent"),
    ({"last_human_open_at": NOW + timedelta(hours=2)}, NOW, "opened"),
    ({"viewed_at": NOW + timedelta(hours=3), "last_human_open_at": NOW}, NOW, "viewed"),
    ({"refused_at": NOW + timedelta(days=1)}, NOW, "refused"),
    ({}, NOW + timedelta(days=90), "expired"),  # past its 30 days of validity
])
def test_deleting_a_new_versions_draft_gives_the_previous_version_its_status_back(
        sessions: sessionmaker[Session], history: dict[str, datetime], today: datetime, expected: str) -> None:
    from desktop.db.quote_editing import delete_draft, restore_draft

    with sessions.begin() as s:
        contact_id = make_world(s)
        first = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        repo.set_status(s, first.id, "sent", NOW)
        for column, value in history.items():
            setattr(first, column, value)
        second_id, first_id = repo.new_version(s, first.id, NOW + timedelta(days=2)).id, first.id
    with sessions.begin() as s:
        snapshot = delete_draft(s, second_id, today)
    with sessions() as s:
        assert repo.get_quote(s, first_id).status == expected
        assert any("Version 2 supprimée" in a.subject and "redevient" in a.subject for a in timeline(s, contact_id))
    with sessions.begin() as s:  # undo: the draft is back and replaces the first version again
        assert restore_draft(s, snapshot, today) == second_id
    with sessions() as s:
        assert repo.get_quote(s, first_id).status == "superseded"
        assert repo.get_quote(s, second_id).status == "draft"


def test_a_deleted_draft_reinstates_nothing_when_the_previous_version_was_accepted_meanwhile(
        sessions: sessionmaker[Session]) -> None:
    from desktop.db.quote_editing import delete_draft, restore_draft

    with sessions.begin() as s:
        contact_id = make_world(s)
        first = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        plain = draft_with_lines(s, contact_id)  # not a version: deleting it touches no other quote
        second_id, first_id = repo.new_version(s, first.id, NOW).id, first.id
        first.status = "accepted"  # as the tracking ingestion may leave an accepted-online old version
    with sessions.begin() as s:
        assert delete_draft(s, plain.id, NOW).reinstated is None
        snapshot = delete_draft(s, second_id, NOW)
        assert snapshot.reinstated is None
        restore_draft(s, snapshot, NOW)
    with sessions() as s:
        assert repo.get_quote(s, first_id).status == "accepted"


def test_tracking_moves_forward_only_and_acceptance_is_recorded(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        quote_id = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW).id
        repo.set_status(s, quote_id, "sent", NOW)
        repo.record_open(s, quote_id, NOW + timedelta(hours=1), human=False)
        assert repo.get_quote(s, quote_id).status == "sent"
        repo.set_status(s, quote_id, "viewed", NOW + timedelta(hours=2))
        repo.record_open(s, quote_id, NOW + timedelta(hours=3))
        quote = repo.get_quote(s, quote_id)
        assert quote.status == "viewed" and quote.last_human_open_at == NOW + timedelta(hours=3)
        repo.accept(s, quote_id, NOW + timedelta(hours=4), full_name="Claire Dupont", pdf_sha256="ab" * 32,
                    ip="203.0.113.0", user_agent="Firefox")
    with sessions() as s:
        quote = repo.get_quote(s, quote_id)
        assert (quote.status, quote.accepted_at, quote.acceptance_name) == (
            "accepted", NOW + timedelta(hours=4), "Claire Dupont")
        subjects = [a.subject for a in timeline(s, contact_id)]
        assert subjects[:4] == ["Devis D-2026-0001 : accepté", "Devis D-2026-0001 : consulté",
                                "Devis D-2026-0001 : envoyé", "Devis D-2026-0001 finalisé"]
        with pytest.raises(QuoteStatusError):
            repo.set_status(s, quote_id, "refused", NOW)


def test_amendment_and_purchase_order_of_an_accepted_quote(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        quote = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        with pytest.raises(repo.QuoteError, match="accepté"):
            repo.to_purchase_order(s, quote.id, NOW)
        repo.accept(s, quote.id, NOW, full_name="Claire Dupont")
        order = repo.to_purchase_order(s, quote.id, NOW + timedelta(days=1))
        with pytest.raises(repo.QuoteError, match="déjà"):
            repo.to_purchase_order(s, quote.id, NOW)
        amendment = repo.create_amendment(s, quote.id, NOW + timedelta(days=5))
        repo.replace_sections(s, amendment.id, (Section("Ajout", (
            QuoteLine("Luminaire supplémentaire", Decimal("2"), Decimal("89.90")),)),), NOW)
        repo.finalise(s, amendment.id, NOW + timedelta(days=5))
        ids = quote.id, order.id, amendment.id
    with sessions() as s:
        quote, order, amendment = (repo.get_quote(s, i) for i in ids)
        assert (order.kind, order.status, order.source_quote_id) == ("purchase_order", "accepted", quote.id)
        assert (order.number, order.total_ttc) == (quote.number, quote.total_ttc)
        assert repo.core_sections(order) == LINES
        assert order.title == "Bon de commande — devis D-2026-0001"
        assert (amendment.kind, amendment.source_quote_id, amendment.number) == ("amendment", quote.id,
                                                                                 "D-2026-0002")
        assert "avenant au devis D-2026-0001" in amendment.title and amendment.total_ht == Decimal("179.80")
        with pytest.raises(repo.QuoteFrozenError):
            s.execute(text(f"UPDATE quote_lines SET quantity = 1 WHERE quote_id = {order.id}"))


def test_expiry_uses_the_injected_date(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        sent = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        repo.set_status(s, sent.id, "sent", NOW)
        draft = draft_with_lines(s, contact_id)
        accepted = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)
        repo.accept(s, accepted.id, NOW, full_name="Claire Dupont")
        ids = sent.id, draft.id, accepted.id
        validity = sent.validity_date
    assert validity == date(2026, 4, 9)
    with sessions.begin() as s:
        assert repo.expire_due(s, validity) == []  # the last valid day
    with sessions.begin() as s:
        assert repo.expire_due(s, validity + timedelta(days=1)) == [ids[0]]
    with sessions() as s:
        assert [repo.get_quote(s, i).status for i in ids] == ["expired", "draft", "accepted"]
        assert timeline(s, contact_id)[0].subject == "Devis D-2026-0001 : expiré"


def test_unknown_or_frozen_fields_are_refused(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        quote = repo.create_draft(s, make_world(s), NOW)
        with pytest.raises(KeyError):
            repo.update_draft(s, quote.id, {"number": "D-2026-9999"}, NOW)
        with pytest.raises(repo.QuoteNotFoundError):
            repo.create_draft(s, 999_999, NOW)
        with pytest.raises(repo.QuoteError, match="brouillon"):
            repo.new_version(s, quote.id, NOW)
    with sessions() as s:
        assert s.scalars(select(Quote.status)).all() == ["draft"]


def test_seller_draft_fields_reach_the_document(sessions: sessionmaker[Session]) -> None:
    """The settings page writes the seller identity through SellerDraft; the document reads it back."""
    from desktop.db.seller import save_seller_identity

    with sessions.begin() as s:
        contact_id = make_world(s)
        save_seller_identity(s, SellerDraft(legal_name="Atelier Lumière SAS", siret="73282932000074",
                                            legal_form="EI", vat_number="FR44732829320"))
        quote_id = draft_with_lines(s, contact_id).id
    with sessions() as s:
        document = repo.document_for(s, quote_id, issue_date=date(2026, 3, 10))
    assert document.seller.legal_name == "Atelier Lumière SAS"
    assert [describe_issue(i) for i in check_quote(document)] == []


def test_an_artisan_seller_prints_its_crafts_register_and_a_bad_kind_is_refused(
        sessions: sessionmaker[Session]) -> None:
    from desktop.core.records import validate_seller
    from desktop.db.seller import save_seller_identity, seller_draft

    draft, errors = validate_seller(SellerDraft(legal_name="Plomberie Martin", siret="73282932000074",
                                                rcs_city="Rhône", registry_kind="RM"))
    assert errors == {}
    with sessions.begin() as s:
        contact_id = make_world(s)
        save_seller_identity(s, draft, full=True)
        quote_id = draft_with_lines(s, contact_id).id
    with sessions() as s:
        assert seller_draft(s).registry_kind == "RM"
        document = repo.document_for(s, quote_id, issue_date=date(2026, 3, 10))
    assert document.seller.registration == "RM Rhône"
    _clean, errors = validate_seller(SellerDraft(legal_name="X", registry_kind="RCM"))
    assert set(errors) == {"registry_kind"}
    with sessions.begin() as s:  # the first-start dialog saves without the settings-page fields
        save_seller_identity(s, SellerDraft(legal_name="Plomberie Martin"), full=False)
    with sessions() as s:
        assert repo.document_for(s, quote_id).seller.registry_kind.value == "RM"  # full=False keeps the choice


def test_the_sellers_legal_mentions_round_trip_and_a_new_seller_gets_the_legal_minimum_penalties(
        sessions: sessionmaker[Session]) -> None:
    from desktop.core.records import validate_seller
    from desktop.db.seller import DEFAULT_LATE_PAYMENT_RATE, save_seller_identity, seller_draft

    with sessions.begin() as s:  # the welcome creates the identity: the penalty rate starts at the legal minimum
        save_seller_identity(s, SellerDraft(legal_name="Plomberie Martin"))
    with sessions() as s:
        assert seller_draft(s).late_payment_rate == DEFAULT_LATE_PAYMENT_RATE
    draft, errors = validate_seller(SellerDraft(
        legal_name="Plomberie Martin", legal_form="EI", late_payment_rate="  taux BCE + 10 points ",
        building_trade=True, decennial_insurer="SMABTP, contrat 42", decennial_coverage="plomberie, chauffage",
        decennial_area="Rhône-Alpes"))
    assert errors == {}
    with sessions.begin() as s:
        contact_id = make_world(s)
        save_seller_identity(s, draft, full=True)
        quote_id = draft_with_lines(s, contact_id).id
    with sessions() as s:
        back = seller_draft(s)
        document = repo.document_for(s, quote_id, issue_date=date(2026, 3, 10))
    assert (back.late_payment_rate, back.building_trade, back.decennial_area) == (
        "taux BCE + 10 points", True, "Rhône-Alpes")
    assert document.seller.building_trade and document.seller.decennial_insurer == "SMABTP, contrat 42"
    assert LegalCode.DECENNIAL_INSURANCE_MISSING not in [i.code for i in check_quote(document)]
    _clean, errors = validate_seller(SellerDraft(legal_name="X", decennial_area="x" * 201))
    assert set(errors) == {"decennial_area"}
