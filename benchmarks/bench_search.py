"""contact_search_ms_100k: one search-as-you-type step on 100,000 contacts, keystroke to first page in the model.

Drives the real Contacts view on the application's runner (one database thread): a key press in the search box,
the count and first page read on the worker, the model's reset when they arrive, and the first page's rows read
from the model, as the table would paint them. A broad search (past a few thousand matches) is counted there only
as far as its first page needs, « plus de 5 000 contacts »: its full count follows once the typing pauses
(``BackgroundPagedModel.count_pause_ms``), which a step of this typing never does; the view's own test holds that.
The view's pause before searching (150 ms, so that fast typing
asks once) is deliberate waiting, not work: each step ends it at once, calling what its timer calls
(``apply_filter``), after the search box has repainted its new text (not counted: a repaint is no search work,
and the figure has always been the search's own). ``keystroke_ui_ms`` is what the key press itself costs the UI
thread (nothing is read there).
Typing sequences mix names, companies, cities, phone digits and email fragments, one character at a time.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.backends import on_both_backends

TYPED = ["dupont", "martin", "lyon", "06 12", "gmail", "jean d", "sophie mar", "boulangerie", "bernard",
         "nantes", "pharmacie", "le", "thomas r", "0145"]
VISIBLE_ROWS = 30


def run() -> dict[str, dict[str, object]]:
    return on_both_backends(measure)


def measure(url: str, heartbeat: bool = False) -> dict[str, dict[str, object]]:
    """The search figures on the database at ``url``.

    With ``heartbeat``, a 2 ms timer on the UI thread also gives ``ui_block_ms``: the longest gap between two
    of its ticks during the measured steps, i.e. the longest the event loop did not turn.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.gui.contacts.view import ContactsView
    from desktop.gui.kit.workers import Runner
    from desktop.gui.shell.context import GuiContext
    from desktop.services.database import Database
    from desktop.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(url)
        runner = Runner()
        ctx = GuiContext(settings=Settings(data_dir=Path(tmp)), database=database, runner=runner,
                         undo_stack=QUndoStack(), clock=lambda: datetime.now(UTC))
        view = ContactsView(ctx)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        arrived: list[bool] = []
        view.model.loaded.connect(lambda: arrived.append(True))

        def until_loaded() -> None:
            while not arrived:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            arrived.clear()

        times: list[float] = []
        ui_times: list[float] = []
        beats: list[float] = []
        gaps: list[float] = [0.0]

        def beat() -> None:
            now = time.perf_counter()
            if beats:
                gaps[0] = max(gaps[0], now - beats[-1])
            beats[:] = [now]

        ticker = QTimer()
        ticker.setInterval(2)
        ticker.timeout.connect(beat)
        for _round in range(2):  # the first round warms the caches, the second is measured
            times.clear()
            ui_times.clear()
            if heartbeat and _round == 1:
                beats.clear()
                ticker.start()
            for text in TYPED:
                if view.search.text():
                    view.search.clear()
                    view.apply_filter()
                    until_loaded()
                for ch in text:
                    app.processEvents()  # the previous step's repaint is not this step's cost
                    t0 = time.perf_counter()
                    QTest.keyClick(view.search, ch if ch != " " else Qt.Key.Key_Space)
                    ui_times.append((time.perf_counter() - t0) * 1000)
                    p0 = time.perf_counter()
                    app.processEvents()  # the search box repaints its text
                    painted = time.perf_counter() - p0
                    view.apply_filter()  # the pause in the typing ends now
                    until_loaded()
                    for row in range(min(VISIBLE_ROWS, view.model.rowCount())):
                        view.model.data(view.model.index(row, 0))
                    times.append((time.perf_counter() - t0 - painted) * 1000)
        ticker.stop()
        view.close()
        view.deleteLater()  # deleted while Qt runs, not by the garbage collector in a later measure
        ticker.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        runner.shutdown()
        database.close()
    return {
        "contact_search_ms_100k": {"value": round(statistics.median(times), 2), "unit": "ms", "target": "<= 15",
                                   "p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
                                   "max_ms": round(max(times), 2), "steps": len(times),
                                   "keystroke_ui_ms": round(statistics.median(ui_times), 2),
                                   **({"ui_block_ms": round(gaps[0] * 1000, 1)} if heartbeat else {})},
    }
