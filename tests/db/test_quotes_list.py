"""The quotes view (filters, sort, totals of the kept rows) and the catalogue, on both backends."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.money import VatRate
from desktop.core.quotes import Section
from desktop.db import products
from desktop.db import quotes as repo
from desktop.db.quote_list import QuoteFilter, list_quotes
from tests.db.test_quotes import NOW, draft_with_lines, make_world


def test_filters_sort_and_totals_of_the_kept_rows(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        small = repo.create_draft(s, contact_id, NOW)
        line = products.line_from_product(products.create_product(
            s, reference="LED-600", designation="Dalle LED", unit_price=Decimal("100.00")), Decimal("2"))
        repo.replace_sections(s, small.id, (Section("", (line,)),), NOW)
        big = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW + timedelta(days=40))
        repo.set_status(s, big.id, "sent", NOW + timedelta(days=40))
        ids = small.id, big.id
    with sessions() as s:
        page = list_quotes(s, sort="total_ttc", descending=False)
        assert [r.id for r in page.rows] == list(ids) and page.count == 2
        assert page.total_ttc == Decimal("240.00") + Decimal("1872.60")
        assert page.total_ht == Decimal("200.00") + Decimal("1593.00")
        sent = list_quotes(s, QuoteFilter(statuses=("sent",)))
        assert [r.number for r in sent.rows] == ["D-2026-0001"] and sent.total_ttc == Decimal("1872.60")
        row = sent.rows[0]
        assert (row.contact_name, row.company_name, row.owner_name) == (
            "Claire Dupont", "Boulangerie Dupont", "Julie Martin")
        assert list_quotes(s, QuoteFilter(min_ttc=Decimal("300"))).count == 1
        assert list_quotes(s, QuoteFilter(max_ttc=Decimal("240.00"))).rows[0].id == ids[0]
        assert list_quotes(s, QuoteFilter(issued_from=date(2026, 4, 1), issued_to=date(2026, 4, 30))).count == 1
        assert list_quotes(s, QuoteFilter(contact_id=contact_id, owner_id=999_999)).count == 0
        company_id = repo.get_quote(s, ids[0]).company_id
        assert list_quotes(s, QuoteFilter(contact_id=contact_id, company_id=company_id)).count == 2
        empty = list_quotes(s, QuoteFilter(statuses=("accepted",)))
        assert (empty.count, empty.total_ttc, empty.rows) == (0, Decimal(0), [])
        assert [r.id for r in list_quotes(s, limit=1, offset=1, sort="created", descending=False).rows] == [ids[1]]
        with pytest.raises(ValueError, match="sort"):
            list_quotes(s, sort="nope")


def test_catalogue_crud_and_products_in_use_are_only_deactivated(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        used = products.create_product(s, reference="POS-H", designation="Pose", unit_price=Decimal("52.00"),
                                       vat_rate="10", unit="heure")
        spare = products.create_product(s, reference="DOC", designation="Dossier imprimé",
                                        unit_price=Decimal("12.00"), vat_rate="5,5")
        assert spare.vat_rate == "5.5"
        draft = repo.create_draft(s, contact_id, NOW)
        repo.replace_sections(s, draft.id, (Section("", (products.line_from_product(used, Decimal(3)),)),), NOW,
                              product_ids={(0, 0): used.id})
        repo.finalise(s, draft.id, NOW)
        products.update_product(s, used.id, {"unit_price": Decimal("55.00")})
        ids = used.id, spare.id, draft.id
    with sessions.begin() as s:
        assert [p.reference for p in products.list_products(s, text="pos")] == ["POS-H"]
        assert products.delete_product(s, ids[1]) is True
        assert products.delete_product(s, ids[0]) is False  # used on a frozen quote: deactivated
    with sessions() as s:
        assert products.list_products(s) == []
        assert [p.active for p in products.list_products(s, active_only=False)] == [False]
        line = repo.core_sections(repo.get_quote(s, ids[2]))[0].lines[0]
        assert (line.unit_price, line.vat) == (Decimal("52.00"), VatRate.INTERMEDIATE)  # the quote kept its price
        with pytest.raises(KeyError):
            products.update_product(s, ids[0], {"id": 3})


def test_totals_add_each_sale_once_not_replaced_versions_nor_purchase_orders(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact_id = make_world(s)
        first = repo.finalise(s, draft_with_lines(s, contact_id).id, NOW)  # 1 872,60 € TTC
        second = repo.new_version(s, first.id, NOW)  # the first version is replaced
        repo.finalise(s, second.id, NOW)
        repo.accept(s, second.id, NOW, full_name="Claire Dupont")
        repo.to_purchase_order(s, second.id, NOW)  # repeats the accepted quote
    with sessions() as s:
        page = list_quotes(s)
        assert page.count == 3 and page.counted == 1
        assert page.total_ttc == Decimal("1872.60")  # not three times
        superseded = list_quotes(s, QuoteFilter(statuses=("superseded",)))
        assert superseded.count == 1 and (superseded.counted, superseded.total_ttc) == (0, Decimal(0))
