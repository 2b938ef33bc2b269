"""The Qt side of the editor's lines: a table model over :class:`LineItem` rows, its undo command, delegate and
table.

Every change (a typed cell, a ticked box, an inserted or moved line) becomes a :class:`LinesCommand` on the
editor's own ``QUndoStack``: the model never changes its rows by itself, it asks ``commit`` to. The backgrounds
of a cell in error and of a section row are the stylesheet's (:class:`LinesTable`'s properties).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from desktop.core.formatting import format_money
from desktop.core.money import Problem, VatRate
from desktop.gui.kit.i18n import tr
from desktop.gui.quotes.editor.lines import (
    COLUMN_COUNT,
    DESCRIPTION,
    DESIGNATION,
    DISCOUNT,
    FREE,
    NUMBER_COLUMNS,
    QUANTITY,
    TOTAL,
    TRAVEL,
    UNIT,
    UNIT_PRICE,
    VAT,
    LineItem,
    ReadResult,
    price_jump,
    read_items,
)
from desktop.gui.quotes.texts import VAT_CHOICES, problem_sentence, vat_text

AnyIndex = QModelIndex | QPersistentModelIndex
Commit = Callable[[str, list[LineItem], int], None]
_TEXT_FIELDS = {DESIGNATION: "designation", DESCRIPTION: "description", QUANTITY: "quantity", UNIT: "unit",
                UNIT_PRICE: "unit_price", DISCOUNT: "discount"}


def _t(text: str) -> str:
    return tr("QuoteLines", text)


def headers() -> list[str]:
    return [_t("Désignation"), _t("Description"), _t("Qté"), _t("Unité"), _t("PU HT"), _t("Remise %"),
            _t("TVA"), _t("Gratuit"), _t("Déplacement"), _t("Total HT")]


class QuoteLinesModel(QAbstractTableModel):
    """The editable rows of a quote; invalid numbers are shown in red with their sentence as tooltip."""

    problems_changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.read_only = False
        self._items: list[LineItem] = []
        self._read = read_items([], lang)
        self._headers = headers()
        self.commit: Commit = lambda _text, items, _row: self.set_items(items)
        # Asked before a unit price that jumps from the catalogue's (the row as it would be, the ratio): keep it?
        self.confirm_price_jump: Callable[[LineItem, Decimal], bool] = lambda _item, _ratio: True
        self._backgrounds: dict[str, QBrush | None] = {"error": None, "section": None}  # none without a stylesheet

    def set_background(self, kind: str, colour: QColor) -> None:
        """The background of the cells in error (``error``) or of the section rows (``section``)."""
        self._backgrounds[kind] = QBrush(colour) if colour.isValid() else None
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, COLUMN_COUNT - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    # Rows ---------------------------------------------------------------------------------
    @property
    def items(self) -> list[LineItem]:
        return list(self._items)

    @property
    def read(self) -> ReadResult:
        """The rows read into core values (:class:`~desktop.gui.quotes.editor.lines.ReadResult`)."""
        return self._read

    def set_items(self, items: list[LineItem]) -> None:
        """Show ``items``: a cell change keeps the view's current cell, a new row count resets the view."""
        same_shape = len(items) == len(self._items) and all(
            a.section == b.section for a, b in zip(items, self._items, strict=True))
        if same_shape:
            self._items = list(items)
            self._read = read_items(self._items, self.lang)
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, COLUMN_COUNT - 1))
        else:
            self.beginResetModel()
            self._items = list(items)
            self._read = read_items(self._items, self.lang)
            self.endResetModel()
        self.problems_changed.emit()

    def problem_at(self, row: int, column: int) -> Problem | None:
        return self._read.problems.get((row, column))

    # Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per line or section title (a flat table)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns of a line."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles, and the line number at the left."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        if 0 <= section < len(self._items):
            return "§" if self._items[section].section else str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Typed text, check boxes, the computed line total; errors in red with their sentence."""
        if not index.isValid():
            return None
        item, column = self._items[index.row()], index.column()
        if item.section:
            return self._section_data(item, column, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), item, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and column in (FREE, TRAVEL):
            checked = item.is_free if column == FREE else item.is_travel_fee
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*NUMBER_COLUMNS, TOTAL, VAT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = self.problem_at(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return self._backgrounds["error"]
        if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
            return problem_sentence(problem, self.lang)
        return None

    def _section_data(self, item: LineItem, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column == DESIGNATION:
            return item.designation if role == Qt.ItemDataRole.EditRole else (
                item.designation or _t("(section sans titre)"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._backgrounds["section"]
        return None

    def _text(self, row: int, item: LineItem, column: int, editing: bool) -> str | None:
        if column in _TEXT_FIELDS:
            return str(getattr(item, _TEXT_FIELDS[column]))
        if column == VAT:
            return item.vat.value if editing else vat_text(item.vat, self.lang)
        if column == TOTAL:
            line = self._read.line_rows.get(row)
            if line is None:
                return "—"
            return _t("Gratuit") if line.is_free else format_money(line.total_ht, self.lang)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cells are edited in place (not the total); the two boxes are ticked with Space."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item, column = self._items[index.row()], index.column()
        if self.read_only or column == TOTAL or (item.section and column != DESIGNATION):
            return base
        if column in (FREE, TRAVEL):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask the editor to apply a typed value (an undoable command)."""
        if not index.isValid() or self.read_only:
            return False
        row, column = index.row(), index.column()
        changed = self.changed_item(self._items[row], column, value, role)
        if changed is None or changed == self._items[row]:
            return False
        if column == UNIT_PRICE and (ratio := price_jump(changed, self.lang)) is not None \
                and not self.confirm_price_jump(changed, ratio):
            return False  # the typed price is left out; the cell shows the previous one
        items = list(self._items)
        items[row] = changed
        self.commit(_t("Modifier la ligne %1").replace("%1", str(row + 1)), items, row)
        return True

    @staticmethod
    def changed_item(item: LineItem, column: int, value: Any, role: int) -> LineItem | None:
        """The row with one cell changed, or None when the value does not apply to that cell."""
        if role == Qt.ItemDataRole.CheckStateRole and column in (FREE, TRAVEL):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            return replace(item, is_free=checked) if column == FREE else replace(item, is_travel_fee=checked)
        if role != Qt.ItemDataRole.EditRole:
            return None
        if column in _TEXT_FIELDS:
            changes: dict[str, Any] = {_TEXT_FIELDS[column]: str(value)}
            return replace(item, **changes)
        if column == VAT:
            return replace(item, vat=VatRate.parse(str(value)))
        return None


class LinesCommand(QUndoCommand):
    """Replace the rows (``after`` on redo, ``before`` on undo) and put the focus on a row."""

    def __init__(self, model: QuoteLinesModel, text: str, after: list[LineItem], focus: int,
                 focus_row: Callable[[int], None]) -> None:
        super().__init__(text)
        self._model = model
        self._before = model.items
        self._after = after
        self._focus_after = focus
        self._focus_row = focus_row
        self._focus_before = min(focus, len(self._before) - 1)

    def redo(self) -> None:
        """Apply the change."""
        self._model.set_items(self._after)
        self._focus_row(self._focus_after)

    def undo(self) -> None:
        """Put the rows back."""
        self._model.set_items(self._before)
        self._focus_row(self._focus_before)


class LinesDelegate(QStyledItemDelegate):
    """A combo for the VAT rate; a line edit elsewhere that reports each keystroke (totals as you type)."""

    sig_typing = Signal(int, int, str)  # row, column, text

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        """The editor widget of a cell."""
        if index.column() == VAT:
            combo = QComboBox(parent)
            for rate in VAT_CHOICES:
                combo.addItem(vat_text(rate, self.lang), rate.value)
            return combo
        editor = QLineEdit(parent)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self.sig_typing.emit(row, column, text))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Fill the editor with the cell's typed value."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        """Hand the typed value to the model (which turns it into an undoable command)."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LinesTable(QTableView):
    """The lines table; ``ui/relance.qss`` gives its model the backgrounds of a cell in error and of a section row
    (``qproperty-errorBackground``, ``qproperty-sectionBackground``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = {"error": QColor(), "section": QColor()}

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``, with the backgrounds the stylesheet gave."""
        super().setModel(model)
        for kind, colour in self._colours.items():
            self._push(kind, colour)

    def _push(self, kind: str, colour: QColor) -> None:
        self._colours[kind] = QColor(colour)
        model = self.model()
        if isinstance(model, QuoteLinesModel):
            model.set_background(kind, colour)

    def _error_background(self) -> QColor:
        return self._colours["error"]

    def _set_error_background(self, colour: QColor) -> None:
        self._push("error", colour)

    def _section_background(self) -> QColor:
        return self._colours["section"]

    def _set_section_background(self, colour: QColor) -> None:
        self._push("section", colour)

    errorBackground = Property(QColor, _error_background, _set_error_background)
    sectionBackground = Property(QColor, _section_background, _set_section_background)
