"""The smart-query view ("Requêtes"): saved queries, the filter builder with a live count, the matching
contacts (:mod:`~desktop.gui.queries.members_panel`: for a static query, members added or removed by hand),
save as static or dynamic, and the bulk actions on the members (:mod:`~desktop.gui.queries.bulk_actions`).

Database work runs through :func:`~desktop.gui.kit.db_op.db_op`. The view shows what the bus says changed
(the queries, the contacts they match, the custom fields the builder offers) without touching what is being
typed in the builder.
"""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text
from desktop.gui.kit.i18n import tr
from desktop.gui.queries.builder import BuilderCatalog, QueryBuilder
from desktop.gui.queries.bulk_actions import BulkActions
from desktop.gui.queries.members_panel import MembersPanel
from desktop.gui.queries.models import QueryListModel
from desktop.gui.shell.context import GuiContext

SHOWN_MEMBERS = 200
DEBOUNCE_MS = 250
#: What the view shows: the saved queries (and their counts), the contacts they match, the builder's fields.
SHOWN_TOPICS = Topic.QUERIES | Topic.CONTACTS | Topic.CUSTOM_FIELDS


def _t(text: str) -> str:
    return tr("Queries", text)


class QueriesView(QWidget):
    """Saved queries on the left; the builder, its live count and the matching contacts on the right."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._current_id: int | None = None
        self._generation = 0
        self._reselecting = False  # the list is read again: the query chosen stays, the builder is not reset
        self._tz: tzinfo = ctx.clock().astimezone().tzinfo or UTC
        self.queries = QueryListModel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.evaluate_now)
        self.builder = QueryBuilder(BuilderCatalog(self._today()))
        self.members = MembersPanel(ctx, lambda: self.name.text(), self)
        self.bulk = BulkActions(self, ctx, self.matching_ids, lambda: self.builder._catalog)
        self._build()
        reload_on_changes(self, ctx.changes, SHOWN_TOPICS, lambda: self._load(keep=True), skip_own=True)
        self._load(select_row=0)

    # Layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        title = QLabel(_t("Requêtes"))
        title.setObjectName("viewTitle")
        self.list = QTableView()
        self.list.setModel(self.queries)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self.on_list_current_row_changed)
        new = QPushButton(_t("Nouvelle requête"))
        new.clicked.connect(self.on_new_clicked)
        self.delete_button = QPushButton(_t("Supprimer"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.delete_button)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        head = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("Nom de la requête"))
        self.name.setMinimumWidth(180)
        self.kind = QComboBox()
        self.kind.addItem(_t("Dynamique : réévaluée à chaque usage"), "dynamic")
        self.kind.addItem(_t("Statique : membres figés à l'enregistrement"), "static")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)  # the long labels elide rather than squeeze the query list
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.save_button = QPushButton(_t("Enregistrer"))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.actions_button = QPushButton(_t("Actions sur les contacts"))
        self.actions_button.setMenu(self.bulk.menu())
        head.addWidget(self.name, 3)
        head.addWidget(self.kind, 2)
        head.addWidget(self.save_button)
        head.addWidget(self.actions_button)
        self.builder.changed.connect(self.on_builder_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.builder)
        self.count_label = QLabel()
        self.count_label.setObjectName("queryCount")
        self.count_label.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.members)
        splitter.setSizes([300, 300])
        right_layout.addLayout(head)
        right_layout.addWidget(splitter, 1)
        right_layout.addWidget(self.count_label)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(right)
        left.setMinimumWidth(360)  # query names stay readable beside a wide builder
        outer.setCollapsible(0, False)
        outer.setStretchFactor(1, 1)
        outer.setSizes([470, 730])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._tz).date()

    # Loading ---------------------------------------------------------------------------------------------
    def _load(self, select_row: int | None = None, select_id: int | None = None, keep: bool = False) -> None:
        """Count every query again and read the list and the builder's catalogue; then choose ``select_row``
        or ``select_id``, or with ``keep`` leave the query being edited as it is and count its contacts again."""
        from desktop.db.queries import load_screen

        today, now, tz = self._today(), self._ctx.clock(), self._tz

        def done(screen: Any) -> None:
            self.builder.set_catalog(BuilderCatalog(today, screen.custom, screen.users))  # the typed spec stays
            self.queries.set_rows(screen.queries)
            if keep:
                kept = self.queries.row_of(self._current_id) if self._current_id is not None else -1
                if kept < 0:
                    self._current_id = None  # deleted meanwhile: saving what is typed makes a new query
                self._reselect(kept)
                self.evaluate_now()
                return
            row = self.queries.row_of(select_id) if select_id is not None else select_row
            if row is not None and 0 <= row < len(screen.queries):
                self.list.selectRow(row)

        db_op(self._ctx, lambda s: load_screen(s, today, now, tz)).success(done).run()

    def _reselect(self, row: int) -> None:
        """Select the list's row of the query being edited without loading it into the builder again."""
        self._reselecting = True
        try:
            if row >= 0:
                self.list.selectRow(row)
            else:
                self.list.clearSelection()
        finally:
            self._reselecting = False

    def select_first(self) -> None:
        """Show the first saved query (screenshots)."""
        if self.queries.rowCount():
            self.list.selectRow(0)

    @Slot()
    def on_list_current_row_changed(self, current: Any, _previous: Any) -> None:
        info = self.queries.row_at(current.row())
        if info is None or self._reselecting:
            return
        self._current_id = info.id
        self.name.setText(info.name)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(info.kind), 0))
        self.kind.blockSignals(False)
        self.members.set_static(info.kind == "static")
        self.builder.blockSignals(True)
        self.builder.set_spec(info.spec)
        self.builder.blockSignals(False)
        self.evaluate_now()

    @Slot(int)
    def on_kind_changed(self, _index: int) -> None:
        """The table shows the stored members or the spec's: evaluate again; the member buttons follow."""
        self.members.set_static(self.kind.currentData() == "static")
        self.on_builder_changed()

    @Slot()
    def on_builder_changed(self) -> None:
        self.count_label.setText(_t("Calcul…"))
        self._debounce.start()

    @Slot()
    def evaluate_now(self) -> None:
        """Count the contacts matching the builder's spec (off the UI thread) and list the first ones; a saved
        static query, not edited, shows its stored members."""
        from desktop.db.queries import evaluate

        self._debounce.stop()
        self._generation += 1
        generation, spec, today, now, tz = self._generation, self.builder.spec(), self._today(), self._ctx.clock(), \
            self._tz
        static_id = self._current_id if self.kind.currentData() == "static" and not self._edited() else None

        def done(result: Any) -> None:
            if generation != self._generation:
                return  # an older evaluation: the user has typed since
            self.members.show_members(result.ids, result.rows, static_id)
            text = tr("Queries", "%n contact(s) correspondent", "", len(result.ids))
            if len(result.ids) > len(result.rows):
                text += " — " + _t("les %1 premiers sont affichés").replace("%1", str(len(result.rows)))
            self.count_label.setText(text)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.members.clear()
                self.count_label.setText(_t("Requête incomplète : %1").replace("%1", error_text(exc)))

        db_op(self._ctx, lambda s: evaluate(s, spec, today, now, tz, static_id=static_id, shown=SHOWN_MEMBERS)) \
            .success(done).failure(failed).run()

    def _edited(self) -> bool:
        info = self.queries.row_at(self.queries.row_of(self._current_id)) if self._current_id else None
        return info is None or info.spec != self.builder.spec()

    def matching_ids(self) -> list[int]:
        return list(self.members.ids)

    # Saving ---------------------------------------------------------------------------------------------
    @Slot()
    def on_new_clicked(self) -> None:
        self._current_id = None
        self._reselect(-1)
        self.name.setText(_t("Nouvelle requête"))
        self.builder.set_spec({"match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                               "value": "prospect"}]})
        self.name.setFocus()
        self.name.selectAll()
        self.evaluate_now()

    @Slot()
    def on_save_clicked(self) -> None:
        from desktop.db.queries import save_query

        today, now, tz = self._today(), self._ctx.clock(), self._tz
        name, kind, spec, query_id = self.name.text(), self.kind.currentData(), self.builder.spec(), self._current_id

        def done(saved_id: int) -> None:
            self._current_id = saved_id
            self._ctx.show_message(_t("Requête enregistrée : %1").replace("%1", name))
            self._load(select_id=saved_id)

        db_op(self._ctx, lambda s: save_query(s, name=name, kind=kind, spec=spec, today=today, now=now, tz=tz,
                                              query_id=query_id),
              changes=Topic.QUERIES, source=self).success(done).run()

    @Slot()
    def on_delete_clicked(self) -> None:
        from desktop.db.queries import delete_query

        if self._current_id is None:
            return
        query_id = self._current_id
        answer = QMessageBox.question(self, "Relance", _t("Supprimer la requête « %1 » ?").replace(
            "%1", self.name.text()))
        if answer == QMessageBox.StandardButton.Yes:
            db_op(self._ctx, lambda s: delete_query(s, query_id), changes=Topic.QUERIES, source=self).success(
                lambda _r: self._load(select_row=0)).run()
