"""What the quote screens read and write (desktop.db.quote_editing, desktop.services.pdf.stored_quote), on
SQLite and PostgreSQL: the editor's quote and its catalogue links, a draft saved and finalised, the quotes
list's actions, and a stored quote ready to print with the seller's logo."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.quotes import QuoteLine, Section
from desktop.db import quote_editing as editing
from desktop.db import quotes as repo
from desktop.db.contacts import timeline
from desktop.db.models import Contact, SellerIdentity, User
from desktop.db.products import create_product
from desktop.db.quote_models import Quote
from tests.db.test_quotes import LINES, NOW, draft_with_lines, make_world

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_the_editor_reads_a_quote_with_its_client_lines_and_catalogue_links(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        product = create_product(s, reference="LED-600", designation="Luminaire LED 600×600",
                                 unit_price=Decimal("89.90"))
        quote = repo.create_draft(s, contact_id, NOW)
        repo.replace_sections(s, quote.id, LINES, NOW, product_ids={(0, 0): product.id})
        quote_id, product_id = quote.id, product.id
    with sessions() as s:
        edited = editing.load_for_editing(s, quote_id)
    assert (edited.status, edited.kind, edited.number) == ("draft", "quote", "")
    assert (edited.client_name, edited.company_name) == ("Claire Dupont", "Boulangerie Dupont")
    assert edited.sections == LINES and edited.product_ids == {(0, 0): product_id}
    assert set(edited.header) == set(editing.HEADER_FIELDS) and edited.header["payment_terms"] == "30 jours fin de mois"
    with sessions() as s, pytest.raises(repo.QuoteNotFoundError):
        editing.load_for_editing(s, quote_id + 1000)


def test_a_saved_draft_keeps_its_header_and_lines_then_finalises_with_the_pattern(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        quote_id = repo.create_draft(s, contact_id, NOW).id
    header = {"title": "Devis relamping", "validity_date": date(2026, 5, 1), "global_discount_percent": Decimal("5"),
              "print_cgv": False}
    sections = (Section("Pose", (QuoteLine("Pose de spots", Decimal("3"), Decimal("52.50")),)),)
    with sessions.begin() as s:
        ttc = editing.save_draft(s, quote_id, header, sections, {}, NOW + timedelta(minutes=5))
    assert ttc == Decimal("179.54")  # 157.50 less the 7.88 discount = 149.62 HT, + 29.92 VAT
    with sessions() as s:
        edited = editing.load_for_editing(s, quote_id)
        assert edited.header["title"] == "Devis relamping" and edited.header["print_cgv"] is False
        assert edited.sections == sections
    with sessions.begin() as s:
        assert editing.finalise_draft(s, quote_id, NOW, "fr", pattern="DEV{YY}-{NNN}") == "DEV26-001"
    with sessions.begin() as s, pytest.raises(repo.QuoteFrozenError):
        editing.save_draft(s, quote_id, header, sections, {}, NOW)
    with sessions.begin() as s:
        version_id = editing.new_version(s, quote_id, NOW)
    with sessions() as s:
        assert editing.load_for_editing(s, version_id).number == "DEV26-001-v2"


def test_finalising_an_incomplete_draft_names_what_is_missing(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        quote_id = draft_with_lines(s, make_world(s, complete_seller=False)).id
    with sessions.begin() as s, pytest.raises(repo.LegalIncompleteError) as refused:
        editing.finalise_draft(s, quote_id, NOW, "fr")
    assert refused.value.issues
    with sessions() as s:
        assert repo.get_quote(s, quote_id).number is None


def test_the_catalogue_is_searched_and_a_product_becomes_a_line(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        led = create_product(s, reference="LED-600", designation="Dalle LED", unit_price=Decimal("89.90"),
                             unit="pièce")
        create_product(s, reference="DET-1", designation="Détecteur de présence", unit_price=Decimal("34.50"))
        led_id = led.id
    with sessions() as s:
        assert editing.catalogue(s, "led") == [(led_id, "LED-600", "Dalle LED", "89.90")]
        assert [row[1] for row in editing.catalogue(s)] == ["DET-1", "LED-600"]
        line = editing.product_quote_line(s, led_id)
        assert (line.designation, line.unit_price, line.unit, line.quantity) == (
            "Dalle LED", Decimal("89.90"), "pièce", Decimal(1))
        with pytest.raises(LookupError):
            editing.product_quote_line(s, led_id + 1000)


def test_the_quotes_list_actions_create_accept_refuse_and_follow_an_acceptance(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        s.get_one(Contact, contact_id).owner_id = None
        s.add(User(name="Marc Petit", email="marc@atelier-lumiere.fr"))
    with sessions.begin() as s:
        created = editing.create_quote(s, contact_id, NOW, me="MARC@atelier-lumiere.fr")
        repo.replace_sections(s, created, LINES, NOW)
        refused = draft_with_lines(s, contact_id).id
    with sessions() as s:
        assert s.get_one(User, repo.get_quote(s, created).owner_id).name == "Marc Petit"
        assert editing.template_and_language(s, created) == ("classic", "fr")
    with sessions.begin() as s:
        for quote_id in (created, refused):
            repo.finalise(s, quote_id, NOW)
            repo.set_status(s, quote_id, "sent", NOW)
        editing.accept_on_paper(s, created, NOW + timedelta(days=1), "Claire Dupont")
        editing.refuse(s, refused, NOW + timedelta(days=1))
    with sessions.begin() as s:
        order = editing.purchase_order(s, created, NOW + timedelta(days=2))
        amendment = editing.amendment(s, created, NOW + timedelta(days=2))
    with sessions() as s:
        accepted = repo.get_quote(s, created)
        assert (accepted.status, accepted.acceptance_name) == ("accepted", "Claire Dupont")
        assert repo.get_quote(s, refused).status == "refused"
        assert (repo.get_quote(s, order).kind, repo.get_quote(s, order).status) == ("purchase_order", "accepted")
        assert (repo.get_quote(s, amendment).kind, repo.get_quote(s, amendment).status) == ("amendment", "draft")
        assert any("Bon de commande" in a.subject for a in timeline(s, contact_id))


def test_a_deleted_draft_comes_back_whole_under_its_id(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        product = create_product(s, reference="LED-600", designation="Dalle", unit_price=Decimal("89.90"))
        quote = repo.create_draft(s, contact_id, NOW)
        repo.replace_sections(s, quote.id, LINES, NOW, product_ids={(0, 0): product.id})
        quote_id, ttc = quote.id, quote.total_ttc
    with sessions.begin() as s:
        snapshot = editing.delete_draft(s, quote_id, NOW)
    with sessions() as s:
        assert s.get(Quote, quote_id) is None
    with sessions.begin() as s:
        assert editing.restore_draft(s, snapshot, NOW) == quote_id
    with sessions() as s:
        edited = editing.load_for_editing(s, quote_id)
        assert edited.sections == LINES and edited.product_ids == {(0, 0): product.id}
        assert repo.get_quote(s, quote_id).total_ttc == ttc
    with sessions.begin() as s:
        repo.finalise(s, quote_id, NOW)
    with sessions.begin() as s, pytest.raises(repo.QuoteFrozenError):
        editing.delete_draft(s, quote_id, NOW)


def test_a_stored_quote_is_printable_with_the_sellers_logo_written_once(sessions: sessionmaker[Session],
                                                                        tmp_path: Path) -> None:
    from desktop.services.pdf.stored_quote import printable_quote, stored_quote_document

    with sessions.begin() as s:
        quote_id = draft_with_lines(s, make_world(s)).id
        repo.update_draft(s, quote_id, {"template": "modern", "language": "en"}, NOW)
    with sessions() as s:
        without = stored_quote_document(s, quote_id, tmp_path, date(2026, 3, 12))
    assert without.seller.logo_path is None and without.issue_date == date(2026, 3, 12)
    with sessions.begin() as s:
        s.query(SellerIdentity).one().logo = PNG
    with sessions() as s:
        printable = printable_quote(s, quote_id, tmp_path, date(2026, 3, 12))
        again = stored_quote_document(s, quote_id, tmp_path, None)
    assert (printable.template, printable.language) == ("modern", "en")
    logo = Path(printable.document.seller.logo_path or "")
    assert logo.parent == tmp_path / "assets" and logo.suffix == ".png" and logo.read_bytes() == PNG
    assert again.seller.logo_path == str(logo) and len(list((tmp_path / "assets").iterdir())) == 1
    assert printable.document.client.name
