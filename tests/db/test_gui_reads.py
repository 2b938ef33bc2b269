"""The database work the shell and the kit hand to db/ and services/ (the GUI names no ORM class): soft
deletion of contacts and companies by kind, and the words of a tracking notification; on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.models import Company, Contact
from desktop.db.quote_models import Quote
from desktop.db.soft_delete import set_records_deleted
from desktop.services.tracking.describe import describe_notifications
from desktop.services.tracking.ingest import Notification

NOW = datetime(2026, 12, 2, 14, 22, tzinfo=UTC)


def test_contacts_and_companies_are_deleted_and_restored_by_kind(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        company = Company(legal_name="Optique Fontaine", search_text="optique fontaine")
        s.add(company)
        s.flush()
        contact = Contact(first_name="Élise", last_name="Fontaine", company_id=company.id, search_text="elise fontaine")
        s.add(contact)
        s.flush()
        ids = (contact.id, company.id)
    with sessions.begin() as s:
        assert set_records_deleted(s, "contacts", [ids[0]], NOW) == 1
        assert set_records_deleted(s, "companies", [ids[1]], NOW) == 1
    with sessions() as s:
        assert s.get_one(Contact, ids[0]).deleted_at is not None
        assert s.get_one(Company, ids[1]).deleted_at is not None
    with sessions.begin() as s:
        assert set_records_deleted(s, "contacts", [ids[0]], None) == 1
    with sessions() as s:
        assert s.get_one(Contact, ids[0]).deleted_at is None and s.get_one(Company, ids[1]).deleted_at is not None
    with sessions.begin() as s, pytest.raises(ValueError):
        set_records_deleted(s, "quotes", [1], NOW)  # type: ignore[arg-type]


def test_a_notification_is_told_with_the_quote_number_and_the_contact(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        contact = Contact(first_name="Claire", last_name="Dupont", search_text="claire dupont")
        s.add(contact)
        s.flush()
        quote = Quote(number="D-2026-0042", version=2, status="sent", contact_id=contact.id,
                      issue_date=date(2026, 12, 1), validity_date=date(2026, 12, 31), total_ht=Decimal("100"),
                      total_vat=Decimal("20"), total_ttc=Decimal("120"))
        s.add(quote)
        s.flush()
        quote_id, contact_id = quote.id, contact.id
    told = [Notification("e1", "open", NOW, quote_id, None),  # the contact found through the quote
            Notification("e2", "accept", NOW, None, contact_id, full_name="C. Dupont"),
            Notification("e3", "view", NOW, quote_id + 1000, None)]  # a quote this desktop does not know
    with sessions() as s:
        described = describe_notifications(s, told)
    assert [(d.notification.event_id, d.number, d.contact) for d in described] == [
        ("e1", "D-2026-0042-v2", "Claire Dupont"), ("e2", "", "Claire Dupont"), ("e3", "", "")]
