"""A table model that fetches its rows page by page from a list reader.

The model knows the total count (one ``count`` query) so the scroll bar is right, and asks
the reader for a page only when a row of it is first shown. At most ``max_pages`` pages stay
in memory; the whole table never does.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Row = TypeVar("Row")
Filter = TypeVar("Filter")
RowOut = TypeVar("RowOut", covariant=True)
FilterIn = TypeVar("FilterIn", contravariant=True)
AnyIndex = QModelIndex | QPersistentModelIndex


class ListReader(Protocol[RowOut, FilterIn]):
    def count(self, flt: FilterIn) -> int: ...

    def page(self, flt: FilterIn, sort: str, descending: bool, offset: int, limit: int) -> Sequence[RowOut]: ...


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, the sort key it maps to (None: not sortable), its display text."""

    header: str
    sort_key: str | None
    text: Callable[[Row], str]
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row, Filter]):
    """Rows of a reader, in pages, with a filter and a sort order."""

    count_changed = Signal(int)

    def __init__(self, reader: ListReader[Row, Filter], columns: Sequence[Column[Row]], initial: Filter,
                 page_size: int = 200, max_pages: int = 16) -> None:
        super().__init__()
        self._reader = reader
        self._columns = list(columns)
        self._filter = initial
        self._sort_column = 0
        self._descending = False
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()
        self._count = 0
        self._load_count()

    # Reading ------------------------------------------------------------------------------
    def _load_count(self) -> None:
        self._pages.clear()
        self._count = self._reader.count(self._filter)

    def _page(self, number: int) -> Sequence[Row]:
        page = self._pages.get(number)
        if page is None:
            key = self._columns[self._sort_column].sort_key or "name"
            page = self._reader.page(self._filter, key, self._descending, number * self._page_size,
                                     self._page_size)
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_at(self, row: int) -> Row | None:
        """The data of one visible row (fetches its page when needed)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    @property
    def page_size(self) -> int:
        """How many rows one read brings."""
        return self._page_size

    def cached_rows(self) -> int:
        """How many rows are held in memory now (for tests of the paging)."""
        return sum(len(p) for p in self._pages.values())

    @property
    def current_filter(self) -> Filter:
        return self._filter

    def set_filter(self, flt: Filter) -> None:
        """Show the rows matching ``flt``; the first page is loaded at once."""
        self.beginResetModel()
        self._filter = flt
        self._load_count()
        if self._count:
            self._page(0)
        self.endResetModel()
        self.count_changed.emit(self._count)

    def refresh(self) -> None:
        """Read again after a change in the database."""
        self.set_filter(self._filter)

    def total(self) -> int:
        return self._count

    @property
    def count_is_exact(self) -> bool:
        """Whether :meth:`total` is the count of the rows, not a lower bound (always here)."""
        return True

    # Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """All matching rows (a flat table: no children)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The declared columns (a flat table: no children)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text of a cell, fetched with its page; the row object under UserRole."""
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return column.text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles; row numbers are not shown."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selectable, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by the column's key (columns without a key keep the order)."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        self.beginResetModel()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()
