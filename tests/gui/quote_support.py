"""A seller, a salesperson, a client and quotes for the quote GUI tests."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from desktop.core.money import VatRate
from desktop.core.quotes import QuoteLine, Section
from desktop.db import quotes as repo
from desktop.db.models import Company, Contact, SellerIdentity, User
from desktop.services.database import Database

LINES = (
    Section("Fournitures", (
        QuoteLine("Dalle LED 600×600", Decimal("12"), Decimal("89.90"), unit="pièce"),
        QuoteLine("Détecteur de présence", Decimal("4"), Decimal("34.50"), discount_percent=Decimal("10")),
    )),
    Section("Main-d'œuvre", (
        QuoteLine("Pose et raccordement", Decimal("7.5"), Decimal("52.00"), vat=VatRate.INTERMEDIATE),
    )),
)


def make_world(database: Database, *, complete_seller: bool = True) -> int:
    """The seller (complete or not), a salesperson, a company and a contact; the contact's id."""
    with database.sessions.begin() as session:
        seller = SellerIdentity(legal_name="Atelier Lumière", validity_days=30, payment_terms="30 jours fin de mois")
        if complete_seller:
            complete(seller)
        user = User(name="Julie Martin", email="julie@atelier-lumiere.fr")
        company = Company(legal_name="Boulangerie Dupont", city="Lyon", search_text="boulangerie dupont")
        session.add_all([seller, user, company])
        session.flush()
        contact = Contact(first_name="Claire", last_name="Dupont", civility="Mme", company_id=company.id,
                          owner_id=user.id, email="claire@dupont.fr", address="3 place Bellecour",
                          postal_code="69002", city="Lyon", search_text="claire dupont boulangerie")
        session.add(contact)
        session.flush()
        return contact.id


def complete(seller: SellerIdentity) -> None:
    seller.siret, seller.rcs_city = "73282932000074", "Lyon"
    seller.address, seller.postal_code, seller.city = "12 rue de la République", "69002", "Lyon"
    seller.email, seller.iban, seller.bic = "contact@atelier-lumiere.fr", "FR7630006000011234567890189", "AGRIFRPP"
    seller.cgv = "Article 1 – Objet."
    seller.legal_form, seller.share_capital, seller.vat_number = "SARL", Decimal("20000"), "FR44732829320"
    seller.late_payment_rate = "trois fois le taux d'intérêt légal"


def complete_seller(database: Database) -> None:
    with database.sessions.begin() as session:
        seller = session.query(SellerIdentity).one()
        complete(seller)


def make_quote(database: Database, contact_id: int, now: datetime, *, lines: bool = True) -> int:
    with database.sessions.begin() as session:
        quote = repo.create_draft(session, contact_id, now)
        if lines:
            repo.replace_sections(session, quote.id, LINES, now)
        return quote.id
