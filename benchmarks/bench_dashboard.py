"""dashboard_ms_100k: the dashboard computed and painted on the 100,000-contact benchmark data.

Drives the real Dashboard view with the real background runner, on a copy of the benchmark database
(its clock is the database's, so the default period, the last 12 months, holds the generated quotes).
Each step asks for a load (``refresh``), waits for ``sig_loaded`` (SQL aggregates and figures on the
worker thread, tiles, charts and table set on the UI thread), then paints the whole view
(``grab()``, which renders the two charts). The figure is the median over several steps, after a
warm-up; ``load_ms`` is the part up to ``sig_loaded`` (read, compute, set the widgets).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.backends import on_both_backends
from benchmarks.datagen import NOW

RUNS = 9
WARMUP = 2


def run() -> dict[str, dict[str, object]]:
    return on_both_backends(measure)


def measure(url: str) -> dict[str, dict[str, object]]:
    """The figures on the database at ``url`` (a private copy of the 100,000-contact set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop.gui.dashboard.view import DashboardView
    from desktop.gui.kit.workers import Runner
    from desktop.gui.shell.context import GuiContext
    from desktop.services.database import Database
    from desktop.settings import Settings

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(url)
        database.open()
        ctx = GuiContext(settings=Settings(data_dir=Path(tmp)), database=database, runner=Runner(),
                         undo_stack=QUndoStack(), clock=lambda: NOW)
        loaded: list[float] = []

        view = DashboardView(ctx)  # its constructor starts the first load
        view.sig_loaded.connect(lambda: loaded.append(time.perf_counter()))
        view.resize(1280, 800)
        view.show()
        if view.dashboard is None:
            _wait_loaded(view)
        sizes: dict[str, int] = {}
        times: list[float] = []
        sql_times: list[float] = []
        try:
            for step in range(WARMUP + RUNS):
                loaded.clear()
                t0 = time.perf_counter()
                view.refresh()
                _wait_loaded(view)
                image = view.grab()
                elapsed = (time.perf_counter() - t0) * 1000
                assert not image.isNull()
                if step >= WARMUP:
                    times.append(elapsed)
                    sql_times.append((loaded[0] - t0) * 1000)
            assert view.dashboard is not None
            sizes = {"quotes_sent": view.dashboard.totals.sent, "months": len(view.dashboard.by_month),
                     "salespeople": len(view.dashboard.by_owner)}
        finally:
            view.close()
            view.deleteLater()  # delete the charts while Qt still runs (not at interpreter exit)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            ctx.runner.shutdown()
            database.close()
    return {
        "dashboard_ms_100k": {"value": round(statistics.median(times), 1), "unit": "ms", "target": "<= 300",
                              "load_ms": round(statistics.median(sql_times), 1),
                              "max_ms": round(max(times), 1), "runs": len(times), **sizes},
    }


def _wait_loaded(view: object, timeout_ms: int = 60_000) -> None:
    """Run Qt's event loop until the view's ``sig_loaded`` (one loop, not a processEvents poll)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    view.sig_loaded.connect(loop.quit)  # type: ignore[attr-defined]
    timer.start(timeout_ms)
    try:
        if loop.exec() != 0:
            raise RuntimeError("the dashboard did not load in time")
    finally:
        timer.stop()
        view.sig_loaded.disconnect(loop.quit)  # type: ignore[attr-defined]
