"""Choose the contact a new quote is for: type a name or a company, arrows to choose, Entrée to confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.gui.context import GuiContext
from desktop.gui.workers import Op


class ContactPicker(QDialog):
    """Contacts searched as you type (in the background); ``chosen_id`` after Entrée."""

    sig_loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_picker")
        self.setWindowTitle(self.tr("Nouveau devis — pour quel contact ?"))
        self.resize(520, 440)
        self.ctx = ctx
        self.chosen_id: int | None = None
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setPlaceholderText(self.tr("Nom du contact ou de sa société…"))
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("contacts")
        self.list.itemActivated.connect(self.on_list_item_activated)
        hint = QLabel(self.tr("↑ ↓ pour choisir, Entrée pour créer le devis, Échap pour annuler"))
        hint.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self._generation = 0
        self.reload()

    def reload(self) -> None:
        """Search the contacts on the worker thread; only the latest answer is shown."""
        from desktop.gui.quote_actions import find_contacts

        self._generation += 1
        generation, text, database = self._generation, self.search.text(), self.ctx.database

        def job(_p: Callable[[int, int], bool]) -> list[tuple[int, str, str]]:
            with database.sessions() as session:
                return find_contacts(session, text)

        def shown(rows: list[tuple[int, str, str]]) -> None:
            if generation != self._generation:
                return
            self.list.clear()
            for contact_id, name, company in rows:
                item = QListWidgetItem(f"{name} — {company}" if company else name)
                item.setData(Qt.ItemDataRole.UserRole, contact_id)
                self.list.addItem(item)
            if self.list.count():
                self.list.setCurrentRow(0)
            self.sig_loaded.emit()

        Op(job).success(shown).failure(lambda exc: self.ctx.show_message(str(exc))).run_in_background(
            self.ctx.runner)

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move in the list while the search keeps the focus; Entrée confirms."""
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

    def choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen_id = int(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
