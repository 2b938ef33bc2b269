"""A main window with the live services wired to real (or absent) servers, for the live GUI tests and the
notification benchmark."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QUndoStack

from desktop.db import quotes as repo
from desktop.gui.kit.workers import Runner, SyncRunner
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import LiveOptions, LiveServices
from desktop.gui.shell.live_ui import LiveWiring, start_live
from desktop.gui.shell.main_window import MainWindow
from desktop.services.database import Database
from desktop.services.mail.sender import RetryPolicy
from desktop.services.secrets import SecretStore, check_keyring
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.connect import TrackerConnection
from desktop.settings import Settings
from tests.gui.quote_support import make_quote, make_world

CONTACT_EMAIL = "claire@dupont.fr"
FAST = LiveOptions(poll_wait=5.0, backoff_cap=0.3, sender_interval=0.2, join_timeout=3.0,
                   retry=RetryPolicy(base=timedelta(seconds=0.1), cap=timedelta(seconds=0.3), jitter=0.0,
                                     tracker_retry=timedelta(seconds=0.2), max_attempts=1000))


def wall_clock() -> datetime:
    return datetime.now(UTC)


def mail_settings(data_dir: Path, smtp_port: int | None) -> Settings:
    """Settings with an SMTP server on loopback (or local mode when ``smtp_port`` is None)."""
    return Settings(data_dir=data_dir, smtp_host="127.0.0.1" if smtp_port else "", smtp_port=smtp_port or 587,
                    smtp_security="none", sender_name="Julie Martin", sender_address="julie@atelier-lumiere.fr",
                    sender_signature="Atelier Lumière")


def finalised_quote(database: Database, contact_id: int | None = None) -> tuple[int, int]:
    """A finalised quote (and the seller, salesperson and contact when ``contact_id`` is None)."""
    contact_id = contact_id if contact_id is not None else make_world(database)
    quote_id = make_quote(database, contact_id, wall_clock())
    with database.sessions.begin() as session:
        repo.finalise(session, quote_id, wall_clock())
    return contact_id, quote_id


def tracker_connect(url: str, key: str, timeout: float = 10.0, *, vouched: bool = True,
                    ) -> Callable[[Settings, SecretStore], TrackerConnection]:
    """A ``connect`` for :class:`LiveServices` that uses a tracker started by the test (not stopped by the app).

    ``vouched``: the test's "prospect" is a process on this machine, so the loopback links reach it; False
    lets the application judge the address as it would a hosted tracker of the settings.
    """
    def connect(_settings: Settings, _store: SecretStore) -> TrackerConnection:
        return TrackerConnection(TrackerClient(url, key, timeout=timeout), url, vouched=vouched)

    return connect


def live_window(database: Database, settings: Settings, connect: Callable[[Settings, SecretStore],
                TrackerConnection | None], *, threaded: bool = False, options: LiveOptions = FAST,
                clock: Callable[[], datetime] = wall_clock) -> tuple[GuiContext, MainWindow, LiveWiring]:
    """A main window (no views) with live services wired exactly as the application does (one ``clock`` for
    both, as in the application)."""
    ctx = GuiContext(settings=settings, database=database, runner=Runner() if threaded else SyncRunner(),
                     undo_stack=QUndoStack(), clock=clock)
    window = MainWindow(ctx, [])
    live = LiveServices(database, settings, clock, store=SecretStore(check_keyring()), connect=connect,
                        options=options)
    wiring = start_live(window, ctx, live=live, tray=False)
    return ctx, window, wiring
