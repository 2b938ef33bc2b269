"""Paramètres › Envoi: the provider presets fill both servers and the sign-in method, an address typed first
proposes its provider (by its domain, then by the MX records a real DNS server on loopback answers), the Sent
folder's behaviour is said and can be changed, and « Tester la connexion » against the real aiosmtpd and Dovecot
says which step failed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.settings.mail import MailSettingsDialog
from desktop.gui.settings.signin_texts import _sentences
from desktop.gui.shell.context import GuiContext
from desktop.services.mail.signin_problems import ENGLISH
from desktop.services.secrets import SecretStore, check_keyring
from tests.support.dns_mx import mx_server
from tests.support.imap import ImapServer, imap_server  # noqa: F401 - fixture
from tests.support.servers import SmtpServer

STORE = "relance-test-providers"


def _dialog(qtbot: QtBot, ctx: GuiContext) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ctx, None, store=SecretStore(check_keyring(), service=STORE))
    qtbot.addWidget(dialog)
    return dialog


def test_a_preset_fills_the_sending_and_mailbox_servers_and_its_sign_in(qtbot: QtBot, ctx: GuiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    smtp, imap = dialog.smtp, dialog.imap
    smtp.sender_address.setText("paul@orange.fr")
    smtp.choose_provider("orange")
    assert (smtp.host.text(), smtp.port.value(), smtp.security.currentData()) == ("smtp.orange.fr", 465, "ssl")
    assert (imap.imap_host.text(), imap.imap_port.value(), imap.imap_security.currentData()) == (
        "imap.orange.fr", 993, "ssl")
    assert smtp.user.text() == "paul@orange.fr" and smtp.auth_method() == "password"
    assert smtp.signin_button.isHidden() and smtp.password.isEnabled()
    assert "Orange" in smtp.provider_note.text()
    assert "dépose une copie" in smtp.sent_copy_note.text()  # Orange does not file what SMTP sends

    smtp.choose_provider("microsoft365")
    assert (smtp.host.text(), smtp.port.value(), smtp.security.currentData()) == (
        "smtp.office365.com", 587, "starttls")
    assert imap.imap_host.text() == "outlook.office365.com"
    assert smtp.auth_method() == "oauth" and not smtp.signin_button.isHidden()
    assert smtp.signin_button.text() == "Se connecter avec Microsoft"
    assert not smtp.password.isEnabled() and not imap.imap_password.isEnabled()
    assert "AADSTS65001" in smtp.provider_note.text() and "5.7.139" in smtp.provider_note.text()
    assert "n’en ajoute pas" in smtp.sent_copy_note.text()
    smtp.sent_copy.setCurrentIndex(smtp.sent_copy.findData("append"))  # the behaviour can be changed
    assert "dépose une copie" in smtp.sent_copy_note.text()
    saved = imap.apply(smtp.apply(ctx.settings))
    assert (saved.mail_provider, saved.smtp_auth, saved.imap_auth, saved.sent_copy) == (
        "microsoft365", "oauth", "oauth", "append")

    smtp.choose_provider("google")
    assert smtp.signin_button.text() == "Se connecter avec Google"
    assert "mot de passe d’application" in smtp.provider_note.text()
    smtp.auth.setCurrentIndex(smtp.auth.findData("password"))  # Google's app password instead
    assert smtp.password.isEnabled() and smtp.signin_button.isHidden()
    assert smtp.auth.currentText() == "Mot de passe d’application"

    smtp.host.setText("mail.maison.example")
    smtp.choose_provider("other")  # « Autre » keeps what was typed
    assert smtp.host.text() == "mail.maison.example" and smtp.auth_method() == "password"


def test_an_address_typed_first_proposes_its_provider_by_domain_then_by_its_mx(qtbot: QtBot,
                                                                                ctx: GuiContext) -> None:
    records = {"atelier-lumiere.test": [(10, "atelier-lumiere-test.mail.protection.outlook.com")],
               "boulangerie.test": [(5, "mx1.mail.ovh.net"), (100, "mx3.mail.ovh.net")]}
    with mx_server(records) as resolve:
        for address, expected, by in (("claire@gmail.com", "google", "l’adresse"),
                                      ("julie@atelier-lumiere.test", "microsoft365", "(MX)"),
                                      ("marc@boulangerie.test", "ovh", "(MX)"), ("x@inconnu.test", "", None)):
            dialog = _dialog(qtbot, ctx)
            smtp = dialog.smtp
            smtp.resolve = resolve
            with qtbot.waitSignal(smtp.sig_guessed, timeout=10_000) as guessed:
                qtbot.keyClicks(smtp.sender_address, address)
            assert guessed.args == [expected]
            assert smtp.provider.currentData() == expected
            if by is not None:
                assert by in smtp.provider_note.text()
                assert smtp.host.text() and dialog.imap.imap_host.text()
    kept = _dialog(qtbot, ctx)
    chosen = kept.smtp
    chosen.choose_provider("free")  # a provider chosen by hand is never replaced by a guess
    qtbot.keyClicks(chosen.sender_address, "a@gmail.com")
    chosen.on_guess_timer_timeout()
    assert chosen.provider.currentData() == "free"


def test_the_connection_check_walks_sending_and_the_mailbox_and_says_which_step_failed(
        qtbot: QtBot, ctx: GuiContext, smtp_server: SmtpServer, imap_server: ImapServer) -> None:  # noqa: F811
    dialog = _dialog(qtbot, ctx)
    smtp, imap = dialog.smtp, dialog.imap
    smtp.sender_address.setText("julie@atelier.test")
    smtp.host.setText(smtp_server.host)
    smtp.port.setValue(smtp_server.port)
    smtp.security.setCurrentIndex(smtp.security.findData("none"))
    imap.imap_host.setText(imap_server.host)
    imap.imap_security.setCurrentIndex(imap.imap_security.findData("none"))
    imap.imap_port.setValue(imap_server.port)
    imap.imap_user.setText(imap_server.user)
    imap.imap_password.setText("pas-le-bon")
    with qtbot.waitSignal(smtp.sig_check_finished, timeout=20_000) as refused:
        smtp.check_button.click()
    ok, text = refused.args
    assert not ok
    assert text.splitlines()[:2] == ["✓ Connexion au serveur d’envoi (SMTP) : réussi",
                                     "✓ Connexion à la boîte de réception (IMAP) : réussi"]
    assert text.splitlines()[2].startswith("✗ Identification à la boîte de réception : échec.")
    assert "pas-le-bon" not in text and smtp.test_result.text() == text

    imap.imap_password.setText(imap_server.password)
    with qtbot.waitSignal(smtp.sig_check_finished, timeout=20_000) as accepted:
        smtp.check_button.click()
    ok, text = accepted.args
    assert not ok  # this mailbox has no Sent folder: Relance could not file its copies
    assert [line.split(" : ")[0] for line in text.splitlines()] == [
        "✓ Connexion au serveur d’envoi (SMTP)", "✓ Connexion à la boîte de réception (IMAP)",
        "✓ Identification à la boîte de réception", "✓ Ouverture du dossier des réponses",
        "✗ Dossier des messages envoyés"]
    assert "indiquez son nom dans l’onglet Réponses" in text
    smtp.sent_copy.setCurrentIndex(smtp.sent_copy.findData("never"))  # no copies: no Sent folder needed
    with qtbot.waitSignal(smtp.sig_check_finished, timeout=20_000) as accepted:
        smtp.check_button.click()
    assert accepted.args[0] is True and len(accepted.args[1].splitlines()) == 4

    smtp.port.setValue(1)  # nothing listens there
    with qtbot.waitSignal(smtp.sig_check_finished, timeout=20_000) as unreachable:
        smtp.check_button.click()
    assert unreachable.args[1].startswith("✗ Connexion au serveur d’envoi (SMTP) : échec.")
    assert len(unreachable.args[1].splitlines()) == 1


def test_every_sign_in_problem_has_its_french_sentence() -> None:
    assert set(_sentences()) == set(ENGLISH)
