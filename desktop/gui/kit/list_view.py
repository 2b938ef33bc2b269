"""The shared shape of the contacts and companies views.

A search box (search as you type), a tag filter, a sortable multi-select table over a paged
model, buttons for new / edit / delete (undoable) and a count. Subclasses say which reader,
columns, filter, dialog and repository functions to use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.paged_model import PagedTableModel
from desktop.gui.kit.undo import DbCommand
from desktop.gui.shell.context import GuiContext


class RecordListView(QWidget):
    """Base of the list views; see the module docstring."""

    sig_ready = Signal()
    selection_changed = Signal(list)

    def __init__(self, ctx: GuiContext, model: PagedTableModel[Any, Any], tag_ids: list[tuple[int, str]],
                 search_placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_placeholder)
        self.search.textChanged.connect(self.on_search_text_changed)

        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.tag_filter.addItem(self.tr("Toutes les étiquettes"), None)
        for tag_id, name in tag_ids:
            self.tag_filter.addItem(name, tag_id)
        self.tag_filter.currentIndexChanged.connect(self.on_tag_filter_changed)

        self.new_button = QPushButton(self.tr("Nouveau"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.new_button.clicked.connect(self.on_new_requested)
        self.edit_button.clicked.connect(self.on_edit_requested)
        self.delete_button.clicked.connect(self.on_delete_requested)

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self.on_edit_requested)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        model.modelReset.connect(self.on_model_reset)

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        model.count_changed.connect(self.on_model_count_changed)

        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search, 3)
        self.toolbar.addWidget(self.tag_filter, 1)
        self.toolbar.addWidget(self.new_button)
        self.toolbar.addWidget(self.edit_button)
        self.toolbar.addWidget(self.delete_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        self._add_shortcuts()
        self.on_model_count_changed(model.total())
        self.on_table_selection_changed()

    def _add_shortcuts(self) -> None:
        """Ctrl+F and Ctrl+N anywhere in the view; Delete, Enter and F2 only on the table (not in text fields)."""
        for keys, slot, target, context in (
            (QKeySequence.StandardKey.Find, self.focus_search, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence.StandardKey.New, self.on_new_requested, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence.StandardKey.Delete, self.on_delete_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence(Qt.Key.Key_Return), self.on_edit_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence(Qt.Key.Key_Enter), self.on_edit_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence(Qt.Key.Key_F2), self.on_edit_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
        ):
            action = QAction(target)
            action.setShortcut(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            target.addAction(action)

    # Selection ----------------------------------------------------------------------------
    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def selected_ids(self) -> list[int]:
        return [int(r.id) for r in self.selected_rows()]

    def select_first(self) -> None:
        if self.model.rowCount():
            # An explicit command: QTableView.setCurrentIndex would read the keyboard modifiers.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_id(self, record_id: int) -> bool:
        """Select the record with this id when it is on the first page of the list; False when it is not."""
        for row in range(min(self.model.rowCount(), self.model.page_size)):
            record = self.model.row_at(row)
            if record is not None and int(record.id) == record_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def show_record(self, record_id: int, find_text: str) -> bool:
        """Show one record from elsewhere: the tag filter cleared, ``find_text`` searched, the record selected."""
        for widget in (self.search, self.tag_filter):
            widget.blockSignals(True)
        self.tag_filter.setCurrentIndex(0)
        self.search.setText(find_text)
        for widget in (self.search, self.tag_filter):
            widget.blockSignals(False)
        self.apply_filter()
        found = self.select_id(record_id)
        self.table.setFocus()
        return found

    def refresh_keeping_selection(self) -> None:
        """Read the rows again after an edit, keeping the selected records selected and the scroll position.

        A record is looked for on the page it was on (an edit rarely moves it further); one that left the
        filter, or moved pages with the sort, is no longer selected.
        """
        wanted = set(self.selected_ids())
        current = self.table.currentIndex()
        old_rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self.table.verticalScrollBar().setValue(scroll)
        size = self.model.page_size
        found: dict[int, int] = {}  # id -> row
        for start in sorted({(r // size) * size for r in old_rows}):
            for row in range(start, min(start + size, self.model.rowCount())):
                record = self.model.row_at(row)
                if record is not None and int(record.id) in wanted:
                    found[int(record.id)] = row
        if not found:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in found.values():
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        current_row = current.row() if current.row() in found.values() else min(found.values())
        self.table.selectionModel().setCurrentIndex(self.model.index(current_row, max(current.column(), 0)),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def on_table_selection_changed(self) -> None:
        ids = self.selected_ids()
        self.edit_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        self.selection_changed.emit(ids)

    @Slot()
    def on_model_reset(self) -> None:
        self.on_table_selection_changed()

    @Slot(int)
    def on_model_count_changed(self, count: int) -> None:
        self.count_label.setText(self.count_text(count) if self.model.count_is_exact else self.more_than_text(count))

    # Filtering ----------------------------------------------------------------------------
    def make_filter(self, text: str, tag_id: int | None) -> Any:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def more_than_text(self, at_least: int) -> str:
        """The count while only a lower bound is known (the full count follows a pause in the typing)."""
        return self.count_text(at_least)

    def apply_filter(self) -> None:
        self.model.set_filter(self.make_filter(self.search.text(), self.tag_filter.currentData()))

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self.apply_filter()

    @Slot(int)
    def on_tag_filter_changed(self, _index: int) -> None:
        self.apply_filter()

    # Import and export --------------------------------------------------------------------
    record_kind = "contacts"  # or "companies": what import and export handle in this view

    @Slot()
    def on_import_requested(self) -> None:
        """Open the import dialog; the list refreshes after a committed import."""
        from desktop.gui.transfer.import_dialog import ImportDialog
        from desktop.services.importer import Kind

        kind = Kind.COMPANIES if self.record_kind == "companies" else Kind.CONTACTS
        dialog = ImportDialog(self.ctx, kind=kind, parent=self)
        dialog.sig_imported.connect(lambda _result: self.model.refresh())
        dialog.exec()

    @Slot()
    def on_export_requested(self) -> None:
        """Export the selection, or else every row matching the current filter."""
        from desktop.gui.transfer.export import export_with_dialog
        from desktop.services.importer import Kind

        kind = Kind.COMPANIES if self.record_kind == "companies" else Kind.CONTACTS
        ids = self.selected_ids() or None
        flt = self.model.current_filter if kind is Kind.CONTACTS and ids is None else None
        export_with_dialog(
            self, self.ctx, kind=kind, ids=ids, flt=flt,
            on_done=lambda n: self.ctx.show_message(self.tr("%n ligne(s) exportée(s).", "", n)),
            on_error=lambda exc: self.ctx.show_message(str(exc)))

    # Undoable creation and deletion (soft: a deleted row can come back) --------------------
    def _changes(self) -> Topic:
        return Topic.COMPANIES if self.record_kind == "companies" else Topic.CONTACTS

    def push_soft_create(self, text: str, create: Callable[[Any], int]) -> None:
        """Create a row as an undoable edit: undo deletes it softly, redo brings it back."""
        from desktop.db.soft_delete import set_records_deleted

        kind: Any = self.record_kind
        created: dict[str, int] = {}
        self.ctx.undo_stack.push(DbCommand(
            self.ctx, text,
            redo=lambda s: set_records_deleted(s, kind, [created["id"]], None),
            undo=lambda s: set_records_deleted(s, kind, [created["id"]], self.ctx.clock()),
            first=create, remember=lambda new_id: created.__setitem__("id", new_id),
            on_done=self.model.refresh, changes=self._changes(),
        ))

    def push_soft_delete(self, ids: list[int], text: str, message: str) -> None:
        """Delete rows softly as an undoable edit; ``message`` tells the user how to undo."""
        from desktop.db.soft_delete import set_records_deleted

        kind: Any = self.record_kind
        self.ctx.undo_stack.push(DbCommand(
            self.ctx, text,
            redo=lambda s: set_records_deleted(s, kind, ids, self.ctx.clock()),
            undo=lambda s: set_records_deleted(s, kind, ids, None),
            on_done=self.model.refresh, changes=self._changes(),
        ))
        self.ctx.show_message(message)

    # Edits (subclasses) -------------------------------------------------------------------
    @Slot()
    def on_new_requested(self) -> None:
        raise NotImplementedError

    @Slot()
    def on_edit_requested(self) -> None:
        raise NotImplementedError

    @Slot()
    def on_delete_requested(self) -> None:
        """Delete the selected rows (undoable)."""
        ids = self.selected_ids()
        if ids:
            self.push_delete(ids)

    def push_delete(self, ids: list[int]) -> None:
        raise NotImplementedError

    def closeEvent(self, event: Any) -> None:
        """Close the view's read connection (subclasses open it as ``self._conn``)."""
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
        super().closeEvent(event)

    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None], changes: Topic | None = None) -> None:
        """Run ``work(session)`` in one transaction on the worker thread; ``done(result)`` back here (a failure
        is said through the one error path; ``changes`` are published on success)."""
        db_op(self.ctx, work, changes=changes, source=self).success(done).run()
