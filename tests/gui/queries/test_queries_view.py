"""The smart-query view: the builder driven by the keyboard, the live count, save, bulk tag with undo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from desktop.db.engine import make_session_factory
from desktop.db.models import Contact, Tag, contact_tags
from desktop.gui.kit.workers import SyncRunner
from desktop.gui.queries.view import QueriesView
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from desktop.settings import Settings

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _view(qtbot: QtBot, engine: Engine, tmp_path: Path) -> QueriesView:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        session.add_all([Contact(first_name="Anne", last_name="Paris", city="Lyon", status="prospect"),
                         Contact(first_name="Bob", last_name="Durand", city="Lyon", status="client"),
                         Contact(first_name="Chloé", last_name="Martin", city="Paris", status="prospect")])
    ctx = GuiContext(settings=Settings(data_dir=tmp_path), database=Database(str(engine.url)),
                     runner=SyncRunner(), undo_stack=QUndoStack(), clock=lambda: NOW)
    view = QueriesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, sqlite_engine: Engine,
                                      tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_engine, tmp_path)
    assert view.queries.rowCount() == 5
    assert view.queries.data(view.queries.index(0, 0)) == "Devis en cours à relancer"
    view.on_new_clicked()
    qtmodeltester.check(view.queries)  # type: ignore[attr-defined]
    qtmodeltester.check(view.members.model)  # type: ignore[attr-defined]


def test_builder_driven_by_the_keyboard(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_engine, tmp_path)
    view.on_new_clicked()  # one condition: status is prospect
    view.evaluate_now()
    assert len(view.matching_ids()) == 2
    group = view.builder
    view.activateWindow()
    group.add_condition_button.setFocus()
    qtbot.waitUntil(group.add_condition_button.hasFocus, timeout=2000)
    QTest.keyClick(group.add_condition_button, Qt.Key.Key_Space)  # adds a row and focuses its field combo
    row = group.items[-1]
    qtbot.waitUntil(row.field.hasFocus, timeout=2000)
    index = row.field.findData("contact.city")
    row.field.setCurrentIndex(index)  # a combo's keyboard search depends on the style: choose it directly
    QTest.keyClick(row.field, Qt.Key.Key_Tab)
    assert row.op.hasFocus()
    row.op.setCurrentIndex(row.op.findData("contains"))
    QTest.keyClick(row.op, Qt.Key.Key_Tab)
    editor = row._editors[0]
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    QTest.keyClicks(editor, "lyo")
    assert view.count_label.text() == "Calcul…"
    qtbot.waitUntil(lambda: view.count_label.text().startswith("1 "), timeout=3000)
    assert [r.name for r in view.members.model._rows] == ["Paris Anne"]
    assert group.spec()["conditions"][1] == {"field": "contact.city", "op": "contains", "value": "lyo"}
    group.match.setCurrentIndex(group.match.findData("any"))
    view.evaluate_now()
    assert len(view.matching_ids()) == 3


def test_incomplete_condition_says_why(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_engine, tmp_path)
    view.builder.set_spec({"match": "all", "conditions": [{"field": "contact.city", "op": "is"}]})
    view.evaluate_now()
    assert "texte attendu" in view.count_label.text()


def test_save_static_then_bulk_tag_and_undo(qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path) -> None:
    view = _view(qtbot, sqlite_engine, tmp_path)
    view.on_new_clicked()
    view.name.setText("Prospects de test")
    view.kind.setCurrentIndex(view.kind.findData("static"))
    view.on_save_clicked()
    assert view.queries.rowCount() == 6
    saved = view.queries.row_at(view.queries.row_of(view._current_id or 0))
    assert saved.kind == "static" and saved.member_count == 2
    view.bulk.tag(add=True, tag="salon", confirmed=True)
    sessions = make_session_factory(sqlite_engine)

    def tagged() -> int:
        with sessions() as session:
            return int(session.scalar(select(func.count()).select_from(contact_tags).join(Tag)
                                      .where(Tag.name == "salon")) or 0)

    assert tagged() == 2
    view._ctx.undo_stack.undo()
    assert tagged() == 0
    view._ctx.undo_stack.redo()
    assert tagged() == 2
    view.bulk.status("client", confirmed=True)
    with sessions() as session:
        assert session.scalar(select(func.count()).where(Contact.status == "client")) == 3
    view._ctx.undo_stack.undo()
    with sessions() as session:
        assert session.scalar(select(func.count()).where(Contact.status == "client")) == 1


def test_the_view_follows_contacts_changed_elsewhere_and_keeps_what_is_typed(qtbot: QtBot, sqlite_engine: Engine,
                                                                            tmp_path: Path) -> None:
    from desktop.gui.kit.changes import Topic
    from desktop.gui.kit.db_op import db_op

    view = _view(qtbot, sqlite_engine, tmp_path)
    view.on_new_clicked()  # status is prospect: Anne and Chloé, not saved
    view.name.setText("Prospects à voir")
    typed = view.builder.spec()
    assert len(view.matching_ids()) == 2

    def add_prospect(session: object) -> None:
        session.add(Contact(first_name="Denis", last_name="Petit", status="prospect"))  # type: ignore[attr-defined]

    db_op(view._ctx, add_prospect, changes=Topic.CONTACTS).run()  # e.g. the contacts view, an import
    assert len(view.matching_ids()) == 3 and view.count_label.text().startswith("3 ")
    assert view.builder.spec() == typed and view.name.text() == "Prospects à voir"  # what is typed stays
    assert view.queries.rowCount() == 5 and view.list.selectionModel().selectedRows() == []


def test_a_hidden_view_reads_the_changes_when_it_comes_back(qtbot: QtBot, sqlite_engine: Engine,
                                                            tmp_path: Path) -> None:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop.gui.kit.changes import Topic
    from desktop.gui.kit.db_op import db_op

    view = _view(qtbot, sqlite_engine, tmp_path)
    window = QStackedWidget()  # the main window shows one view at a time
    qtbot.addWidget(window)
    other = QWidget()
    window.addWidget(view)
    window.addWidget(other)
    window.show()
    view.on_new_clicked()
    assert len(view.matching_ids()) == 2
    window.setCurrentWidget(other)

    def add_prospect(session: object) -> None:
        session.add(Contact(first_name="Denis", last_name="Petit", status="prospect"))  # type: ignore[attr-defined]

    db_op(view._ctx, add_prospect, changes=Topic.CONTACTS).run()
    assert len(view.matching_ids()) == 2  # not read while out of sight
    window.setCurrentWidget(view)
    assert len(view.matching_ids()) == 3
    window.removeWidget(view)  # qtbot closes the view itself
    view.setParent(None)
