"""Telling the tracker when the mail server accepted a tracked message: at once, and again until it heard it.

The sender tells the tracker right after recording a delivery (:func:`tell_delivered`); a tracker that cannot be
reached then never costs or repeats the send: the message keeps ``delivery_told_at`` empty, and each later run of
the sender tells the pending ones again (:func:`tell_pending`), for :data:`TELL_WITHIN` after the send (later,
the scanners' timing no longer matters). A tracker that does not know the message, or is too old for the call,
counts as told: asking again would not change its answer.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection, select, update

from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.outcomes import Claimed, transaction
from desktop.services.mail.transport import Delivery
from desktop.services.tracking.client import TrackerClient, TrackerUnavailable

log = logging.getLogger(__name__)

TELL_WITHIN = timedelta(days=2)
"""How long after its send a delivery the tracker missed is still told."""

BATCH = 50
_o = OutboxMessage.__table__.c


def _told(conn: Connection, outbox_id: int, now: datetime) -> None:
    with transaction(conn):
        conn.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(delivery_told_at=now))


def tell_delivered(conn: Connection, tracker: TrackerClient | None, claimed: Claimed, delivery: Delivery,
                   accepted_at: datetime) -> None:
    """Tell the tracker when the server first accepted a tracked message (again after a retry of the whole message;
    not when only a recipient refused before is retried: the others have it since the first acceptance).

    Never raises: the message is sent and recorded; a tracker that cannot be told now is told by
    :func:`tell_pending` later.
    """
    if claimed.token is None:
        return
    if claimed.delivered_to or not [r for r in claimed.envelope if r not in delivery.refused]:
        _told(conn, claimed.id, accepted_at)  # nothing new to tell (told before, or nobody accepted it)
        return
    if tracker is None:
        return
    try:
        tracker.delivered(claimed.token, accepted_at)
    except Exception as exc:
        log.warning("message %s: the tracker was not told when it was delivered (%s); told again later",
                    claimed.id, exc)
        return
    _told(conn, claimed.id, accepted_at)


def tell_pending(conn: Connection, tracker: TrackerClient | None, now: datetime) -> int:
    """Tell the tracker the deliveries it missed (sent within :data:`TELL_WITHIN`); returns how many it heard."""
    if tracker is None:
        return 0
    with transaction(conn):
        rows = conn.execute(select(_o.id, _o.token, _o.sent_at).where(
            _o.delivery_told_at.is_(None), _o.sent_at.is_not(None), _o.token.is_not(None),
            _o.sent_at >= now - TELL_WITHIN).order_by(_o.sent_at).limit(BATCH)).all()
    told = 0
    for row in rows:
        try:
            tracker.delivered(str(row.token), row.sent_at)
        except TrackerUnavailable:
            break  # still away: the next run tries again
        except Exception as exc:  # refused: asking again would not change its answer
            log.warning("message %s: the tracker refused its delivery time (%s)", row.id, exc)
        _told(conn, int(row.id), now)
        told += 1
    return told
