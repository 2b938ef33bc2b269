"""Call-list speed: ``calllist_next_ms`` (``_pg`` on PostgreSQL).

A 10,000-contact phoning campaign (the demo set's contacts, sent quotes and tracking: a private copy of the
cached set on each backend, :func:`benchmarks.backends.working_database`) is opened in the call-list window
with the real background runner. Each step waits for the background work of the previous one to finish
(a salesperson spends seconds on a call), then presses an outcome key and paints the window: the figure
is the median time from the key press to the next contact painted, over 60 steps.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.backends import on_both_backends
from desktop.db import campaigns as repo
from desktop.db.models import Contact
from desktop.gui.campaigns.call_list.window import CallListWindow
from desktop.gui.kit.workers import Runner
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from desktop.settings import Settings

CONTACTS = 10_000
STEPS_MEASURED = 60
KEYS = (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_5)


def _wait(app: QApplication, ready: object, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not ready():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise RuntimeError("the call list did not get ready in time")
        app.processEvents()
        time.sleep(0.001)


def run() -> dict[str, dict[str, object]]:
    return on_both_backends(measure, contacts=CONTACTS)


def measure(url: str) -> dict[str, dict[str, object]]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        database = Database(url)
        database.open()
        with database.sessions.begin() as s:
            ids = list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))
            user_id = repo.current_user_id(s)
            campaign = repo.create_campaign(s, name="Bench", now=now, owner_id=user_id, script="<p>Script</p>")
            repo.add_contacts(s, campaign.id, ids, now)
            campaign_id = campaign.id
        ctx = GuiContext(settings=Settings(data_dir=data), database=database, runner=Runner(),
                         undo_stack=QUndoStack(), clock=lambda: datetime.now(UTC))
        window = CallListWindow(ctx, campaign_id, user_id)
        try:
            window.show()
            window.activateWindow()
            _wait(app, window.isActiveWindow)
            window.start()
            times = []
            for i in range(STEPS_MEASURED + 5):
                _wait(app, lambda: ctx.runner.idle() and window.prefetched is not None)
                app.processEvents()
                before = window.current.member_id
                started = time.perf_counter()
                QTest.keyClick(window, KEYS[i % len(KEYS)])
                window.repaint()
                elapsed = (time.perf_counter() - started) * 1000
                if window.current is None or window.current.member_id == before:
                    raise RuntimeError("the next contact was not shown")
                if i >= 5:  # the first steps warm caches (fonts, phone formatting)
                    times.append(elapsed)
        finally:
            window.finish()
            _wait(app, ctx.runner.idle)
            window.close()
            window.deleteLater()
            app.processEvents()
            ctx.runner.shutdown()
            database.close()
    return {"calllist_next_ms": {"value": round(statistics.median(times), 2), "unit": "ms", "target": "<= 50",
                                 "contacts": len(ids), "steps": len(times),
                                 "p95_ms": round(sorted(times)[int(0.95 * len(times)) - 1], 2)}}


if __name__ == "__main__":
    print(run())
