"""The quote editor driven from the keyboard: lines, totals as you type, save, finalise, versions."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.db import quotes as repo
from desktop.gui.quotes.editor.editor import QuoteEditor
from desktop.gui.quotes.editor.lines import DESIGNATION, QUANTITY, UNIT_PRICE
from tests.gui.conftest import NOW
from tests.gui.quote_support import complete_seller, make_quote, make_world


def _editor(qtbot, ctx, quote_id: int) -> QuoteEditor:  # type: ignore[no-untyped-def]
    editor = QuoteEditor(ctx, quote_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(lambda: editor.state is not None)
    return editor


def _designations(editor: QuoteEditor) -> list[str]:
    return [item.designation for item in editor.model.items]


def _type_in_cell(qtbot, editor: QuoteEditor, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select a cell with the keyboard's current index, type over it and press Entrée."""
    editor.focus_row(row, column)
    qtbot.keyClicks(editor.table, text[0])  # any key starts editing, replacing the cell
    editor_widget = QApplication.focusWidget()
    qtbot.keyClicks(editor_widget, text[1:])
    _enter(qtbot, editor, editor_widget)


def _enter(qtbot, editor: QuoteEditor, cell) -> None:  # type: ignore[no-untyped-def]
    """Press Entrée in a cell editor and wait for the (queued) commit."""
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)


def test_lines_model_passes_the_model_tester(qtbot, qtmodeltester, ctx, database) -> None:  # type: ignore[no-untyped-def]
    quote_id = make_quote(database, make_world(database), NOW)
    editor = _editor(qtbot, ctx, quote_id)
    qtmodeltester.check(editor.model)


def test_keyboard_adds_duplicates_moves_and_deletes_lines_with_totals(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    quote_id = make_quote(database, make_world(database), NOW, lines=False)
    editor = _editor(qtbot, ctx, quote_id)
    assert editor.model.rowCount() == 0
    editor.table.setFocus()

    qtbot.keyClick(editor.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add a line
    assert editor.model.rowCount() == 1
    cell = QApplication.focusWidget()  # the designation cell is being edited
    qtbot.keyClicks(cell, "Pose de spots")
    _enter(qtbot, editor, cell)
    _type_in_cell(qtbot, editor, 0, QUANTITY, "3")
    _type_in_cell(qtbot, editor, 0, UNIT_PRICE, "52,50")
    assert editor.totals.amounts["ht"] == "157,50\xa0€"
    assert editor.totals.amounts["ttc"] == "189,00\xa0€"

    editor.focus_row(0)
    qtbot.keyClick(editor.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # duplicate
    assert _designations(editor) == ["Pose de spots", "Pose de spots"]
    assert editor.totals.amounts["ht"] == "315,00\xa0€"
    _type_in_cell(qtbot, editor, 1, DESIGNATION, "Dalle LED")
    editor.focus_row(1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # move up
    assert _designations(editor) == ["Dalle LED", "Pose de spots"]
    assert editor.current_row() == 0
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # and back down
    assert _designations(editor) == ["Pose de spots", "Dalle LED"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # delete
    assert _designations(editor) == ["Pose de spots"]
    assert editor.totals.amounts["ttc"] == "189,00\xa0€"

    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the editor's undo
    assert _designations(editor) == ["Pose de spots", "Dalle LED"]

    qtbot.keyClick(editor.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    with database.sessions() as s:
        quote = repo.get_quote(s, quote_id)
        assert quote.total_ht == Decimal("315.00") and quote.total_ttc == Decimal("378.00")
        assert [line.designation for line in quote.sections[0].lines] == ["Pose de spots", "Dalle LED"]


def test_totals_follow_typing_and_an_invalid_amount_never_reaches_the_database(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    quote_id = make_quote(database, make_world(database), NOW)
    editor = _editor(qtbot, ctx, quote_id)
    assert editor.totals.amounts["ttc"] == "1 872,60\xa0€".replace(" ", "\u202f")
    editor.focus_row(1, QUANTITY)  # the "Dalle LED" line, 12 pieces
    qtbot.keyClicks(editor.table, "2")
    cell = QApplication.focusWidget()
    qtbot.keyClicks(cell, "0")  # 20 pieces, not yet committed: the totals already follow
    assert editor.totals.amounts["ht"] == "2 312,20\xa0€".replace(" ", "\u202f")
    qtbot.keyClicks(cell, "x")
    _enter(qtbot, editor, cell)
    assert "n'est pas un nombre" in editor.totals.error.text()
    assert not editor.save_button.isEnabled() and not editor.finalise_button.isEnabled()
    assert editor.save() is False
    with database.sessions() as s:
        assert repo.get_quote(s, quote_id).total_ttc == Decimal("1872.60")
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.totals.error.isHidden()
    editor.undo_stack.setClean()


def test_finalise_lists_missing_items_then_numbers_the_quote_read_only(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    quote_id = make_quote(database, make_world(database, complete_seller=False), NOW)
    editor = _editor(qtbot, ctx, quote_id)
    with qtbot.waitSignal(editor.sig_refused) as refused:
        qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    missing = refused.args[0]
    assert "Le numéro SIRET du vendeur manque ou n'est pas valide." in missing
    assert any("RCS" in text for text in missing)
    assert editor.issues.count() == len(missing) and editor.issues.isVisible()
    assert editor.seller_button.isVisible()  # the company's items: the way to its settings page
    editor.seller_button.click()
    qtbot.waitUntil(lambda: editor.seller_settings.dialog is not None and editor.seller_settings.dialog.isVisible())
    editor.seller_settings.dialog.reject()
    with database.sessions() as s:
        assert repo.get_quote(s, quote_id).number is None  # nothing numbered

    complete_seller(database)
    with qtbot.waitSignal(editor.sig_finalised) as finalised:
        editor.on_finalise_requested()
    assert finalised.args[0] == "D-2026-0001"
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.status == "finalised")
    assert editor.model.read_only and not editor.save_button.isEnabled()
    assert editor.banner.isVisible() and editor.version_button.isVisible()
    assert "D-2026-0001" in editor.number_label.text()
    editor.focus_row(1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.rowCount() == 5  # immutable: nothing removed

    with qtbot.waitSignal(editor.sig_version_created) as created:
        qtbot.mouseClick(editor.version_button, Qt.MouseButton.LeftButton)
    new_id = created.args[0]
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.quote_id == new_id)
    assert editor.state.editable and editor.state.number == "D-2026-0001-v2"
    with database.sessions() as s:
        assert repo.get_quote(s, quote_id).status == "superseded"


def test_the_stylesheet_colours_a_wrong_cell_and_the_section_rows(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from desktop.resources import stylesheet_path

    quote_id = make_quote(database, make_world(database), NOW)
    editor = QuoteEditor(ctx, quote_id)
    qtbot.addWidget(editor)
    editor.setStyleSheet(stylesheet_path().read_text(encoding="utf-8"))  # as the application sets it
    editor.show()
    qtbot.waitUntil(lambda: editor.state is not None)
    model = editor.model
    assert model.items[0].section
    section = model.index(0, DESIGNATION).data(Qt.ItemDataRole.BackgroundRole)
    assert section is not None and section.color() == QColor("#eef1f6")
    assert model.index(1, QUANTITY).data(Qt.ItemDataRole.BackgroundRole) is None
    model.setData(model.index(1, QUANTITY), "12x", Qt.ItemDataRole.EditRole)
    wrong = model.index(1, QUANTITY).data(Qt.ItemDataRole.BackgroundRole)
    assert wrong is not None and wrong.color() == QColor("#fde2e0")
    editor.undo_stack.setClean()


def _answer_price_jump(answer: str, seen: list[str]) -> None:
    """Answer the « Prix inhabituel » question when it shows (it is modal: polled from its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "price_jump":
            seen.append(box.text())
            button = box.button(QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No)
            button.click()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_a_price_that_jumps_from_the_catalogues_asks_before_it_is_kept(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.money import VatRate
    from desktop.core.quotes import QuoteLine
    from desktop.gui.quotes.editor.state import product_item

    quote_id = make_quote(database, make_world(database), NOW, lines=False)
    editor = _editor(qtbot, ctx, quote_id)
    line = QuoteLine(designation="Luminaire LED", quantity=Decimal("1"), unit_price=Decimal("189.90"),
                     vat=VatRate.STANDARD)
    editor.on_product_chosen(product_item(line, 7, "fr"))
    assert editor.model.items[0].unit_price == "189,90"
    seen: list[str] = []
    _answer_price_jump("no", seen)
    _type_in_cell(qtbot, editor, 0, UNIT_PRICE, "18990")  # a comma lost: 100 times the catalogue's price
    assert seen == ["Le prix saisi (18\u202f990,00\xa0€) est 100 fois celui du catalogue (189,90\xa0€). Le garder ?"]
    assert editor.model.items[0].unit_price == "189,90"  # refused: the catalogue's price stays
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    _type_in_cell(qtbot, editor, 0, UNIT_PRICE, "199")  # a normal change asks nothing
    assert editor.model.items[0].unit_price == "199" and len(seen) == 1
    _answer_price_jump("yes", seen)
    _type_in_cell(qtbot, editor, 0, UNIT_PRICE, "15")  # ten times smaller: asked, and kept
    assert len(seen) == 2 and "fois plus petit" in seen[1]
    assert editor.model.items[0].unit_price == "15"
