"""Fixtures of the mail and tracking integration tests: a quote ready to send, a clock moved by hand (the real
SMTP server and tracker fixtures, ``smtp_server`` and ``live_tracker``, live in ``tests/support/servers.py``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.models import Company, Contact, Opportunity, SellerIdentity
from desktop.db.quote_models import Quote
from desktop.services.mail.quote_mail import SenderIdentity
from tests.support.servers import (  # noqa: F401 - re-exported for the tests of this folder
    HUMAN_UA,
    Received,
    ScriptedHandler,
    SmtpServer,
    free_port,
    start_tracker,
)

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SENDER = SenderIdentity("Claire Martin", "claire.martin@vendeur.example", "Claire Martin\nVendeur SARL")


class FakeClock:
    """A clock the tests move by hand (aware UTC)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def add_quote(sessions: sessionmaker[DbSession], *, email: str = "marie.durand@client.example",
              is_consumer: bool = False,
              consent: bool | None = None, number: str = "D-2026-0042", with_opportunity: bool = True) -> int:
    """A finalised quote for a contact of a company, with an open opportunity; returns the quote id.

    ``consent`` is the contact's answer about tracking (True given, False refused, None never asked), written as
    the consent repository keeps it: the state and its boolean cache.
    """
    with sessions.begin() as session:
        if session.get(SellerIdentity, 1) is None:
            session.add(SellerIdentity(id=1, legal_name="Vendeur SARL"))
        company = Company(legal_name="Client SA")
        contact = Contact(first_name="Marie", last_name="Durand", civility="Mme", email=email, company=company,
                          is_consumer=is_consumer, tracking_consent=consent,
                          tracking_consent_state={True: "given", False: "refused", None: "not_asked"}[consent])
        session.add(contact)
        session.flush()
        opportunity = Opportunity(title="Projet", contact_id=contact.id) if with_opportunity else None
        if opportunity is not None:
            session.add(opportunity)
            session.flush()
        quote = Quote(number=number, version=1, status="finalised", contact_id=contact.id, company_id=company.id,
                      opportunity_id=opportunity.id if opportunity else None, issue_date=date(2026, 3, 10),
                      validity_date=date(2026, 4, 9), total_ht=Decimal("1000.00"), total_vat=Decimal("200.00"),
                      total_ttc=Decimal("1200.00"))
        session.add(quote)
        session.flush()
        return quote.id


def html_part(message: EmailMessage) -> str:
    body = message.get_body(("html",))
    assert body is not None
    content: Any = body.get_content()
    return str(content)


def text_part(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())
