"""Models of the outbox (messages waiting to be sent) and of the tracking events read from the tracker.

``outbox``: one row per message with its fixed Message-ID; its exact bytes live in ``outbox_payloads``
(a state change then rewrites a small row, not the whole message). States:

- ``queued``: waiting (``next_attempt_at`` empty or due; ``last_error`` says why it waits, e.g. the
  tracker is unreachable);
- ``registering`` / ``sending``: in flight, claimed by a sender in its own committed transaction
  (``claimed_at``); a crash leaves at most this one message to send again;
- ``sent``; ``failed_temporary`` (retried at ``next_attempt_at``, ``attempts`` so far);
  ``failed_permanent`` (``last_error`` holds the server's words); ``paused`` (a quota error or a
  refused login stopped sending until ``next_attempt_at`` or a manual resume).

A message may reach some recipients and not others: ``delivered_to`` lists those that have it (``sent_at``
is its first delivery), ``refused`` those the server refused, each with ``code``, ``words`` and
``permanent``. A ``sent`` message with refusals was delivered in part; a ``failed_temporary`` one with
``delivered_to`` waits to retry its temporarily refused recipients only. ``lost_replies`` counts the
connections lost after the whole message was handed over, before the server's reply; a
``failed_permanent`` message with ``lost_replies`` may have been delivered (:attr:`OutboxMessage.maybe_delivered`).

``sent_copy_state`` follows the copy filed in the sender's Sent folder (:mod:`desktop.services.mail.sent_copy`):
NULL (none wanted: the local folder, or a server that files its own), ``pending`` (at ``sent_copy_next_at`` when
an attempt failed), ``done``, or ``failed`` after ``sent_copy_attempts`` (``sent_copy_error`` says why). It
never changes the message's own state.

``tracking_events``: every tracking event of the tracker's feed, once (``event_id`` is unique, so several desktops
on one PostgreSQL database ingest the same feed without duplicates). ``tracker_cursor``: the feed cursor
per tracker URL.

Imported at the bottom of :mod:`desktop.db.models`, so ``Base.metadata`` (and Alembic) see these tables.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.models import Base, utcnow

OUTBOX_STATES = ("queued", "registering", "sending", "sent", "failed_temporary", "failed_permanent", "paused")
IN_FLIGHT = ("registering", "sending")
#: Kinds stored in ``tracking_events`` (its CHECK constraint; a PDF opened or downloaded is a ``view`` whose
#: ``link_id`` is ``"pdf"``).
TRACKING_KINDS = ("open", "click", "view", "accept", "unsubscribe")
#: Answers about tracking (the consent page's Yes/No, the withdrawal link): kept as consent records.
ANSWER_KINDS = ("consent", "withdraw")
#: Every kind of the tracker's feed the desktop knows.
EVENT_KINDS = TRACKING_KINDS + ANSWER_KINDS
VERDICTS = ("human", "machine", "unknown")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class OutboxMessage(Base):
    """One outgoing message and its delivery state."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_in("state", OUTBOX_STATES), name="state"),
        Index("ix_outbox_state_due", "state", "next_attempt_at"),
        Index("ix_outbox_sent_copy_due", "sent_copy_state", "sent_copy_next_at"),
        Index("ix_outbox_delivery_untold", "delivery_told_at", "sent_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    sender: Mapped[str] = mapped_column(String(320))
    recipients: Mapped[list[str]] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_code: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    token: Mapped[str | None] = mapped_column(String(64), unique=True)
    links: Mapped[dict[str, Any] | None]
    tracker_quote: Mapped[dict[str, Any] | None]
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    delivered_to: Mapped[list[str] | None] = mapped_column(JSON)
    refused: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    lost_replies: Mapped[int] = mapped_column(default=0, server_default="0")
    # The message carries the pixel and tracked links (its contact's consent allowed it); False: only the
    # online quote (or nothing); None: queued before schema 0011 (its token meant a pixel).
    individual_tracking: Mapped[bool | None] = mapped_column(Boolean)
    # The campaign's anonymous pixel the message carries (registered with the tracker before sending).
    aggregate_token: Mapped[str | None] = mapped_column(String(64))
    # The copy in the sender's Sent folder (schema 0012).
    sent_copy_state: Mapped[str | None] = mapped_column(String(10))
    sent_copy_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    sent_copy_next_at: Mapped[datetime | None]
    sent_copy_error: Mapped[str | None] = mapped_column(Text)
    # When the tracker heard of the delivery (schema 0015); empty for a sent, tracked message: told again later.
    delivery_told_at: Mapped[datetime | None]
    # The invoice the message carries (schema 0018): marked sent when the server accepts the message.
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="SET NULL"), index=True)

    @property
    def maybe_delivered(self) -> bool:
        """Given up after connections lost before the server's final reply: the message may have arrived."""
        return self.state == "failed_permanent" and self.lost_replies > 0


class OutboxPayload(Base):
    """The exact bytes of an outbox message, apart from its row so that state changes never rewrite them."""

    __tablename__ = "outbox_payloads"
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True,
                                           autoincrement=False)
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class TrackingEvent(Base):
    """One event of the tracker's feed (open, click, view, accept, unsubscribe) with its verdict."""

    __tablename__ = "tracking_events"
    __table_args__ = (
        CheckConstraint(_in("kind", TRACKING_KINDS), name="kind"),
        CheckConstraint(_in("verdict", VERDICTS), name="verdict"),
        Index("ix_tracking_events_kind_ts_quote_verdict", "kind", "ts", "quote_id", "verdict"),  # 0020
        Index("ix_tracking_events_quote_kind_verdict", "quote_id", "kind", "verdict"),  # 0021
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    token: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    ts: Mapped[datetime]
    verdict: Mapped[str] = mapped_column(String(8))
    reasons: Mapped[list[str]] = mapped_column(JSON)
    link_id: Mapped[str | None] = mapped_column(String(64))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    full_name: Mapped[str | None] = mapped_column(String(200))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class TrackerCursor(Base):
    """Where this team's reading of one tracker's feed has got to."""

    __tablename__ = "tracker_cursor"
    tracker: Mapped[str] = mapped_column(String(300), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(32), default="0")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
