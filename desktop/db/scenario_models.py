"""Models of follow-up scenarios: the scenario, its ordered steps, the enrolled contacts and each step's run.

- ``scenarios``: a name, the dynamic smart query that triggers it, re-entry, one switch per stop rule, the
  sending window (ISO weekdays ``"12345"``, minutes of the day, default time zone) and a status.
- ``scenario_steps``: ordered by ``position``; ``kind`` and JSON ``params``; a condition's branches name the
  position to go to (``yes_position`` / ``no_position``; empty: the next step).
- ``scenario_enrolments``: one contact in one scenario; ``iteration`` counts re-entries, so
  (scenario, contact, iteration) is unique and a scenario without re-entry only ever uses iteration 1.
- ``scenario_step_runs``: one row per step an enrolment reaches; ``iteration`` is the enrolment's
  ``run_count`` when the step was reached, so UNIQUE(enrolment, step, iteration) is what makes two runners
  (even one reading a stale enrolment) unable to run a step twice. A runner claims a row (``claimed_by`` until
  ``claimed_until``) and sets ``done_at`` in the transaction that applies the step.
- ``mail_replies``: replies found in the IMAP mailbox, once each (Message-ID unique), matched to a contact.

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow

SCENARIO_STATUSES = ("draft", "active", "paused")
ENROLMENT_STATES = ("active", "stopped", "finished")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class Scenario(Base):
    """A follow-up scenario: trigger, stop rules, sending window and status."""

    __tablename__ = "scenarios"
    __table_args__ = (CheckConstraint(_in("status", SCENARIO_STATUSES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    query_id: Mapped[int | None] = mapped_column(ForeignKey("smart_queries.id", ondelete="SET NULL"))
    allow_reentry: Mapped[bool] = mapped_column(Boolean, default=False)
    stop_on_quote: Mapped[bool] = mapped_column(Boolean, default=True)
    stop_on_opportunity: Mapped[bool] = mapped_column(Boolean, default=True)
    stop_on_reply: Mapped[bool] = mapped_column(Boolean, default=True)
    stop_on_unsubscribe: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_manual_stop: Mapped[bool] = mapped_column(Boolean, default=True)
    window_days: Mapped[str] = mapped_column(String(7), default="12345")
    window_start_minute: Mapped[int] = mapped_column(default=8 * 60)
    window_end_minute: Mapped[int] = mapped_column(default=19 * 60)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    triggered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ScenarioStep(Base):
    """One step of a scenario."""

    __tablename__ = "scenario_steps"
    __table_args__ = (UniqueConstraint("scenario_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenarios.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    yes_position: Mapped[int | None]
    no_position: Mapped[int | None]


class Enrolment(Base):
    """One contact going through one scenario."""

    __tablename__ = "scenario_enrolments"
    __table_args__ = (
        CheckConstraint(_in("state", ENROLMENT_STATES), name="state"),
        UniqueConstraint("scenario_id", "contact_id", "iteration"),
        Index("ix_scenario_enrolments_due", "state", "next_run_at"),
        Index("ix_scenario_enrolments_contact_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenarios.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    iteration: Mapped[int] = mapped_column(default=1)
    position: Mapped[int | None]  # the current step; None once finished or stopped
    state: Mapped[str] = mapped_column(String(10), default="active")
    next_run_at: Mapped[datetime | None]
    stop_reason: Mapped[str | None] = mapped_column(String(20))
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    run_count: Mapped[int] = mapped_column(default=0)  # steps done so far: the iteration of the next step run
    matched: Mapped[bool] = mapped_column(Boolean, default=True)  # False once the contact left the trigger query


class StepRun(Base):
    """One step reached by one enrolment: claimed by a runner, then done (exactly once)."""

    __tablename__ = "scenario_step_runs"
    __table_args__ = (UniqueConstraint("enrolment_id", "step_id", "iteration"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("scenario_enrolments.id", ondelete="CASCADE"))
    step_id: Mapped[int] = mapped_column(ForeignKey("scenario_steps.id", ondelete="CASCADE"), index=True)
    iteration: Mapped[int] = mapped_column(default=1)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(40))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))


class MailReply(Base):
    """A reply found in the mailbox, matched to a contact (and to the message it answers when known)."""

    __tablename__ = "mail_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    matched_by: Mapped[str] = mapped_column(String(12))  # "headers" or "thread"
    received_at: Mapped[datetime]
