"""What the contacts and companies views add to the kit's list view: reads off the UI thread, told by the bus.

:class:`BackgroundListView` runs the kit's :class:`~desktop.gui.kit.list_view.RecordListView` over a
:class:`~desktop.gui.contacts.paged.BackgroundPagedModel`:

- the search waits for a pause in the typing (``SEARCH_DELAY_MS``) and then asks the worker for the rows; no
  keystroke reads anything on the UI thread;
- a refresh keeps the selected records selected and the scroll position (the rows come back in one answer);
- the view subscribes to the changes it shows (``list_topics`` reload the rows and the tag filter,
  ``panel_topics`` the selected record's panel), whoever made them: its own edits, another view, the live
  services. Nothing refreshes it by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from desktop.gui.contacts.paged import BackgroundPagedModel
from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.kit.db_op import Session, db_op
from desktop.gui.kit.errors import show_error
from desktop.gui.kit.list_view import RecordListView
from desktop.gui.kit.workers import Op
from desktop.gui.shell.context import GuiContext


@dataclass(frozen=True)
class _Kept:
    """The selection and scroll position to give back after a refresh of the same rows."""

    ids: frozenset[int]
    rows: tuple[int, ...]
    current_row: int
    current_column: int
    scroll: int


class BackgroundListView(RecordListView):
    """Base of the contacts and companies views; see the module docstring."""

    SEARCH_DELAY_MS = 150
    list_topics = Topic.NONE  # changes that reload the rows
    panel_topics = Topic.NONE  # changes that reload only the selected record's panel

    def __init__(self, ctx: GuiContext, model: BackgroundPagedModel[Any, Any], reader: Any, search_placeholder: str,
                 parent: QWidget | None = None) -> None:
        self.reader = reader
        self._kept: _Kept | None = None
        self._wanted: tuple[int, Callable[[bool], None] | None] | None = None
        super().__init__(ctx, model, reader.tags(), search_placeholder, parent)  # the tags at once: first paint
        self.model: BackgroundPagedModel[Any, Any] = model
        model.on_error = self.on_model_failed
        model.modelAboutToBeReset.connect(self.on_model_about_to_be_reset)
        model.loaded.connect(self.on_model_loaded)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        ctx.changes.subscribe(self.list_topics | self.panel_topics, self.on_changes, owner=self)

    # Filtering ----------------------------------------------------------------------------
    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        """Search once the typing pauses."""
        self.search_timer.start()

    def apply_filter(self) -> None:
        """Ask for the rows of the search and the tag now."""
        self.search_timer.stop()
        super().apply_filter()

    # Keeping the selection across a refresh -----------------------------------------------
    @Slot()
    def on_model_about_to_be_reset(self) -> None:
        """Before the same rows come back, remember what was selected and where the view was."""
        self._kept = None
        if not self.model.same_query_reset:
            return
        rows = tuple(sorted({i.row() for i in self.table.selectionModel().selectedRows()}))
        ids = frozenset(int(r.id) for r in (self.model.peek(i) for i in rows) if r is not None)
        current = self.table.currentIndex()
        self._kept = _Kept(ids, rows, current.row(), max(current.column(), 0),
                           self.table.verticalScrollBar().value())

    @Slot()
    def on_model_reset(self) -> None:
        """Select again the records still there (looked for on the pages they were on)."""
        kept, self._kept = self._kept, None
        if kept is None or not self._reselect(kept):
            super().on_model_reset()

    def _reselect(self, kept: _Kept) -> bool:
        self.table.verticalScrollBar().setValue(kept.scroll)
        size = self.model.page_size
        found: dict[int, int] = {}  # row -> id
        for start in sorted({(r // size) * size for r in kept.rows}):
            for row in range(start, min(start + size, self.model.rowCount())):
                record = self.model.peek(row)
                if record is not None and int(record.id) in kept.ids:
                    found[row] = int(record.id)
        if not found:
            return False
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in found:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        current = kept.current_row if kept.current_row in found else min(found)
        self.table.selectionModel().setCurrentIndex(self.model.index(current, kept.current_column),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    def refresh_keeping_selection(self) -> None:
        """Read the rows again; the selected records stay selected (see :meth:`on_model_reset`)."""
        self.model.refresh()

    # Showing a record asked for elsewhere -------------------------------------------------
    def show_record(self, record_id: int, find_text: str, found: Callable[[bool], None] | None = None) -> bool:
        """Search ``find_text`` (tag filter cleared) and select the record once its rows arrive; ``found`` hears
        whether it was on their first page. Returns True when it is selected already (the rows came at once)."""
        for widget in (self.search, self.tag_filter):
            widget.blockSignals(True)
        self.tag_filter.setCurrentIndex(0)
        self.search.setText(find_text)
        for widget in (self.search, self.tag_filter):
            widget.blockSignals(False)
        self._wanted = (record_id, found)
        self.apply_filter()
        self.table.setFocus()
        return self._wanted is None and self.selected_ids() == [record_id]

    @Slot()
    def on_model_loaded(self) -> None:
        """Fresh rows: select the record asked for by :meth:`show_record`."""
        if self._wanted is None:
            return
        (record_id, found), self._wanted = self._wanted, None
        selected = self.select_id(record_id)
        if found is not None:
            found(selected)

    # Changes ------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Rows changed: read them again (the panel follows the kept selection); else reload the panel."""
        if changes.touches(self.list_topics):
            self.model.refresh()
            self.reload_tags()
        elif changes.touches(self.panel_topics):
            self.reload_detail()

    def reload_tags(self) -> None:
        """Read the tag filter's choices again (an edit or an import may have made a tag)."""
        reader = self.reader
        Op(lambda _p: reader.tags()).success(self._show_tags).failure(self.on_model_failed).run_in_background(
            self.ctx.runner)

    def _show_tags(self, tags: list[tuple[int, str]]) -> None:
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        while self.tag_filter.count() > 1:
            self.tag_filter.removeItem(1)
        for tag_id, name in tags:
            self.tag_filter.addItem(name, tag_id)
        index = self.tag_filter.findData(chosen) if chosen is not None else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        if chosen is not None and index < 0:  # the tag filtered on is gone
            self.apply_filter()

    def reload_detail(self) -> None:
        """Show the selected record's panel as it is now."""
        ids = self.selected_ids()
        if len(ids) == 1:
            self.load_detail(ids[0])

    def load_detail(self, record_id: int) -> None:
        raise NotImplementedError

    def read(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """Read ``work(session)`` on the worker thread; ``done(result)`` back here (a failure said in words)."""
        db_op(self.ctx, work, write=False, source=self).success(done).run()

    def on_model_failed(self, exc: BaseException) -> None:
        """A read of the rows failed: said in words (the rows shown stay)."""
        show_error(self.ctx, exc, f"{self.objectName()} rows")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let the reads on their way finish before the read connection closes."""
        self.ctx.runner.wait_idle(10)
        super().closeEvent(event)
