"""Paramètres › Champs personnalisés: the fields the team adds to contacts and companies.

Each change (add, change, move, delete) applies at once as an undoable command on the application's undo
stack (Ctrl+Z here or in the main window); a deletion first says how many filled values it loses, and so
does a change of choices that drops some. Every change, and its undo, publishes ``Topic.CUSTOM_FIELDS`` on the
change bus: the views that show fields (the smart-query builder, the contact and company panels) follow, even
when this page is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core.custom_fields import FieldDef
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.custom_field_editors import entity_labels, kind_labels
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text
from desktop.gui.kit.problems import problem_text
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.undo import DbCommand
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.core.custom_fields import Definition


class CustomFieldsPage(QWidget):
    """The list of the custom fields of contacts or of companies, with the buttons that change them."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("custom_fields_page")
        self._fields: list[FieldDef] = []
        self._counts: dict[int, int] = {}

        note = QLabel(self.tr("Ajoutez aux fiches les informations propres à votre métier. Elles se remplissent "
                              "dans les fiches, se filtrent dans les requêtes, s’importent et s’exportent. "
                              "Chaque modification s’applique tout de suite ; Ctrl+Z l’annule."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.entity = QComboBox()
        self.entity.setObjectName("custom_fields_entity")
        for entity, label in entity_labels().items():
            self.entity.addItem(label, entity)
        self.entity.currentIndexChanged.connect(self.on_entity_current_index_changed)
        entity_row = QHBoxLayout()
        entity_row.addWidget(QLabel(self.tr("Champs des fiches")))
        entity_row.addWidget(self.entity)
        entity_row.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("custom_fields_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Libellé"), self.tr("Type"), self.tr("Choix"), self.tr("Renseignés")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self.on_edit_clicked)
        self.empty = QLabel(self.tr("Aucun champ personnalisé pour l’instant."))
        self.empty.setProperty("role", "muted")

        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.add_button.setObjectName("custom_field_add")
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.up_button = QPushButton(self.tr("Monter"))
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button = QPushButton(self.tr("Descendre"))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("custom_fields_undo")
        self.undo_action = ctx.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setVisible(ctx.undo_stack.canUndo())  # beside « Annuler » (close), only when useful
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setVisible)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("custom_fields_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        list_box = QVBoxLayout()
        list_box.addWidget(self.tree, 1)
        list_box.addWidget(self.empty)
        row.addLayout(list_box, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(entity_row)
        layout.addLayout(row, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        layout.addLayout(status_row)
        self._update_buttons()
        self.load()

    # Loading ------------------------------------------------------------------------------
    def entity_code(self) -> str:
        return str(self.entity.currentData())

    def fields(self) -> list[FieldDef]:
        """The fields of the entity shown, in their order."""
        return [f for f in self._fields if f.entity == self.entity_code()]

    def load(self, select_id: int | None = None) -> None:
        """Read the fields and how many records fill each (off the UI thread)."""
        def job(session: Any) -> tuple[list[FieldDef], dict[int, int]]:
            from desktop.db import custom_fields as repo

            return repo.list_fields(session), {**repo.value_counts(session, "contact"),
                                               **repo.value_counts(session, "company")}

        def done(result: tuple[list[FieldDef], dict[int, int]]) -> None:
            if not isValid(self):
                return
            self._fields, self._counts = result
            self._fill(select_id if select_id is not None else self.current_id())

        db_op(self.ctx, job, write=False).success(done).failure(self._failed).run()

    def _fill(self, select_id: int | None) -> None:
        kinds = kind_labels()
        self.tree.clear()
        for f in self.fields():
            choices = ", ".join(f.choices)
            item = QTreeWidgetItem([f.label, kinds.get(f.kind, f.kind), choices, str(self._counts.get(f.id, 0))])
            item.setData(0, Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(2, choices)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if f.id == select_id:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setVisible(bool(self.fields()))
        self.empty.setVisible(not self.fields())
        self._update_buttons()

    @Slot(int)
    def on_entity_current_index_changed(self, _index: int) -> None:
        self._fill(None)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def current_field(self) -> FieldDef | None:
        return next((f for f in self._fields if f.id == self.current_id()), None)

    def _update_buttons(self) -> None:
        fields, current = self.fields(), self.current_id()
        index = next((i for i, f in enumerate(fields) if f.id == current), -1)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(index >= 0)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(fields) - 1)

    # Commands -----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        from desktop.core.validation import InvalidValue

        text = problem_text(exc.message) if isinstance(exc, InvalidValue) else error_text(exc)
        if isValid(self):
            self._say(self.tr("Refusé : %1").replace("%1", text), error=True)
        else:
            self.ctx.show_message(text)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "success")
        self.ctx.show_message(text)

    def _push(self, text: str, redo: Any, undo: Any, first: Any = None, remember: Any = None,
              select: Callable[[], int | None] = lambda: None) -> None:
        def refresh() -> None:
            if isValid(self):
                self.load(select())

        self.ctx.undo_stack.push(DbCommand(self.ctx, text, redo=redo, undo=undo, first=first, remember=remember,
                                           on_done=refresh, on_error=self._failed, changes=Topic.CUSTOM_FIELDS))

    @Slot()
    def on_add_clicked(self) -> None:
        from desktop.gui.settings.custom_field_dialog import CustomFieldDialog

        dialog = CustomFieldDialog(self.entity_code(), self.fields(), None, self)
        if dialog.exec():
            self.add_field(self.entity_code(), dialog.definition())

    def add_field(self, entity: str, definition: Definition) -> None:
        """Create a field (undoable: undo deletes it, redo brings the same field back)."""
        from desktop.db import custom_fields as repo

        made: dict[str, Any] = {}

        def remember(field: FieldDef) -> None:
            made["field"] = field
            if isValid(self):
                self._say(self.tr("Champ « %1 » ajouté.").replace("%1", field.label))

        self._push(self.tr("Ajouter le champ « %1 »").replace("%1", definition.label.strip()),
                   first=lambda s: repo.create_field(s, entity, definition), remember=remember,
                   select=lambda: made["field"].id if "field" in made else None,
                   redo=lambda s: repo.restore_field(s, repo.FieldSnapshot(made["field"])),
                   undo=lambda s: repo.delete_field(s, made["field"].id))

    @Slot()
    def on_edit_clicked(self) -> None:
        field = self.current_field()
        if field is None:
            return
        from desktop.gui.settings.custom_field_dialog import CustomFieldDialog

        others = [f for f in self.fields() if f.id != field.id]
        dialog = CustomFieldDialog(field.entity, others, field, self)
        if not dialog.exec():
            return
        definition, renamed = dialog.definition(), dialog.renamed()
        if not dialog.removed():
            self.change_field(field, definition, renamed)
            return
        def count(session: Any) -> int:
            from desktop.db import custom_fields as repo

            return repo.values_lost_by(session, field.id, [c.strip() for c in definition.choices], renamed)

        db_op(self.ctx, count, write=False).success(
            lambda lost: self._confirm_change(field, definition, renamed, lost)).failure(self._failed).run()

    def _confirm_change(self, field: FieldDef, definition: Definition, renamed: dict[str, str], lost: int) -> None:
        if lost:
            answer = QMessageBox.question(
                self, self.tr("Choix retirés"),
                self.tr("%n fiche(s) utilisent un choix retiré : leur valeur sera effacée. Ctrl+Z l’annule. "
                        "Continuer ?", "", lost))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.change_field(field, definition, renamed)

    def change_field(self, field: FieldDef, definition: Definition, renamed: dict[str, str] | None = None) -> None:
        """Change a field's label or choices (undoable: undo puts back the definition and the values)."""
        from desktop.db import custom_fields as repo

        snapshot: dict[str, Any] = {}

        def apply(s: Any) -> None:
            snapshot["before"] = repo.update_field(s, field.id, definition, renamed)

        self._push(self.tr("Modifier le champ « %1 »").replace("%1", field.label), redo=apply,
                   undo=lambda s: repo.restore_field(s, snapshot["before"]), select=lambda: field.id)

    def move_field(self, delta: int) -> None:
        """Move the selected field up (-1) or down (+1) in the forms (undoable)."""
        from desktop.db import custom_fields as repo

        fields, current = self.fields(), self.current_id()
        index = next((i for i, f in enumerate(fields) if f.id == current), -1)
        target = index + delta
        if index < 0 or not 0 <= target < len(fields):
            return
        before = [f.id for f in fields]
        after = list(before)
        after[index], after[target] = after[target], after[index]
        entity = self.entity_code()
        self._push(self.tr("Déplacer le champ « %1 »").replace("%1", fields[index].label),
                   redo=lambda s: repo.reorder(s, entity, after), undo=lambda s: repo.reorder(s, entity, before),
                   select=lambda: current)

    @Slot()
    def on_delete_clicked(self) -> None:
        field = self.current_field()
        if field is None:
            return
        count = self._counts.get(field.id, 0)
        question = self.tr("Supprimer le champ « %1 » ?").replace("%1", field.label) + "\n\n" + (
            self.tr("%n valeur(s) renseignée(s) seront perdues (Ctrl+Z les rétablit).", "", count) if count
            else self.tr("Aucune fiche ne le renseigne."))
        answer = QMessageBox.question(self, self.tr("Supprimer le champ"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_field(field)

    def delete_field(self, field: FieldDef) -> None:
        """Delete a field and its values (undoable: undo brings both back, with the same id)."""
        from desktop.db import custom_fields as repo

        snapshot: dict[str, Any] = {}

        def delete(s: Any) -> None:
            snapshot["before"] = repo.delete_field(s, field.id)

        self._push(self.tr("Supprimer le champ « %1 »").replace("%1", field.label), redo=delete,
                   undo=lambda s: repo.restore_field(s, snapshot["before"]))
        self._say(self.tr("Champ « %1 » supprimé. Ctrl+Z pour annuler.").replace("%1", field.label))
