"""Add contacts to a static query by hand: type a name, Entrée puts the highlighted contact in the basket and
clears the search for the next one, Ctrl+Entrée (or « Ajouter ») adds the basket, Échap cancels."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.search_picker import SearchPicker
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("MemberPicker", text)


class MemberPicker(SearchPicker):
    """Contacts searched as you type; ``chosen_ids()`` once accepted. Members already in are marked."""

    def __init__(self, ctx: GuiContext, query_name: str, members: Collection[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, name="member", title=_t("Ajouter des contacts à « %1 »").replace("%1", query_name),
                         placeholder=_t("Nom du contact ou de sa société…"),
                         hint=_t("↑ ↓ pour choisir, Entrée pour mettre dans la liste, Ctrl+Entrée pour ajouter, "
                                 "Échap pour annuler"),
                         parent=parent)
        self.resize(560, 560)
        self._members = set(members)
        self._chosen: dict[int, str] = {}
        self.basket_label = QLabel()
        self.basket = QListWidget()
        self.basket.setObjectName("member_basket")
        self.basket.setMaximumHeight(140)
        self.basket.installEventFilter(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.basket_label)
        layout.addWidget(self.basket)
        layout.addWidget(self.buttons)
        self.list.installEventFilter(self)
        self._show_basket()
        self.reload()

    def search_rows(self, session: Any, text: str) -> list[Any]:
        from desktop.db.contacts import find_contacts

        return list(find_contacts(session, text))

    def row_item(self, row: Any) -> tuple[int, str]:
        contact_id, name, company = row
        label = f"{name} — {company}" if company else name
        if int(contact_id) in self._members:
            label += "   " + _t("(déjà membre)")
        elif int(contact_id) in self._chosen:
            label += "   " + _t("(dans la liste)")
        return int(contact_id), label

    def choose_current(self) -> None:
        """Put the highlighted contact in the basket (members are already in) and clear the search."""
        contact_id = self.current_id()
        item = self.list.currentItem()
        if contact_id is None or item is None or contact_id in self._members or contact_id in self._chosen:
            return
        self._chosen[contact_id] = item.text()
        self._show_basket()
        if self.search.text():
            self.search.clear()  # reloads: the next name can be typed at once
        else:
            self.reload()  # the list marks the contact as in the basket
        self.search.setFocus()

    def _show_basket(self) -> None:
        self.basket.clear()
        for contact_id, label in self._chosen.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.basket.addItem(item)
        count = len(self._chosen)
        self.basket_label.setText(tr("MemberPicker", "%n contact(s) à ajouter (Suppr retire de la liste)", "",
                                     count))
        self.add_button.setText(tr("MemberPicker", "Ajouter %n contact(s)", "", count))
        self.add_button.setEnabled(count > 0)

    def chosen_ids(self) -> list[int]:
        return list(self._chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Entrée adds the basket; Suppr in the basket takes the highlighted contact out again."""
        if event.type() != QEvent.Type.KeyPress or not hasattr(self, "basket"):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self._chosen:
                self.accept()
            return True
        if watched is self.basket:
            item = self.basket.currentItem()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
                self._chosen.pop(int(item.data(Qt.ItemDataRole.UserRole)), None)
                self._show_basket()
                return True
        return super().eventFilter(watched, event)
