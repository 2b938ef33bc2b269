"""Telling the tracker the answers about tracking it did not see: a salesperson's, an import's, the migration's,
and joining a person's older messages to their key after a withdrawal on the tracker's own page.

The tracker enforces every refusal and withdrawal by itself from then on (no open nor click recorded for any
of the person's messages, even while this desktop is closed); :func:`push_answers` is called by the poller
after each page of the feed, in batches, until nothing is left to tell.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from desktop.core.retention import DEFAULT_MONTHS, months_before
from desktop.db.consent import mark_synced, pending_sync
from desktop.services.tracking.client import TrackerClient


def push_answers(sessions: sessionmaker[Session], client: TrackerClient, now: datetime, *,
                 retention_months: int = DEFAULT_MONTHS, batch: int = 200) -> int:
    """Tell the tracker one batch of answers it does not know yet.

    Args:
        sessions: The session factory.
        client: The tracker client.
        now: Current time.
        retention_months: Messages older than this are gone from the tracker: not listed.
        batch: Most contacts told at once (the tracker takes at most 500).

    Returns:
        How many contacts were told.

    Raises:
        TrackerUnavailable: The tracker could not be reached (the answers are told next time).
        TrackerRejected: It refused the request.
    """
    with sessions.begin() as session:  # keys made here are committed before the tracker hears of them
        pending = pending_sync(session, since=months_before(now, retention_months), now=now, limit=batch)
    if not pending:
        return 0
    client.sync_contacts([{"key": p.key, "tracking": "blocked" if p.blocked else "allowed", "at": p.at,
                           "tokens": p.tokens} for p in pending])
    with sessions.begin() as session:
        mark_synced(session, [(p.contact_id, p.up_to) for p in pending], now)
    return len(pending)
