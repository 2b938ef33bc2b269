"""Wakes long-polling feed readers the moment the writer commits new events.

The writer runs in its own thread; readers wait on asyncio events in the server's loop (or loops,
in tests). A version counter closes the gap between "read the feed, found nothing" and "start
waiting": a reader notes the version before reading and returns at once if it moved since.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


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
