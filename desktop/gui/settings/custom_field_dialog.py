"""The dialog that defines one custom field: its label, its kind and, for a list, its choices.

Validated as the user types (the core's :func:`~desktop.core.custom_fields.validate_definition`): a label
is required and may not repeat another field's, a list needs at least one choice and no choice twice.
The kind is chosen once, at creation. Choices are edited in place (F2 or a double click), added, removed
and moved; a renamed choice carries its values along (:meth:`CustomFieldDialog.renamed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop.core.custom_fields import Definition, FieldDef, name_from_label, validate_definition
from desktop.gui.generated.settings.ui_custom_field_dialog import Ui_CustomFieldDialogForm
from desktop.gui.kit.custom_field_editors import entity_labels, kind_labels
from desktop.gui.kit.problems import problem_text

ORIGINAL = Qt.ItemDataRole.UserRole


class CustomFieldDialog(QDialog):
    """Define a new field of ``entity`` (``field`` None) or change one; ``others`` are the entity's other
    fields, whose labels may not be repeated. The form is ``ui/settings/custom_field_dialog.ui``."""

    def __init__(self, entity: str, others: Sequence[FieldDef], field: FieldDef | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_CustomFieldDialogForm()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.setObjectName("custom_field_dialog")
        self._others = list(others)
        self._field = field
        entity_name = entity_labels()[entity].lower()
        self.setWindowTitle(self.tr("Nouveau champ (%1)").replace("%1", entity_name) if field is None
                            else self.tr("Modifier le champ « %1 »").replace("%1", field.label))
        f = self.form
        self.label, self.label_error, self.name_note = f.field_label, f.label_error, f.field_name
        self.kind = f.field_kind
        self.choices_box, self.choices, self.choices_label = f.choices_box, f.field_choices, f.choices_label
        self.add_choice_button, self.remove_choice_button = f.add_choice_button, f.remove_choice_button
        self.up_button, self.down_button = f.up_button, f.down_button
        self.choices_error, self.choices_hint, self.buttons = f.choices_error, f.choices_hint, f.buttons
        self.label.setText(field.label if field else "")
        for label in (self.label_error, self.choices_error):
            label.hide()
        for kind, text in kind_labels().items():
            self.kind.addItem(text, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(field.kind if field else "text")))
        if field is not None:
            self.kind.setEnabled(False)
            self.kind.setToolTip(self.tr("Le type d’un champ ne change plus une fois le champ créé."))
        for choice in (field.choices if field else ()):
            self._add_item(choice, choice)
        self.add_choice_button.clicked.connect(self.on_add_choice_clicked)
        self.remove_choice_button.clicked.connect(self.on_remove_choice_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        self.label.textChanged.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self.revalidate)
        self.choices.itemChanged.connect(self.revalidate)
        self.choices.model().rowsMoved.connect(self.revalidate)
        self.choices.currentRowChanged.connect(self._update_buttons)
        self.revalidate()

    def _add_item(self, text: str, original: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(ORIGINAL, original)
        self.choices.addItem(item)
        return item

    # Choices ------------------------------------------------------------------------------
    @Slot()
    def on_add_choice_clicked(self) -> None:
        item = self._add_item("", None)
        self.choices.setCurrentItem(item)
        self.choices.editItem(item)
        self.revalidate()

    @Slot()
    def on_remove_choice_clicked(self) -> None:
        row = self.choices.currentRow()
        if row >= 0:
            self.choices.takeItem(row)
            self.revalidate()

    def _move(self, delta: int) -> None:
        row = self.choices.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.choices.count():
            return
        item = self.choices.takeItem(row)
        self.choices.insertItem(target, item)
        self.choices.setCurrentRow(target)
        self.revalidate()

    def _update_buttons(self) -> None:
        row, count = self.choices.currentRow(), self.choices.count()
        self.remove_choice_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def choice_texts(self) -> list[str]:
        return [self.choices.item(i).text() for i in range(self.choices.count())]

    # Result -------------------------------------------------------------------------------
    def definition(self) -> Definition:
        """The definition as typed (not yet cleaned)."""
        kind = str(self.kind.currentData())
        return Definition(self.label.text(), kind, tuple(self.choice_texts()) if kind == "choice" else ())

    def renamed(self) -> dict[str, str]:
        """Former choices renamed in the list: former text -> new text (trimmed)."""
        out: dict[str, str] = {}
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            original = item.data(ORIGINAL)
            if original and item.text().strip() and item.text().strip() != original:
                out[str(original)] = item.text().strip()
        return out

    def removed(self) -> list[str]:
        """Former choices that are no longer in the list (their values will be cleared)."""
        kept = {str(self.choices.item(i).data(ORIGINAL)) for i in range(self.choices.count())}
        return [c for c in (self._field.choices if self._field else ()) if c not in kept]

    @Slot()
    def revalidate(self) -> bool:
        """Check what is typed; show the problems; enable saving only without any."""
        clean, errors = validate_definition(self.definition(), self._others)
        for label, key in ((self.label_error, "label"), (self.choices_error, "choices")):
            label.setText(problem_text(errors[key]) if key in errors else "")
            label.setVisible(key in errors)
        is_choice = self.kind.currentData() == "choice"
        self.choices_box.setVisible(is_choice)
        self.choices_label.setVisible(is_choice)
        name = self._field.name if self._field else name_from_label(clean.label, [f.name for f in self._others])
        self.name_note.setText(self.tr("Identifiant pour les imports : %1").replace("%1", name)
                               if "label" not in errors else "")
        self._update_buttons()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)
        return not errors

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self.revalidate():
            self.accept()
