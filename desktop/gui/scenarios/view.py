"""The scenarios view: the list of follow-up scenarios, the flow editor of the selected one, and its funnel.

New, save, start or pause; enrol contacts by hand from a smart query (the queries view's bulk action and the
contacts use :func:`desktop.gui.scenarios.enrol_dialog.enrol_contacts`). Database work runs through
:func:`~desktop.gui.kit.db_op.db_op`; the view shows what the bus says changed (scenarios, the steps the
automation ran, tracking, the queries it may start from) without reloading the scenario being edited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.scenarios.editor import ScenarioEditor, step_kinds
from desktop.gui.scenarios.enrol_dialog import SCENARIO_CHANGES
from desktop.gui.scenarios.funnel import FunnelWidget
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Scenarios", text)


def _status(status: str) -> str:
    return {"draft": _t("Brouillon"), "active": _t("En cours"), "paused": _t("En pause")}.get(status, status)


#: What the view shows: the scenarios, their funnels (steps run by the automation, which the live services
#: publish as OUTBOX and TRACKING news), and the dynamic queries a scenario may start from.
SHOWN_TOPICS = Topic.SCENARIOS | Topic.OUTBOX | Topic.TRACKING | Topic.QUERIES


def _read_list(session: Any) -> tuple[list[Any], list[tuple[int, str]]]:
    from desktop.db.queries import list_queries
    from desktop.db.scenarios import list_scenarios

    return list_scenarios(session), [(q.id, q.name) for q in list_queries(session) if q.kind == "dynamic"]


class ScenariosView(QWidget):
    """Scenarios: list, flow editor, funnel."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.current_id: int | None = None
        self.current_status = "draft"
        layout = QVBoxLayout(self)
        title = QLabel(_t("Scénarios"))
        title.setObjectName("view_title")
        layout.addWidget(title)
        bar = QHBoxLayout()
        for text, slot in ((_t("Nouveau scénario"), self.on_new_clicked), (_t("Enregistrer"), self.on_save_clicked),
                           (_t("Démarrer / mettre en pause"), self.on_toggle_clicked),
                           (_t("Inscrire les contacts d'une requête"), self.on_enrol_clicked)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([_t("Scénario"), _t("Statut"), _t("En cours"), _t("Terminés"),
                                              _t("Arrêtés")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.on_table_selection_changed)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(QLabel(_t("<b>Entonnoir</b>")))
        self.funnel = FunnelWidget()
        left_layout.addWidget(self.funnel, 1)
        split.addWidget(left)
        self.editor = ScenarioEditor()
        split.addWidget(self.editor)
        split.setSizes([420, 680])  # the list keeps its names readable; a long step row scrolls
        layout.addWidget(split, 1)
        reload_on_changes(self, ctx.changes, SHOWN_TOPICS, self.refresh, skip_own=True)
        self.refresh()

    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None], changes: Topic | None = None) -> None:
        """Run ``work(session)`` in one transaction off the UI thread; ``done(result)`` back here. What it
        changes is published as this view's (the view refreshes itself in ``done``)."""
        db_op(self.ctx, work, changes=changes, source=self).success(done).run()

    @Slot()
    def refresh(self) -> None:
        """Read the list (and the queries a scenario may start from) again; the scenario being edited stays."""
        db_op(self.ctx, _read_list, write=False).success(self._show_list).run()

    def _show_list(self, result: Any) -> None:
        self.rows, queries = result
        self.editor.set_queries(queries)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.name, _status(row.status), str(row.active), str(row.finished),
                                      str(row.stopped))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        if not self.rows:
            return
        ids, current = [row.id for row in self.rows], self.current_id
        if current is not None and current in ids:  # the scenario being edited stays: its funnel is read again
            self.table.blockSignals(True)
            self.table.selectRow(ids.index(current))
            self.table.blockSignals(False)
            self._load_selected(current, into_editor=False)
        elif current is not None or self.table.currentRow() < 0:  # gone, or nothing chosen yet
            self.table.selectRow(0)
        # else a new scenario is being written: it stays in the editor

    def select_first(self) -> None:
        """Select the first scenario (what a screenshot shows)."""
        if self.rows:
            self.table.selectRow(0)

    @Slot()
    def on_table_selection_changed(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self._load_selected(self.rows[row].id, into_editor=True)

    def _load_selected(self, scenario_id: int, into_editor: bool) -> None:
        """Read a scenario and its funnel; show it in the editor too when it was just chosen."""
        def work(session: Any) -> Any:
            from desktop.db.scenarios import draft_of, funnel

            return draft_of(session, scenario_id), funnel(session, scenario_id)

        def done(result: Any) -> None:
            draft, counts = result
            if into_editor:
                self.current_id, self.current_status = scenario_id, draft.status
                self.editor.load(draft)
            elif scenario_id != self.current_id:
                return  # another scenario was chosen meanwhile
            labels = dict(step_kinds())
            self.funnel.show_funnel([labels.get(s.kind, s.kind) for s in draft.steps], counts)

        db_op(self.ctx, work, write=False).success(done).run()

    @Slot()
    def on_new_clicked(self) -> None:
        from desktop.db.scenarios import ScenarioDraft, StepDraft

        self.current_id, self.current_status = None, "draft"
        self.editor.load(ScenarioDraft(_t("Nouveau scénario"), (
            StepDraft("send_email", {"template": "followup"}), StepDraft("wait", {"days": 3}),
            StepDraft("condition", {"test": "quote_opened"}, yes=4, no=3),
            StepDraft("send_email", {"template": "followup"}), StepDraft("call", {}))))

    def _save(self, status: str) -> None:
        draft = self.editor.draft(status, "Europe/Paris")
        scenario_id, now = self.current_id, self.ctx.clock()

        def work(session: Any) -> int:
            from desktop.db.scenarios import save_scenario

            return save_scenario(session, draft, now, scenario_id)

        def done(new_id: int) -> None:
            self.current_id, self.current_status = new_id, status
            self.refresh()

        self.run(work, done, Topic.SCENARIOS)

    @Slot()
    def on_save_clicked(self) -> None:
        self._save(self.current_status)

    @Slot()
    def on_toggle_clicked(self) -> None:
        self._save("paused" if self.current_status == "active" else "active")

    @Slot()
    def on_enrol_clicked(self) -> None:
        if self.current_id is None:
            return
        names = [self.editor.trigger.itemText(i) for i in range(1, self.editor.trigger.count())]
        ids = [self.editor.trigger.itemData(i) for i in range(1, self.editor.trigger.count())]
        if not names:
            return
        name, ok = QInputDialog.getItem(self, _t("Inscrire des contacts"), _t("Requête"), names, 0, False)
        if not ok:
            return
        query_id, scenario_id, clock = ids[names.index(name)], self.current_id, self.ctx.clock

        def work(session: Any) -> list[int]:
            from desktop.db.queries import members
            from desktop.db.scenarios import enrol

            now = clock()
            return enrol(session, scenario_id, members(session, query_id, now.date(), now), now, manual=True)

        def done(added: list[int]) -> None:
            self.ctx.show_message(tr("Scenarios", "%n contact(s) inscrit(s)", "", len(added)))
            self.refresh()

        self.run(work, done, SCENARIO_CHANGES)
