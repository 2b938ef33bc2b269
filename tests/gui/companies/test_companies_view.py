"""The companies view's panel driven like a user: select, read, open a contact or a quote, add a note."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.app import view_factories
from desktop.core.custom_fields import Definition
from desktop.core.records import CompanyDraft, ContactDraft, validate_company
from desktop.db import contacts as repo
from desktop.db import custom_fields as cf
from desktop.db.quotes import create_draft
from desktop.gui.companies.view import CompaniesView
from desktop.gui.shell.main_window import MainWindow
from tests.gui.conftest import NOW, add_contacts
from tests.gui.held import add_held


def _company(database, **fields) -> int:  # type: ignore[no-untyped-def]
    draft, errors = validate_company(CompanyDraft(**fields))
    assert errors == {}
    with database.sessions.begin() as s:
        return repo.create_company(s, draft).id


def _acme(database) -> int:  # type: ignore[no-untyped-def]
    acme = _company(database, legal_name="Acme Bâtiment", legal_form="SAS", siret="73282932000074",
                    vat_number="FR44732829320", address="3 rue de la Paix", postal_code="75002", city="Paris",
                    phone="0145454545", website="acme.fr")
    add_contacts(database, [ContactDraft(first_name="Zoé", last_name="Vidal", job_title="Acheteuse",
                                         email="zoe@acme.fr", phone="0612345678", company_name="Acme Bâtiment")])
    with database.sessions.begin() as s:
        sector = cf.create_field(s, "company", Definition("Secteur", "text"))
        cf.set_record_values(s, "company", acme, {sector.id: "BTP"})
    return acme


def _view(qtbot, ctx) -> CompaniesView:  # type: ignore[no-untyped-def]
    view = CompaniesView(ctx)
    add_held(qtbot, view)
    view.resize(1100, 700)
    view.show()
    return view


def _window(qtbot, ctx) -> tuple[MainWindow, CompaniesView]:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, view_factories(ctx))
    add_held(qtbot, window)
    view = window.show_view("companies")
    window.show()
    assert isinstance(view, CompaniesView)
    return window, view


def test_the_panel_shows_the_company_its_contacts_and_timeline(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    _acme(database)
    view = _view(qtbot, ctx)
    assert "Sélectionnez une société." in view.detail.identity.toPlainText()
    assert not view.detail.sections.isVisibleTo(view)
    view.select_first()
    text = view.detail.identity.toPlainText()
    for expected in ("Acme Bâtiment", "SAS", "SIRET 732 829 320 00074", "TVA FR44732829320",
                     "3 rue de la Paix, 75002 Paris", "01 45 45 45 45", "acme.fr", "Secteur", "BTP"):
        assert expected in text, expected
    contact = view.detail.contacts.topLevelItem(0)
    assert contact.text(0) == "Zoé Vidal\nAcheteuse" and contact.text(1) == "zoe@acme.fr\n06 12 34 56 78"
    assert view.detail.contacts_title.text() == "<b>Contacts (1)</b>"
    assert view.detail.no_deal.isVisibleTo(view) and not view.detail.deals.isVisibleTo(view)
    assert "Aucune activité" in view.detail.timeline.toPlainText()


def test_a_note_goes_to_the_company_timeline(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    acme = _acme(database)
    view = _view(qtbot, ctx)
    view.select_first()
    qtbot.keyClicks(view.detail.note_edit, "Rappeler le standard <b>lundi</b>")
    qtbot.keyClick(view.detail.note_edit, Qt.Key.Key_Return)
    assert "Note · " in view.detail.timeline.toPlainText()
    assert "Rappeler le standard <b>lundi</b>" in view.detail.timeline.toPlainText()
    with database.sessions() as s:
        [(activity, name)] = repo.company_timeline(s, acme)
        assert (activity.kind, activity.company_id, activity.contact_id, name) == ("note", acme, None, "")


def test_several_companies_show_a_summary(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    _acme(database)
    _company(database, legal_name="Bati Ouest")
    view = _view(qtbot, ctx)
    selection = view.table.selectionModel()
    for row in (0, 1):
        selection.select(view.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    text = view.detail.identity.toPlainText()
    assert "2 société" in text and "1 contact" in text
    assert view.detail.company_id is None and not view.detail.sections.isVisibleTo(view)
    selection.clearSelection()
    assert "Sélectionnez une société." in view.detail.identity.toPlainText()


def test_an_edit_keeps_the_panel_current(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    acme = _acme(database)
    view = _view(qtbot, ctx)
    view.select_first()
    with database.sessions() as s:
        before = repo.company_draft(s.get_one(repo.Company, acme))
    after = CompanyDraft(**{**before.__dict__, "city": "Lyon", "phone": "+33472000000"})
    view.push_update(acme, before, after)
    assert view.selected_ids() == [acme]
    assert "75002 Lyon" in view.detail.identity.toPlainText() and "04 72 00 00 00" in view.detail.identity.toPlainText()
    ctx.undo_stack.undo()
    assert "75002 Paris" in view.detail.identity.toPlainText()


def test_enter_on_a_contact_opens_it_in_the_contacts_view(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    _acme(database)
    add_contacts(database, [ContactDraft(first_name="Zoé", last_name="Vidal", email="zoe@ailleurs.fr"),
                            ContactDraft(first_name="Autre", last_name="Personne")])
    window, view = _window(qtbot, ctx)
    view.select_first()
    contact_id = view.detail.contacts.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    view.detail.contacts.setFocus()
    view.detail.contacts.setCurrentItem(view.detail.contacts.topLevelItem(0))
    qtbot.keyClick(view.detail.contacts, Qt.Key.Key_Return)
    assert window.current_view_name() == "contacts"
    contacts = window.view("contacts")
    assert contacts.selected_ids() == [contact_id]  # type: ignore[attr-defined]
    assert "zoe@acme.fr" in contacts.detail.browser.toPlainText()  # type: ignore[attr-defined]


def test_a_double_click_on_a_quote_opens_its_editor(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    _acme(database)
    with database.sessions.begin() as s:
        zoe = repo.company_contacts(s, repo.company_by_name(s, "Acme Bâtiment").id)[0]  # type: ignore[union-attr]
        quote_id = create_draft(s, zoe.id, NOW).id
    window, view = _window(qtbot, ctx)
    view.select_first()
    deals = view.detail.deals
    kinds = [deals.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) for i in range(deals.topLevelItemCount())]
    assert kinds == ["opportunity", "quote"]
    assert "(1) et devis (1)" in view.detail.deals_title.text()
    quote_item = deals.topLevelItem(1)
    assert quote_item.text(0) == f"brouillon n° {quote_id}" and quote_item.text(1) == "Brouillon"
    assert quote_item.text(2) == "0,00\u00a0€"
    deals.itemActivated.emit(deals.topLevelItem(0), 0)  # an opportunity opens nothing
    quotes = window.view("quotes")
    try:
        assert quotes.editors == {}  # type: ignore[attr-defined]
        rect = deals.visualItemRect(quote_item)
        qtbot.mouseClick(deals.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a press comes first
        qtbot.mouseDClick(deals.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        editor = quotes.editors[quote_id]  # type: ignore[attr-defined]
        assert editor.isVisible()
        assert window.current_view_name() == "companies"  # the salesperson stays on the company
        editor.close()
    finally:
        quotes.renderer.close()  # type: ignore[attr-defined]  # the view's PDF worker and its temporary folder


def test_the_view_follows_changes_made_elsewhere_and_keeps_its_selection(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.contacts.view import ContactsView
    from desktop.gui.kit.changes import Topic

    _acme(database)
    _company(database, legal_name="Bati Ouest")
    view = _view(qtbot, ctx)
    view.select_first()
    acme = view.selected_ids()
    contacts = add_held(qtbot, ContactsView(ctx))
    contacts.select_first()
    zoe = contacts.model.row_at(0)
    assert zoe is not None and zoe.last_name == "Vidal"
    with database.sessions() as s:
        before = repo.contact_draft(repo.get_contact(s, zoe.id))  # type: ignore[arg-type]
    contacts.push_update(zoe.id, before, ContactDraft(**{**before.__dict__, "job_title": "Directrice"}))
    assert view.selected_ids() == acme  # the companies view heard CONTACTS: its rows read again, still selected
    assert view.detail.contacts.topLevelItem(0).text(0) == "Zoé Vidal\nDirectrice"
    with database.sessions.begin() as s:  # a note written by another part of the application...
        repo.add_activity(s, kind="note", subject="Salon de Lyon", when=NOW, company_id=acme[0])
    assert "Salon de Lyon" not in view.detail.timeline.toPlainText()
    ctx.changes.publish(Topic.TIMELINE)  # ...and said: the panel follows
    assert "Salon de Lyon" in view.detail.timeline.toPlainText()
    ctx.undo_stack.undo()
    assert view.detail.contacts.topLevelItem(0).text(0) == "Zoé Vidal\nAcheteuse"


def test_the_shell_refreshes_none_of_these_views_by_name(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    window, _view = _window(qtbot, ctx)
    for name in ("contacts", "followups"):
        window.show_view(name)
    from desktop.gui.kit.changes import ChangeBus, Topic

    assert ChangeBus.subscribed(window.view("companies"), Topic.CUSTOM_FIELDS)  # told by the bus, not by name
    assert ChangeBus.subscribed(window.view("contacts"), Topic.CUSTOM_FIELDS)
    assert ChangeBus.subscribed(window.view("followups"), Topic.TRACKING)
