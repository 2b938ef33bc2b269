"""« Actions sur les contacts » of a smart query: on every contact it matches now, each confirmed with their
number. Tags, status, salesperson and custom fields are undoable edits that publish ``Topic.CONTACTS``; the
contacts can also join a phoning campaign, a running scenario, or an export."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.i18n import tr
from desktop.gui.queries.builder import BuilderCatalog
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Queries", text)


class BulkActions:
    """The bulk actions on the contacts a query matches (``matching()``, read when an action starts).

    Each action asks what it needs unless given (``tag``, ``status``...) and confirms with the number of
    contacts unless ``confirmed``.
    """

    def __init__(self, parent: QWidget, ctx: GuiContext, matching: Callable[[], list[int]],
                 catalog: Callable[[], BuilderCatalog]) -> None:
        self._parent = parent
        self._ctx = ctx
        self._matching = matching
        self._catalog = catalog

    def menu(self) -> QMenu:
        menu = QMenu(self._parent)
        menu.addAction(_t("Ajouter une étiquette…"), lambda: self.tag(add=True))
        menu.addAction(_t("Retirer une étiquette…"), lambda: self.tag(add=False))
        menu.addAction(_t("Définir le statut…"), self.status)
        menu.addAction(_t("Attribuer un commercial…"), self.owner)
        menu.addAction(_t("Définir un champ personnalisé…"), self.custom_field)
        menu.addAction(_t("Ajouter à une campagne phoning…"), self.phoning)
        menu.addAction(_t("Inscrire dans un scénario…"), self.enrol)
        menu.addSeparator()
        menu.addAction(_t("Exporter (CSV ou Excel)…"), self.export)
        return menu

    def _none_match(self) -> bool:
        """Say so when no contact matches (True: nothing to do)."""
        if self._matching():
            return False
        QMessageBox.information(self._parent, "Relance", _t("Aucun contact ne correspond à la requête."))
        return True

    def _confirm(self, question: str) -> bool:
        """Ask to confirm an action on the current matching contacts, stating their number."""
        if self._none_match():
            return False
        text = tr("Queries", "%n contact(s) seront modifiés.", "", len(self._matching()))
        answer = QMessageBox.question(self._parent, "Relance", f"{question}\n\n{text}")
        return answer == QMessageBox.StandardButton.Yes

    def _push(self, text: str, *, first: Any, redo: Any, undo: Any, remember: Callable[[Any], None]) -> None:
        """An undoable edit of the contacts; the views that show contacts read them again (the query's count
        and members too)."""
        from desktop.gui.kit.undo import DbCommand

        self._ctx.undo_stack.push(DbCommand(self._ctx, text, redo=redo, undo=undo, first=first, remember=remember,
                                            on_done=lambda: None, changes=Topic.CONTACTS))

    # Edits of the contacts --------------------------------------------------------------------------
    def tag(self, add: bool, tag: str | None = None, confirmed: bool = False) -> None:
        from desktop.db import queries as repo

        if tag is None:
            tag, ok = QInputDialog.getText(self._parent, "Relance", _t("Étiquette :"))
            if not ok:
                return
        name = tag.strip()
        if not name:
            return
        question = (_t("Ajouter l'étiquette « %1 » ?") if add else _t("Retirer l'étiquette « %1 » ?")).replace(
            "%1", name)
        if not confirmed and not self._confirm(question):
            return
        ids, changed = self._matching(), list[int]()
        self._push(question, first=lambda s: (repo.add_tag if add else repo.remove_tag)(s, ids, name),
                   redo=lambda s: (repo.retag if add else repo.untag)(s, changed, name),
                   undo=lambda s: (repo.untag if add else repo.retag)(s, changed, name), remember=changed.extend)

    def status(self, status: str | None = None, confirmed: bool = False) -> None:
        if status is None:
            labels = [_t("Prospect"), _t("Client")]
            chosen, ok = QInputDialog.getItem(self._parent, "Relance", _t("Statut :"), labels, 0, False)
            if not ok:
                return
            status = "client" if chosen == labels[1] else "prospect"
        self._set_field("status", status, _t("Définir le statut ?"), confirmed)

    def owner(self, owner_id: int | None = None, confirmed: bool = False) -> None:
        if owner_id is None:
            users = self._catalog().users
            if not users:
                return
            chosen, ok = QInputDialog.getItem(self._parent, "Relance", _t("Commercial :"), [n for _i, n in users], 0,
                                              False)
            if not ok:
                return
            owner_id = next(i for i, n in users if n == chosen)
        self._set_field("owner_id", owner_id, _t("Attribuer ces contacts à un commercial ?"), confirmed)

    def _set_field(self, column: str, value: Any, question: str, confirmed: bool) -> None:
        from desktop.db import queries as repo

        if not confirmed and not self._confirm(question):
            return
        ids, previous = self._matching(), dict[int, Any]()
        self._push(question, first=lambda s: repo.set_field(s, ids, column, value),
                   redo=lambda s: repo.set_field(s, ids, column, value),
                   undo=lambda s: repo.restore_field(s, column, previous), remember=previous.update)

    def custom_field(self, field_id: int | None = None, text: str | None = None, confirmed: bool = False) -> None:
        """Give every matching contact one value of a contact custom field (empty clears it); undoable."""
        from desktop.core.custom_fields import parse_value
        from desktop.core.validation import InvalidValue
        from desktop.db import queries as repo
        from desktop.gui.kit.problems import problem_text

        parent = self._parent
        custom = {i: info for i, info in self._catalog().custom.items() if info.entity == "contact"}
        if not custom:
            QMessageBox.information(parent, "Relance", _t("Aucun champ personnalisé de contact. Ajoutez-en dans "
                                                          "Paramètres › Tous les paramètres › Champs personnalisés."))
            return
        if field_id is None:
            labels = [info.label for info in custom.values()]
            chosen, ok = QInputDialog.getItem(parent, "Relance", _t("Champ :"), labels, 0, False)
            if not ok:
                return
            field_id = next(i for i, info in custom.items() if info.label == chosen)
        info = custom[field_id]
        if text is None:
            if info.kind == "choice":
                empty = _t("(vide : effacer)")
                chosen, ok = QInputDialog.getItem(parent, "Relance", info.label, [*info.choices, empty], 0, False)
                text = "" if chosen == empty else chosen
            else:
                hint = {"number": _t("Nombre (par exemple 1 234,5) ; vide pour effacer :"),
                        "date": _t("Date (jj/mm/aaaa) ; vide pour effacer :")}.get(
                    info.kind, _t("Texte ; vide pour effacer :"))
                text, ok = QInputDialog.getText(parent, info.label, hint)
            if not ok:
                return
        try:
            value = parse_value(info.kind, text, info.choices)
        except InvalidValue as exc:
            QMessageBox.warning(parent, "Relance", _t("Valeur refusée pour « %1 » : %2").replace(
                "%1", info.label).replace("%2", problem_text(exc.message)))
            return
        question = (_t("Donner à « %1 » la valeur « %2 » ?").replace("%1", info.label).replace("%2", text.strip())
                    if value is not None else _t("Effacer « %1 » ?").replace("%1", info.label))
        if not confirmed and not self._confirm(question):
            return
        ids, previous, chosen_id = self._matching(), dict[int, Any](), field_id
        self._push(question, first=lambda s: repo.set_custom_field(s, ids, chosen_id, value),
                   redo=lambda s: repo.set_custom_field(s, ids, chosen_id, value),
                   undo=lambda s: repo.restore_custom_field(s, chosen_id, previous), remember=previous.update)

    # The contacts elsewhere ---------------------------------------------------------------------------
    def phoning(self, campaign_id: int | None = None) -> None:
        """Add the matching contacts to a phoning campaign (asked for unless given)."""
        from desktop.gui.campaigns.bulk import add_to_phoning_campaign

        add_to_phoning_campaign(self._parent, self._ctx, self._matching(), campaign_id)

    def enrol(self, scenario_id: int | None = None) -> None:
        """Enrol the matching contacts in a running scenario (asked and confirmed with the count unless given)."""
        if self._none_match():
            return
        from desktop.gui.scenarios.enrol_dialog import enrol_with_dialog

        enrol_with_dialog(self._parent, self._ctx, self._matching(), scenario_id=scenario_id)

    def export(self) -> None:
        if self._none_match():
            return
        text = tr("Queries", "Exporter %n contact(s) ?", "", len(self._matching()))
        if QMessageBox.question(self._parent, "Relance", text) != QMessageBox.StandardButton.Yes:
            return
        from desktop.gui.transfer.export import export_with_dialog
        from desktop.services.importer import Kind

        export_with_dialog(self._parent, self._ctx, kind=Kind.CONTACTS, ids=self._matching())
