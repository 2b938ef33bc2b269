"""The main window: views by sidebar and shortcut, menus routed to the current view, the welcome dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.app import view_factories
from desktop.core.records import ContactDraft
from desktop.gui.shell.main_window import MainWindow
from desktop.gui.shell.welcome import WelcomeDialog
from tests.gui.conftest import add_contacts


def _window(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, view_factories(ctx))
    qtbot.addWidget(window)
    window.show_view("contacts")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_views_switch_by_shortcut_and_sidebar(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Ana", last_name="Lopez", company_name="Lopez SARL")])
    window = _window(qtbot, ctx)
    assert window.current_view_name() == "contacts"
    with qtbot.waitSignal(window.view_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["companies"]
    companies = window.view("companies")
    assert companies.model.rowCount() == 1  # type: ignore[attr-defined]
    window.sidebar.setCurrentRow(1)
    assert window.current_view_name() == "contacts"


def test_the_status_bar_names_the_base_by_its_kind(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    assert _window(qtbot, ctx).mode_label.text() == "Base locale"
    ctx.settings = replace(ctx.settings, database_url=ctx.database.url)  # the same SQLite file, named by its URL
    assert _window(qtbot, ctx).mode_label.text() == "Base locale"


def test_import_menu_goes_to_the_current_view(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.transfer import import_dialog

    opened: list[object] = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda self: opened.append(self.kind()) or 0)
    window = _window(qtbot, ctx)
    window.show_view("companies")
    window.import_action.trigger()
    from desktop.services.importer import Kind

    assert opened == [Kind.COMPANIES]


def test_undo_menu_names_the_last_edit(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Ana", last_name="Lopez")])
    window = _window(qtbot, ctx)
    view = window.view("contacts")
    view.select_first()  # type: ignore[attr-defined]
    view.push_delete(view.selected_ids())  # type: ignore[attr-defined]
    assert window.undo_action.isEnabled()
    assert "Supprimer" in window.undo_action.text()
    window.undo_action.trigger()
    assert view.model.rowCount() == 1  # type: ignore[attr-defined]


def test_welcome_dialog_validates_and_offers_the_demo(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled()  # everything can be completed later
    siret = dialog.widget("siret")
    assert isinstance(siret, QLineEdit)
    qtbot.keyClicks(siret, "123")
    assert not save.isEnabled() and "14" in dialog.error_text("siret")
    siret.clear()
    qtbot.keyClicks(siret, "732 829 320 00074")
    assert save.isEnabled()
    dialog.demo_choice.setChecked(True)
    qtbot.keyClicks(dialog.widget("legal_name"), "Menuiserie Morel")
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.wants_demo
    assert dialog.accepted_draft is not None and dialog.accepted_draft.siret == "73282932000074"


def test_the_welcome_asks_for_what_the_first_quote_and_send_need(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    for name in ("rcs_city", "registry_kind", "legal_form", "share_capital"):  # what the legal check asks for
        assert dialog.widget(name) is not None, name
    qtbot.keyClicks(dialog.sender_address, "julie@")
    assert not save.isEnabled() and "adresse" in dialog.sender_error.text()
    qtbot.keyClicks(dialog.sender_address, "atelier-lumiere.fr")
    assert save.isEnabled()
    qtbot.keyClicks(dialog.sender_name, "Julie Martin")
    qtbot.keyClicks(dialog.widget("rcs_city"), "Lyon")
    save.click()
    assert dialog.accepted_draft is not None and dialog.accepted_draft.rcs_city == "Lyon"
    assert dialog.typed_sender() == ("Julie Martin", "julie@atelier-lumiere.fr")


def test_the_welcome_sends_from_the_company_address_when_none_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.widget("legal_name"), "Menuiserie Morel")
    qtbot.keyClicks(dialog.widget("email"), "contact@morel.fr")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.typed_sender() == ("Menuiserie Morel", "contact@morel.fr")
