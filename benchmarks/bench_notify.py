"""Open to notification: the time from a pixel request to the desktop's notification signal, on loopback.

The desktop's own live wiring (:func:`desktop.gui.shell.live_ui.start_live`: the long-polling poller on its own
thread, ingestion, the queued signal to the UI thread, the notification centre) runs against the real
tracker (in a thread, as the embedded one). Messages are queued through the outbox and delivered by the
live sender in local mode; each pixel is then fetched with httpx as a desktop mail client would (human
user agent, two hours after delivery by the tracker's clock; the contact consented to the pixel), and the clock
stops when ``NotificationCenter.sig_notified`` fires. Measured with the desktop's database on SQLite and on
PostgreSQL (``open_to_notify_ms_pg``).

``open_to_notify_ms`` = median over the rounds. Target: <= 1,000 ms.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROUNDS = 15
READ_AFTER = timedelta(hours=2)  # the prospect opens the email two hours after its delivery
HUMAN_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"


def _now() -> datetime:
    return datetime.now(UTC)


def _queue(database: Any, settings: Any, tracker_url: str, n: int) -> list[str]:
    """N finalised quotes to one business contact, queued with tracking; their tokens."""
    from desktop.db.consent import record_by_salesperson
    from desktop.db.models import Company, Contact, SellerIdentity
    from desktop.db.quote_models import Quote
    from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
    from desktop.services.mail.wiring import sender_identity, tracking_policy

    tokens = []
    with database.sessions.begin() as session:
        session.add(SellerIdentity(id=1, legal_name="Vendeur SARL"))
        contact = Contact(first_name="Marie", last_name="Durand", email="marie@client.example",
                          company=Company(legal_name="Client SA"))
        session.add(contact)
        session.flush()
        # The CNIL default policy: the pixel only for a contact who said yes (the point of this figure).
        record_by_salesperson(session, contact.id, yes=True, note="Accord au téléphone", now=_now())
        for i in range(n):
            quote = Quote(number=f"D-2026-{i + 1:04d}", version=1, status="finalised", contact_id=contact.id,
                          issue_date=date(2026, 3, 10), validity_date=date(2026, 4, 9),
                          total_ht=Decimal("1000.00"), total_vat=Decimal("200.00"), total_ttc=Decimal("1200.00"))
            session.add(quote)
            session.flush()
            draft = draft_quote_email(session, quote.id, b"%PDF-1.4\n%%EOF\n", sender=sender_identity(settings),
                                      policy=tracking_policy(settings), tracker_url=tracker_url)
            built = build_quote_email(draft, sender_identity(settings), _now())
            queue_quote_email(session, draft, built, _now())
            assert built.tracking is not None
            tokens.append(built.tracking.token)
    return tokens


def run() -> dict[str, dict[str, Any]]:
    """The figure with the desktop's database on each backend (the tracker keeps its own SQLite file)."""
    from benchmarks.fresh import empty_database, on_both_backends_fresh

    def measure(backend: str) -> dict[str, dict[str, Any]]:
        with empty_database(backend) as url:
            return _measure(url)

    return on_both_backends_fresh(measure)


def _measure(url: str) -> dict[str, dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import httpx

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop.gui.kit.workers import Runner
    from desktop.gui.shell.context import GuiContext
    from desktop.gui.shell.live import LiveOptions, LiveServices
    from desktop.gui.shell.live_ui import start_live
    from desktop.gui.shell.main_window import MainWindow
    from desktop.services.database import Database
    from desktop.services.secrets import KeyringStatus, SecretStore
    from desktop.services.tracking.client import TrackerClient
    from desktop.services.tracking.connect import TrackerConnection
    from desktop.settings import Settings
    from tracker.config import TrackerConfig
    from tracker.embedded import start_in_thread

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="relance-bench-notify-") as tmp:
        folder = Path(tmp)
        read_after = [timedelta(0)]  # the tracker's clock moves on once the emails are delivered
        tracker = start_in_thread(f"sqlite:///{folder / 'tracker.sqlite'}", port=0, config=dataclasses.replace(
            TrackerConfig(), clock=lambda: datetime.now(UTC) + read_after[0]))
        database = Database(url)
        database.open()
        settings = Settings(data_dir=folder, sender_name="Claire Martin", sender_address="claire@vendeur.example")
        tokens = _queue(database, settings, tracker.url, ROUNDS)
        ctx = GuiContext(settings=settings, database=database, runner=Runner(), undo_stack=QUndoStack(),
                         clock=_now)
        window = MainWindow(ctx, [])
        live = LiveServices(database, settings, _now, store=SecretStore(KeyringStatus(False, "none", "")),
                            connect=lambda _s, _k: TrackerConnection(TrackerClient(tracker.url, tracker.api_key),
                                                                     tracker.url),
                            options=LiveOptions(poll_wait=20.0, sender_interval=0.2))
        wiring = start_live(window, ctx, live=live, tray=False)
        loop = QEventLoop()
        seen: list[float] = []

        def notified(_news: object) -> None:
            seen.append(time.perf_counter())
            loop.quit()

        wiring.notifications.sig_notified.connect(notified)

        def spin_until(done: Any, timeout: float) -> None:
            deadline = time.monotonic() + timeout
            while not done() and time.monotonic() < deadline:
                QTimer.singleShot(20, loop.quit)
                loop.exec()

        spin_until(lambda: wiring.outbox_status.state is not None and wiring.outbox_status.state.waiting == 0
                   and wiring.tracker_status.state == "online", 30.0)
        read_after[0] = READ_AFTER  # an open seconds after delivery is a gateway's as likely as a person's
        timings = []
        with httpx.Client(headers={"User-Agent": HUMAN_UA}) as client:
            for token in tokens:
                count = len(seen)
                t0 = time.perf_counter()
                client.get(f"{tracker.url}/o/{token}.gif").raise_for_status()
                spin_until(lambda c=count: len(seen) > c, 10.0)  # type: ignore[misc]
                if len(seen) > count:
                    timings.append((seen[-1] - t0) * 1000.0)
        live.shutdown()
        ctx.runner.shutdown()
        window.close()
        database.close()
        tracker.stop()
        app.processEvents()
    if len(timings) < ROUNDS:
        raise RuntimeError(f"only {len(timings)} of {ROUNDS} opens were notified")
    return {"open_to_notify_ms": {"value": round(statistics.median(timings), 1), "unit": "ms", "target": "<= 1000",
                                  "max_ms": round(max(timings), 1), "rounds": ROUNDS}}


if __name__ == "__main__":
    print(run())
