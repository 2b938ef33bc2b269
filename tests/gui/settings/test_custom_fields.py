"""Custom fields in the interface: defined in the settings, filled in the dialogs, shown in the panel,
set in bulk from a smart query, offered by the query builder without a restart; every change undoable."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from desktop.core.custom_fields import Definition
from desktop.core.records import CompanyDraft, ContactDraft
from desktop.db import contacts as repo
from desktop.db import custom_fields as cf
from desktop.gui.companies.view import CompaniesView
from desktop.gui.contacts.view import ContactsView
from desktop.gui.kit.changes import ChangeBus, Topic
from desktop.gui.kit.record_dialog import RecordDialog
from desktop.gui.queries.view import QueriesView
from desktop.gui.settings.custom_field_dialog import CustomFieldDialog
from desktop.gui.settings.window import SettingsWindow
from tests.gui.conftest import add_contacts
from tests.gui.contacts.test_contacts_view import _fill_dialog_and


def _fields(database, entity: str = "contact"):  # type: ignore[no-untyped-def]
    with database.sessions() as s:
        return cf.list_fields(s, entity)


def _values(database, contact_id: int, entity: str = "contact"):  # type: ignore[no-untyped-def]
    with database.sessions() as s:
        return cf.record_values(s, entity, contact_id)


def _labels(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def test_settings_page_adds_moves_renames_and_undoes(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    changes: list[int] = []
    ctx.changes.subscribe(Topic.CUSTOM_FIELDS, lambda _c: changes.append(1))  # what the views hear
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    page = window.custom_fields
    assert window.tabs.indexOf(page) >= 0 and page.empty.isVisibleTo(page)
    page.add_field("contact", Definition("Date du dernier salon", "date"))
    page.add_field("contact", Definition("Source", "choice", ("Salon", "Site web")))
    assert _labels(page) == ["Date du dernier salon", "Source"] and len(changes) == 2
    assert [f.name for f in _fields(database)] == ["date_du_dernier_salon", "source"]
    assert page.current_field().label == "Source"  # type: ignore[union-attr]
    page.move_field(-1)
    assert _labels(page) == ["Source", "Date du dernier salon"]
    source = _fields(database)[0]
    page.change_field(source, Definition("Origine", "choice", ("Salon", "Site web", "Presse")))
    assert _labels(page) == ["Origine", "Date du dernier salon"]
    assert _fields(database)[0].choices == ("Salon", "Site web", "Presse")
    ctx.undo_stack.undo()
    assert _labels(page) == ["Source", "Date du dernier salon"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert _labels(page) == ["Date du dernier salon"]
    ctx.undo_stack.redo()
    assert _labels(page) == ["Date du dernier salon", "Source"]
    assert _fields(database)[1].id == source.id  # the same field comes back (smart queries name it by id)
    page.entity.setCurrentIndex(page.entity.findData("company"))
    assert _labels(page) == [] and not page.edit_button.isEnabled()


def test_delete_says_how_many_values_are_lost_and_undo_restores(qtbot, ctx, database,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    ids = add_contacts(database, [ContactDraft(last_name=n) for n in ("Un", "Deux", "Trois")])
    with database.sessions.begin() as s:
        field = cf.create_field(s, "contact", Definition("Budget", "number"))
        for cid in ids[:2]:
            cf.set_record_values(s, "contact", cid, {field.id: Decimal("1500")})
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    page = window.custom_fields
    assert page.tree.topLevelItem(0).text(3) == "2"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    page.on_delete_clicked()
    assert "2 valeur" in asked[0] and _fields(database) == [field]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.on_delete_clicked()
    assert _fields(database) == [] and _labels(page) == [] and _values(database, ids[0]) == {}
    ctx.undo_stack.undo()
    assert _fields(database) == [field] and _values(database, ids[0]) == {field.id: Decimal("1500")}


def test_removing_a_choice_in_use_asks_first(qtbot, ctx, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (cid,) = add_contacts(database, [ContactDraft(last_name="Roux")])
    with database.sessions.begin() as s:
        field = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Presse")))
        cf.set_record_values(s, "contact", cid, {field.id: "Presse"})
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    window.custom_fields._confirm_change(field, Definition("Source", "choice", ("Salon",)), {}, 1)
    assert "1 fiche" in asked[0]
    assert _values(database, cid) == {}
    ctx.undo_stack.undo()
    assert _values(database, cid) == {field.id: "Presse"}


def test_field_dialog_checks_label_kind_and_choices(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.custom_fields import FieldDef

    source = FieldDef(1, "contact", "source", "Source", "choice", ("Salon", "Site web"))
    dialog = CustomFieldDialog("contact", [source])
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no label yet
    qtbot.keyClicks(dialog.label, "SOURCE")
    assert "existe déjà" in dialog.label_error.text() and not save.isEnabled()
    dialog.label.setText("Secteur d’activité")
    assert save.isEnabled() and "secteur_d_activite" in dialog.name_note.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    assert dialog.choices_box.isVisibleTo(dialog) and not save.isEnabled()
    assert "au moins un choix" in dialog.choices_error.text()
    dialog.on_add_choice_clicked()
    dialog.choices.item(0).setText("BTP")
    dialog.on_add_choice_clicked()
    dialog.choices.item(1).setText("btp")
    assert "en double" in dialog.choices_error.text() and not save.isEnabled()
    dialog.choices.item(1).setText("Santé")
    dialog._move(-1)
    assert save.isEnabled() and dialog.definition() == Definition("Secteur d’activité", "choice", ("Santé", "BTP"))

    edit = CustomFieldDialog("contact", [], source)
    qtbot.addWidget(edit)
    assert not edit.kind.isEnabled()
    edit.choices.item(0).setText("Salons")
    edit.choices.setCurrentRow(1)
    edit.on_remove_choice_clicked()
    assert edit.renamed() == {"Salon": "Salons"} and edit.removed() == ["Site web"]


def test_contact_dialog_validates_custom_fields_and_saves_them_in_one_undo(qtbot, ctx,  # type: ignore[no-untyped-def]
                                                                          database) -> None:
    (cid,) = add_contacts(database, [ContactDraft(first_name="Léa", last_name="Roux")])
    with database.sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Date du dernier salon", "date"))
        budget = cf.create_field(s, "contact", Definition("Budget", "number"))
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        cf.set_record_values(s, "contact", cid, {budget.id: Decimal("1200")})
    view = ContactsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.select_first()
    seen: dict[str, object] = {}

    def steps(dialog: RecordDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        date_edit, budget_edit = dialog.custom_widget(salon.id), dialog.custom_widget(budget.id)
        assert isinstance(date_edit, QLineEdit) and isinstance(budget_edit, QLineEdit)
        seen["budget_shown"] = budget_edit.text()
        qtbot.keyClicks(date_edit, "31/02/2026")
        seen["error"] = dialog.custom_error_text(salon.id)
        seen["save_enabled"] = save.isEnabled()
        dialog.on_buttons_accepted()  # even a forced accept refuses
        seen["still_open"] = dialog.isVisible()
        date_edit.setText("12/03/2026")
        budget_edit.setText("1 234,5")
        combo = dialog.custom_widget(source.id)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("Site web"))
        city = dialog.widget("city")
        assert isinstance(city, QLineEdit)
        city.setText("Arles")
        seen["error_after"] = dialog.custom_error_text(salon.id)
        save.click()

    _fill_dialog_and(qtbot, steps)
    view.on_edit_requested()
    assert seen == {"budget_shown": "1200", "error": "cette date n’existe pas", "save_enabled": False,
                    "still_open": True, "error_after": ""}
    assert _values(database, cid) == {salon.id: date(2026, 3, 12), budget.id: Decimal("1234.5"),
                                      source.id: "Site web"}
    assert view.model.row_at(0).city == "Arles"  # type: ignore[union-attr]
    view.select_first()
    html = view.detail.browser.toPlainText()
    assert "Date du dernier salon" in html and "12/03/2026" in html and "234,5" in html
    ctx.undo_stack.undo()  # one command: the contact and its custom values together
    assert _values(database, cid) == {budget.id: Decimal("1200")}
    assert view.model.row_at(0).city is None  # type: ignore[union-attr]
    view.select_first()
    assert "Date du dernier salon" not in view.detail.browser.toPlainText()


def test_new_company_with_custom_value(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    with database.sessions.begin() as s:
        staff = cf.create_field(s, "company", Definition("Nombre de salariés", "number"))
    view = CompaniesView(ctx)
    qtbot.addWidget(view)
    view.show()

    def steps(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.widget("legal_name"), "Atelier Nord")
        qtbot.keyClicks(dialog.custom_widget(staff.id), "douze")
        assert "n’est pas un nombre" in dialog.custom_error_text(staff.id)
        dialog.custom_widget(staff.id).setText("12")  # type: ignore[attr-defined]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    _fill_dialog_and(qtbot, steps)
    view.on_new_requested()
    with database.sessions() as s:
        company = repo.find_company_duplicates(s, None, "Atelier Nord")[0]
        assert cf.record_values(s, "company", company.id) == {staff.id: Decimal("12")}


@pytest.fixture
def queries_view(qtbot, ctx, database):  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Anne", last_name="Paris"),
                            ContactDraft(first_name="Bob", last_name="Durand", status="client")])
    view = QueriesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_builder_offers_new_fields_without_restart_and_bulk_sets_them(qtbot, ctx, database,  # type: ignore[no-untyped-def]
                                                                      queries_view, monkeypatch) -> None:
    view = queries_view
    if not ChangeBus.subscribed(view, Topic.CUSTOM_FIELDS):  # until the view subscribes itself
        ctx.changes.subscribe(Topic.CUSTOM_FIELDS, lambda _c: view.on_custom_fields_changed(), owner=view)
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    window.custom_fields.add_field("contact", Definition("Source", "choice", ("Salon", "Site web")))
    window.custom_fields.add_field("company", Definition("Secteur", "text"))
    (source,) = _fields(database)
    (sector,) = _fields(database, "company")
    assert (f"cf:{source.id}", "Contact : Source") in view.builder._catalog.fields
    assert (f"cf:{sector.id}", "Société : Secteur") in view.builder._catalog.fields
    view.builder.set_spec({"match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                           "value": "prospect"}]})
    view.evaluate_now()
    assert len(view.matching_ids()) == 1
    anne = view.matching_ids()[0]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    view.bulk.custom_field(source.id, "Téléphone", confirmed=True)
    assert "n’est pas un des choix" in warned[0] and _values(database, anne) == {}
    view.bulk.custom_field(source.id, "salon", confirmed=True)
    assert _values(database, anne) == {source.id: "Salon"}
    view.builder.set_spec({"match": "all", "conditions": [{"field": f"cf:{source.id}", "op": "is",
                                                           "value": "Salon"}]})
    view.evaluate_now()
    assert view.matching_ids() == [anne]
    ctx.undo_stack.undo()
    assert _values(database, anne) == {}
    ctx.undo_stack.redo()
    assert _values(database, anne) == {source.id: "Salon"}


def test_company_field_values_in_a_new_contact_are_not_mixed(ctx, database) -> None:  # type: ignore[no-untyped-def]
    with database.sessions.begin() as s:
        company = repo.create_company(s, CompanyDraft(legal_name="Acme"))
        field = cf.create_field(s, "company", Definition("Secteur", "text"))
        cf.set_record_values(s, "company", company.id, {field.id: "BTP"})
        contact = repo.create_contact(s, ContactDraft(last_name="Roux", company_name="Acme"))
    assert _values(database, contact.id) == {}
    assert _values(database, company.id, "company") == {field.id: "BTP"}


def test_import_dialog_maps_a_column_to_a_custom_field_and_says_why_a_row_is_refused(  # type: ignore[no-untyped-def]
        qtbot, ctx, database, tmp_path) -> None:
    from desktop.gui.transfer.import_dialog import ImportDialog
    from desktop.services.importer import Kind

    with database.sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Date du dernier salon", "date"))
        cf.create_field(s, "company", Definition("Secteur", "text"))
    path = tmp_path / "contacts.csv"
    path.write_text("Nom;Date du dernier salon\r\nRoux;12/03/2026\r\nMartin;demain\r\n", encoding="utf-8")
    dialog = ImportDialog(ctx, kind=Kind.CONTACTS)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert dialog.mapping() == ("last_name", f"cf:{salon.id}")
    combo = dialog.mapping_table.cellWidget(1, 1)
    assert isinstance(combo, QComboBox)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Date du dernier salon (champ personnalisé)" in texts and not any("Secteur" in t for t in texts)
    dialog.check_button.click()
    model = dialog.rejections_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == [
        "3", "Date du dernier salon", "n’est pas une date (exemple : 27/11/2026)", "demain"]
    with qtbot.waitSignal(dialog.sig_imported):
        dialog.import_button.click()
    from sqlalchemy import select

    from desktop.db.models import Contact

    with database.sessions() as s:
        roux = s.scalar(select(Contact.id).where(Contact.last_name == "Roux"))
        assert roux is not None and cf.record_values(s, "contact", roux) == {salon.id: date(2026, 3, 12)}
