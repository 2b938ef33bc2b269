"""The quotes view: filters, sort, visible totals, actions; and the PDF preview through the worker process."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta

import pypdf
import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.db import quotes as repo
from desktop.gui.kit.workers import Runner
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.view import QuotesView
from tests.gui.conftest import NOW
from tests.gui.quote_support import make_quote, make_world


@pytest.fixture
def renderer(ctx) -> Iterator[QuotePdfRenderer]:  # type: ignore[no-untyped-def]
    r = QuotePdfRenderer(ctx.settings, Runner())  # a real thread and a real worker process
    yield r
    r.close()


def _view(qtbot, ctx, renderer) -> QuotesView:  # type: ignore[no-untyped-def]
    view = QuotesView(ctx, renderer)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _numbers(view: QuotesView) -> list[str]:
    return [view.model.index(i, 0).data() for i in range(view.model.rowCount())]


def _three_quotes(database) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    contact = make_world(database)
    draft = make_quote(database, contact, NOW)
    first = make_quote(database, contact, NOW - timedelta(days=3))
    second = make_quote(database, contact, NOW - timedelta(days=1), lines=False)
    with database.sessions.begin() as s:
        repo.finalise(s, first, NOW - timedelta(days=3))
        repo.replace_sections(s, second, (repo.core_sections(repo.get_quote(s, first))[0],), NOW)
        repo.finalise(s, second, NOW - timedelta(days=1))
    return draft, first, second


def test_model_filters_sort_and_totals(qtbot, qtmodeltester, ctx, database, renderer) -> None:  # type: ignore[no-untyped-def]
    _three_quotes(database)
    view = _view(qtbot, ctx, renderer)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 3
    assert "3 devis" in view.count_label.text()
    # 1593.00 + 1593.00 + 1203.00 excl. VAT; TTC 1872.60 x 2 + 1443.60
    assert view.totals_label.text() == "Total HT : 4\u202f389,00\xa0€   ·   Total TTC : 5\u202f188,80\xa0€"

    view.status_filter.setCurrentIndex(view.status_filter.findText("Finalisé"))
    assert sorted(_numbers(view)) == ["D-2026-0001", "D-2026-0002"]
    assert "Total TTC : 3\u202f316,20\xa0€" in view.totals_label.text()
    view.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # TTC, in the database
    assert _numbers(view) == ["D-2026-0002", "D-2026-0001"]
    qtbot.keyClicks(view.max_amount, "1500")
    assert _numbers(view) == ["D-2026-0002"]
    qtbot.keyClicks(view.max_amount, "x")
    assert view.filter_error.isVisible()
    view.max_amount.clear()
    view.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "nobody")
    assert view.model.rowCount() == 0 and "0\xa0€" in view.totals_label.text()
    view.search.clear()
    qtbot.keyClicks(view.search, "boulang")
    assert view.model.rowCount() == 3


def test_delete_a_draft_with_the_keyboard_and_undo(qtbot, ctx, database, renderer) -> None:  # type: ignore[no-untyped-def]
    draft, _first, _second = _three_quotes(database)
    view = _view(qtbot, ctx, renderer)
    view.select_quote(first_finalised := _first)
    assert not view.buttons["delete"].isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 3  # a finalised quote is never deleted
    view.select_quote(draft)
    assert view.buttons["delete"].isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.row_of(draft) == -1 and view.model.rowCount() == 2
    ctx.undo_stack.undo()
    assert view.model.row_of(draft) >= 0
    with database.sessions() as s:
        restored = repo.get_quote(s, draft)
        assert restored.total_ttc > 0 and len(restored.sections) == 2
    assert first_finalised != draft


def test_accept_purchase_order_and_new_version_actions(qtbot, ctx, database, renderer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _draft, first, second = _three_quotes(database)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    view = _view(qtbot, ctx, renderer)
    view.select_quote(second)
    assert view.buttons["version"].isEnabled() and view.buttons["accept"].isEnabled()
    with qtbot.waitSignal(view.sig_editor_opened) as opened:
        qtbot.mouseClick(view.buttons["version"], Qt.MouseButton.LeftButton)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.state is not None)
    assert editor.state.number == "D-2026-0002-v2" and editor.state.editable
    editor.close()

    view.select_quote(first)
    qtbot.mouseClick(view.buttons["accept"], Qt.MouseButton.LeftButton)
    view.select_quote(first)
    assert view.model.index(view.model.row_of(first), 3).data() == "Accepté"
    assert view.buttons["order"].isEnabled() and not view.buttons["version"].isEnabled()
    with qtbot.waitSignal(view.sig_editor_opened) as opened:
        qtbot.mouseClick(view.buttons["order"], Qt.MouseButton.LeftButton)
    order = opened.args[0]
    qtbot.waitUntil(lambda: order.state is not None)
    assert order.state.kind == "purchase_order" and not order.state.editable


def test_preview_renders_in_the_worker_process_with_number_and_ttc(qtbot, ctx, database, renderer) -> None:  # type: ignore[no-untyped-def]
    _draft, first, _second = _three_quotes(database)
    view = _view(qtbot, ctx, renderer)
    dialog = view.preview(first, "classic", "fr")
    qtbot.waitUntil(lambda: dialog.pdf_bytes is not None or dialog.status.property("role") == "error", timeout=30000)
    assert dialog.pdf_bytes is not None, dialog.status.text()
    assert dialog.document.pageCount() >= 1 and dialog.save_button.isEnabled()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(dialog.pdf_bytes)).pages)
    text = re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " "))
    assert "D-2026-0001" in text and "1 872,60 €" in text
    target = ctx.settings.data_dir / "devis.pdf"
    dialog.save_to(target)
    assert target.read_bytes() == dialog.pdf_bytes


def test_a_broken_template_shows_its_line(qtbot, ctx, database, renderer) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.quotes.template_files import duplicate_template, template_file

    _draft, first, _second = _three_quotes(database)
    copy = duplicate_template("classic", ctx.settings.data_dir)
    path = template_file(copy, ctx.settings.data_dir)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = "{{ seller.no_such_field.oops }}"
    path.write_text("\n".join(lines), encoding="utf-8")
    view = _view(qtbot, ctx, renderer)
    dialog = view.preview(first, copy, "fr")
    qtbot.waitUntil(lambda: dialog.status.property("role") == "error", timeout=30000)
    assert "ligne 5" in dialog.status.text() and copy in dialog.status.text()
    assert dialog.pdf_bytes is None


def test_a_new_quote_for_a_contact_without_salesperson_is_the_current_users(qtbot, ctx, database,  # type: ignore[no-untyped-def]
                                                                             renderer) -> None:
    import dataclasses

    from desktop.db.models import Contact, User

    contact_id = make_world(database)
    with database.sessions.begin() as s:
        s.get_one(Contact, contact_id).owner_id = None  # imported without an owner
        s.add(User(name="Marc Petit", email="marc@atelier-lumiere.fr"))
    ctx.settings = dataclasses.replace(ctx.settings, sender_address="marc@atelier-lumiere.fr")
    view = _view(qtbot, ctx, renderer)
    opened: list[int] = []
    view.open_editor = opened.append  # type: ignore[method-assign]
    view.create_for(contact_id)
    qtbot.waitUntil(lambda: bool(opened))
    with database.sessions() as s:
        owner = s.get_one(User, repo.get_quote(s, opened[0]).owner_id)
    assert owner.name == "Marc Petit"


def test_the_list_follows_changes_made_elsewhere_and_waits_while_out_of_sight(qtbot, ctx, database,  # type: ignore[no-untyped-def]
                                                                               renderer) -> None:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop.gui.kit.changes import Topic

    draft, first, _second = _three_quotes(database)
    view = _view(qtbot, ctx, renderer)
    with database.sessions.begin() as s:  # the poller stores an open: the status moves
        repo.set_status(s, first, "sent", NOW)
        repo.record_open(s, first, NOW + timedelta(hours=1))
    ctx.changes.publish(Topic.TRACKING)
    assert view.model.index(view.model.row_of(first), 3).data() == "Ouvert"

    editor = view.open_editor(draft)  # an editor's save reaches the list through the bus, not by name
    qtbot.waitUntil(lambda: editor.state is not None)
    editor.title_edit.setText("Devis relamping")
    with qtbot.waitSignal(view.model.loaded):
        editor.save()
    editor.close()

    stack = QStackedWidget()  # the main window's views: the list behind another one
    qtbot.addWidget(stack)
    other = QWidget()
    stack.addWidget(view)
    stack.addWidget(other)
    stack.show()
    stack.setCurrentWidget(other)
    with database.sessions.begin() as s:
        repo.set_status(s, first, "refused", NOW + timedelta(days=1))
    with qtbot.assertNotEmitted(view.model.loaded):
        ctx.changes.publish(Topic.QUOTES)  # hidden: nothing read now
    assert view.model.index(view.model.row_of(first), 3).data() == "Ouvert"
    with qtbot.waitSignal(view.model.loaded):
        stack.setCurrentWidget(view)  # back into sight: read once
    assert view.model.index(view.model.row_of(first), 3).data() == "Refusé"
    stack.removeWidget(view)
    view.setParent(None)  # the view outlives the stack (qtbot closes it)
