"""The follow-up list as the salesperson uses it, on the demo data with an injected clock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.followup import Reason
from desktop.gui.followups.view import CallLogDialog, FollowUpsView
from desktop.services.demo import fill_demo
from tests.gui.conftest import NOW


def _view(qtbot, ctx, database) -> FollowUpsView:  # type: ignore[no-untyped-def]
    fill_demo(database.engine, contacts=150, now=NOW)
    view = FollowUpsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_the_list_is_ranked_with_plain_reasons(qtbot, qtmodeltester, ctx, database) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx, database)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() >= 3
    first = view.model.row_at(0)
    assert first.followup.reason is Reason.HOT
    text = view.model.data(view.model.index(0, 4))
    assert "dernière heure" in text and "appelez maintenant" in text
    scores = [view.model.row_at(i).followup.score for i in range(view.model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert "sans relance planifiée" in view.unplanned_label.text()


def test_snooze_takes_the_quote_out_until_its_date(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx, database)
    row = next(view.model.row_at(i) for i in range(view.model.rowCount())
               if view.model.row_at(i).followup.reason is not Reason.HOT)
    index = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).quote_id == row.quote_id)
    view.table.selectRow(index)
    view.snooze_date.setDate(view.snooze_date.date().addDays(30))
    view.snooze_button.click()
    assert row.quote_id not in [view.model.row_at(i).quote_id for i in range(view.model.rowCount())]
    assert any("reportée" in m for m in ctx.messages)


def test_a_call_is_logged_from_the_dialog(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx, database)
    view.table.selectRow(0)
    row = view.selected()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CallLogDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.outcome.setCurrentIndex(0)
        dialog.note.setPlainText("Intéressé, veut une démo")
        dialog.accept()

    QTimer.singleShot(0, fill)
    view.call_button.click()
    from sqlalchemy import select

    from desktop.db.models import Activity

    with database.sessions() as s:
        bodies = s.scalars(select(Activity.body).where(Activity.contact_id == row.contact_id,
                                                       Activity.kind == "call", Activity.occurred_at == NOW)).all()
    assert bodies == ["Intéressé, veut une démo"]
