"""A static query's members added (search picker) and removed (Suppr) by hand, each undoable."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from desktop.core.records import ContactDraft
from desktop.db import queries
from desktop.gui.queries.member_picker import MemberPicker
from desktop.gui.queries.view import QueriesView
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from tests.gui.conftest import NOW, add_contacts


def _stored(database: Database, query_id: int) -> list[int]:
    with database.sessions() as s:
        return queries.members(s, query_id, NOW.date(), NOW)


def _static_query(qtbot: QtBot, ctx: GuiContext, database: Database) -> tuple[QueriesView, list[int], int]:
    ids = add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux", status="prospect"),
                                  ContactDraft(first_name="Bruno", last_name="Lenoir", status="prospect"),
                                  ContactDraft(first_name="Chloé", last_name="Martin", status="client",
                                               company_name="Boulangerie Martin")])
    view = QueriesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.on_new_clicked()  # prospects: Anne and Bruno
    view.name.setText("Salon de Lyon")
    view.kind.setCurrentIndex(view.kind.findData("static"))
    assert view.members.bar.isVisible() and not view.members.add_button.isEnabled()  # not saved yet
    view.on_save_clicked()
    query_id = view._current_id
    assert query_id is not None
    return view, ids, query_id


def _select_member(view: QueriesView, contact_id: int) -> None:
    model = view.members.model
    rows = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole).id for r in range(model.rowCount())]
    view.members.table.selectionModel().setCurrentIndex(
        model.index(rows.index(contact_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def _count_in_list(view: QueriesView, query_id: int) -> int | None:
    info = view.queries.row_at(view.queries.row_of(query_id))  # type: ignore[arg-type]
    return info.member_count  # type: ignore[no-any-return, union-attr]


@pytest.mark.usefixtures("french")
def test_remove_with_the_delete_key_then_undo_and_redo(qtbot: QtBot, ctx: GuiContext, database: Database) -> None:
    view, (anne, bruno, _chloe), query_id = _static_query(qtbot, ctx, database)
    assert view.members.add_button.isEnabled() and not view.members.remove_button.isEnabled()
    assert "ajoutez ou retirez" in view.members.hint.text()
    _select_member(view, anne)
    assert view.members.remove_button.isEnabled()
    view.members.table.setFocus()
    QTest.keyClick(view.members.table, Qt.Key.Key_Delete)
    assert _stored(database, query_id) == [bruno]
    assert view.matching_ids() == [bruno] and _count_in_list(view, query_id) == 1
    assert ctx.messages[-1] == "1 contact retiré de la requête. Ctrl+Z pour annuler."  # type: ignore[attr-defined]
    assert ctx.undo_stack.undoText() == "Retirer 1 contact de la requête"
    ctx.undo_stack.undo()
    assert _stored(database, query_id) == sorted([anne, bruno]) and len(view.matching_ids()) == 2
    assert _count_in_list(view, query_id) == 2
    ctx.undo_stack.redo()
    assert _stored(database, query_id) == [bruno]


@pytest.mark.usefixtures("french")
def test_add_with_the_picker_typed_at_the_keyboard_then_undo(qtbot: QtBot, ctx: GuiContext,
                                                             database: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    view, (anne, bruno, chloe), query_id = _static_query(qtbot, ctx, database)
    pickers: list[MemberPicker] = []

    def drive(picker: MemberPicker) -> int:
        pickers.append(picker)
        picker.show()
        assert not picker.add_button.isEnabled() and picker.add_button.text() == "Ajouter 0 contact"
        QTest.keyClicks(picker.search, "roux")
        assert [picker.list.item(i).text() for i in range(picker.list.count())] == ["Anne Roux   (déjà membre)"]
        QTest.keyClick(picker.search, Qt.Key.Key_Return)  # a member: nothing happens
        assert picker.chosen_ids() == []
        QTest.keyClicks(picker.search, "\b\b\b\bboulan")
        assert picker.list.count() == 1 and "Boulangerie Martin" in picker.list.item(0).text()
        QTest.keyClick(picker.search, Qt.Key.Key_Return)
        assert picker.chosen_ids() == [chloe] and picker.search.text() == ""
        assert picker.add_button.text() == "Ajouter 1 contact" and picker.add_button.isEnabled()
        QTest.keyClick(picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return int(picker.result())

    monkeypatch.setattr(MemberPicker, "exec", drive)
    view.members.add_button.click()
    assert pickers and pickers[0].windowTitle() == "Ajouter des contacts à «\u202fSalon de Lyon\u202f»"
    assert _stored(database, query_id) == sorted([anne, bruno, chloe]) and _count_in_list(view, query_id) == 3
    assert ctx.messages[-1] == "1 contact ajouté à la requête."  # type: ignore[attr-defined]
    ctx.undo_stack.undo()
    assert _stored(database, query_id) == sorted([anne, bruno])
    view.members.add(query_id, [anne, chloe])  # one member already: counted, not doubled
    assert ctx.messages[-1] == "1 contact ajouté à la requête. 1 déjà membre."  # type: ignore[attr-defined]
    assert _stored(database, query_id) == sorted([anne, bruno, chloe])


def test_the_basket_loses_a_contact_with_delete_and_escape_adds_nothing(qtbot: QtBot, ctx: GuiContext,
                                                                        database: Database) -> None:
    (anne, bruno) = add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux"),
                                            ContactDraft(first_name="Bruno", last_name="Lenoir")])
    picker = MemberPicker(ctx, "Salon", [])
    qtbot.addWidget(picker)
    picker.show()
    QTest.keyClick(picker.search, Qt.Key.Key_Return)  # the first of all: Lenoir
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen_ids() == [bruno, anne]
    assert picker.list.item(0).text().endswith("(dans la liste)")
    picker.basket.setCurrentRow(0)
    QTest.keyClick(picker.basket, Qt.Key.Key_Delete)
    assert picker.chosen_ids() == [anne]
    QTest.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.result() == 0


def test_a_dynamic_query_has_no_member_buttons_and_an_edited_static_one_asks_to_save(
        qtbot: QtBot, ctx: GuiContext, database: Database) -> None:
    view, _ids, _query_id = _static_query(qtbot, ctx, database)
    view.builder.set_spec({"match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                           "value": "client"}]})
    view.evaluate_now()
    assert view.members.bar.isVisible() and not view.members.add_button.isEnabled()
    assert "Enregistrez" in view.members.hint.text()
    view.kind.setCurrentIndex(view.kind.findData("dynamic"))
    view.evaluate_now()
    assert not view.members.bar.isVisible()
