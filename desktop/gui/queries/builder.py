"""The filter builder: nested AND/OR groups of conditions, field -> operator by type -> value editor by type.

Everything is reachable with the keyboard (Tab through field, operator, value, remove; the group's buttons
add a condition or a sub-group). ``spec()`` returns the JSON spec as typed, even when a value is missing:
the view validates it and shows the core's message.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.query_spec import NO_VALUE, OPERATORS, SPEC_VERSION, CustomFieldInfo, SpecError, field_def
from desktop.gui.kit.i18n import tr
from desktop.gui.queries.models import field_labels, operator_label

DAYS_OPS = ("last_n_days", "next_n_days", "more_than_n_days_ago")


class ConditionRow(QWidget):
    """One condition: field combo, operator combo, value editor(s), remove button."""

    changed = Signal()
    sig_remove_requested = Signal(QWidget)

    def __init__(self, catalog: BuilderCatalog, condition: dict[str, Any] | None = None) -> None:
        super().__init__()
        self._catalog = catalog
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.setAccessibleName(tr("QueryBuilder", "Champ"))
        for key, label in catalog.fields:
            self.field.addItem(label, key)
        self.op = QComboBox()
        self.op.setAccessibleName(tr("QueryBuilder", "Opérateur"))
        self._values = QHBoxLayout()
        self._editors: list[QWidget] = []
        remove = QPushButton(tr("QueryBuilder", "Retirer"))
        remove.setToolTip(tr("QueryBuilder", "Retirer cette condition"))
        remove.clicked.connect(lambda: self.sig_remove_requested.emit(self))
        layout.addWidget(self.field, 3)
        layout.addWidget(self.op, 2)
        layout.addLayout(self._values, 3)
        layout.addWidget(remove)
        condition = condition or {"field": catalog.fields[0][0], "op": "is"}
        index = self.field.findData(condition.get("field"))
        self.field.setCurrentIndex(max(index, 0))
        self._fill_ops(condition.get("op"))
        self._make_editors(condition.get("value"))
        self.field.currentIndexChanged.connect(self.on_field_current_index_changed)
        self.op.currentIndexChanged.connect(self.on_op_current_index_changed)

    def _type(self) -> str:
        try:
            return field_def(self.field.currentData(), self._catalog.custom).type
        except SpecError:
            return "text"

    def _fill_ops(self, wanted: str | None) -> None:
        self.op.blockSignals(True)
        self.op.clear()
        for op in OPERATORS[self._type()]:
            self.op.addItem(operator_label(op), op)
        self.op.setCurrentIndex(max(self.op.findData(wanted), 0))
        self.op.blockSignals(False)

    @Slot(int)
    def on_field_current_index_changed(self, _index: int) -> None:
        self._fill_ops(self.op.currentData())
        self._make_editors(None)
        self.changed.emit()

    @Slot(int)
    def on_op_current_index_changed(self, _index: int) -> None:
        self._make_editors(self.value())
        self.changed.emit()

    def _make_editors(self, value: Any) -> None:
        for editor in self._editors:
            self._values.removeWidget(editor)
            editor.deleteLater()
        self._editors = []
        op, kind = self.op.currentData(), self._type()
        if op in NO_VALUE:
            return
        if op == "between":
            values = value if isinstance(value, list) and len(value) == 2 else [None, None]
            self._editors = [self._editor(kind, values[0]), self._editor(kind, values[1])]
        elif op in DAYS_OPS:
            spin = QSpinBox()
            spin.setRange(0, 36500)
            spin.setSuffix(tr("QueryBuilder", " jours"))
            spin.setValue(value if isinstance(value, int) else 7)
            spin.valueChanged.connect(self.changed)
            self._editors = [spin]
        else:
            self._editors = [self._editor(kind, value)]
        for editor in self._editors:
            self._values.addWidget(editor)
            editor.show()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        previous: QWidget = self.op
        for editor in self._editors:
            QWidget.setTabOrder(previous, editor)
            previous = editor

    def _editor(self, kind: str, value: Any) -> QWidget:
        if kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            day = date.fromisoformat(value) if isinstance(value, str) else self._catalog.today
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(self.changed)
            return edit
        if kind in ("boolean", "user") or self._choices():
            combo = QComboBox()
            if kind == "boolean":
                combo.addItem(tr("QueryBuilder", "oui"), True)
                combo.addItem(tr("QueryBuilder", "non"), False)
            elif kind == "user":
                for user_id, name in self._catalog.users:
                    combo.addItem(name, user_id)
            else:
                for choice in self._choices():
                    combo.addItem(self._catalog.choice_label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        line = QLineEdit()
        if kind == "tags":
            line.setPlaceholderText(tr("QueryBuilder", "étiquettes, séparées par des virgules"))
            line.setText(", ".join(value) if isinstance(value, list) else "")
        else:
            line.setText("" if value is None else str(value))
            if kind == "number":
                line.setPlaceholderText(tr("QueryBuilder", "montant"))
        line.textChanged.connect(self.changed)
        return line

    def _choices(self) -> tuple[str, ...]:
        try:
            return field_def(self.field.currentData(), self._catalog.custom).choices
        except SpecError:
            return ()

    def value(self) -> Any:
        values = [self._editor_value(e) for e in self._editors]
        if not values:
            return None
        return values if self.op.currentData() == "between" else values[0]

    def _editor_value(self, editor: QWidget) -> Any:
        if isinstance(editor, QDateEdit):
            picked = editor.date()
            return date(picked.year(), picked.month(), picked.day()).isoformat()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if self._type() == "tags":
            return [t.strip() for t in text.split(",") if t.strip()]
        if self._type() == "number":
            return text.replace(" ", "").replace("\u202f", "").replace(",", ".")
        return text

    def condition(self) -> dict[str, Any]:
        value = self.value()
        result: dict[str, Any] = {"field": self.field.currentData(), "op": self.op.currentData()}
        if value is not None:
            result["value"] = value
        return result


class BuilderCatalog:
    """What the builder offers: fields (custom ones included), users, and today's date for new dates."""

    def __init__(self, today: date, custom: dict[int, CustomFieldInfo] | None = None,
                 users: list[tuple[int, str]] | None = None) -> None:
        self.today = today
        self.custom = custom or {}
        self.users = users or []
        self.fields = field_labels() + [(f"cf:{i}", self.custom_label(info)) for i, info in self.custom.items()]

    @staticmethod
    def custom_label(info: CustomFieldInfo) -> str:
        """A custom field as the field list names it: ``Contact : Source``, ``Société : Secteur``."""
        label = info.label or f"#{info.id}"
        if info.entity == "company":
            return tr("QueryBuilder", "Société : %1").replace("%1", label)
        return tr("QueryBuilder", "Contact : %1").replace("%1", label)

    @staticmethod
    def choice_label(choice: str) -> str:
        labels = {"prospect": tr("QueryBuilder", "prospect"), "client": tr("QueryBuilder", "client"),
                  "won": tr("QueryBuilder", "gagnée"), "lost": tr("QueryBuilder", "perdue"),
                  "draft": tr("QueryBuilder", "brouillon"), "finalised": tr("QueryBuilder", "finalisé"),
                  "sent": tr("QueryBuilder", "envoyé"), "opened": tr("QueryBuilder", "ouvert"),
                  "viewed": tr("QueryBuilder", "consulté"), "accepted": tr("QueryBuilder", "accepté"),
                  "refused": tr("QueryBuilder", "refusé"), "expired": tr("QueryBuilder", "expiré"),
                  "superseded": tr("QueryBuilder", "remplacé"),
                  "given": tr("QueryBuilder", "donné"), "withdrawn": tr("QueryBuilder", "retiré"),
                  "not_asked": tr("QueryBuilder", "jamais demandé"), "informed": tr("QueryBuilder", "informé")}
        return labels.get(choice, choice)


class GroupWidget(QFrame):
    """A group: "all"/"any" of its conditions and sub-groups, with buttons to add either."""

    changed = Signal()
    sig_remove_requested = Signal(QWidget)

    def __init__(self, catalog: BuilderCatalog, group: dict[str, Any] | None = None, nested: bool = False) -> None:
        super().__init__()
        self._catalog = catalog
        self.setObjectName("queryGroup")
        if nested:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.match = QComboBox()
        self.match.setAccessibleName(tr("QueryBuilder", "Combinaison"))
        self.match.addItem(tr("QueryBuilder", "Toutes les conditions (ET)"), "all")
        self.match.addItem(tr("QueryBuilder", "Au moins une condition (OU)"), "any")
        self.match.currentIndexChanged.connect(self.changed)
        self.add_condition_button = QPushButton(tr("QueryBuilder", "+ Condition"))
        self.add_group_button = QPushButton(tr("QueryBuilder", "+ Groupe"))
        self.add_condition_button.clicked.connect(lambda: self.add_condition(None, focus=True))
        self.add_group_button.clicked.connect(lambda: self.add_group(None))
        head.addWidget(self.match)
        head.addStretch(1)
        head.addWidget(self.add_condition_button)
        head.addWidget(self.add_group_button)
        if nested:
            remove = QPushButton(tr("QueryBuilder", "Retirer le groupe"))
            remove.clicked.connect(lambda: self.sig_remove_requested.emit(self))
            head.addWidget(remove)
        layout.addLayout(head)
        self._items_layout = QVBoxLayout()
        layout.addLayout(self._items_layout)
        layout.addStretch(1)
        self.items: list[ConditionRow | GroupWidget] = []
        self.set_group(group or {"match": "all", "conditions": []})

    def set_group(self, group: dict[str, Any]) -> None:
        for item in list(self.items):
            self._remove(item, notify=False)
        self.match.blockSignals(True)
        self.match.setCurrentIndex(max(self.match.findData(group.get("match", "all")), 0))
        self.match.blockSignals(False)
        for item in group.get("conditions", []):
            if isinstance(item, dict) and "conditions" in item:
                self.add_group(item, notify=False)
            else:
                self.add_condition(item, notify=False)

    def add_condition(self, condition: dict[str, Any] | None, focus: bool = False,
                      notify: bool = True) -> ConditionRow:
        row = ConditionRow(self._catalog, condition)
        self._add(row, notify)
        if focus:
            row.show()
            row.field.setFocus()
        return row

    def add_group(self, group: dict[str, Any] | None, notify: bool = True) -> GroupWidget:
        child = GroupWidget(self._catalog, group or {"match": "any", "conditions": []}, nested=True)
        if group is None:
            child.add_condition(None, focus=True, notify=False)
        self._add(child, notify)
        return child

    def _add(self, item: ConditionRow | GroupWidget, notify: bool) -> None:
        item.changed.connect(self.changed)
        item.sig_remove_requested.connect(self._remove)
        self.items.append(item)
        self._items_layout.addWidget(item)
        if notify:
            self.changed.emit()

    def _remove(self, item: QWidget, notify: bool = True) -> None:
        if item in self.items:
            self.items.remove(item)
            self._items_layout.removeWidget(item)
            item.deleteLater()
            self.add_condition_button.setFocus()
            if notify:
                self.changed.emit()

    def group(self) -> dict[str, Any]:
        return {"match": self.match.currentData(),
                "conditions": [i.group() if isinstance(i, GroupWidget) else i.condition() for i in self.items]}


class QueryBuilder(GroupWidget):
    """The top group of a query; ``spec()`` is the versioned JSON spec."""

    def __init__(self, catalog: BuilderCatalog) -> None:
        super().__init__(catalog)

    def set_catalog(self, catalog: BuilderCatalog) -> None:
        spec = self.spec()
        self._catalog = catalog
        self.set_spec(spec)

    def set_spec(self, spec: dict[str, Any]) -> None:
        self.set_group(spec)

    def spec(self) -> dict[str, Any]:
        return {"version": SPEC_VERSION, **self.group()}
