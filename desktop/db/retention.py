"""The desktop's own copy of the tracking events follows the tracker's retention (13 months by default).

:func:`purge_tracking` deletes the opens, clicks and views older than the cut-off, the timeline entries of the
opens and clicks, and the last-open times older than it. Kept: unsubscribes (an objection is honoured for
good, and the campaigns and scenarios read it), acceptances (with the quote's acceptance record, the proof of
the contract), the quotes' own dates (sent, viewed, accepted) and the consent records (the proof of consent,
kept as long as the contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from desktop.db.models import Activity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote

PURGED_KINDS = ("open", "click", "view")
_OPEN_SUBJECTS = ("Message ouvert", "Lien du message suivi")


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    """What a purge deleted.

    Attributes:
        events: Tracking events.
        timeline: Timeline entries of opens and clicks.
    """

    events: int
    timeline: int


def purge_tracking(session: Session, cutoff: datetime) -> PurgeCounts:
    """Delete the tracking data older than the cut-off (see the module's docstring for what stays).

    Args:
        session: A session in a transaction.
        cutoff: Everything that happened before this goes (``desktop.core.retention.months_before``).

    Returns:
        The counts.
    """
    events = session.execute(delete(TrackingEvent).where(TrackingEvent.kind.in_(PURGED_KINDS),
                                                         TrackingEvent.ts < cutoff)
                             .execution_options(synchronize_session=False))
    timeline = session.execute(delete(Activity).where(Activity.kind == "tracking", Activity.subject.in_(_OPEN_SUBJECTS),
                                                      Activity.occurred_at < cutoff)
                               .execution_options(synchronize_session=False))
    session.execute(update(Quote).where(Quote.last_human_open_at < cutoff).values(last_human_open_at=None)
                    .execution_options(synchronize_session=False))
    return PurgeCounts(int(events.rowcount or 0), int(timeline.rowcount or 0))  # type: ignore[attr-defined]
