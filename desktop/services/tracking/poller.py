"""The feed poller: long-polls the tracker, ingests what arrives, backs off when the tracker is away.

No Qt here. The GUI either calls :meth:`TrackingPoller.step` repeatedly from its background worker (each
call returns how long to wait before the next), or starts :meth:`TrackingPoller.start` (a plain daemon
thread) and listens to the callbacks. :attr:`TrackingPoller.status` is what the status bar shows:
online, offline (unreachable, retrying with backoff) or error (the key is refused: settings needed).

After each page it tells the tracker the answers about tracking it did not see (a salesperson's, an import's:
:func:`~desktop.services.tracking.consent_sync.push_answers`), and every ``purge_every`` it deletes the stored
tracking events past the retention (:func:`desktop.db.retention.purge_tracking`, 13 months by default).

In team mode several desktops read one feed into one database, and the event a desktop finds already
stored by another one is not new to it: so after each page the poller also reads the events stored since
the last it accounted for (by row id, from its start) and notifies the human opens, views and acceptances
it did not ingest itself. Every desktop is told, the one that ingested at once, the others when their own
long-poll returns (at most ``wait`` seconds later).
"""

from __future__ import annotations

import enum
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import TrackingPolicy
from desktop.core.retention import DEFAULT_MONTHS, months_before
from desktop.db.outbox_models import TrackingEvent
from desktop.db.retention import purge_tracking
from desktop.services.tracking.client import TrackerClient, TrackerRejected, TrackerUnavailable
from desktop.services.tracking.consent_sync import push_answers
from desktop.services.tracking.ingest import (
    IngestResult,
    Notification,
    Sealer,
    deserves_notification,
    ingest_events,
    read_cursor,
)

log = logging.getLogger(__name__)

#: How many rows below the last one read are read again (ids that became visible late on PostgreSQL).
_LOOK_BACK = 50

Clock = Callable[[], datetime]


class TrackerState(enum.StrEnum):
    """The tracker's state as the status bar shows it."""

    STARTING = "starting"
    ONLINE = "online"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class TrackerStatus:
    """The poller's state and a plain sentence about it.

    Attributes:
        state: Online, offline, error.
        message: What happened last (empty when online).
        retry_in: Seconds before the next attempt when offline or in error.
    """

    state: TrackerState
    message: str = ""
    retry_in: float = 0.0


class TrackingPoller:
    """Reads the tracker's feed from the cursor stored in the database.

    Args:
        sessions: Session factory (one transaction per page).
        client: The tracker client.
        clock: Current time (UTC, aware).
        wait: Long-poll seconds per request.
        on_result: Called with each page's result that stored something (from the polling thread).
        on_status: Called when the status changes (from the polling thread).
        rng: Random source of the backoff jitter.
        backoff_base: First wait after a failure, in seconds; doubled each time.
        backoff_cap: Longest wait between attempts, in seconds.
        policy: The effective tracking policy (which opens and clicks are kept).
        retention_months: How long tracking events are kept (the settings' ``event_retention_months``).
        purge_every: How often the retention purge runs.
    """

    def __init__(self, sessions: sessionmaker[Session], client: TrackerClient, clock: Clock, *,
                 wait: float = 20.0, on_result: Callable[[IngestResult], None] | None = None,
                 on_status: Callable[[TrackerStatus], None] | None = None, rng: random.Random | None = None,
                 backoff_base: float = 1.0, backoff_cap: float = 60.0,
                 policy: TrackingPolicy = TrackingPolicy.DEFAULT, retention_months: int = DEFAULT_MONTHS,
                 purge_every: timedelta = timedelta(hours=6), sealer: Sealer | None = None) -> None:
        self._sessions = sessions
        self._sealer = sealer  # seals a quote signed online (None: the evidence is kept, unsealed)
        self._client = client
        self._clock = clock
        self._wait = wait
        self._on_result = on_result
        self._on_status = on_status
        self._rng = rng or random.Random()
        self._base = backoff_base
        self._cap = backoff_cap
        self._failures = 0
        self._status = TrackerStatus(TrackerState.STARTING)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._seen_id: int | None = None  # the last tracking_events row accounted for (None before the first poll)
        self._accounted: dict[str, None] = {}  # event ids already handled, oldest first (bounded)
        self._policy = policy
        self._retention_months = retention_months
        self._purge_every = purge_every
        self._purged_at: datetime | None = None

    @property
    def status(self) -> TrackerStatus:
        """The current status (for the status bar)."""
        return self._status

    def _set_status(self, status: TrackerStatus) -> None:
        changed = status.state != self._status.state or status.message != self._status.message
        self._status = status
        if changed and self._on_status is not None:
            self._on_status(status)

    def poll_once(self, wait: float | None = None) -> IngestResult:
        """Read one page after the stored cursor (long-poll) and ingest it.

        Args:
            wait: Long-poll seconds; None uses the poller's.

        Returns:
            What the page changed.

        Raises:
            TrackerUnavailable: If the tracker is unreachable.
            TrackerRejected: If it refuses the key or the request.
        """
        tracker = self._client.base_url
        with self._sessions() as session:
            cursor = read_cursor(session, tracker)
            if self._seen_id is None:  # events stored before this desktop started are not news
                self._seen_id = session.scalar(select(func.max(TrackingEvent.id))) or 0
                self._accounted.update(dict.fromkeys(session.scalars(
                    select(TrackingEvent.event_id).where(TrackingEvent.id > self._seen_id - _LOOK_BACK))))
        page = self._client.events(cursor, wait=self._wait if wait is None else wait)
        with self._sessions.begin() as session:
            result = ingest_events(session, page.events, tracker=tracker, next_cursor=page.next_cursor,
                                   now=self._clock(), policy=self._policy, sealer=self._sealer)
        self._add_others(result)
        try:
            push_answers(self._sessions, self._client, self._clock(), retention_months=self._retention_months)
        except (TrackerUnavailable, TrackerRejected) as exc:  # told after a later page (an older tracker: 404)
            log.warning("the tracker could not be told of consent answers: %s", exc)
        self.purge_if_due()
        return result

    def purge_if_due(self) -> bool:
        """Delete the stored tracking events past the retention, at most once every ``purge_every``.

        Returns:
            True when a purge ran.
        """
        now = self._clock()
        if self._purged_at is not None and now - self._purged_at < self._purge_every:
            return False
        with self._sessions.begin() as session:
            counts = purge_tracking(session, months_before(now, self._retention_months))
        self._purged_at = now
        if counts.events or counts.timeline:
            log.info("retention purge: %s", counts)
        return True

    def _add_others(self, result: IngestResult) -> None:
        """Notify what other desktops stored since the last row this one accounted for.

        PostgreSQL hands out ids at insert time, not at commit: a row may become visible after a higher id
        was read. So the last rows below the mark are read again (``_LOOK_BACK``) and skipped when already
        accounted for (the ids seen recently are kept).
        """
        for n in result.notify:
            self._accounted[n.event_id] = None
        t = TrackingEvent
        with self._sessions() as session:
            rows = session.execute(
                select(t.id, t.event_id, t.kind, t.ts, t.verdict, t.quote_id, t.contact_id, t.full_name, t.link_id)
                .where(t.id > (self._seen_id or 0) - _LOOK_BACK).order_by(t.id)).all()
        for row in rows:
            self._seen_id = max(self._seen_id or 0, row.id)
            if row.event_id in self._accounted:
                continue
            self._accounted[row.event_id] = None
            if deserves_notification(row.kind, row.verdict, row.link_id):
                result.notify.append(Notification(row.event_id, row.kind, row.ts, row.quote_id, row.contact_id,
                                                  row.full_name))
        while len(self._accounted) > 4 * _LOOK_BACK:  # the oldest first (dicts keep insertion order)
            del self._accounted[next(iter(self._accounted))]

    def _backoff(self) -> float:
        self._failures += 1
        plain: float = min(self._cap, self._base * 2.0 ** (self._failures - 1))
        return plain * (0.5 + 0.5 * self._rng.random())

    def step(self) -> float:
        """Poll once, handle failures, update the status.

        Returns:
            Seconds to wait before the next step (0 after a successful poll).
        """
        try:
            result = self.poll_once()
        except TrackerUnavailable as exc:
            delay = self._backoff()
            self._set_status(TrackerStatus(TrackerState.OFFLINE, str(exc), delay))
            return delay
        except TrackerRejected as exc:
            delay = self._backoff()
            self._set_status(TrackerStatus(TrackerState.ERROR, str(exc), delay))
            return delay
        self._failures = 0
        self._set_status(TrackerStatus(TrackerState.ONLINE))
        if (result.stored or result.reclassified or result.notify or result.erased or result.rejudged) \
                and self._on_result is not None:
            self._on_result(result)
        return 0.0

    def run(self, stop: threading.Event | None = None) -> None:
        """Poll until ``stop`` (or :meth:`stop`) is set.

        Args:
            stop: An event to end the loop; None uses the poller's own.
        """
        stopper = stop or self._stop
        while not stopper.is_set():
            try:
                delay = self.step()
            except Exception:  # a database error must not kill the thread silently
                log.exception("tracking poller step failed")
                delay = self._backoff()
                self._set_status(TrackerStatus(TrackerState.ERROR, "could not store tracking events", delay))
            if delay:
                stopper.wait(delay)

    def start(self) -> threading.Thread:
        """Run :meth:`run` in a daemon thread.

        Returns:
            The thread.
        """
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="tracking-poller", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to end and wait for it (at most one long-poll).

        Args:
            timeout: Seconds to wait; None waits a long-poll plus a margin.
        """
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self._wait + 15.0 if timeout is None else timeout)
