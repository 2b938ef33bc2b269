"""Choose the contact a new quote is for: type a name or a company, arrows to choose, Entrée to confirm."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.search_picker import SearchPicker
from desktop.gui.shell.context import GuiContext


class ContactPicker(SearchPicker):
    """Contacts searched as you type (in the background); ``chosen_id`` after Entrée."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, name="contact", title=tr("ContactPicker", "Nouveau devis — pour quel contact ?"),
                         placeholder=tr("ContactPicker", "Nom du contact ou de sa société…"),
                         hint=tr("ContactPicker", "↑ ↓ pour choisir, Entrée pour créer le devis, Échap pour annuler"),
                         parent=parent)
        self.resize(520, 440)
        self.chosen_id: int | None = None
        self.reload()

    def search_rows(self, session: Any, text: str) -> list[Any]:
        from desktop.db.contacts import find_contacts

        return list(find_contacts(session, text))

    def row_item(self, row: Any) -> tuple[int, str]:
        contact_id, name, company = row
        return int(contact_id), f"{name} — {company}" if company else name

    def choose_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.chosen_id = chosen
            self.accept()
