"""The quotes table: rows read page by page on the database thread (``db_op``), never on the UI thread.

:class:`QuoteListModel` asks for the first page when the filter or the sort changes, and for the next
page when the view scrolls near the end (``canFetchMore`` / ``fetchMore``). Each answer carries the count
and the HT / VAT / TTC totals of every row the filter keeps. An answer to an older request is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core.formatting import format_date, format_money
from desktop.core.money import ZERO
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text
from desktop.gui.kit.i18n import tr
from desktop.gui.quotes.texts import kind_text, status_text

if TYPE_CHECKING:
    from desktop.db.quote_list import QuotePage, QuoteRow
    from desktop.gui.shell.context import GuiContext

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QuoteQuery:
    """What the quotes view's filters ask for (turned into a ``QuoteFilter`` on the worker thread)."""

    statuses: tuple[str, ...] = ()
    client_text: str = ""
    owner_id: int | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    min_ttc: Decimal | None = None
    max_ttc: Decimal | None = None


def read_page(session: Any, query: QuoteQuery, sort: str, descending: bool, offset: int, limit: int) -> QuotePage:
    """One page of quotes with the filter's totals (the work of a read-only ``db_op``)."""
    from desktop.db.quote_list import QuoteFilter, list_quotes

    flt = QuoteFilter(statuses=query.statuses, client_text=query.client_text, owner_id=query.owner_id,
                      issued_from=query.issued_from, issued_to=query.issued_to, min_ttc=query.min_ttc,
                      max_ttc=query.max_ttc)
    return list_quotes(session, flt, sort=sort, descending=descending, offset=offset, limit=limit)


def _t(text: str) -> str:
    return tr("QuoteList", text)


def _number(row: QuoteRow) -> str:
    label = row.number or _t("brouillon n° %1").replace("%1", str(row.id))
    return label if row.kind == "quote" else f"{label} ({kind_text(row.kind)})"


@dataclass(frozen=True)
class _Column:
    header: str
    sort_key: str | None
    text: Callable[[QuoteRow, str], str]
    right: bool = False


def columns() -> list[_Column]:
    def day(value: date | None, lang: str) -> str:
        return format_date(value, lang) if value else ""

    return [
        _Column(_t("Numéro"), "number", lambda r, _l: _number(r)),
        _Column(_t("Client"), "contact", lambda r, _l: r.contact_name),
        _Column(_t("Société"), "company", lambda r, _l: r.company_name),
        _Column(_t("Statut"), "status", lambda r, _l: status_text(r.status, r.signed_at is not None)),
        _Column(_t("Émis le"), "issue_date", lambda r, lang: day(r.issue_date, lang)),
        _Column(_t("Valable jusqu’au"), "validity_date", lambda r, lang: day(r.validity_date, lang)),
        _Column(_t("Total HT"), "total_ht", lambda r, lang: format_money(r.total_ht, lang), True),
        _Column(_t("Total TTC"), "total_ttc", lambda r, lang: format_money(r.total_ttc, lang), True),
        _Column(_t("Commercial"), "owner", lambda r, _l: r.owner_name),
    ]


class QuoteListModel(QAbstractTableModel):
    """Quotes matching a query, in pages loaded in the background."""

    loaded = Signal()  # a first page (or a refresh) arrived
    totals_changed = Signal()

    def __init__(self, ctx: GuiContext, lang: str, page_size: int = 100) -> None:
        super().__init__()
        self._ctx = ctx
        self.lang = lang
        self._page_size = page_size
        self._columns = columns()
        self._rows: list[QuoteRow] = []
        self.query = QuoteQuery()
        self.count = 0
        self.total_ht = self.total_vat = self.total_ttc = ZERO
        self.counted = 0  # rows added in the totals (replaced versions and purchase orders are not)
        self._sort = "issue_date"
        self._descending = True
        self._generation = 0
        self._fetching = False

    # Loading ------------------------------------------------------------------------------
    def set_query(self, query: QuoteQuery) -> None:
        """Show the quotes matching ``query`` (loaded in the background)."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the first page again; older answers still on their way are dropped."""
        self._generation += 1
        self._fetching = True
        generation = self._generation
        query, sort, desc, size = self.query, self._sort, self._descending, self._page_size
        db_op(self._ctx, lambda s: read_page(s, query, sort, desc, 0, size), write=False).success(
            lambda page: self._first_page(generation, page)).failure(self._failed).run()

    def _first_page(self, generation: int, page: QuotePage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self.count = page.count
        self.total_ht, self.total_vat, self.total_ttc = page.total_ht, page.total_vat, page.total_ttc
        self.counted = page.counted
        self._fetching = False
        self.endResetModel()
        self.totals_changed.emit()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._ctx.show_message(error_text(exc))  # db_op has logged an unexpected one

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """More rows exist than are loaded, and no page is on its way."""
        return not parent.isValid() and not self._fetching and len(self._rows) < self.count

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page in the background; the rows are appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        query, sort, desc, size = self.query, self._sort, self._descending, self._page_size

        def appended(page: QuotePage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if page.rows:
                self.beginInsertRows(QModelIndex(), offset, offset + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()

        db_op(self._ctx, lambda s: read_page(s, query, sort, desc, offset, size), write=False).success(
            appended).failure(self._failed).run()

    def row_at(self, row: int) -> QuoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, quote_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == quote_id), -1)

    # Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The rows loaded so far (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The declared columns (a flat table)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, right-aligned amounts, the row under UserRole."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self.lang)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.title
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by the column's key, then reload."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        self._sort = self._columns[column].sort_key or "issue_date"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
