"""Wires the live services into the main window: status bar, notifications, news on the change bus, shutdown.

The composition root calls :func:`start_live` once, after the first paint. What the services store (tracking
events, deliveries, scenario steps) is published on ``ctx.changes`` as ``Topic.TRACKING | Topic.OUTBOX |
Topic.QUOTES``; the views that show it subscribe (:mod:`desktop.gui.kit.changes`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import LiveOptions, LiveServices
from desktop.gui.shell.notifications import NotificationCenter
from desktop.gui.shell.status_widgets import KeyringWarning, OutboxStatusWidget, TrackerStatusLabel

#: What the live services' news may have changed: tracking events stored, messages delivered or given up
#: (quote statuses follow both).
NEWS = Topic.TRACKING | Topic.OUTBOX | Topic.QUOTES


class LiveWiring(QObject):
    """What :func:`start_live` built, kept together (the window holds it as ``window.live_wiring``)."""

    def __init__(self, window: QMainWindow, ctx: GuiContext, live: LiveServices, tray: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.live = live
        self.keyring_warning = KeyringWarning()
        self.tracker_status = TrackerStatusLabel()
        self.outbox_status = OutboxStatusWidget()
        bar = window.statusBar()
        for widget in (self.keyring_warning, self.outbox_status, self.tracker_status):
            bar.addPermanentWidget(widget)
        self.notifications = NotificationCenter(window, tray=tray)
        live.sig_keyring_checked.connect(self.keyring_warning.on_keyring_checked)
        live.sig_keyring_checked.connect(self.on_keyring_checked)
        live.sig_tracker_status_changed.connect(self.tracker_status.on_status_changed)
        live.sig_links_changed.connect(self.tracker_status.on_links_changed)
        live.sig_outbox_changed.connect(self.outbox_status.on_outbox_changed)
        live.sig_notification.connect(self.notifications.on_news)
        live.sig_withdrawn.connect(self.notifications.on_withdrawn)
        live.sig_news.connect(self.on_news)
        self.outbox_status.sig_resume_requested.connect(live.resume_sending)
        self.notifications.sig_quote_requested.connect(self.open_quote)

    def on_keyring_checked(self, status: Any) -> None:
        if not status.usable:
            self.ctx.show_message(self.keyring_warning.text())

    def on_news(self, result: object) -> None:
        """Tracking news or a delivery: published on the change bus (the follow-up list re-ranks, the quotes
        list reloads: each view that shows them is subscribed); a consent answer also reaches the contacts
        concerned (their panel shows it) and the timeline (erased opens)."""
        consent = getattr(result, "consent_changed", None)
        if consent:
            self.ctx.changes.publish(Changes(NEWS | Topic.CONTACTS | Topic.TIMELINE, ids=frozenset(consent),
                                             source=self))
            return
        self.ctx.changes.publish(Changes(NEWS, source=self))

    def open_quote(self, quote_id: int) -> None:
        """Bring the window forward, show the quotes, select the quote and open it."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        show_view = getattr(self.window, "show_view", None)
        if show_view is None:
            return
        view = show_view("quotes")
        select = getattr(view, "select_quote", None)
        if select is not None:
            select(quote_id)
        opener = getattr(view, "open_editor", None)
        if opener is not None:
            opener(quote_id)


def start_live(window: QMainWindow, ctx: GuiContext, *, live: LiveServices | None = None,
               options: LiveOptions | None = None, tray: bool = True) -> LiveWiring:
    """Build and start the live services for this window (call after the first paint).

    Args:
        window: The main window.
        ctx: The GUI context.
        live: Services built elsewhere (tests, benchmark); None builds them from the context.
        options: Timings, when ``live`` is None.
        tray: Use the system tray for notifications when available.

    Returns:
        The wiring (``.live``, ``.notifications``, the status widgets).
    """
    if live is None:
        live = LiveServices(ctx.database, ctx.settings, ctx.clock, options=options)
    wiring = LiveWiring(window, ctx, live, tray=tray)
    window.live = live  # type: ignore[attr-defined]  # found by the send and settings dialogs
    window.live_wiring = wiring  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(live.shutdown)
    live.start()
    return wiring


def find_live(widget: QWidget | None) -> LiveServices | None:
    """The live services of the window a widget belongs to (walking up its parents), if any."""
    while widget is not None:
        live = getattr(widget, "live", None)
        if isinstance(live, LiveServices):
            return live
        widget = widget.parentWidget()
    return None
