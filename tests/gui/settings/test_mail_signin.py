"""« Se connecter avec Google / Microsoft » in Paramètres › Envoi against the real OAuth2 server on loopback
(oauth2-mock-server): the only thing replaced is the opening of the browser, by a call that follows the URL
through the server's redirect to Relance's loopback receiver. The sign-in runs off the UI thread; the refresh
token lands in the keyring only, the address signed in is shown with « Se déconnecter »; each problem is said
in French."""

from __future__ import annotations

import dataclasses
import json

from pytestqt.qtbot import QtBot

from desktop.gui.settings.mail import MailSettingsDialog
from desktop.gui.shell.context import GuiContext
from desktop.services.mail.oauth_tokens import ACCESS_KEY
from desktop.services.secrets import SecretName, SecretStore, check_keyring
from tests.support.oauth2_server import CLIENT_ID, Browser, OAuthServer

USER = "claire.martin@atelier.test"


def _dialog(qtbot: QtBot, ctx: GuiContext, server: OAuthServer, store: SecretStore) -> MailSettingsDialog:
    ctx.settings = dataclasses.replace(ctx.settings, google_client_id=CLIENT_ID,
                                       google_authorize_url=server.authorize_url, google_token_url=server.token_url)
    dialog = MailSettingsDialog(ctx, None, store=store)
    qtbot.addWidget(dialog)
    dialog.smtp.sender_address.setText(USER)
    dialog.smtp.choose_provider("google")
    return dialog


def _store() -> SecretStore:
    return SecretStore(check_keyring(), service="relance-test-signin")


def test_signing_in_with_google_follows_the_browser_and_keeps_the_token_in_the_keyring_only(
        qtbot: QtBot, ctx: GuiContext, oauth_server: OAuthServer, browser: Browser) -> None:
    store = _store()
    dialog = _dialog(qtbot, ctx, oauth_server, store)
    smtp = dialog.smtp
    smtp.sign_in.open_url = browser.open
    assert smtp.signin_button.text() == "Se connecter avec Google" and smtp.signout_button.isHidden()
    with qtbot.waitSignal(smtp.sig_signin_finished, timeout=20_000) as finished:
        smtp.signin_button.click()
        assert "navigateur" in smtp.signin_result.text()  # the UI thread is free while the user signs in
    assert finished.args == [True, USER]
    browser.join()
    assert "login_hint=claire.martin%40atelier.test" in browser.opened[0]
    assert "Connexion terminée" in browser.landed[0].text
    refresh = store.get(SecretName.OAUTH_REFRESH_TOKEN)
    assert refresh and store.held(ACCESS_KEY, ctx.clock()) is not None
    assert smtp.account.text() == f"Connecté : {USER}" and not smtp.signout_button.isHidden()
    assert smtp.signin_button.isHidden() and smtp.user.text() == USER
    assert dialog.imap.imap_user.text() == USER and not dialog.imap.imap_password.isEnabled()

    dialog.on_save_requested()
    saved = ctx.settings
    assert (saved.smtp_auth, saved.imap_auth, saved.oauth_account, saved.mail_provider) == (
        "oauth", "oauth", USER, "google")
    written = (saved.data_dir / "settings.json").read_text(encoding="utf-8")
    assert refresh not in written and json.loads(written)["oauth_account"] == USER

    again = _dialog(qtbot, ctx, oauth_server, store)  # reopened: still signed in
    assert again.smtp.account.text() == f"Connecté : {USER}"
    again.smtp.signout_button.click()
    assert store.get(SecretName.OAUTH_REFRESH_TOKEN) is None and store.held(ACCESS_KEY, ctx.clock()) is None
    assert not again.smtp.signin_button.isHidden() and again.smtp.account.isHidden()
    assert again.smtp.problem() is None or "Connectez-vous" in again.smtp.problem().text  # type: ignore[union-attr]


def test_each_sign_in_problem_is_said_in_french(qtbot: QtBot, ctx: GuiContext, oauth_server: OAuthServer,
                                                browser: Browser) -> None:
    store = _store()
    dialog = _dialog(qtbot, ctx, oauth_server, store)
    smtp = dialog.smtp
    smtp.sign_in.open_url = browser.open
    oauth_server.script(token=[{"error": "invalid_grant", "error_codes": [65001],
                                "error_description": "AADSTS65001: The user or administrator has not consented."}])
    with qtbot.waitSignal(smtp.sig_signin_finished, timeout=20_000) as consent:
        smtp.signin_button.click()
    assert consent.args[0] is False
    assert smtp.signin_result.text().startswith("Votre organisation doit d’abord approuver Relance")
    assert store.get(SecretName.OAUTH_REFRESH_TOKEN) is None

    oauth_server.script(authorize=[{"error": "access_denied", "error_description": "The user cancelled."}])
    with qtbot.waitSignal(smtp.sig_signin_finished, timeout=20_000) as cancelled:
        smtp.signin_button.click()
    assert cancelled.args[1].startswith("La connexion a été annulée")

    smtp.sign_in.open_url = lambda _url: None  # the user never finishes in the browser, then gives up
    with qtbot.waitSignal(smtp.sig_signin_finished, timeout=20_000) as stopped:
        smtp.signin_button.click()
        smtp.signin_button.click()  # « cliquez de nouveau pour annuler »
    assert stopped.args[1].startswith("La connexion a été annulée")

    smtp.choose_provider("microsoft365")  # this build has no Microsoft registration
    with qtbot.waitSignal(smtp.sig_signin_finished, timeout=5_000) as missing:
        smtp.signin_button.click()
    assert "n’a pas d’identifiant d’application Microsoft 365" in missing.args[1]
    assert "mot de passe d’application" in missing.args[1]
