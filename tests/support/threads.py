"""Two or more desktops at once in one test: their work on threads, then their engines closed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Engine


def run_together(work: Callable[[Any], None], args: Iterable[Any], engines: Iterable[Engine],
                 timeout: float = 60.0) -> None:
    """Run ``work(arg)`` on a thread for each of ``args``, wait for them (``timeout`` each), then dispose of
    ``engines`` (the desktops' own connections)."""
    threads = [threading.Thread(target=work, args=(arg,)) for arg in args]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    for e in engines:
        e.dispose()
