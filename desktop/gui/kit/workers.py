"""The one background-work wrapper of the GUI.

Modelled on Anki's ``QueryOp``: describe the work, say what happens on success and on
failure, run it. The work runs on a worker thread; results, errors and progress come back
to the UI thread through queued signals. Tests swap the :class:`Runner` for
:class:`SyncRunner`, which runs everything at once on the calling thread.

    Op(lambda progress: heavy(progress)).success(show).failure(report).run_in_background(runner)

``work`` receives a ``progress(done, total)`` callable; it may raise :class:`Cancelled` when
``progress`` returns False (the user pressed Cancel).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised by work that stopped because the user cancelled it."""


class _Bridge(QObject):
    """Carries a finished op's callbacks back to the UI thread."""

    sig_done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.sig_done.connect(self.on_done)

    @Slot(object)
    def on_done(self, call: Callable[[], None]) -> None:
        """Run a callback on the UI thread."""
        call()


class Op(Generic[T]):
    """One piece of background work with its success, failure and progress handlers."""

    def __init__(self, work: Callable[[Progress], T]) -> None:
        self._work = work
        self._success: Callable[[T], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int], None] | None = None
        self._cancel = threading.Event()

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        self._failure = fn
        return self

    def with_progress(self, fn: Callable[[int, int], None]) -> Op[T]:
        self._progress = fn
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def run_in_background(self, runner: Runner) -> Op[T]:
        runner.submit(self)
        return self

    # Called by runners --------------------------------------------------------------------
    def _execute(self, post: Callable[[Callable[[], None]], None]) -> None:
        def progress(done: int, total: int) -> bool:
            if self._progress is not None:
                report = self._progress
                post(lambda: report(done, total))
            return not self._cancel.is_set()

        try:
            result = self._work(progress)
        except BaseException as exc:
            if not isinstance(exc, Cancelled):
                log.warning("background work failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            error = exc
            handler = self._failure
            if handler is None:
                post(lambda: log.error("unhandled background failure: %r", error))
            else:
                post(lambda: handler(error))
            return
        post(lambda: self._success(result))


class Runner:
    """Runs ops on one worker thread (database and file work are serialised, like Anki's taskman)."""

    def __init__(self, threads: int = 1) -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="relance-work")
        self._bridge = _Bridge()
        self._pending: set[Future[None]] = set()

    def submit(self, op: Op[Any]) -> None:
        future = self._pool.submit(op._execute, self._bridge.sig_done.emit)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    def run(self, fn: Callable[[], T]) -> Future[T]:
        """Run a plain function on the worker thread (for code that waits on its own future)."""
        return self._pool.submit(fn)

    def idle(self) -> bool:
        return not self._pending

    def wait_idle(self, timeout: float | None = 30.0) -> bool:
        """Block until the work submitted so far has run (its results are then posted to the UI thread, not
        yet delivered); True when it all ran within ``timeout`` seconds. For the end of the application and
        for tests, never for the UI while it runs."""
        pending = list(self._pending)
        return not pending or not wait(pending, timeout).not_done

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class SyncRunner(Runner):
    """Runs every op at once on the calling thread (tests)."""

    def __init__(self) -> None:
        self._pending = set()

    def submit(self, op: Op[Any]) -> None:
        op._execute(lambda call: call())

    def wait_idle(self, timeout: float | None = 30.0) -> bool:
        return True

    def run(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn())
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def shutdown(self) -> None:
        return None
