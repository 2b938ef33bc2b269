"""A create/edit dialog for a record draft, validated as the user types.

Contact and company dialogs are this one dialog with different field lists: each field is
a widget bound to one attribute of a frozen draft dataclass; every change re-runs the core's
validation, shows each error under its field and keeps "Enregistrer" disabled while any remains.
The team's custom fields (champs personnalisés) follow the built-in ones, each with a typed editor
checked the same way; their values come back in ``accepted_custom``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.custom_fields import FieldDef, Value, read_values
from desktop.core.validation import format_phone
from desktop.gui.kit.custom_field_editors import editor_text, make_editor
from desktop.gui.kit.problems import problem_text

Draft = TypeVar("Draft")


_PHONE_FIELDS = frozenset({"phone", "mobile"})


def _add_row(form: QFormLayout, label: str, widget: QWidget, error_name: str) -> QLabel:
    """Add ``widget`` under ``label`` with its (hidden) error line beneath; returns the error label."""
    error = QLabel()
    error.setObjectName(error_name)
    error.setProperty("role", "error")
    error.setWordWrap(True)
    error.hide()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(label, box)
    return error


@dataclass(frozen=True)
class Field:
    """One form field: the draft attribute, its label, its widget kind and choices."""

    name: str
    label: str
    kind: str = "line"  # line | text | combo | check | tristate | tags
    choices: Sequence[tuple[str, str]] = ()  # (value, label) for combo
    placeholder: str = ""


class RecordDialog(QDialog, Generic[Draft]):
    """Edit a draft; ``accepted_draft`` holds the clean draft after "Enregistrer"."""

    sig_duplicate_check_requested = Signal(object)  # the clean draft

    def __init__(self, title: str, fields: Sequence[Field], draft: Draft,
                 validate: Callable[[Draft], tuple[Draft, dict[str, str]]], parent: QWidget | None = None,
                 custom_fields: Sequence[FieldDef] = (), custom_values: Mapping[int, Value] | None = None,
                 form_class: type | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._fields = list(fields)
        self._validate = validate
        self._draft = draft
        self.accepted_draft: Draft | None = None
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._merge_target: int | None = None
        self._custom_fields = list(custom_fields)
        self._custom_widgets: dict[int, QWidget] = {}
        self._custom_errors: dict[int, QLabel] = {}
        self.accepted_custom: dict[int, Value | None] = {}

        self.body: QWidget | None = None  # the Designer form's widget, when the dialog comes from ui/
        if form_class is not None:
            self.body = QWidget()
            self.form_ui = form_class()
            self.form_ui.setupUi(self.body)
            form = self.body.findChild(QFormLayout, "record_form") or QFormLayout()
            for f in self._fields:
                widget = self.body.findChild(QWidget, f"field_{f.name}")
                error = self.body.findChild(QLabel, f"error_{f.name}")
                if widget is None or error is None:
                    raise LookupError(f"the form {form_class.__name__} has no field_{f.name} or error_{f.name}")
                error.hide()
                self._bind_widget(f, widget, getattr(draft, f.name))
                self._widgets[f.name], self._errors[f.name] = widget, error
        else:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for f in self._fields:
                widget = self._make_widget(f, getattr(draft, f.name))
                widget.setObjectName(f"field_{f.name}")
                self._widgets[f.name] = widget
                self._errors[f.name] = _add_row(form, f.label, widget, f"error_{f.name}")
        if self._custom_fields:
            self._add_custom_rows(form, custom_values or {})

        self.duplicate_banner = QLabel()
        self.duplicate_banner.setObjectName("duplicate_banner")
        self.duplicate_banner.setProperty("role", "warning")
        self.duplicate_banner.setWordWrap(True)
        self.duplicate_banner.hide()
        self.merge_button = QPushButton(self.tr("Fusionner avec ce contact"))
        self.merge_button.hide()
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        banner = QHBoxLayout()
        banner.addWidget(self.duplicate_banner, 1)
        banner.addWidget(self.merge_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if self.body is not None and not self._custom_fields:
            layout.addWidget(self.body)
        elif self._custom_fields:  # a long form scrolls rather than growing past the screen
            body = self.body or QWidget()
            if self.body is None:
                body.setLayout(form)
            elif (drawn := body.layout()) is not None:  # a form drawn flush: in a scroll area it needs margins
                margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
                drawn.setContentsMargins(margin, margin, margin, margin)
            scroll = QScrollArea()
            scroll.setObjectName("record_form_scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(body)
            screen = self.screen().availableGeometry().height() if self.screen() is not None else 800
            scroll.setMinimumHeight(min(body.sizeHint().height() + 4, max(400, screen - 160)))
            layout.addWidget(scroll, 1)
        else:
            layout.addLayout(form)
        layout.addLayout(banner)
        layout.addWidget(self.buttons)
        self.revalidate()

    # Widgets ------------------------------------------------------------------------------
    def _add_custom_rows(self, form: QFormLayout, values: Mapping[int, Value]) -> None:
        title = QLabel(self.tr("Champs personnalisés"))
        title.setObjectName("custom_fields_title")
        title.setProperty("role", "form_section")
        form.addRow(title)
        for f in self._custom_fields:
            widget = make_editor(f, values.get(f.id))
            widget.setObjectName(f"custom_{f.id}")
            widget.setAccessibleName(f.label)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.revalidate)
            else:
                assert isinstance(widget, QLineEdit)
                widget.textChanged.connect(self.revalidate)
            self._custom_widgets[f.id] = widget
            self._custom_errors[f.id] = _add_row(form, f.label, widget, f"custom_error_{f.id}")

    def _custom_read(self) -> tuple[dict[int, Value | None], dict[int, str]]:
        texts = {i: editor_text(w) for i, w in self._custom_widgets.items()}
        values, errors = read_values(self._custom_fields, texts)
        return values, dict(errors)

    def custom_widget(self, field_id: int) -> QWidget:
        return self._custom_widgets[field_id]

    def custom_error_text(self, field_id: int) -> str:
        label = self._custom_errors[field_id]
        return label.text() if not label.isHidden() else ""

    def _make_widget(self, f: Field, value: Any) -> QWidget:
        """A new editor for a field (dialogs built from their field list)."""
        widget: QWidget
        if f.kind == "text":
            widget = QPlainTextEdit()
            widget.setFixedHeight(70)
        elif f.kind == "combo":
            widget = QComboBox()
        elif f.kind in ("check", "tristate"):
            widget = QCheckBox()
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(f.placeholder)
        self._bind_widget(f, widget, value)
        return widget

    def _bind_widget(self, f: Field, widget: QWidget, value: Any) -> None:
        """Give an editor (made here or by a Designer form) its value, its choices and its signals."""
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(self.revalidate)
            return
        if isinstance(widget, QComboBox):
            if not widget.count():
                for data, label in f.choices:
                    widget.addItem(label, data)
            widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.currentIndexChanged.connect(self.revalidate)
            return
        if isinstance(widget, QCheckBox):
            if f.kind == "tristate":
                widget.setTristate(True)
                state = {None: Qt.CheckState.PartiallyChecked, True: Qt.CheckState.Checked,
                         False: Qt.CheckState.Unchecked}[value]
                widget.setCheckState(state)
                widget.setToolTip(self.tr("Partiellement coché : pas encore demandé"))
            else:
                widget.setChecked(bool(value))
            widget.stateChanged.connect(self.revalidate)
            return
        assert isinstance(widget, QLineEdit)
        if f.kind == "tags":
            shown = ", ".join(value)
        elif f.name in _PHONE_FIELDS:  # stored as +33612345678, shown and typed as 06 12 34 56 78
            shown = format_phone(value)
        else:
            shown = str(value or "")
        widget.setText(shown)
        widget.textChanged.connect(self.revalidate)
        if f.kind != "tags":
            widget.editingFinished.connect(self.on_line_editing_finished)

    def _value(self, f: Field) -> Any:
        widget = self._widgets[f.name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            if f.kind == "tristate":
                return {Qt.CheckState.PartiallyChecked: None, Qt.CheckState.Checked: True,
                        Qt.CheckState.Unchecked: False}[widget.checkState()]
            return widget.isChecked()
        assert isinstance(widget, QLineEdit)
        if f.kind == "tags":
            return tuple(t.strip() for t in widget.text().split(",") if t.strip())
        return widget.text()

    def current_draft(self) -> Draft:
        """The draft as typed, before validation."""
        return replace(self._draft, **{f.name: self._value(f) for f in self._fields})  # type: ignore[type-var]

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    # Validation ---------------------------------------------------------------------------
    @Slot()
    def revalidate(self) -> bool:
        """Validate what is typed; show errors; enable saving only when there are none."""
        _clean, errors = self._validate(self.current_draft())
        for name, label in self._errors.items():
            message = problem_text(errors[name]) if name in errors else ""
            label.setText(message)
            label.setVisible(bool(message))
        _values, custom_errors = self._custom_read()
        for field_id, label in self._custom_errors.items():
            message = problem_text(custom_errors[field_id]) if field_id in custom_errors else ""
            label.setText(message)
            label.setVisible(bool(message))
        ok = not errors and not custom_errors
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    @Slot()
    def on_line_editing_finished(self) -> None:
        """When a field is left, ask the owner to look for duplicates of what is typed."""
        clean, errors = self._validate(self.current_draft())
        if not errors:
            self.sig_duplicate_check_requested.emit(clean)

    def show_duplicates(self, text: str, merge_target: int | None) -> None:
        """Show a possible duplicate; offer a merge when ``merge_target`` is given."""
        self._merge_target = merge_target
        self.duplicate_banner.setText(text)
        self.duplicate_banner.setVisible(bool(text))
        self.merge_button.setVisible(bool(text) and merge_target is not None)

    @property
    def merge_target(self) -> int | None:
        return self._merge_target

    @Slot()
    def on_merge_button_clicked(self) -> None:
        self.done(2)  # the owner merges into merge_target

    @Slot()
    def on_buttons_accepted(self) -> None:
        clean, errors = self._validate(self.current_draft())
        values, custom_errors = self._custom_read()
        if errors or custom_errors:
            self.revalidate()
            return
        self.accepted_draft = clean
        self.accepted_custom = values
        self.accept()
