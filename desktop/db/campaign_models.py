"""Models of phoning campaigns (call lists worked in calling sessions) and of email campaigns.

Phoning: ``phoning_campaigns`` holds the name, goal, script (rich text), owner, the smart query that fed it
(``keep_feeding``: a dynamic query adds its new members each time the campaign is opened), the retry delays
and the status. ``phoning_members`` is the call list: one row per contact with its state (``todo``, ``done``),
attempts, when it is due again (``next_call_at``), its heat (``priority``, refreshed from tracking and the
follow-up score) and the claim of the salesperson calling it (``claimed_by`` until ``claim_expires_at``).
``phoning_calls`` logs every outcome (who, when, outcome, duration, note): the statistics read it.

Email: ``email_campaigns`` (query, template, sender, throttle per minute and per day, status) and
``email_campaign_recipients`` (one row per contact: ``pending`` until handed to the outbox, ``queued`` with
its outbox row, or ``excluded`` with the reasons, checked again at the moment of sending).

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow

CAMPAIGN_STATES = ("draft", "active", "paused", "done")
MEMBER_STATES = ("todo", "done")
OUTCOMES = ("interested", "not_interested", "voicemail", "no_answer", "wrong_number", "callback", "do_not_call")
EMAIL_CAMPAIGN_STATES = ("draft", "sending", "paused", "done")
RECIPIENT_STATES = ("pending", "queued", "excluded")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class PhoningCampaign(Base):
    """A call list with its script, owner, feeding query and retry delays."""

    __tablename__ = "phoning_campaigns"
    __table_args__ = (CheckConstraint(_in("status", CAMPAIGN_STATES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    script: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    query_id: Mapped[int | None] = mapped_column(ForeignKey("smart_queries.id", ondelete="SET NULL"))
    keep_feeding: Mapped[bool] = mapped_column(Boolean, default=False)
    no_answer_delay_minutes: Mapped[int] = mapped_column(default=240)
    voicemail_delay_minutes: Mapped[int] = mapped_column(default=1440)
    max_attempts: Mapped[int] = mapped_column(default=5)
    status: Mapped[str] = mapped_column(String(10), default="active")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    fed_at: Mapped[datetime | None]


class PhoningMember(Base):
    """One contact of a call list: its state, attempts, next call, heat and claim."""

    __tablename__ = "phoning_members"
    __table_args__ = (
        CheckConstraint(_in("state", MEMBER_STATES), name="state"),
        UniqueConstraint("campaign_id", "contact_id"),
        Index("ix_phoning_members_queue", "campaign_id", "state", "priority"),
        Index("ix_phoning_members_contact_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("phoning_campaigns.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(8), default="todo")
    priority: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    next_call_at: Mapped[datetime | None]
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claim_expires_at: Mapped[datetime | None]
    last_outcome: Mapped[str | None] = mapped_column(String(20))
    last_called_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class PhoningCall(Base):
    """One recorded call outcome (the statistics read this log)."""

    __tablename__ = "phoning_calls"
    __table_args__ = (
        CheckConstraint(_in("outcome", OUTCOMES), name="outcome"),
        Index("ix_phoning_calls_campaign_time", "campaign_id", "called_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("phoning_campaigns.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    called_at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome: Mapped[str] = mapped_column(String(20))
    duration_seconds: Mapped[int | None]
    callback_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)


class EmailCampaign(Base):
    """A one-to-one style mailing from a smart query and an email template, sent through the outbox."""

    __tablename__ = "email_campaigns"
    __table_args__ = (CheckConstraint(_in("status", EMAIL_CAMPAIGN_STATES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    query_id: Mapped[int | None] = mapped_column(ForeignKey("smart_queries.id", ondelete="SET NULL"))
    template: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500), default="")
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    per_minute: Mapped[int] = mapped_column(default=20)
    per_day: Mapped[int] = mapped_column(default=500)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    recipient_count: Mapped[int] = mapped_column(default=0)
    queued_count: Mapped[int] = mapped_column(default=0)
    excluded_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    # The campaign's anonymous pixel for recipients not tracked one by one: one token for all of them
    # (no contact key, no address nor agent stored by the tracker), for an aggregate open rate only.
    aggregate_token: Mapped[str | None] = mapped_column(String(64))


class EmailCampaignRecipient(Base):
    """One contact of an email campaign: pending, queued in the outbox, or excluded (with the reasons)."""

    __tablename__ = "email_campaign_recipients"
    __table_args__ = (
        CheckConstraint(_in("state", RECIPIENT_STATES), name="state"),
        UniqueConstraint("campaign_id", "contact_id"),
        Index("ix_email_campaign_recipients_state", "campaign_id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("email_campaigns.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"), index=True)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    reasons: Mapped[list[str] | None] = mapped_column(JSON)
    queued_at: Mapped[datetime | None]
