"""What the phoning and email panels of the campaigns view share: a table of campaigns read off the UI thread
and read again when the change bus says that what it shows changed, and the status changes by hand (undoable,
a close confirmed with what is left)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Campaigns", text)


def status_text(status: str) -> str:
    return {"draft": _t("Brouillon"), "active": _t("En cours"), "paused": _t("En pause"), "done": _t("Terminée"),
            "sending": _t("Envoi en cours")}.get(status, status)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class CampaignList(QWidget):
    """A list of campaigns (``rows``, shown in ``table``), read by :meth:`read` and shown by :meth:`cells`.

    It subscribes to ``shown_topics`` and reads the list again at once when on screen, else when it comes back
    into sight. Its own operations publish what they change (``Topic.CAMPAIGNS`` unless said), so the list
    follows through the bus like any other view.
    """

    shown_topics = Topic.CAMPAIGNS

    def __init__(self, ctx: GuiContext, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.table = _table(headers)
        reload_on_changes(self, ctx.changes, self.shown_topics, self.refresh)

    # Reading --------------------------------------------------------------------------------------------
    def read(self, session: Any) -> list[Any]:
        """The campaigns with their figures (on the worker thread)."""
        raise NotImplementedError

    def cells(self, row: Any) -> list[str]:
        """The texts of one campaign's row."""
        raise NotImplementedError

    def shown(self) -> None:
        """Called once the list is on screen (the buttons follow the selection)."""

    def refresh(self) -> None:
        """Read the list with its figures, off the UI thread."""
        db_op(self.ctx, self.read, write=False).success(self._loaded).run()

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = rows
        table, selected = self.table, self.table.currentRow()
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c > 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        if rows:
            table.selectRow(min(max(selected, 0), len(rows) - 1))
        self.shown()

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_row(self) -> Any:
        campaign_id = self.selected_id()
        return next((r for r in self.rows if r.id == campaign_id), None)

    def select_first(self) -> None:
        if self.table.rowCount():
            self.table.selectRow(0)

    # Writing --------------------------------------------------------------------------------------------
    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None] = lambda _r: None,
            changes: Topic | None = Topic.CAMPAIGNS) -> None:
        """Run ``work(session)`` in one transaction off the UI thread, publish ``changes``, then ``done(result)``."""
        db_op(self.ctx, work, changes=changes).success(done).run()

    def queries(self, then: Callable[[list[tuple[int, str]]], None]) -> None:
        """The saved queries (id, name), for a dialog that asks for one."""
        from desktop.db.queries import list_queries

        db_op(self.ctx, lambda s: [(q.id, q.name) for q in list_queries(s)], write=False).success(then).run()

    def push_status(self, text: str, message: str, change: Callable[[Any, str], str], target: str) -> None:
        """Change a status as an undoable edit: undo puts back the status the campaign had."""
        from desktop.gui.kit.undo import DbCommand

        before: list[str] = []

        def remember(previous: str) -> None:
            before.append(previous)
            self.ctx.show_message(message)

        self.ctx.undo_stack.push(DbCommand(
            self.ctx, text, first=lambda s: change(s, target), remember=remember, redo=lambda s: change(s, target),
            undo=lambda s: change(s, before[0]), on_done=lambda: None, changes=Topic.CAMPAIGNS))

    def close_campaign(self, name: str, question: str, confirmed: bool, change: Callable[[Any, str], str]) -> None:
        """Mark a campaign done once the user agrees (``question`` says what is left), as an undoable edit."""
        if not confirmed and QMessageBox.question(self, _t("Marquer terminée"), question) != \
                QMessageBox.StandardButton.Yes:
            return
        self.push_status(_t("Terminer « %1 »").replace("%1", name),
                         _t("Campagne « %1 » terminée. Ctrl+Z pour annuler.").replace("%1", name), change, "done")
