"""The reply mailbox (IMAP) in Messagerie et suivi: tested against a real Dovecot, the password in the keyring
only, and saved under the very settings the reply detection reads."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import keyring
from pytestqt.qtbot import QtBot

from desktop.gui.settings.imap_page import ImapPage
from desktop.gui.settings.mail import MailSettingsDialog
from desktop.gui.settings.window import SettingsWindow
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from desktop.services.replies import poll_with_settings
from desktop.services.secrets import SERVICE, SecretName, SecretStore, check_keyring
from desktop.settings import load_settings
from tests.support.imap import ImapServer, imap_server  # noqa: F401 - fixture

STORE = "relance-test-imap"


def _dialog(qtbot: QtBot, ctx: GuiContext) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ctx, None, store=SecretStore(check_keyring(), service=STORE))
    qtbot.addWidget(dialog)
    return dialog


def _fill(page: ImapPage, server: ImapServer, password: str) -> None:
    page.imap_host.setText(server.host)
    page.imap_security.setCurrentIndex(page.imap_security.findData("none"))
    page.imap_port.setValue(server.port)
    page.imap_user.setText(server.user)
    page.imap_password.setText(password)


def test_the_connection_test_shows_the_servers_answer(qtbot: QtBot, ctx: GuiContext,
                                                      imap_server: ImapServer) -> None:  # noqa: F811
    dialog = _dialog(qtbot, ctx)
    page = dialog.imap
    _fill(page, imap_server, "pas-le-bon")
    with qtbot.waitSignal(page.sig_imap_check_finished, timeout=15_000) as refused:
        page.imap_check_button.click()
    assert refused.args[0] is False
    assert "Échec de la connexion" in page.imap_check_result.text()
    assert "pas-le-bon" not in page.imap_check_result.text()
    page.imap_password.setText(imap_server.password)
    with qtbot.waitSignal(page.sig_imap_check_finished, timeout=15_000) as accepted:
        page.imap_check_button.click()
    assert accepted.args[0] is True
    assert page.imap_check_result.text().startswith("Connexion réussie : 0 message")
    assert "INBOX" in page.imap_check_result.text()
    page.imap_folder.setText("Archives/Inexistant")
    with qtbot.waitSignal(page.sig_imap_check_finished, timeout=15_000) as missing:
        page.imap_check_button.click()
    assert missing.args[0] is False and "Archives/Inexistant" in page.imap_check_result.text()
    page.imap_port.setValue(1)  # nothing listens there: the network's own words
    with qtbot.waitSignal(page.sig_imap_check_finished, timeout=15_000) as unreachable:
        page.imap_check_button.click()
    assert unreachable.args[0] is False and "refused" in page.imap_check_result.text().lower()
    dialog.runner.shutdown()


def test_the_imap_password_goes_to_the_keyring_and_the_reply_detection_reads_it_back(
        qtbot: QtBot, tmp_path: Path, ctx: GuiContext, database: Database,
        imap_server: ImapServer) -> None:  # noqa: F811
    dialog = _dialog(qtbot, ctx)
    _fill(dialog.imap, imap_server, imap_server.password)
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.on_save_requested()
    assert keyring.get_password(STORE, SecretName.IMAP_PASSWORD.value) == imap_server.password
    assert keyring.get_password(SERVICE, SecretName.IMAP_PASSWORD.value) != imap_server.password
    stored = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert imap_server.password not in stored
    saved = load_settings(tmp_path, environ={})
    assert (saved.imap_host, saved.imap_port, saved.imap_security, saved.imap_user, saved.imap_folder) == (
        imap_server.host, imap_server.port, "none", imap_server.user, "INBOX")
    # the reply detection logs in with exactly these settings and the keyring's password
    store = SecretStore(check_keyring(), service=STORE)
    assert poll_with_settings(database.sessions, saved, lambda: datetime.now(UTC), store=store) == []
    again = _dialog(qtbot, ctx)
    assert again.imap.imap_password.text() == "" and "trousseau" in again.imap.imap_password.placeholderText()
    assert again.imap.imap_host.text() == imap_server.host and again.imap.imap_port.value() == imap_server.port
    with qtbot.waitSignal(again.imap.sig_imap_check_finished, timeout=15_000) as checked:
        again.imap.imap_check_button.click()  # an empty field uses the stored password
    assert checked.args[0] is True
    again.runner.shutdown()
    dialog.runner.shutdown()


def test_a_mailbox_without_login_is_refused_and_the_port_follows_the_security(qtbot: QtBot,
                                                                              ctx: GuiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    page = dialog.imap
    assert page.imap_port.value() == 993 and page.imap_security.currentData() == "ssl"
    page.imap_security.setCurrentIndex(page.imap_security.findData("starttls"))
    assert page.imap_port.value() == 143
    page.imap_port.setValue(1993)
    page.imap_security.setCurrentIndex(page.imap_security.findData("ssl"))
    assert page.imap_port.value() == 1993  # a port typed by hand is kept
    page.imap_host.setText("imap.atelier.fr")
    dialog.on_save_requested()
    assert dialog.result() == 0 and "identifiant" in dialog.error.text()
    assert not (ctx.settings.data_dir / "settings.json").exists()
    page.imap_user.setText("julie")
    page.imap_folder.setText("")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.on_save_requested()
    assert ctx.settings.imap_folder == "INBOX" and ctx.settings.imap_user == "julie"
    dialog.runner.shutdown()


def test_the_settings_window_has_a_tab_for_the_reply_mailbox_and_refuses_it_without_login(
        qtbot: QtBot, ctx: GuiContext) -> None:
    window = SettingsWindow(ctx, store=SecretStore(check_keyring(), service=STORE))
    qtbot.addWidget(window)
    tab = window.tabs.indexOf(window.imap)
    assert window.tabs.tabText(tab) == "Réponses (IMAP)"
    window.tabs.setCurrentIndex(0)
    window.imap.imap_host.setText("imap.atelier.fr")
    window.on_save_requested()
    assert window.tabs.currentIndex() == tab and "identifiant" in window.error.text()  # shown where it is
    assert not (ctx.settings.data_dir / "settings.json").exists()
