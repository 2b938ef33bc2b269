"""The shell refreshes no view by name: the live services' news and the custom-field changes are published on
the change bus, and each view of the application subscribes to the topics it shows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from desktop.core.custom_fields import Definition
from desktop.gui.kit.changes import ChangeBus, Changes, Topic
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import LiveServices
from desktop.gui.shell.live_ui import NEWS, start_live
from desktop.gui.shell.main_window import MainWindow
from desktop.services.secrets import SecretStore, check_keyring


class OldView(QWidget):
    """A view with the old refresh methods, not subscribed: nothing calls them any more."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def refresh(self) -> None:
        self.calls.append("refresh")

    def on_custom_fields_changed(self) -> None:
        self.calls.append("custom_fields")


class SubscribedView(OldView):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.seen: list[Changes] = []
        ctx.changes.subscribe(Topic.CUSTOM_FIELDS | Topic.TRACKING, self.seen.append, owner=self)


def test_live_news_are_published_once_and_no_view_is_called_by_name(qtbot: QtBot, ctx: GuiContext) -> None:
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
    assert old.calls == []  # not subscribed: not told, not called by name
    assert [c.topics for c in new.seen] == [NEWS] and new.calls == []


def test_custom_field_changes_reach_the_views_even_after_the_settings_window_closed(qtbot: QtBot,
                                                                                   ctx: GuiContext) -> None:
    window = MainWindow(ctx, [("a", "A", OldView), ("c", "C", lambda: SubscribedView(ctx))])
    qtbot.addWidget(window)
    for name in ("a", "c"):
        window.show_view(name)
    old, new = window.view("a"), window.view("c")
    assert isinstance(old, OldView) and isinstance(new, SubscribedView)
    window.on_all_settings_triggered()
    window.settings_window.custom_fields.add_field("contact", Definition("Source", "text"))
    assert [c.topics for c in new.seen] == [Topic.CUSTOM_FIELDS]
    window.settings_window.close()
    ctx.undo_stack.undo()  # Ctrl+Z in the main window: the settings window is gone, the views still hear of it
    assert len(new.seen) == 2 and old.calls == []


def test_each_view_of_the_application_subscribes_to_what_it_shows(qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.app import view_factories

    window = MainWindow(ctx, view_factories(ctx))
    qtbot.addWidget(window)
    for name in window.view_names():
        window.view(name)
    window.view("quotes").renderer.close()  # type: ignore[attr-defined]  # the application's aboutToQuit does
    shows = {"followups": Topic.TRACKING, "quotes": Topic.TRACKING, "contacts": Topic.CUSTOM_FIELDS,
             "companies": Topic.CUSTOM_FIELDS, "queries": Topic.CUSTOM_FIELDS}
    missing = {name: str(topic) for name, topic in shows.items()
               if not ChangeBus.subscribed(window.view(name), topic)}
    assert missing == {}
