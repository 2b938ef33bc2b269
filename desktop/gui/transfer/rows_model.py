"""A read-only table of strings: the import dialog's file preview and its rejected rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of strings: the file preview and the rejected rows."""

    def __init__(self, header: Sequence[str] = (), rows: Sequence[Sequence[str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows = [list(r) for r in rows]

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Replace the whole content."""
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows of the table; a table has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Columns of the header."""
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, one line (for display and tooltips)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles across, nothing down."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._header):
            return self._header[section]
        return None
