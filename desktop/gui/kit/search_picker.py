"""A dialog to pick one record by typing: the search keeps the focus, arrows move in the list, Entrée picks.

Searches run on the worker thread; only the latest answer is shown. Subclasses say what to search
(:meth:`search_rows`, run in a session) and how a row reads (:meth:`row_item`), and what picking does
(:meth:`choose_current`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.gui.kit.db_op import db_op
from desktop.gui.shell.context import GuiContext


class SearchPicker(QDialog):
    """Search as you type over records; the highlighted one's id is ``current_id()``."""

    sig_loaded = Signal()

    def __init__(self, ctx: GuiContext, *, name: str, title: str, placeholder: str, hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_picker")
        self.setWindowTitle(title)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(placeholder)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}s")
        self.list.itemActivated.connect(self.on_list_item_activated)
        label = QLabel(hint)
        label.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(label)
        self._generation = 0

    def search_rows(self, session: Any, text: str) -> list[Any]:
        """The rows matching ``text`` (on the worker thread)."""
        raise NotImplementedError

    def row_item(self, row: Any) -> tuple[int, str]:
        """A row's id and the text the list shows for it."""
        raise NotImplementedError

    def choose_current(self) -> None:
        raise NotImplementedError

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reload(self) -> None:
        """Search on the worker thread; an answer older than the latest search is dropped."""
        self._generation += 1
        generation, text = self._generation, self.search.text()

        def shown(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self.list.clear()
            for row in rows:
                record_id, label = self.row_item(row)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                self.list.addItem(item)
            if self.list.count():
                self.list.setCurrentRow(0)
            self.sig_loaded.emit()

        db_op(self.ctx, lambda session: self.search_rows(session, text), write=False).success(shown).run()

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move in the list while the search keeps the focus; Entrée picks."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.choose_current()
