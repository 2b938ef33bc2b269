"""Custom fields in the interface: the names of their kinds, a typed editor per field, values as text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.core.custom_fields import FieldDef, Value, edit_text
from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("CustomFields", text)


def kind_labels() -> dict[str, str]:
    """The kinds of field as the interface names them, in the order offered."""
    return {"text": _t("Texte"), "number": _t("Nombre"), "date": _t("Date"), "choice": _t("Liste de choix")}


def entity_labels() -> dict[str, str]:
    return {"contact": _t("Contacts"), "company": _t("Sociétés")}


def make_editor(f: FieldDef, value: Value | None) -> QWidget:
    """A widget to type a value of this field: a list for a choice, a line for the others."""
    if f.kind == "choice":
        combo = QComboBox()
        combo.addItem("—", "")
        for choice in f.choices:
            combo.addItem(choice, choice)
        if isinstance(value, str) and value and combo.findData(value) < 0:
            combo.addItem(value, value)  # a value set elsewhere that the list no longer has
        combo.setCurrentIndex(max(0, combo.findData(value if isinstance(value, str) else "")))
        return combo
    line = QLineEdit(edit_text(f.kind, value))
    if f.kind == "number":
        line.setPlaceholderText(_t("nombre, par exemple 1 234,5"))
        line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif f.kind == "date":
        line.setPlaceholderText(_t("jj/mm/aaaa"))
    return line


def editor_text(widget: QWidget) -> str:
    """What is typed or chosen in an editor of :func:`make_editor`."""
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    assert isinstance(widget, QLineEdit)
    return widget.text()


def display_text(kind: str, value: Value | None, lang: str = "fr") -> str:
    """A value as people read it: ``1 234,5`` and ``27/11/2026`` in French, ``1,234.5`` and ``27 Nov 2026``
    in English."""
    if value is None:
        return ""
    from desktop.core.formatting import format_date, format_number

    if kind == "number" and isinstance(value, Decimal):
        return format_number(value, lang, max_decimals=6)
    if kind == "date" and isinstance(value, date):
        return format_date(value, lang)
    return str(value)
