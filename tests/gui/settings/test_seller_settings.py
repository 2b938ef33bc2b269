"""Paramètres › Ma société: validated as typed (IBAN, BIC, capital), saved with the logo, printed on quotes."""

from __future__ import annotations

import base64
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from desktop.core.records import SellerDraft
from desktop.db.seller import seller_identity
from desktop.gui.quotes.template_editor import TemplateManagerDialog
from desktop.gui.settings.seller import SellerSettings, SellerSettingsDialog

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def _type(qtbot, dialog: SellerSettingsDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = dialog.widget(name)
    assert isinstance(widget, QLineEdit)
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_bank_details_and_capital_are_checked_then_saved_with_the_logo(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    settings = SellerSettings(ctx)
    settings.open()
    dialog = settings.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.widget("legal_name").setText("Atelier Lumière")  # type: ignore[attr-defined]  # QTest types ASCII only
    _type(qtbot, dialog, "iban", "FR76 3000 6000 0112 3456 7890 188")
    assert "IBAN" in dialog.error_text("iban") and not save.isEnabled()
    _type(qtbot, dialog, "iban", "FR76 3000 6000 0112 3456 7890 189")
    _type(qtbot, dialog, "bic", "AGRIFRP")
    assert dialog.error_text("bic") and not save.isEnabled()
    _type(qtbot, dialog, "bic", "AGRIFRPP")
    _type(qtbot, dialog, "share_capital", "10 000,5x")
    assert "nombre" in dialog.error_text("share_capital")
    _type(qtbot, dialog, "share_capital", "10 000")
    _type(qtbot, dialog, "validity_days", "0")
    assert "365" in dialog.error_text("validity_days")
    _type(qtbot, dialog, "validity_days", "45")
    _type(qtbot, dialog, "rcs_city", "Lyon")
    registry = dialog.widget("registry_kind")
    assert isinstance(registry, QComboBox) and registry.currentData() == "RCS"  # the default
    registry.setCurrentIndex(registry.findData("RM"))  # an artisan
    _type(qtbot, dialog, "vat_exemption_mention", "TVA non applicable, art. 293 B du CGI")
    assert not dialog.set_logo(b"not an image") and dialog.logo_error.isVisible()
    assert dialog.set_logo(PNG)
    assert save.isEnabled()
    save.click()
    with database.sessions() as s:
        seller = seller_identity(s)
        assert seller is not None
        assert (seller.legal_name, seller.iban, seller.bic) == ("Atelier Lumière", "FR7630006000011234567890189",
                                                                 "AGRIFRPP")
        assert seller.share_capital == Decimal("10000") and seller.validity_days == 45
        assert seller.rcs_city == "Lyon" and seller.registry_kind == "RM" and seller.logo == PNG
    assert any("enregistrée" in m for m in ctx.messages)


def test_the_settings_page_reopens_with_what_was_saved(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    from desktop.db.seller import save_seller_identity

    with database.sessions.begin() as s:
        save_seller_identity(s, SellerDraft(legal_name="Atelier", cgv="Article 1", validity_days="60",
                                            share_capital="5000"), full=True)
    settings = SellerSettings(ctx)
    settings.open()
    assert settings.dialog is not None
    qtbot.addWidget(settings.dialog)
    draft = settings.dialog.current_draft()
    assert (draft.legal_name, draft.cgv, draft.validity_days, draft.share_capital) == (
        "Atelier", "Article 1", "60", "5000")


def test_duplicate_a_template_and_edit_the_copy_with_line_errors(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    manager = TemplateManagerDialog(ctx)
    qtbot.addWidget(manager)
    assert not manager.edit_button.isEnabled()  # a shipped design is not edited in place
    new = manager.on_duplicate_requested()
    assert new == "classic-copie" and manager.current_name() == new
    editor = manager.editors[-1]
    html = editor.editor.toPlainText().splitlines()
    html[2] = "{% if %}"
    editor.editor.setPlainText("\n".join(html))
    with qtbot.waitSignal(editor.sig_checked) as checked:
        editor.on_save_requested()
    assert "ligne 3" in checked.args[0]
    assert editor.editor.textCursor().blockNumber() == 2
    html[2] = ""
    editor.editor.setPlainText("\n".join(html))
    with qtbot.waitSignal(editor.sig_checked) as checked:
        editor.on_save_requested()
    assert checked.args[0] == ""
