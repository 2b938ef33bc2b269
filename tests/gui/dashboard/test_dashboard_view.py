"""The dashboard view: figures from the worker, tiles and charts filled, click-through requests."""

from __future__ import annotations

from datetime import timedelta

from desktop.gui.dashboard.view import SENT, DashboardView, QuoteListRequest
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from desktop.services.demo import fill_demo
from tests.gui.conftest import NOW


def test_tiles_charts_and_click_through(ctx: GuiContext, database: Database, qtbot) -> None:
    with database.sessions.begin() as s:
        fill_demo(s, contacts=120, now=NOW - timedelta(hours=2))
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    assert view.dashboard is not None
    totals = view.dashboard.totals
    assert totals.sent > 0
    assert view.tiles["sent"].value.text() == str(totals.sent)
    assert "%" in view.tiles["opened"].value.text()
    assert view.month_chart.chart().series() and view.owner_chart.chart().series()
    assert view.owner_table.rowCount() == len(view.dashboard.by_owner)
    with qtbot.waitSignal(view.sig_quotes_requested) as blocker:
        view.tiles["accepted"].sig_clicked.emit()
    request = blocker.args[0]
    assert isinstance(request, QuoteListRequest) and request.statuses == ("accepted",)
    with qtbot.waitSignal(view.sig_quotes_requested) as blocker:
        view.on_month_series_clicked(len(view.dashboard.by_month) - 1, None)  # type: ignore[arg-type]
    assert blocker.args[0].statuses == SENT and blocker.args[0].issued_from.month == NOW.month
    view.period_filter.setCurrentIndex(view.period_filter.findData("this_month"))
    assert len(view.dashboard.by_month) == 1


def test_amounts_in_the_salesperson_table_are_shown_whole_in_english(ctx: GuiContext, database: Database,
                                                                      qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from desktop.core.formatting import format_money_whole

    ctx.settings = dataclasses.replace(ctx.settings, language="en")
    with database.sessions.begin() as s:
        fill_demo(s, contacts=120, now=NOW - timedelta(hours=2))
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    assert view.dashboard is not None and view.dashboard.by_owner
    table = view.owner_table
    metrics = table.fontMetrics()
    for row, (_owner, _name, figures) in enumerate(view.dashboard.by_owner):
        cell = table.item(row, 2)
        assert cell.text() == format_money_whole(figures.amount_quoted, "en")
        # the column is at least as wide as the amount: it is never elided into another number
        assert table.columnWidth(2) >= metrics.horizontalAdvance(cell.text())


def test_the_figures_follow_tracking_and_wait_while_out_of_sight(ctx: GuiContext, database: Database,
                                                                 qtbot) -> None:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop.gui.kit.changes import Topic

    view = DashboardView(ctx)
    qtbot.addWidget(view)
    assert view.dashboard is not None and view.dashboard.totals.sent == 0
    with database.sessions.begin() as s:
        fill_demo(s, contacts=60, now=NOW - timedelta(hours=2))
    with qtbot.waitSignal(view.sig_loaded):
        ctx.changes.publish(Topic.TRACKING)
    sent = view.dashboard.totals.sent
    assert sent > 0 and view.tiles["sent"].value.text() == str(sent)

    stack = QStackedWidget()  # in the main window, behind another view
    qtbot.addWidget(stack)
    other = QWidget()
    stack.addWidget(view)
    stack.addWidget(other)
    stack.show()
    stack.setCurrentWidget(other)
    with qtbot.assertNotEmitted(view.sig_loaded):
        ctx.changes.publish(Topic.OPPORTUNITIES)
    with qtbot.waitSignal(view.sig_loaded):
        stack.setCurrentWidget(view)
    stack.removeWidget(view)
    view.setParent(None)  # the view outlives the stack (qtbot closes it)
