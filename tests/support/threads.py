"""Two or more desktops at once in one test: their work on threads, then their engines closed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine


def run_together(work: Callable[[Any], None], args: Iterable[Any], engines: Iterable[Engine],
                 timeout: float = 60.0) -> list[BaseException]:
    """Run ``work(arg)`` on a thread for each of ``args``, wait for them (``timeout`` each), then dispose of
    ``engines`` (the desktops' own connections). Returns what the threads raised, in no particular order (a
    thread's exception would otherwise only be printed), for the caller to assert on."""
    errors: list[BaseException] = []

    def guarded(arg: Any) -> None:
        try:
            work(arg)
        except BaseException as exc:  # handed to the caller
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(arg,)) for arg in args]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    for e in engines:
        e.dispose()
    return errors
