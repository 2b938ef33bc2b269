"""TEMPORARY: refreshes by name the views that do not subscribe to the change bus yet.

The shell no longer calls views: the live services and the custom-field page publish on ``ctx.changes``
(:mod:`desktop.gui.kit.changes`). Until every view subscribes to the topics it shows, this bridge turns
the two changes the shell used to pass by name back into the old calls, for the built views that do not
subscribe to that topic yet (a view that subscribes with ``owner=self`` is left alone):

- ``Topic.CUSTOM_FIELDS``: ``view.on_custom_fields_changed()`` (contacts, companies, queries);
- ``Topic.TRACKING`` (the live services' news): ``followups.refresh()`` and ``quotes.model.reload()``.

Delete this module, and its one line in :class:`~desktop.gui.shell.main_window.MainWindow`, once
``tests/gui/shell/test_bridge.py`` says that no view needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.gui.kit.changes import ChangeBus, Changes, Topic

if TYPE_CHECKING:
    from desktop.gui.shell.main_window import MainWindow


class LegacyRefresh(QObject):
    """Calls the old refresh methods of the views that have not subscribed to the bus yet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.ctx.changes.subscribe(Topic.CUSTOM_FIELDS | Topic.TRACKING, self.on_changes, owner=self)

    def _unsubscribed(self, topic: Topic) -> list[tuple[str, QObject]]:
        views = ((name, self._window.existing_view(name)) for name in self._window.view_names())
        return [(name, view) for name, view in views if view is not None and not ChangeBus.subscribed(view, topic)]

    def bridged(self) -> dict[str, Topic]:
        """The built views still refreshed by name, and for which topics (the test that retires the bridge)."""
        out: dict[str, Topic] = {}
        for topic, calls in ((Topic.CUSTOM_FIELDS, _custom_fields_call), (Topic.TRACKING, _news_call)):
            for name, view in self._unsubscribed(topic):
                if calls(name, view) is not None:
                    out[name] = out.get(name, Topic.NONE) | topic
        return out

    def on_changes(self, changes: Changes) -> None:
        for topic, calls in ((Topic.CUSTOM_FIELDS, _custom_fields_call), (Topic.TRACKING, _news_call)):
            if changes.touches(topic):
                for name, view in self._unsubscribed(topic):
                    call = calls(name, view)
                    if call is not None:
                        call()


def _custom_fields_call(_name: str, view: QObject) -> Any:
    return getattr(view, "on_custom_fields_changed", None)


def _news_call(name: str, view: QObject) -> Any:
    if name == "followups":
        return getattr(view, "refresh", None)
    if name == "quotes":
        return getattr(getattr(view, "model", None), "reload", None)
    return None
