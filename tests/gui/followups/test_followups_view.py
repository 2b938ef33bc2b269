"""The follow-up list as the salesperson uses it, on the demo data with an injected clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.followup import Reason
from desktop.gui.followups.view import CallLogDialog, FollowUpsView
from desktop.services.demo import fill_demo
from tests.gui.conftest import NOW
from tests.gui.held import add_held


def _view(qtbot, ctx, database) -> FollowUpsView:  # type: ignore[no-untyped-def]
    fill_demo(database.engine, contacts=150, now=NOW)
    view = FollowUpsView(ctx)
    add_held(qtbot, view)
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


def test_a_change_published_elsewhere_ranks_the_list_again(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from desktop.db.followups import plan_followup
    from desktop.gui.kit.changes import Topic

    view = _view(qtbot, ctx, database)
    row = view.model.row_at(view.model.rowCount() - 1)
    with database.sessions.begin() as s:  # another part of the application snoozes it...
        plan_followup(s, row.quote_id, NOW.date() + timedelta(days=30))
    assert row.quote_id in [view.model.row_at(i).quote_id for i in range(view.model.rowCount())]
    with qtbot.waitSignal(view.sig_ready):
        ctx.changes.publish(Topic.QUOTES)  # ...and says so: the list follows, nobody calls it by name
    assert row.quote_id not in [view.model.row_at(i).quote_id for i in range(view.model.rowCount())]


def test_the_priority_colours_are_the_stylesheets_in_both_schemes(qtbot, qapp, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from desktop.gui.kit import theme

    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    try:
        view = _view(qtbot, ctx, database)
        hot = view.model.index(0, 0)
        assert view.model.row_at(0).followup.score >= 100
        theme.apply_theme(qapp, Qt.ColorScheme.Light)
        assert view.model.data(hot, Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
        theme.apply_theme(qapp, Qt.ColorScheme.Dark)
        assert view.model.data(hot, Qt.ItemDataRole.ForegroundRole) == QColor("#ff8a80")  # readable on dark
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)


def test_the_call_dialog_comes_from_its_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.gui.generated.followups.ui_call_log_dialog import Ui_CallLogDialog

    dialog = CallLogDialog("Anne <b>Martin</b>", "", date(2026, 12, 4))
    qtbot.addWidget(dialog)
    assert isinstance(dialog.form, Ui_CallLogDialog) and dialog.windowTitle() == "Appel de relance"
    assert dialog.form.contact_name.text() == "Anne <b>Martin</b>"  # shown as typed, never as markup
    assert dialog.form.phone_link.text() == "pas de numéro"
    assert [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())] == [
        "reached_interested", "reached_not_interested", "voicemail", "no_answer"]
    dialog.outcome.setCurrentIndex(2)
    dialog.note.setPlainText("  Rappeler jeudi ")
    assert dialog.values() == ("voicemail", "Rappeler jeudi", date(2026, 12, 4))


def test_a_reason_without_open_tracking_says_why_opens_are_not_counted(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.followup import Action, FollowUp
    from desktop.gui.followups.texts import reason_text

    untracked = FollowUp(1, 10, Reason.NO_SIGNAL, Action.CALL_OR_RESEND, {"days": 4}, tracked=False)
    assert reason_text(untracked).endswith("(ouvertures non suivies : pas d’accord du contact)")
    tracked = FollowUp(2, 10, Reason.NEVER_OPENED, Action.CALL_OR_RESEND, {"days": 4})
    assert "non suivies" not in reason_text(tracked)


def test_an_open_left_out_is_explained_in_the_reasons_tooltip(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    """The demo holds gateway opens judged machine: their row's tooltip says which was not counted, and why."""
    from desktop.services.tracking.verdict_words import verdict_sentence

    view = _view(qtbot, ctx, database)
    rows = [i for i in range(view.model.rowCount()) if view.model.row_at(i).not_counted is not None]
    assert rows, "the demo set has machine opens"
    row = view.model.row_at(rows[0])
    tip = view.model.data(view.model.index(rows[0], 4), Qt.ItemDataRole.ToolTipRole)
    assert "Non compté" in tip and verdict_sentence(*row.not_counted) in tip
    plain = [i for i in range(view.model.rowCount()) if view.model.row_at(i).not_counted is None]
    assert plain and "Non compté" not in view.model.data(view.model.index(plain[0], 4), Qt.ItemDataRole.ToolTipRole)


def test_a_reason_of_today_says_today_not_zero_days(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every "il y a %n jour(s)" and "dans %n jour(s)" reason reads "aujourd’hui" when the day is today."""
    from desktop.core.followup import Action, FollowUp
    from desktop.gui.followups.texts import reason_text

    dated = [r for r in Reason if "3 jour" in reason_text(FollowUp(1, 10, r, Action.CALL, {"days": 3}))]
    assert len(dated) == 11
    for reason in dated:
        today = reason_text(FollowUp(1, 10, reason, Action.CALL, {"days": 0}))
        if reason is Reason.INVOICE_OVERDUE:  # overdue the day after its due date at the earliest
            continue
        assert "aujourd’hui" in today and "0 jour" not in today, (reason, today)
