"""Quitting: every window is closed as its user would close it (what is being typed is committed, an editor
saves), the saves run to the end and report back, then the windows are destroyed before the database closes.

Issue 19: quitting with a line of a quote being typed lost the line and printed « QUndoStack already deleted »
(the editor was never closed, then destroyed with the interpreter, its undo stack first)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QLineEdit
from shiboken6 import isValid

from desktop.app import view_factories
from desktop.gui.kit.workers import Runner
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.main_window import MainWindow, wind_down
from tests.gui.conftest import NOW
from tests.gui.quote_support import make_quote, make_world


def test_quitting_while_a_quote_line_is_typed_saves_it_and_tears_down_cleanly(qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.db import quotes as repo
    from desktop.gui.quotes.editor.lines import DESIGNATION

    runner = Runner()  # the real threaded runner: the save is still queued when the event loop ends
    threaded = replace(ctx, runner=runner, undo_stack=QUndoStack())
    quote_id = make_quote(ctx.database, make_world(ctx.database), NOW)
    window = MainWindow(threaded, view_factories(threaded))  # not given to qtbot: wind_down destroys it
    try:
        window.show()
        quotes = window.show_view("quotes")
        renderer = quotes.renderer  # type: ignore[attr-defined]  # closed by the application's aboutToQuit
        editor = quotes.open_editor(quote_id)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: editor.state is not None, timeout=10_000)
        row = next(r for r, item in enumerate(editor.model.items) if not item.section)
        index = editor.model.index(row, DESIGNATION)
        editor.table.setCurrentIndex(index)
        editor.table.edit(index)
        cell = editor.table.viewport().findChild(QLineEdit)
        assert cell is not None
        cell.setText("Pose comprise, en cours de saisie")  # typed, not yet committed
        assert not editor.is_dirty()

        assert window.close()  # Fichier › Quitter
        assert not editor.isVisible()
        wind_down(window, runner)
    finally:
        runner.shutdown()
        renderer.close()
    assert not isValid(window)  # destroyed now, not by the interpreter after the database closed
    with ctx.database.sessions() as session:
        lines = [line.designation for section in repo.get_quote(session, quote_id).sections
                 for line in section.lines]
    assert "Pose comprise, en cours de saisie" in lines


def test_a_window_that_refuses_to_close_keeps_the_application_open(qtbot: QtBot, ctx: GuiContext) -> None:
    class Busy(QDialog):
        asked = 0

        def closeEvent(self, event: QCloseEvent) -> None:
            Busy.asked += 1
            event.ignore()  # « fermer sans enregistrer ? » answered No

    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    busy = Busy(window)
    window.show()
    busy.show()
    assert not window.close()
    assert Busy.asked == 1 and window.isVisible() and busy.isVisible()
    busy.hide()
    assert window.close()


def test_uncaught_exceptions_are_said_in_the_status_line_from_any_thread(qtbot: QtBot, ctx: GuiContext) -> None:
    import sys
    import threading

    from desktop.gui.kit.errors import install_excepthook

    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    old, old_thread = sys.excepthook, threading.excepthook
    try:
        install_excepthook(window.sig_error_reported.emit)  # as desktop.app.run does
        thread = threading.Thread(target=lambda: 1 / 0, name="worker")
        thread.start()
        thread.join()
    finally:
        sys.excepthook, threading.excepthook = old, old_thread
    qtbot.waitUntil(lambda: "ZeroDivisionError" in window.statusBar().currentMessage(), timeout=5_000)
    assert window.statusBar().currentMessage().startswith("Une erreur inattendue s’est produite")
