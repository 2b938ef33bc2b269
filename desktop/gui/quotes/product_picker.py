"""Pick a product of the catalogue for a new quote line: type to search, arrows to choose, Entrée to add."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.formatting import format_money
from desktop.core.money import to_decimal
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.search_picker import SearchPicker
from desktop.gui.quotes.editor.state import product_item
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.core.quotes import QuoteLine


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
        from desktop.db.quote_editing import catalogue

        return list(catalogue(session, text))

    def row_item(self, row: Any) -> tuple[int, str]:
        product_id, reference, designation, price = row
        money = format_money(to_decimal(price), self.ctx.settings.language)
        return int(product_id), f"{reference} — {designation}   {money}"

    def choose_current(self) -> None:
        """Read the highlighted product as a line and hand it to the editor."""
        from desktop.db.quote_editing import product_quote_line

        product_id = self.current_id()
        if product_id is None:
            return
        lang = self.ctx.settings.language

        def chosen(line: QuoteLine) -> None:
            self.sig_product_chosen.emit(product_item(line, product_id, lang))
            self.accept()

        db_op(self.ctx, lambda s: product_quote_line(s, product_id), write=False).success(chosen).run()
