"""Pick a product of the catalogue for a new quote line: type to search, arrows to choose, Entrée to add."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.formatting import format_money
from desktop.core.money import to_decimal
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.search_picker import SearchPicker
from desktop.gui.kit.workers import Op
from desktop.gui.quotes.editor.lines import LineItem
from desktop.gui.shell.context import GuiContext


class ProductPicker(SearchPicker):
    """The catalogue, searched as you type; Entrée adds the highlighted product as a line."""

    sig_product_chosen = Signal(object)  # LineItem

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, name="product", title=tr("ProductPicker", "Catalogue"),
                         placeholder=tr("ProductPicker", "Référence ou désignation…"),
                         hint=tr("ProductPicker", "↑ ↓ pour choisir, Entrée pour ajouter la ligne, Échap pour fermer"),
                         parent=parent)
        self.resize(560, 460)
        self.reload()

    def search_rows(self, session: Any, text: str) -> list[Any]:
        from desktop.gui.quotes.editor.state import products

        return list(products(session, text))

    def row_item(self, row: Any) -> tuple[int, str]:
        product_id, reference, designation, price = row
        money = format_money(to_decimal(price), self.ctx.settings.language)
        return int(product_id), f"{reference} — {designation}   {money}"

    def choose_current(self) -> None:
        """Read the highlighted product as a line and hand it to the editor."""
        from desktop.gui.quotes.editor.state import product_line

        product_id = self.current_id()
        if product_id is None:
            return
        database, lang = self.ctx.database, self.ctx.settings.language

        def job(_p: Callable[[int, int], bool]) -> LineItem:
            with database.sessions() as session:
                return product_line(session, product_id, lang)

        def chosen(line: LineItem) -> None:
            self.sig_product_chosen.emit(line)
            self.accept()

        Op(job).success(chosen).failure(lambda exc: self.ctx.show_message(str(exc))).run_in_background(
            self.ctx.runner)
