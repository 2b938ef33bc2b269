"""Wakes long-polling feed readers the moment the writer commits new events.

The writer runs in its own thread; readers wait on asyncio events in the server's loop (or loops,
in tests). A version counter closes the gap between "read the feed, found nothing" and "start
waiting": a reader notes the version before reading and returns at once if it moved since.

On PostgreSQL several processes serve one database; each writer's commit of feed rows carries a
``NOTIFY`` (:data:`FEED_CHANNEL`), heard by every process's :class:`PgFeedListener`, so a long-poll waiting
in one process answers when the hit landed in another.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Any

log = logging.getLogger("tracker")


class FeedNotifier:
    """Thread-safe broadcast from the writer thread to asyncio waiters."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version = 0
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self._closed = False

    @property
    def version(self) -> int:
        """The number of notifications so far."""
        return self._version

    def notify(self) -> None:
        """Wake every waiter (callable from any thread)."""
        with self._lock:
            self._version += 1
            waiters, self._waiters = self._waiters, []
        for loop, wakeup in waiters:
            with contextlib.suppress(RuntimeError):  # the waiter's loop has closed
                loop.call_soon_threadsafe(wakeup.set)

    def close(self) -> None:
        """The server is stopping: end every wait now (long-polls answer at once) and never wait again."""
        with self._lock:
            self._closed = True
        self.notify()

    async def wait_past(self, version: int, timeout: float) -> bool:
        """Wait until a notification newer than ``version`` happens, or the timeout passes.

        Args:
            version: The :attr:`version` seen before the caller last read the feed.
            timeout: Seconds to wait at most.

        Returns:
            True if notified, False on timeout or when the notifier is closed.
        """
        wakeup = asyncio.Event()
        entry = (asyncio.get_running_loop(), wakeup)
        with self._lock:
            if self._closed:
                return False
            if self._version != version:
                return True
            self._waiters.append(entry)
        try:
            await asyncio.wait_for(wakeup.wait(), timeout)
        except TimeoutError:
            return False
        finally:
            with self._lock, contextlib.suppress(ValueError):
                self._waiters.remove(entry)
        return not self._closed


FEED_CHANNEL = "relance_tracker_feed"
"""The PostgreSQL channel on which every tracker process's writer announces a commit of feed rows."""


class PgFeedListener:
    """Hears the feed's ``NOTIFY`` from every tracker process on one PostgreSQL database (several uvicorn
    workers or instances) and wakes this process's long-polls, whichever process stored the event.

    One connection of its own, outside the pool, in autocommit, on a daemon thread. When the connection is
    lost it connects again a second later and wakes the readers (what was committed meanwhile is read then).

    Args:
        engine: The tracker's engine (its URL and connection arguments are reused).
        notifier: This process's notifier.
    """

    def __init__(self, engine: Any, notifier: FeedNotifier) -> None:
        self._engine = engine
        self._notifier = notifier
        self._stop = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tracker-feed-listener", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                raw = self._engine.raw_connection()
                conn = raw.driver_connection
                raw.detach()  # never returned to the pool: closing it closes the connection
                try:
                    conn.rollback()
                    conn.autocommit = True
                    conn.execute(f"LISTEN {FEED_CHANNEL}")
                    self.listening.set()
                    self._notifier.notify()  # whatever was committed before this LISTEN is read again
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            self._notifier.notify()
                finally:
                    self.listening.clear()
                    with contextlib.suppress(Exception):
                        raw.close()
            except Exception:
                if self._stop.is_set():
                    return
                log.warning("the feed's LISTEN connection failed; connecting again", exc_info=True)
                self._stop.wait(1.0)

    def close(self) -> None:
        """Stop listening (at once: the thread is woken by a notification of its own)."""
        if self._stop.is_set():
            return
        self._stop.set()
        with contextlib.suppress(Exception), self._engine.connect() as conn:
            conn.exec_driver_sql(f"NOTIFY {FEED_CHANNEL}")
            conn.commit()
        self._thread.join(5)


def feed_listener(engine: Any, notifier: FeedNotifier) -> PgFeedListener | None:
    """Start a :class:`PgFeedListener` on PostgreSQL; None on SQLite (where every writer is in one process)."""
    return PgFeedListener(engine, notifier) if engine.dialect.name == "postgresql" else None
