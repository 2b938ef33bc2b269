"""Rows inserted in one go (desktop.db.bulk) on both backends: ids in order, defaults, types, the sequence after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import Table, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import contacts as repo
from desktop.db.bulk import insert_returning_ids
from desktop.db.contact_list import ContactFilter
from desktop.db.models import Company, Contact
from desktop.db.quote_models import Product
from desktop.services.exporter import filtered_contact_ids

CONTACTS = Contact.__table__
PARIS = timezone(timedelta(hours=1))


@pytest.fixture(autouse=True, params=["copy", "insert"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test on both paths: COPY (PostgreSQL, from one row up) and one INSERT (below the threshold)."""
    from desktop.db import bulk

    monkeypatch.setattr(bulk, "COPY_FROM", 1 if request.param == "copy" else 1_000_000)
    return str(request.param)


def _rows(n: int) -> list[dict[str, object]]:
    return [{"first_name": f"Prénom{i}", "last_name": f"Nom-{n - i:04d}", "email": f"p{i}@exemple.fr",
             "updated_at": datetime(2026, 12, 3, 9, 30, tzinfo=PARIS) + timedelta(minutes=i)} for i in range(n)]


def test_the_ids_come_back_in_the_order_of_the_rows(sessions: sessionmaker[Session]) -> None:
    rows = _rows(300)
    with sessions.begin() as s:
        ids = insert_returning_ids(s, CONTACTS, rows)  # type: ignore[arg-type]
    assert len(set(ids)) == 300
    with sessions() as s:
        stored = {i: name for i, name in s.execute(select(Contact.id, Contact.last_name))}
    assert [stored[i] for i in ids] == [r["last_name"] for r in rows]


def test_the_columns_left_out_take_their_defaults_and_the_given_times_keep_their_instant(
        sessions: sessionmaker[Session]) -> None:
    before = datetime.now(UTC)
    with sessions.begin() as s:
        [new] = insert_returning_ids(s, CONTACTS, _rows(1))  # type: ignore[arg-type]
    with sessions() as s:
        contact = s.get_one(Contact, new)
        assert contact.status == "prospect" and contact.do_not_email is False  # Python-side defaults
        assert contact.tracking_consent_state == "not_asked"  # the server's default
        assert contact.created_at >= before - timedelta(seconds=1)
        assert contact.updated_at == datetime(2026, 12, 3, 8, 30, tzinfo=UTC)


def test_money_goes_through_the_same_conversion_as_an_insert(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        [new] = insert_returning_ids(s, Product.__table__, [  # type: ignore[arg-type]
            {"reference": "POSE", "designation": "Pose", "unit_price": Decimal("1234.56")}])
    with sessions() as s:
        product = s.get_one(Product, new)
        assert product.unit_price == Decimal("1234.56") and product.vat_rate == "20" and product.active


def test_the_rows_are_found_by_the_list_search_and_later_inserts_get_new_ids(sessions: sessionmaker[Session]) -> None:
    rows = [{**r, "search_text": repo.contact_search_text(SimpleNamespace(  # type: ignore[arg-type]
                email2=None, phone=None, mobile=None, city=None, job_title=None, **r), None)}
            for r in _rows(3)]
    with sessions.begin() as s:
        ids = insert_returning_ids(s, CONTACTS, rows)  # type: ignore[arg-type]
        s.add(Contact(first_name="Hélène", last_name="Après", company=Company(legal_name="Suite SA")))
    with sessions() as s:
        later = s.scalar(select(Contact.id).where(Contact.last_name == "Après"))
        assert later is not None and later > max(ids)
        assert filtered_contact_ids(s, ContactFilter(text="nom-0002")) == [ids[1]]


def test_a_rolled_back_transaction_leaves_nothing(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(RuntimeError), sessions.begin() as s:
        insert_returning_ids(s, CONTACTS, _rows(50))  # type: ignore[arg-type]
        raise RuntimeError("the import was cancelled")
    with sessions() as s:
        assert s.scalars(select(Contact.id)).all() == []


def test_an_unknown_column_is_refused_before_anything_is_written(sessions: sessionmaker[Session]) -> None:
    table: Table = CONTACTS  # type: ignore[assignment]
    with sessions.begin() as s, pytest.raises(KeyError, match="nickname"):
        insert_returning_ids(s, table, [{"first_name": "A", "nickname": "x"}])


def test_json_and_bytes_are_stored_as_an_insert_stores_them(sessions: sessionmaker[Session]) -> None:
    from desktop.db.bulk import insert_many
    from desktop.db.models import Activity
    from desktop.db.outbox_models import OutboxMessage, OutboxPayload

    with sessions.begin() as s:
        [contact] = insert_returning_ids(s, CONTACTS, _rows(1))  # type: ignore[arg-type]
        insert_many(s, Activity.__table__, [  # type: ignore[arg-type]
            {"kind": "scenario", "subject": "Inscrit", "contact_id": contact, "occurred_at": datetime.now(UTC),
             "payload": {"scenario_id": 7, "étape": ["attendre", None]}}])
        [message] = insert_returning_ids(s, OutboxMessage.__table__, [  # type: ignore[arg-type]
            {"message_id": "<m1@vendeur.example>", "sender": "moi@vendeur.example",
             "recipients": ["a@exemple.fr", "b@exemple.fr"], "subject": "Devis", "state": "queued",
             "created_at": datetime.now(UTC), "links": {"pixel": "https://t.example/p"}}])
        insert_many(s, OutboxPayload.__table__, [{"outbox_id": message, "raw": b"\x00\xffSubject: Devis\r\n"}])  # type: ignore[arg-type]
    with sessions() as s:
        assert s.scalars(select(Activity.payload).where(Activity.contact_id == contact)).one() == {
            "scenario_id": 7, "étape": ["attendre", None]}
        row = s.get_one(OutboxMessage, message)
        assert row.recipients == ["a@exemple.fr", "b@exemple.fr"] and row.links == {"pixel": "https://t.example/p"}
        assert s.get_one(OutboxPayload, message).raw == b"\x00\xffSubject: Devis\r\n"
