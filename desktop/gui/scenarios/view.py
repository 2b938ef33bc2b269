"""The scenarios view: the list of follow-up scenarios, the flow editor of the selected one, and its funnel.

New, save, start or pause; enrol contacts by hand from a smart query (the queries view's bulk action calls
:func:`enrol_contacts` too). Database work runs through the one background-work wrapper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.scenarios.editor import ScenarioEditor, step_kinds
from desktop.gui.scenarios.funnel import FunnelWidget
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Scenarios", text)


def _status(status: str) -> str:
    return {"draft": _t("Brouillon"), "active": _t("En cours"), "paused": _t("En pause")}.get(status, status)


def enrol_contacts(ctx: GuiContext, scenario_id: int, contact_ids: Sequence[int],
                   done: Callable[[int], None] | None = None) -> None:
    """Enrol contacts by hand (from a query's bulk actions or a contact) in the background."""
    database, clock = ctx.database, ctx.clock

    def work(_p: Any) -> int:
        from desktop.db.scenarios import enrol

        with database.sessions.begin() as session:
            return len(enrol(session, scenario_id, list(contact_ids), clock(), manual=True))

    op = Op(work).failure(lambda exc: ctx.show_message(str(exc)))
    if done is not None:
        op.success(done)
    op.run_in_background(ctx.runner)


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
        self.refresh()

    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(session)`` in one transaction on the worker thread; ``done(result)`` back here."""
        database = self.ctx.database

        def job(_p: Any) -> Any:
            with database.sessions.begin() as session:
                return work(session)

        Op(job).success(done).failure(lambda exc: self.ctx.show_message(str(exc))).run_in_background(self.ctx.runner)

    def refresh(self) -> None:
        def work(session: Any) -> Any:
            from desktop.db.queries import list_queries
            from desktop.db.scenarios import list_scenarios

            return list_scenarios(session), [(q.id, q.name) for q in list_queries(session) if q.kind == "dynamic"]

        self.run(work, self._show_list)

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
        if self.rows:
            ids = [row.id for row in self.rows]
            self.table.selectRow(ids.index(self.current_id) if self.current_id in ids else 0)

    def select_first(self) -> None:
        """Select the first scenario (what a screenshot shows)."""
        if self.rows:
            self.table.selectRow(0)

    @Slot()
    def on_table_selection_changed(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        scenario_id = self.rows[row].id

        def work(session: Any) -> Any:
            from desktop.db.scenarios import draft_of, funnel

            return draft_of(session, scenario_id), funnel(session, scenario_id)

        def done(result: Any) -> None:
            draft, counts = result
            self.current_id, self.current_status = scenario_id, draft.status
            self.editor.load(draft)
            labels = dict(step_kinds())
            self.funnel.show_funnel([labels.get(s.kind, s.kind) for s in draft.steps], counts)

        self.run(work, done)

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

        self.run(work, done)

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

        self.run(work, done)
