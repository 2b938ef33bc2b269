"""SQLAlchemy 2 typed models of Relance.

Every table has an integer primary key. Contacts and companies are deleted softly
(``deleted_at``) so that a deletion can be undone; every query of live rows filters on it.
``contacts.search_text`` holds the folded words searched as you type (name, company, emails,
phones, city); on SQLite an FTS5 index over it (created by the migration) answers searches.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.db.types import TRIGGER_KEPT, Money, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware (default for created/updated columns)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), Decimal: Money(),
                                                     dict[str, Any]: JSON()}


contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tags_contact_id", "contact_id"),
)

company_tags = Table(
    "company_tags",
    Base.metadata,
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Column("company_id", ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_company_tags_company_id", "company_id"),
)


class User(Base):
    """A salesperson."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    signature: Mapped[str | None] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SellerIdentity(Base):
    """The seller's own company: one row, shared by the team."""

    __tablename__ = "seller_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str | None] = mapped_column(String(60))
    share_capital: Mapped[Decimal | None]
    siret: Mapped[str | None] = mapped_column(String(14))
    rcs_city: Mapped[str | None] = mapped_column(String(100))
    registry_kind: Mapped[str] = mapped_column(String(3), default="RCS", server_default="RCS")  # RCS | RM
    vat_number: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    cgv: Mapped[str | None] = mapped_column(Text)
    validity_days: Mapped[int] = mapped_column(default=30)
    payment_terms: Mapped[str | None] = mapped_column(String(300))
    vat_exemption_mention: Mapped[str | None] = mapped_column(String(200))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Schema 0017: the late-payment penalty rate (« trois fois le taux d'intérêt légal ») and, for the building
    # trades, the decennial insurance printed on every quote.
    late_payment_rate: Mapped[str | None] = mapped_column(String(200))
    building_trade: Mapped[bool] = mapped_column(default=False, server_default=false())
    decennial_insurer: Mapped[str | None] = mapped_column(String(200))
    decennial_coverage: Mapped[str | None] = mapped_column(String(300))
    decennial_area: Mapped[str | None] = mapped_column(String(200))


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class Company(Base):
    """An account: a company with its contacts."""

    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200), index=True)
    legal_form: Mapped[str | None] = mapped_column(String(60))
    siret: Mapped[str | None] = mapped_column(String(14), index=True)
    vat_number: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    website: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(32))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None]

    contacts: Mapped[list[Contact]] = relationship(back_populates="company")
    tags: Mapped[list[Tag]] = relationship(secondary=company_tags)


class Contact(Base):
    """A person we sell to: prospect or client."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("status in ('prospect', 'client')", name="status"),
        # The names' index with the search words (ix_contacts_name_walk) is migration 0024's: its shape differs by
        # backend (PostgreSQL: live contacts only, the words INCLUDEd).
        Index("ix_contacts_latest_quote_sent", "latest_quote_sent_at", "deleted_at"),
        Index("ix_contacts_tracking_key", "tracking_key", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str | None] = mapped_column(String(10))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    job_title: Mapped[str | None] = mapped_column(String(150))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    email2: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(100))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="prospect")
    is_consumer: Mapped[bool] = mapped_column(Boolean, default=False)
    # The consent to tracking: its state (desktop.core.consent.ConsentState) is the latest of its records
    # (consent_models.ConsentRecord), and the boolean the explicit answer kept beside it for the readers of
    # old (True given, False refused or withdrawn, None otherwise); both written by desktop.db.consent only.
    tracking_consent: Mapped[bool | None] = mapped_column(Boolean)
    # a server default only: Core inserts at older schemas (migration tests) name no column 0011 adds
    tracking_consent_state: Mapped[str] = mapped_column(String(12), server_default="not_asked")
    # The opaque key the tracker groups this contact's messages by (random, never derived from who it is).
    tracking_key: Mapped[str | None] = mapped_column(String(32))
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_email: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None]
    # The latest quote sent to this contact (greatest sent_at, then greatest id), kept by database triggers
    # on quotes (migration 0008) for smart queries: never written by the application.
    latest_quote_id: Mapped[int | None] = mapped_column(index=True, info=TRIGGER_KEPT)
    latest_quote_sent_at: Mapped[datetime | None] = mapped_column(info=TRIGGER_KEPT)
    # How many of this contact's opportunities have no result yet, kept by database triggers on opportunities
    # (migration 0022) for the smart queries' "opportunity without result": never written by the application.
    open_opportunities: Mapped[int] = mapped_column(server_default="0", info=TRIGGER_KEPT)

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    owner: Mapped[User | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class CustomField(Base):
    """A typed field the team adds to contacts or companies."""

    __tablename__ = "custom_fields"
    __table_args__ = (
        UniqueConstraint("entity", "name"),
        CheckConstraint("entity in ('contact', 'company')", name="entity"),
        CheckConstraint("kind in ('text', 'number', 'date', 'choice')", name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10))
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)


class _FieldValue:
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(18, 6, asdecimal=True))
    value_date: Mapped[date | None] = mapped_column(Date)


class ContactFieldValue(_FieldValue, Base):
    __tablename__ = "contact_field_values"
    __table_args__ = (UniqueConstraint("contact_id", "field_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id", ondelete="CASCADE"), index=True)


class CompanyFieldValue(_FieldValue, Base):
    __tablename__ = "company_field_values"
    __table_args__ = (UniqueConstraint("company_id", "field_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id", ondelete="CASCADE"), index=True)


class Activity(Base):
    """One entry of a timeline: a note, a call, an email, a quote event."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_contact_time", "contact_id", "occurred_at"),
        Index("ix_activities_company_time", "company_id", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    payload: Mapped[dict[str, Any] | None]

    author: Mapped[User | None] = relationship()


class Opportunity(Base):
    """A deal; its result is won, lost or empty (still open)."""

    __tablename__ = "opportunities"
    __table_args__ = (CheckConstraint("result is null or result in ('won', 'lost')", name="result"),
                      Index("ix_opportunities_result_contact", "result", "contact_id"),
                      Index("ix_opportunities_closed", "closed_at", "result", "owner_id", "amount"))  # 0020
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal | None]
    stage: Mapped[str] = mapped_column(String(30), default="qualification")
    result: Mapped[str | None] = mapped_column(String(4))
    expected_close_date: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


from desktop.db import campaign_models as campaign_models  # noqa: E402  (registers the campaign tables)
from desktop.db import consent_models as consent_models  # noqa: E402  (registers the consent records)
from desktop.db import invoice_models as invoice_models  # noqa: E402  (registers the invoice tables)
from desktop.db import outbox_models as outbox_models  # noqa: E402  (registers the outbox and tracking tables)
from desktop.db import query_models as query_models  # noqa: E402  (registers the smart-query tables)
from desktop.db import quote_models as quote_models  # noqa: E402  (registers the quote tables on Base)
from desktop.db import scenario_models as scenario_models  # noqa: E402  (registers the scenario tables)
from desktop.db import signature_models as signature_models  # noqa: E402  (registers the online signatures)
