"""The contacts view driven like a user: keyboard, dialogs, undo."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from desktop.core.records import ContactDraft
from desktop.db.contact_list import ContactFilter
from desktop.gui.contacts.view import ContactsView
from desktop.gui.kit.record_dialog import RecordDialog
from tests.gui.conftest import add_contacts
from tests.gui.held import add_held


def _view(qtbot, ctx) -> ContactsView:  # type: ignore[no-untyped-def]
    view = ContactsView(ctx)
    add_held(qtbot, view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts only reach the active window
    return view


def _names(view: ContactsView) -> list[str]:
    return [view.model.row_at(i).full_name for i in range(view.model.rowCount())]  # type: ignore[union-attr]


def _type(qtbot, view: ContactsView, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type in the search box and wait for the rows of the search (asked once the typing pauses)."""
    with qtbot.waitSignal(view.model.loaded):
        qtbot.keyClicks(view.search, text)


def test_models_pass_qt_model_tester(qtbot, qtmodeltester, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name=f"P{i}", last_name=f"N{i:03}", company_name="Acme")
                            for i in range(120)])
    view = _view(qtbot, ctx)
    qtmodeltester.check(view.model)
    from desktop.gui.companies.view import CompaniesView

    companies = CompaniesView(ctx)
    add_held(qtbot, companies)
    qtmodeltester.check(companies.model)


def test_rows_are_fetched_by_page_never_all(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="P", last_name=f"N{i:04}") for i in range(1200)])
    view = _view(qtbot, ctx)
    model = view.model
    assert model.rowCount() == 1200
    assert model.cached_rows() <= 50  # only the first page (page size 50)
    assert model.row_at(1199).last_name == "N1199"  # type: ignore[union-attr]
    for row in range(0, 1200, 50):
        assert model.row_at(row).last_name == f"N{row:04}"  # type: ignore[union-attr]
    assert model.cached_rows() == 16 * 50  # at most 16 pages are kept


def test_search_as_you_type_and_tag_filter(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [
        ContactDraft(first_name="Éloïse", last_name="Durand", city="Lyon", tags=("VIP",)),
        ContactDraft(first_name="Marc", last_name="Dupuis", city="Lille"),
        ContactDraft(first_name="Nadia", last_name="Benali", email="nadia@durandet.fr"),
    ])
    view = _view(qtbot, ctx)
    _type(qtbot, view, "dur")
    assert sorted(_names(view)) == ["Nadia Benali", "Éloïse Durand"]
    _type(qtbot, view, "and el")
    assert _names(view) == ["Éloïse Durand"]
    with qtbot.waitSignal(view.model.loaded):
        view.search.clear()
    assert view.model.rowCount() == 3
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("VIP"))
    assert _names(view) == ["Éloïse Durand"]
    assert "1" in view.count_label.text()


def test_typing_reads_nothing_on_the_ui_thread_and_searches_once_it_pauses(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.kit.workers import Runner

    add_contacts(database, [ContactDraft(first_name="Éloïse", last_name="Durand"),
                            ContactDraft(first_name="Marc", last_name="Dupuis")] +
                 [ContactDraft(first_name="P", last_name=f"N{i:03}") for i in range(120)])
    ctx.runner = Runner()  # the application's: one database thread
    try:
        view = _view(qtbot, ctx)
        reads: list[tuple[str, bool]] = []  # (what, on the UI thread)
        ui_thread = threading.current_thread()
        for name in ("count", "first_count", "page"):
            real = getattr(view.reader, name)
            setattr(view.reader, name, lambda *a, _real=real, _name=name, **k: (
                reads.append((_name, threading.current_thread() is ui_thread)), _real(*a, **k))[1])
        with qtbot.waitSignal(view.model.loaded):
            qtbot.keyClicks(view.search, "du")
            assert reads == []  # two keystrokes, nothing read yet
        assert reads == [("first_count", False), ("page", False)]  # one search, on the worker (counted: 2 < bound)
        assert sorted(_names(view)) == ["Marc Dupuis", "Éloïse Durand"]
        with qtbot.waitSignal(view.model.loaded):
            view.search.clear()
        assert view.model.rowCount() == 122 and view.model.cached_rows() == 50
        reads.clear()
        assert view.model.row_at(100) is None  # not held: asked for, empty meanwhile
        with qtbot.waitSignal(view.model.dataChanged):
            pass
        assert view.model.row_at(100).last_name == "N098"  # type: ignore[union-attr]
        assert reads == [("page", False)]
        view.close()
    finally:
        ctx.runner.shutdown()


def test_an_older_search_answer_never_replaces_a_newer_one(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux"),
                            ContactDraft(first_name="Paul", last_name="Henry")])
    view = _view(qtbot, ctx)
    model = view.model
    answers: list[object] = []
    real = model._on_loaded

    def late(generation, query, count, exact, pages):  # type: ignore[no-untyped-def]
        answers.append((generation, query, count, exact, pages))  # held back, as a slow worker would

    model._on_loaded = late  # type: ignore[method-assign]
    model.set_filter(ContactFilter(text="roux"))
    model.set_filter(ContactFilter(text="henry"))
    first, second = answers
    real(*second)
    real(*first)  # the older answer arrives last: dropped
    assert _names(view) == ["Paul Henry"] and model.total() == 1


def test_sorting_by_header_sorts_in_the_database(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="A", last_name=n, city=c)
                            for n, c in [("Bravo", "Nantes"), ("Alpha", "Paris"), ("Charlie", "Brest")]])
    view = _view(qtbot, ctx)
    assert _names(view) == ["A Alpha", "A Bravo", "A Charlie"]
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(view) == ["A Charlie", "A Bravo", "A Alpha"]
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # city
    assert _names(view) == ["A Charlie", "A Bravo", "A Alpha"]


def _fill_dialog_and(qtbot, steps):  # type: ignore[no-untyped-def]
    """Run ``steps(dialog)`` on the modal dialog as soon as it opens."""
    seen: list[RecordDialog] = []
    # a dialog of an earlier test (closed but not yet deleted, or left open by a test that failed) is passed over
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordDialog)]  # held: no id reused

    def act() -> None:
        # The open record dialog, found among the windows (the active modal widget can lag behind an exec()
        # under load).
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, RecordDialog) and w.isVisible() and not any(w is e for e in earlier)]
        if not dialogs:
            QTimer.singleShot(10, act)
            return
        seen.append(dialogs[0])
        steps(dialogs[0])

    QTimer.singleShot(0, act)
    return seen


def test_new_contact_validates_as_you_type_then_undo_redo(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx)
    errors: dict[str, str] = {}

    def steps(dialog: RecordDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        errors["initial"] = dialog.error_text("last_name")
        first = dialog.widget("first_name")
        assert isinstance(first, QLineEdit)
        qtbot.keyClicks(first, "Jeanne")
        qtbot.keyClicks(dialog.widget("email"), "jeanne@")
        errors["email"] = dialog.error_text("email")
        errors["save_enabled_with_error"] = str(save.isEnabled())
        qtbot.keyClicks(dialog.widget("email"), "exemple.fr")
        qtbot.keyClicks(dialog.widget("mobile"), "06 12 34 56 78")
        qtbot.keyClicks(dialog.widget("company_name"), "Atelier Nord")
        errors["email_after"] = dialog.error_text("email")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    _fill_dialog_and(qtbot, steps)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert errors["initial"] != ""
    assert "email" in errors["email"]
    assert errors["save_enabled_with_error"] == "False"
    assert errors["email_after"] == ""
    assert _names(view) == ["Jeanne"]
    row = view.model.row_at(0)
    assert row is not None and row.mobile == "+33612345678" and row.company == "Atelier Nord"
    ctx.undo_stack.undo()
    assert view.model.rowCount() == 0
    ctx.undo_stack.redo()
    assert _names(view) == ["Jeanne"]


def test_invalid_contact_never_reaches_the_database(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx)

    def steps(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.widget("last_name"), "Martin")
        qtbot.keyClicks(dialog.widget("phone"), "12")
        dialog.on_buttons_accepted()  # even a forced accept refuses
        assert dialog.isVisible()
        dialog.reject()

    _fill_dialog_and(qtbot, steps)
    view.on_new_requested()
    assert view.reader.count(ContactFilter()) == 0


def test_delete_with_the_key_then_undo(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="A", last_name=n) for n in ("Un", "Deux", "Trois")])
    view = _view(qtbot, ctx)
    sel = view.table.selectionModel()
    for row in (0, 1):
        sel.select(view.model.index(row, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _names(view) == ["A Un"]
    assert any("Ctrl+Z" in m for m in ctx.messages)
    ctx.undo_stack.undo()
    assert _names(view) == ["A Deux", "A Trois", "A Un"]


def test_edit_and_undo_restores_every_field(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Léa", last_name="Roux", city="Nîmes", tags=("VIP",))])
    view = _view(qtbot, ctx)
    view.select_first()

    def steps(dialog: RecordDialog) -> None:
        city = dialog.widget("city")
        assert isinstance(city, QLineEdit)
        city.clear()
        qtbot.keyClicks(city, "Arles")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _fill_dialog_and(qtbot, steps)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert view.model.row_at(0).city == "Arles"  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    assert view.model.row_at(0).city == "Nîmes"  # type: ignore[union-attr]


def test_an_edit_keeps_the_record_selected_and_its_panel_current(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name=f"Prénom{i:03d}", last_name=f"Nom{i:03d}", city="Nîmes")
                            for i in range(150)])  # more than one page: the edited one sits on the second
    view = _view(qtbot, ctx)
    target = view.model.row_at(120)
    assert target is not None
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().setCurrentIndex(view.model.index(120, 0), flags)
    view.push_update(target.id, ContactDraft(first_name=target.first_name, last_name=target.last_name, city="Nîmes"),
                     ContactDraft(first_name=target.first_name, last_name=target.last_name, city="Arles"))
    assert view.selected_ids() == [target.id]
    assert view.table.currentIndex().row() == 120
    assert "Arles" in view.detail.browser.toPlainText()
    ctx.undo_stack.undo()
    assert view.selected_ids() == [target.id] and "Nîmes" in view.detail.browser.toPlainText()


def test_merge_two_selected_and_undo(qtbot, ctx, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    add_contacts(database, [ContactDraft(first_name="Anne", last_name="Martin", email="anne@x.fr"),
                            ContactDraft(first_name="Anne", last_name="Martin", phone="0145454545")])
    view = _view(qtbot, ctx)
    sel = view.table.selectionModel()
    for row in (0, 1):
        sel.select(view.model.index(row, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert view.merge_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.merge_button.click()
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).phone == "+33145454545"  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    assert view.model.rowCount() == 2


def test_detail_panel_shows_timeline_and_adds_a_note(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Paul", last_name="Henry", email="paul@h.fr",
                                         phone="0145454545")])
    view = _view(qtbot, ctx)
    view.select_first()
    html = view.detail.browser.toPlainText()
    assert "Paul Henry" in html and "paul@h.fr" in html and "01 45 45 45 45" in html
    qtbot.keyClicks(view.detail.note_edit, "Rappeler lundi <b>matin</b>")
    qtbot.keyClick(view.detail.note_edit, Qt.Key.Key_Return)
    assert "Rappeler lundi <b>matin</b>" in view.detail.browser.toPlainText()


def test_delete_key_in_the_search_box_deletes_text_not_contacts(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="A", last_name="Un")])
    view = _view(qtbot, ctx)
    view.select_first()
    qtbot.keyClicks(view.search, "un")
    view.search.setCursorPosition(0)
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)
    assert view.search.text() == "n"
    assert ctx.undo_stack.count() == 0


@pytest.mark.parametrize("field, value, expected", [
    ("last_name", "Mar\x00tin", "caractères de contrôle"),
    ("last_name", "M" * 5000, "trop long"),
    ("email", "=HYPERLINK(\"http://x\")", "adresse email non valide"),
    ("phone", "+33 6", "numéro de téléphone non valide"),
    ("last_name", "", "nom ou d’un prénom"),
])
def test_bad_input_in_the_contact_form_is_named_and_never_saved(qtbot, ctx, database, field, value,  # type: ignore[no-untyped-def]
                                                                 expected) -> None:
    from desktop.core.records import validate_contact
    from desktop.gui.kit.record_forms import contact_fields

    dialog = RecordDialog("t", contact_fields(), ContactDraft(first_name="", last_name="Martin"), validate_contact)
    qtbot.addWidget(dialog)
    widget = dialog.widget(field)
    assert isinstance(widget, QLineEdit)
    widget.setText(value)
    assert expected in dialog.error_text(field)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.on_buttons_accepted()
    assert dialog.accepted_draft is None


def test_a_lone_surrogate_never_reaches_the_draft(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.records import validate_contact
    from desktop.gui.kit.record_forms import contact_fields

    dialog = RecordDialog("t", contact_fields(), ContactDraft(last_name="Martin"), validate_contact)
    qtbot.addWidget(dialog)
    widget = dialog.widget("last_name")
    assert isinstance(widget, QLineEdit)
    widget.setText("Mar\ud800tin")  # Qt replaces it; the core refuses it when it comes by another way
    assert "\ud800" not in dialog.current_draft().last_name
    dialog.current_draft().last_name.encode("utf-8")  # always encodable


def test_the_edit_dialog_shows_phones_the_french_way_and_saving_them_unchanged_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, ctx, database) -> None:
    add_contacts(database, [ContactDraft(first_name="Paul", last_name="Henry", phone="0145454545",
                                         mobile="+33612345678")])
    view = _view(qtbot, ctx)
    view.select_first()
    shown: dict[str, str] = {}

    def steps(dialog: RecordDialog) -> None:
        for name in ("phone", "mobile"):
            widget = dialog.widget(name)
            assert isinstance(widget, QLineEdit)
            shown[name] = widget.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _fill_dialog_and(qtbot, steps)
    view.on_edit_requested()
    assert shown == {"phone": "01 45 45 45 45", "mobile": "06 12 34 56 78"}
    assert ctx.undo_stack.count() == 0  # the numbers read back to what is stored: no edit to undo
    assert view.model.row_at(0).phone == "+33145454545"  # type: ignore[union-attr]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from desktop.gui.kit.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _form_labels(dialog: RecordDialog) -> list[str]:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QFormLayout, QLabel

    form = dialog.body.findChild(QFormLayout, "record_form")  # type: ignore[union-attr]
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    return [item.widget().text() for item in labels if item is not None and isinstance(item.widget(), QLabel)]


def test_the_record_dialogs_come_from_their_forms_with_the_field_lists_order(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.records import CompanyDraft
    from desktop.gui.companies.view import CompaniesView
    from desktop.gui.generated.companies.ui_company_dialog import Ui_CompanyForm
    from desktop.gui.generated.contacts.ui_contact_dialog import Ui_ContactForm
    from desktop.gui.kit.record_forms import company_fields, contact_fields

    view = _view(qtbot, ctx)
    dialog = view._dialog("Nouveau contact", ContactDraft(), None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.form_ui, Ui_ContactForm)
    assert _form_labels(dialog) == [f.label for f in contact_fields()]  # every field, in the list's order
    assert [dialog.widget("civility").itemText(i) for i in range(3)] == ["—", "M.", "Mme"]  # type: ignore[attr-defined]
    assert dialog.widget("company_name").placeholderText() == "créée si elle n'existe pas"  # type: ignore[attr-defined]
    companies = CompaniesView(ctx)
    add_held(qtbot, companies)
    company = companies._dialog("Nouvelle société", CompanyDraft(), None)
    qtbot.addWidget(company)
    assert isinstance(company.form_ui, Ui_CompanyForm)
    assert _form_labels(company) == [f.label for f in company_fields()]


def test_the_contact_form_speaks_english_when_asked(qtbot, ctx, database, english) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ctx)
    dialog = view._dialog("Contact", ContactDraft(), None)
    qtbot.addWidget(dialog)
    ui = dialog.form_ui
    assert ui.label_first_name.text() == "First name" and ui.label_civility.text() == "Title"
    assert ui.field_tags.placeholderText() == "separated by commas"
    assert ui.field_phone.placeholderText() == "01 23 45 67 89"  # an example is not translated


def test_a_duplicate_found_while_editing_offers_the_merge(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Anne", last_name="Martin", email="anne@x.fr"),
                            ContactDraft(first_name="Anne", last_name="Martin", phone="0145454545")])
    view = _view(qtbot, ctx)
    view.select_first()
    seen: dict[str, object] = {}

    def steps(dialog: RecordDialog) -> None:  # type: ignore[type-arg]
        email = dialog.widget("email")
        assert isinstance(email, QLineEdit)
        email.setText("anne@x.fr")
        email.editingFinished.emit()  # leaving the field looks for duplicates
        seen["banner"] = dialog.duplicate_banner.text() if dialog.duplicate_banner.isVisibleTo(dialog) else ""
        seen["merge"] = dialog.merge_button.isVisibleTo(dialog)
        dialog.merge_button.click()

    _fill_dialog_and(qtbot, steps)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2)  # both rows read (off the UI thread) before choosing one
    view.table.selectRow(1)
    assert view.selected_ids() == [view.model.row_at(1).id]  # type: ignore[union-attr]  # only that one
    view.on_edit_requested()
    qtbot.waitUntil(lambda: "merge" in seen, timeout=15_000)  # the dialog opened and its steps ran
    assert "Doublon possible : Anne Martin (anne@x.fr)" in str(seen["banner"]) and seen["merge"] is True
    assert view.model.rowCount() == 1  # merged


def test_a_broad_search_shows_its_first_page_at_once_and_its_full_count_after_a_pause(
        qtbot, qtmodeltester, ctx, database) -> None:  # type: ignore[no-untyped-def]
    """Past the bound (11 matches here, thousands in use) a search is shown with its first page and « plus de
    10 contacts »; once the typing pauses its full count is read and the rows beyond are added. A search typed on
    before the pause ends is never counted in full; one under the bound is its count at once."""
    add_contacts(database, [ContactDraft(first_name="Anne", last_name=f"Martin{i:02}") for i in range(40)]
                 + [ContactDraft(first_name="Paul", last_name="Roy")])
    view = _view(qtbot, ctx)
    view.reader.SELECTIVE, view.reader.walk_ratio = 10, 1e12
    view.model.count_pause_ms = 80
    counted: list[str] = []
    full_count = view.reader.full_count
    view.reader.full_count = lambda flt: (counted.append(flt.text), full_count(flt))[1]  # type: ignore[method-assign]
    model = view.model
    qtmodeltester.check(model)  # and it keeps watching: the rows added by the full count are told as Qt wants
    model.set_filter(ContactFilter(text="mart"))  # then typed on at once (the test's runner answers at once)
    assert (model.rowCount(), model.count_is_exact) == (11, False)
    assert view.count_label.text() == "plus de 10 contacts"
    model.set_filter(ContactFilter(text="martin0"))
    assert (model.rowCount(), model.count_is_exact, view.count_label.text()) == (10, True, view.count_text(10))
    model.set_filter(ContactFilter(text="martin"))
    assert (model.rowCount(), model.count_is_exact) == (11, False)
    with qtbot.waitSignal(model.count_changed, timeout=3000) as changed:
        pass
    assert changed.args == [40]
    assert (model.rowCount(), model.count_is_exact, view.count_label.text()) == (40, True, view.count_text(40))
    assert counted == ["martin"]  # « mart » was typed on before the pause: never counted in full
    assert [model.row_at(i).last_name for i in range(40)] == [f"Martin{i:02}" for i in range(40)]  # type: ignore[union-attr]
    qtbot.wait(200)
    assert counted == ["martin"]
