"""The contacts and companies tables: the total count and pages of rows, read on the database thread.

:class:`BackgroundPagedModel` keeps the kit's paged table (:class:`~desktop.gui.kit.paged_model.PagedTableModel`:
the count known so that the scroll bar is right, at most ``max_pages`` pages held) and moves every read off the
UI thread, as :class:`~desktop.gui.quotes.list_model.QuoteListModel` does:

- a new filter or sort asks the worker for the count and the first page; the rows shown stay until the answer
  arrives, then the model is reset (``loaded``). Each request has a generation: an answer to an older one is
  dropped, so fast typing never shows a stale search;
- a row whose page is not held yet is empty and its page is asked for; it is shown when it arrives;
- ``refresh`` (a change in the database) reads again, in one answer, the count and every page held, so that
  the rows in sight are replaced at once; ``same_query_reset`` tells the view to keep its selection;
- a reader that can count a search only as far as its first page needs (:class:`FirstCounting`, the contacts'
  reader) answers a new search with that count and its first page. When the matches are more, their full count
  is read once the typing has paused (``count_pause_ms`` after the page: the prefixes typed on the way to a name
  are never counted in full), and the rows beyond are added when it arrives; ``count_is_exact`` tells the view
  which count it shows. A newer search stops a full count still running (on a thread of its own: PostgreSQL's
  cancel request waits for the server).

Only the first page of the view is read at once, in the constructor, through the bare DB-API list reader: the
window's first paint shows it without waiting for SQLAlchemy or the worker (docs/ARCHITECTURE.md, "Start-up
reads without the ORM").
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from desktop.gui.kit.paged_model import Column, ListReader, PagedTableModel
from desktop.gui.kit.workers import Op, Runner

log = logging.getLogger(__name__)
Row = TypeVar("Row")
Filter = TypeVar("Filter")
Query = tuple[Any, str, bool]  # filter, sort key, descending


@runtime_checkable
class FirstCounting(Protocol):
    """A reader that counts a search as far as its first rows need, and in full later (the contacts' reader)."""

    def first_count(self, flt: Any, rows: int) -> tuple[int, bool]: ...

    def full_count(self, flt: Any) -> int | None: ...

    def interrupt_count(self) -> None: ...


class BackgroundPagedModel(PagedTableModel[Row, Filter]):
    """Rows of a list reader in pages read in the background; see the module docstring."""

    loaded = Signal()  # a count and first page (or a refresh) arrived and the model was reset
    count_pause_ms = 300  # after a first page counted only in part, the pause in the typing before the full count

    def __init__(self, reader: ListReader[Row, Filter], columns: Sequence[Column[Row]], initial: Filter,
                 runner: Runner, page_size: int = 200, max_pages: int = 16) -> None:
        super().__init__(reader, columns, initial, page_size, max_pages)  # the count, read at once
        self._runner = runner
        self._generation = 0  # of the latest count-and-first-page request
        self._epoch = 0  # of the rows shown: a page asked for before a reset is dropped
        self._asked: set[int] = set()
        self._asking: int | None = None
        self._exact = True  # the count shown is the count, not only "at least"
        self._counting = False  # a full count was asked for and has not answered
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._count_fully)
        self.same_query_reset = False
        self.on_error: Callable[[BaseException], None] = lambda _exc: None
        self._shown: Query = self._query()
        if self._count:
            super()._page(0)  # the first page, read at once (the first paint shows it)

    def _query(self) -> Query:
        return self._filter, self._columns[self._sort_column].sort_key or "name", self._descending

    # Requests -----------------------------------------------------------------------------
    def _reload(self, pages: Iterable[int] = ()) -> None:
        """Ask for the count and the first page (and ``pages``) of the current query; older answers are dropped.
        A new query (no ``pages``) of a :class:`FirstCounting` reader is counted as far as its first page needs."""
        self._generation += 1
        self._stop_counting()
        generation, query, reader, size = self._generation, self._query(), self._reader, self._page_size
        wanted = sorted({0, *pages})
        first = reader if isinstance(reader, FirstCounting) and not pages else None

        def read(_progress: Any) -> tuple[int, bool, dict[int, Sequence[Row]]]:
            flt, sort, descending = query
            count, exact = first.first_count(flt, size) if first is not None else (reader.count(flt), True)
            return count, exact, {n: reader.page(flt, sort, descending, n * size, size)
                                  for n in wanted if n * size < count}

        Op(read).success(lambda answer: self._on_loaded(generation, query, *answer)).failure(
            self._on_failed).run_in_background(self._runner)

    def _on_loaded(self, generation: int, query: Query, count: int, exact: bool,
                   pages: dict[int, Sequence[Row]]) -> None:
        if generation != self._generation:
            return
        self.same_query_reset = query == self._shown
        self.beginResetModel()
        self._epoch += 1
        self._shown = query
        self._count = count
        self._exact = exact
        self._pages = OrderedDict(pages)
        self._asked.clear()
        self.endResetModel()
        self.same_query_reset = False
        self.count_changed.emit(count)
        self.loaded.emit()
        if not exact:
            self._count_timer.start(self.count_pause_ms)

    def _count_fully(self) -> None:
        """The typing paused: read the full count of the rows shown; the rows beyond the first count are added."""
        reader, generation, flt = self._reader, self._generation, self._shown[0]
        if not isinstance(reader, FirstCounting) or self._exact:
            return
        self._counting = True

        def count(_progress: Any) -> int | None:  # not at all when a newer query came while it waited its turn
            return reader.full_count(flt) if generation == self._generation else None

        Op(count).success(lambda n: self._on_counted(generation, n)).failure(
            lambda exc: self._on_count_failed(generation, exc)).run_in_background(self._runner)

    def _on_count_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._counting = False  # « plus de N » stays; the next search or change of the data counts again
        self._on_failed(exc)

    def _on_counted(self, generation: int, count: int | None) -> None:
        if generation != self._generation:
            return  # a newer query is on its way (it stopped this count)
        self._counting = False
        if count is None:  # stopped though still wanted (a stop meant for an older count came late): again
            self._count_timer.start(self.count_pause_ms)
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # contacts deleted meanwhile (their published change reads again)
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self._exact = True
        self.count_changed.emit(count)

    def _stop_counting(self) -> None:
        """A new query: its full count is not wanted any more; one running is stopped, off the UI thread."""
        self._count_timer.stop()
        if self._counting and isinstance(self._reader, FirstCounting):
            threading.Thread(target=_stop_count, args=(self._reader,), name="relance-stop-count", daemon=True).start()
        self._counting = False

    @property
    def count_is_exact(self) -> bool:
        """False while only a lower bound of the rows is known (their full count follows a pause in the typing)."""
        return self._exact

    def _ask_page(self, number: int) -> None:
        """Ask for one page of the rows shown; its rows are told changed when it arrives."""
        if number in self._asked:
            return
        self._asked.add(number)
        epoch, reader, size = self._epoch, self._reader, self._page_size
        flt, sort, descending = self._shown
        self._asking = number
        Op(lambda _p: reader.page(flt, sort, descending, number * size, size)).success(
            lambda page: self._on_page(epoch, number, page)).failure(self._on_failed).run_in_background(self._runner)
        self._asking = None

    def _on_page(self, epoch: int, number: int, page: Sequence[Row]) -> None:
        if epoch != self._epoch:
            return
        self._asked.discard(number)
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        if page and self._asking != number:  # not answered at once (a synchronous runner): tell the views
            first = number * self._page_size
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(page) - 1, len(self._columns) - 1))

    def _on_failed(self, exc: BaseException) -> None:
        self._asked.clear()
        self.on_error(exc)

    # Reading ------------------------------------------------------------------------------
    def peek(self, row: int) -> Row | None:
        """The row when its page is held, else None (asks for nothing)."""
        page = self._pages.get(row // self._page_size) if 0 <= row < self._count else None
        offset = row % self._page_size
        return page[offset] if page is not None and offset < len(page) else None

    def row_at(self, row: int) -> Row | None:
        """The data of one row; None while its page is on its way (it is asked for)."""
        if not 0 <= row < self._count:
            return None
        number = row // self._page_size
        if number in self._pages:
            self._pages.move_to_end(number)
        else:
            self._ask_page(number)
        return self.peek(row)

    def set_filter(self, flt: Filter) -> None:
        """Show the rows matching ``flt`` once they are read (in the background)."""
        self._filter = flt
        self._reload()

    def refresh(self) -> None:
        """Read again after a change in the database: the count and every page held, in one answer."""
        self._reload(self._pages.keys())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database by the column's key (read in the background); columns without a key do nothing."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None \
                or (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._reload()


def _stop_count(reader: FirstCounting) -> None:
    """Stop a full count (on a thread of its own): a stop that fails is logged, not reported (the count then ends
    by itself, and its answer is dropped)."""
    try:
        reader.interrupt_count()
    except Exception as exc:  # a closed connection, a server out of reach
        log.warning("a full count could not be stopped: %s", type(exc).__name__)
