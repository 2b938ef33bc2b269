"""The matching contacts under the query builder, and for a saved static query its members added (« Ajouter des
contacts… », Inser) or removed (« Retirer de la requête », Suppr) by hand, each undoable (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.i18n import tr
from desktop.gui.queries.models import MemberModel
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Queries", text)


class MembersPanel(QWidget):
    """The contacts a query matches (the first rows), with the member buttons of a static query.

    The view tells it what it shows (:meth:`show_members`) and whether the query is static
    (:meth:`set_static`); member edits publish ``Topic.QUERIES`` (a query's members and count changed), on
    which the view reads the list and the members again.
    """

    def __init__(self, ctx: GuiContext, query_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query_name = query_name
        self._static = False
        self.ids: list[int] = []  # every matching contact (the table shows the first ones)
        self.shown_static: int | None = None  # the static query whose stored members the table shows
        self.model = MemberModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        self.bar = QWidget()
        self.bar.setObjectName("static_members_bar")
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.add_button = QPushButton(_t("Ajouter des contacts…"))
        self.add_button.setObjectName("add_members")
        self.add_button.setToolTip(_t("Ajouter des contacts à cette requête statique (Inser)"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button = QPushButton(_t("Retirer de la requête"))
        self.remove_button.setObjectName("remove_members")
        self.remove_button.setToolTip(_t("Retirer les contacts sélectionnés de cette requête statique "
                                         "(Suppr) ; Ctrl+Z annule"))
        self.remove_button.clicked.connect(self.on_remove_clicked)
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout.addWidget(self.bar)
        for key, slot in ((Qt.Key.Key_Insert, self.on_add_clicked), (Qt.Key.Key_Delete, self.on_remove_clicked)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self._update_bar()

    # What it shows ----------------------------------------------------------------------------------
    def show_members(self, ids: list[int], rows: list[Any], static_id: int | None) -> None:
        """Show an evaluation: every id, the rows of the first ones, the static query they are the stored
        members of (None: they match a spec)."""
        self.ids, self.shown_static = list(ids), static_id
        self.model.set_rows(rows)
        self._update_bar()

    def clear(self) -> None:
        self.show_members([], [], None)

    def set_static(self, static: bool) -> None:
        """The query is (or is no longer) static: the member buttons follow; what the table shows is evaluated
        again by the view."""
        self._static, self.shown_static = static, None
        self._update_bar()

    def _update_bar(self) -> None:
        """Shown for a static query; usable when the table lists its stored members (saved, not edited)."""
        self.bar.setVisible(self._static)
        if not self._static:
            return
        usable = self.shown_static is not None
        self.hint.setText(_t("Requête statique : ajoutez ou retirez des membres à la main.") if usable else
                          _t("Enregistrez la requête statique pour en modifier les membres à la main."))
        self.add_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and bool(self.selected_ids()))

    @Slot()
    def on_selection_changed(self) -> None:
        self._update_bar()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        members = [self.model.data(self.model.index(r, 0), Qt.ItemDataRole.UserRole) for r in rows]
        return [int(m.id) for m in members if m is not None]

    # Members by hand ----------------------------------------------------------------------------------
    @Slot()
    def on_remove_clicked(self) -> None:
        """Take the selected contacts out of the static query (Ctrl+Z puts them back)."""
        query_id, ids = self.shown_static, self.selected_ids()
        if query_id is not None and ids:
            self.remove(query_id, ids)

    @Slot()
    def on_add_clicked(self) -> None:
        """Pick contacts (search as you type) and add them to the static query (undoable)."""
        query_id = self.shown_static
        if query_id is None:
            return
        from desktop.gui.queries.member_picker import MemberPicker

        picker = MemberPicker(self._ctx, self._query_name(), self.ids, self)
        if picker.exec() and picker.chosen_ids():
            self.add(query_id, picker.chosen_ids())

    def remove(self, query_id: int, ids: list[int]) -> None:
        from desktop.db import queries as repo

        now, gone = self._ctx.clock(), list[int]()

        def remember(result: list[int]) -> None:
            gone.extend(result)
            self._ctx.show_message(tr("Queries", "%n contact(s) retiré(s) de la requête. Ctrl+Z pour annuler.", "",
                                      len(result)))

        self._push(tr("Queries", "Retirer %n contact(s) de la requête", "", len(ids)),
                   first=lambda s: repo.remove_members(s, query_id, ids, now),
                   redo=lambda s: repo.remove_members(s, query_id, gone, now),
                   undo=lambda s: repo.add_members(s, query_id, gone, now), remember=remember)

    def add(self, query_id: int, ids: list[int]) -> None:
        from desktop.db import queries as repo

        now, added = self._ctx.clock(), list[int]()

        def remember(result: list[int]) -> None:
            added.extend(result)
            message = tr("Queries", "%n contact(s) ajouté(s) à la requête.", "", len(result))
            if len(ids) > len(result):
                message += " " + tr("Queries", "%n déjà membre(s).", "", len(ids) - len(result))
            self._ctx.show_message(message)

        self._push(tr("Queries", "Ajouter %n contact(s) à la requête", "", len(ids)),
                   first=lambda s: repo.add_members(s, query_id, ids, now),
                   redo=lambda s: repo.add_members(s, query_id, added, now),
                   undo=lambda s: repo.remove_members(s, query_id, added, now), remember=remember)

    def _push(self, text: str, *, first: Any, redo: Any, undo: Any, remember: Callable[[Any], None]) -> None:
        from desktop.gui.kit.undo import DbCommand

        self._ctx.undo_stack.push(DbCommand(self._ctx, text, redo=redo, undo=undo, first=first, remember=remember,
                                            on_done=lambda: None, changes=Topic.QUERIES))

