"""The consent records: every answer a contact gave about the tracking of their emails, kept as proof.

``consent_records`` is append-only: one row per answer with its state (``given``, ``refused``, ``withdrawn``,
``informed``), when it was given (``at``), how (``method``: ``online_form``, ``email_link``, ``salesperson``,
``import``, ``migration``), the exact text the person was shown (``text``), where it came from (``source``:
the truncated network of an online answer, the imported file, the salesperson's channel), the salesperson's
note and who recorded it. The contact's current state (``contacts.tracking_consent_state``) is that of its
record with the latest ``at`` (then the highest id), so an answer that arrives late changes history, not the
present. ``event_id`` is the tracker's event that carried an online answer (unique: several desktops reading
one feed store it once); ``synced_at`` is when the tracker was told of an answer given elsewhere (see
:func:`desktop.db.consent.pending_sync`).

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see the table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow

RECORD_STATES = ("given", "refused", "withdrawn", "informed")
METHODS = ("online_form", "email_link", "salesperson", "import", "migration")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class ConsentRecord(Base):
    """One answer of a contact about tracking, with its proof."""

    __tablename__ = "consent_records"
    __table_args__ = (
        CheckConstraint(_in("state", RECORD_STATES), name="state"),
        CheckConstraint(_in("method", METHODS), name="method"),
        Index("ix_consent_records_contact_at", "contact_id", "at"),
        Index("ix_consent_records_unsynced", "synced_at", "contact_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(12))
    method: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    event_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    token: Mapped[str | None] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    synced_at: Mapped[datetime | None]
