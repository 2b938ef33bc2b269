"""Pick a product of the catalogue for a new quote line: type to search, arrows to choose, Entrée to add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.formatting import format_money
from desktop.core.money import to_decimal
from desktop.gui.context import GuiContext
from desktop.gui.quote_lines import LineItem
from desktop.gui.workers import Op


class ProductPicker(QDialog):
    """The catalogue, searched as you type; Entrée adds the highlighted product as a line."""

    sig_product_chosen = Signal(object)  # LineItem
    sig_loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_picker")
        self.setWindowTitle(self.tr("Catalogue"))
        self.resize(560, 460)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("product_search")
        self.search.setPlaceholderText(self.tr("Référence ou désignation…"))
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("products")
        self.list.itemActivated.connect(self.on_list_item_activated)
        hint = QLabel(self.tr("↑ ↓ pour choisir, Entrée pour ajouter la ligne, Échap pour fermer"))
        hint.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self._generation = 0
        self.reload()

    def reload(self) -> None:
        """Read the catalogue matching the search on the worker thread."""
        from desktop.gui.quote_editor_state import products

        self._generation += 1
        generation, text, database = self._generation, self.search.text(), self.ctx.database

        def job(_p: Callable[[int, int], bool]) -> list[tuple[int, str, str, str]]:
            with database.sessions() as session:
                return products(session, text)

        def shown(rows: list[tuple[int, str, str, str]]) -> None:
            if generation != self._generation:
                return
            self.list.clear()
            for product_id, reference, designation, price in rows:
                text = f"{reference} — {designation}   {format_money(to_decimal(price), self.ctx.settings.language)}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, product_id)
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
        """Arrows move in the list while the search keeps the focus; Entrée adds."""
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
        """Read the highlighted product as a line and hand it to the editor."""
        from desktop.gui.quote_editor_state import product_line

        item = self.list.currentItem()
        if item is None:
            return
        product_id, database, lang = int(item.data(Qt.ItemDataRole.UserRole)), self.ctx.database, \
            self.ctx.settings.language

        def job(_p: Callable[[int, int], bool]) -> LineItem:
            with database.sessions() as session:
                return product_line(session, product_id, lang)

        def chosen(line: LineItem) -> None:
            self.sig_product_chosen.emit(line)
            self.accept()

        Op(job).success(chosen).failure(lambda exc: self.ctx.show_message(str(exc))).run_in_background(
            self.ctx.runner)
