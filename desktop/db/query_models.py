"""Models of saved smart queries (requêtes) and of the frozen members of static ones.

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow


class SmartQuery(Base):
    """A saved query: its JSON spec, static (frozen members) or dynamic (evaluated on every use)."""

    __tablename__ = "smart_queries"
    __table_args__ = (CheckConstraint("kind in ('static', 'dynamic')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="dynamic")
    spec: Mapped[str] = mapped_column(Text)
    shipped_key: Mapped[str | None] = mapped_column(String(60), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    member_count: Mapped[int | None]
    last_evaluated_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SmartQueryMember(Base):
    """One contact frozen in a static query."""

    __tablename__ = "smart_query_members"
    __table_args__ = (Index("ix_smart_query_members_contact_id", "contact_id"),)
    query_id: Mapped[int] = mapped_column(ForeignKey("smart_queries.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
