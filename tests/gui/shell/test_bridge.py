"""The shell refreshes no view by name: the live services' news and the custom-field changes are published on
the change bus; the temporary bridge (desktop.gui.shell.bridge) calls the old methods only of the views that
do not subscribe yet."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from desktop.core.custom_fields import Definition
from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import LiveServices
from desktop.gui.shell.live_ui import NEWS, start_live
from desktop.gui.shell.main_window import MainWindow
from desktop.services.secrets import SecretStore, check_keyring


class OldView(QWidget):
    """A view refreshed by name (not subscribed)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def refresh(self) -> None:
        self.calls.append("refresh")

    def on_custom_fields_changed(self) -> None:
        self.calls.append("custom_fields")


class SubscribedView(OldView):
    """A view that subscribes: the bridge leaves it alone."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.seen: list[Changes] = []
        ctx.changes.subscribe(Topic.CUSTOM_FIELDS | Topic.TRACKING, self.seen.append, owner=self)


def test_live_news_are_published_and_reach_unsubscribed_views_through_the_bridge(qtbot: QtBot,
                                                                                ctx: GuiContext) -> None:
    window = MainWindow(ctx, [("followups", "Relances", OldView), ("contacts", "Contacts",
                                                                  lambda: SubscribedView(ctx))])
    qtbot.addWidget(window)
    old, new = window.view("followups"), window.view("contacts")
    assert isinstance(old, OldView) and isinstance(new, SubscribedView)
    published: list[Changes] = []
    ctx.changes.subscribe(Topic.QUOTES, published.append)
    live = LiveServices(ctx.database, ctx.settings, ctx.clock, store=SecretStore(check_keyring()),
                        connect=lambda _s, _st: None)
    wiring = start_live(window, ctx, live=live, tray=False)
    try:
        live.sig_news.emit(None)  # from the sender thread in the application: a message was delivered
        qtbot.waitUntil(lambda: bool(published))
    finally:
        live.shutdown()
    assert published[0].topics == NEWS == Topic.TRACKING | Topic.OUTBOX | Topic.QUOTES
    assert published[0].source is wiring
    assert old.calls == ["refresh"]  # the follow-up list re-ranks, as before, through the bridge
    assert [c.topics for c in new.seen] == [NEWS] and new.calls == []  # the subscribed view is called once
    assert window.legacy_refresh.bridged() == {"followups": Topic.CUSTOM_FIELDS | Topic.TRACKING}


def test_custom_field_changes_reach_the_views_even_after_the_settings_window_closed(qtbot: QtBot,
                                                                                   ctx: GuiContext) -> None:
    window = MainWindow(ctx, [("a", "A", OldView), ("b", "B", QWidget), ("c", "C", lambda: SubscribedView(ctx))])
    qtbot.addWidget(window)
    for name in ("a", "b", "c"):
        window.show_view(name)
    old, new = window.view("a"), window.view("c")
    assert isinstance(old, OldView) and isinstance(new, SubscribedView)
    window.on_all_settings_triggered()
    window.settings_window.custom_fields.add_field("contact", Definition("Source", "text"))
    assert old.calls == ["custom_fields"] and [c.topics for c in new.seen] == [Topic.CUSTOM_FIELDS]
    window.settings_window.close()
    ctx.undo_stack.undo()  # Ctrl+Z in the main window: the settings window is gone, the views still hear of it
    assert old.calls == ["custom_fields"] * 2 and len(new.seen) == 2


def test_which_views_the_bridge_still_refreshes_by_name(qtbot: QtBot, ctx: GuiContext) -> None:
    """The bridge's list of work: when it is empty for every view of the application, delete the bridge."""
    from desktop.app import view_factories

    window = MainWindow(ctx, view_factories(ctx))
    qtbot.addWidget(window)
    for name in window.view_names():
        window.view(name)
    window.view("quotes").renderer.close()  # type: ignore[attr-defined]  # the application's aboutToQuit does
    bridged = window.legacy_refresh.bridged()
    print("views still refreshed by name:", {name: str(topics) for name, topics in bridged.items()})
    assert set(bridged) <= {"followups", "contacts", "companies", "quotes", "queries"}
