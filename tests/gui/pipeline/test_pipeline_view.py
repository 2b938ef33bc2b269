"""The pipeline board: a drop or Ctrl+Right changes the stage, undo puts it back; figures per stage."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from desktop.core.pipeline import STAGES
from desktop.db.models import Opportunity
from desktop.gui.pipeline.view import MIME, PipelineTableModel, PipelineView
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database


def _opportunities(database: Database) -> list[int]:
    with database.sessions.begin() as s:
        rows = [Opportunity(title="Relamping entrepôt", amount=Decimal("1000"), stage="qualification"),
                Opportunity(title="Audit", amount=Decimal("500"), stage="proposal"),
                Opportunity(title="Vitrine", amount=Decimal("300"), stage="negotiation"),
                Opportunity(title="Gagnée", amount=Decimal("999"), stage="negotiation", result="won")]
        s.add_all(rows)
        s.flush()
        return [o.id for o in rows]


def _stage(database: Database, oid: int) -> str:
    with database.sessions() as s:
        return s.get_one(Opportunity, oid).stage


def test_figures_per_stage_and_won_ones_leave_the_board(ctx: GuiContext, database: Database, qtbot, qtmodeltester
                                                        ) -> None:
    _opportunities(database)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    assert [(t.stage, t.count, t.amount, t.weighted) for t in view.totals] == [
        ("qualification", 1, Decimal("1000.00"), Decimal("200.00")),
        ("proposal", 1, Decimal("500.00"), Decimal("250.00")),
        ("negotiation", 1, Decimal("300.00"), Decimal("240.00"))]
    assert sum(view.columns[s].count() for s in STAGES) == 3
    assert "240" in view.headers["negotiation"].text()
    assert view.model.rowCount() == 3
    qtmodeltester.check(view.model)
    qtmodeltester.check(PipelineTableModel())


def test_drop_moves_the_card_and_undo_puts_it_back(ctx: GuiContext, database: Database, qtbot) -> None:
    first, *_ = _opportunities(database)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    data = QMimeData()
    data.setData(MIME, str(first).encode())
    target = view.columns["negotiation"]
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    assert _stage(database, first) == "negotiation"
    assert [target.item(i).data(Qt.ItemDataRole.UserRole) for i in range(target.count())].count(first) == 1
    ctx.undo_stack.undo()
    assert _stage(database, first) == "qualification"
    assert view.columns["qualification"].count() == 1
    ctx.undo_stack.redo()
    assert _stage(database, first) == "negotiation"


def test_keyboard_moves_the_selected_card(ctx: GuiContext, database: Database, qtbot) -> None:
    first, *_ = _opportunities(database)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.show()
    column = view.columns["qualification"]
    column.setCurrentRow(0)
    column.setFocus()
    qtbot.waitUntil(column.hasFocus)
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(database, first) == "proposal"
    assert view.selected_id() == first  # the moved card stays selected, so Ctrl+Right again moves it on
    qtbot.keyClick(view.columns["proposal"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(database, first) == "negotiation"
    qtbot.keyClick(view.columns["negotiation"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _stage(database, first) == "negotiation"  # no stage past the last
    ctx.undo_stack.undo()
    assert _stage(database, first) == "proposal"


def test_list_toggle_and_filters(ctx: GuiContext, database: Database, qtbot) -> None:
    _opportunities(database)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.list_button.click()
    assert view.stack.currentWidget() is view.table
    view.window_filter.setCurrentIndex(view.window_filter.findData("overdue"))
    assert view.model.rowCount() == 0  # no close date set: none overdue


def test_the_board_follows_opportunities_changed_elsewhere(ctx: GuiContext, database: Database, qtbot) -> None:
    from desktop.gui.kit.changes import Topic

    first, *_ = _opportunities(database)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    with database.sessions.begin() as s:  # another desktop, or a quote accepted, moves it on
        s.get_one(Opportunity, first).stage = "proposal"
    with qtbot.waitSignal(view.sig_loaded):
        ctx.changes.publish(Topic.QUOTES)
    assert view.columns["proposal"].count() == 2 and view.columns["qualification"].count() == 0
    with qtbot.assertNotEmitted(view.sig_loaded):
        ctx.changes.publish(Topic.CONTACTS)  # not what the board shows
