"""Paramètres › Envoi (SMTP): the address, its provider, the sign-in, the server, the sender and the Sent folder.

The address comes first: typing it proposes its provider (by its domain, else by the MX records of a custom
domain when the machine can read them, in the background) unless one was chosen. A provider's preset fills the
servers of this page and of the reply mailbox (host, port, security) and the sign-in method; its note says what
to do in French. Microsoft 365 and Google sign in through the browser (:mod:`~desktop.gui.settings.mail_signin`):
the signed-in address is shown with « Se déconnecter »; the others, and Google's app passwords, use the
password field (to the keyring only; an empty field keeps the stored one). An empty server means local mode.

The Sent folder's choice says which behaviour applies (:func:`~desktop.services.mail.wiring.sent_copy_mode`).
« Tester la connexion » walks every step of sending and of the reply mailbox and says which failed
(:func:`~desktop.services.mail.connection_check.check_mail`); « Envoyer un message de test » sends to the
sender's own address. Both run in the background. The form is ``ui/settings/smtp_page.ui``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from desktop.gui.generated.settings.ui_smtp_page import Ui_SmtpPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Op, Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.gui.settings.mail_signin import SignIn
from desktop.gui.settings.signin_texts import provider_name, provider_note, sent_copy_text, signin_text, step_name
from desktop.services.mail.providers import PRESETS, Preset, mx_hosts, preset, provider_for
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.mail.connection_check import Step
    from desktop.services.secrets import SecretName, SecretStore


class SmtpPage(SettingsPage):
    """The address, provider and sign-in, the SMTP server, the sender, the Sent folder and the checks."""

    sig_test_finished = Signal(bool, str)  # ok, the server's answer
    sig_check_finished = Signal(bool, str)  # ok, the steps in words
    sig_signin_finished = Signal(bool, str)  # ok, the address signed in or the problem in words
    sig_preset_applied = Signal(object)  # the Preset whose servers were filled in
    sig_auth_changed = Signal(str, str)  # the sign-in method, the address signed in
    sig_guessed = Signal(str)  # the preset id proposed for the address ("" for none)

    def __init__(self, settings: Settings, store: SecretStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_SmtpPage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self.store, self.runner, self.base = store, runner, settings
        f = self.form
        self.host, self.port, self.security, self.user = f.host, f.port, f.security, f.user
        self.password, self.sender_name, self.sender_address = f.smtp_password, f.sender_name, f.sender_address
        self.signature, self.test_button, self.test_result = f.signature, f.smtp_test, f.smtp_test_result
        self.provider, self.provider_note, self.auth = f.provider, f.provider_note, f.auth
        self.signin_button, self.signout_button, self.account = f.signin_button, f.signout_button, f.account
        self.signin_result, self.sent_copy, self.sent_copy_note = f.signin_result, f.sent_copy, f.sent_copy_note
        self.check_button = f.mail_check
        #: The reply mailbox's page (its settings join the checks and the Sent folder's note).
        self.imap_settings: Callable[[Settings], Settings] = lambda s: s
        #: The reply mailbox's password, typed or stored.
        self.imap_password: Callable[[], str] = lambda: ""
        #: Reads a domain's MX hosts (tests point it at their DNS server).
        self.resolve: Callable[[str], Sequence[str]] = mx_hosts
        self.sign_in = SignIn(store, self)
        for value, label in (("starttls", self.tr("STARTTLS (port 587)")), ("ssl", self.tr("SSL/TLS (port 465)")),
                             ("none", self.tr("Aucune (déconseillé)"))):
            self.security.addItem(label, value)
        self.provider.addItem(self.tr("Choisissez votre fournisseur…"), "")
        for found in PRESETS:
            self.provider.addItem(provider_name(found.id, found.name), found.id)
        for value, label in (("auto", self.tr("Automatique (selon le fournisseur)")),
                             ("append", self.tr("Toujours déposer une copie")), ("never", self.tr("Jamais"))):
            self.sent_copy.addItem(label, value)
        for label in (self.provider_note, self.sent_copy_note, self.signin_result, self.account):
            set_role(label, "hint")
        self._oauth_account = settings.oauth_account
        self._guess_timer = QTimer(self, singleShot=True, interval=600)
        self._guess_timer.timeout.connect(self.on_guess_timer_timeout)
        self._guess_generation = 0

        self.sender_address.setText(settings.sender_address)
        self.provider.setCurrentIndex(max(0, self.provider.findData(settings.mail_provider)))
        self.host.setText(settings.smtp_host)
        self.port.setValue(settings.smtp_port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.smtp_security)))
        self.user.setText(settings.smtp_user)
        self.sender_name.setText(settings.sender_name)
        self.signature.setPlainText(settings.sender_signature)
        self.sent_copy.setCurrentIndex(max(0, self.sent_copy.findData(settings.sent_copy)))
        self._fill_auth(preset(settings.mail_provider), settings.smtp_auth)
        self.signin_result.hide()

        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.provider.activated.connect(self.on_provider_activated)
        self.auth.currentIndexChanged.connect(self.on_auth_changed)
        self.signin_button.clicked.connect(self.on_signin_button_clicked)
        self.signout_button.clicked.connect(self.on_signout_button_clicked)
        self.sender_address.textEdited.connect(lambda _text: self._guess_timer.start())
        self.sent_copy.currentIndexChanged.connect(lambda _i: self.update_sent_copy_note())
        self.host.textChanged.connect(lambda _t: self.update_sent_copy_note())
        self.sign_in.sig_signed_in.connect(self.on_signed_in)
        self.sign_in.sig_failed.connect(self.on_signin_failed)
        show_secret_state(store, [(self.password, self._secret_name())])
        self._show_auth()

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.SMTP_PASSWORD

    # Page ---------------------------------------------------------------------------------
    def preset(self) -> Preset:
        """The provider chosen (``other`` when none)."""
        return preset(str(self.provider.currentData() or ""))

    def auth_method(self) -> str:
        """``oauth`` (the provider's sign-in) or ``password``."""
        return str(self.auth.currentData() or "password")

    def apply(self, settings: Settings) -> Settings:
        oauth = self.auth_method() == "oauth"
        return dataclasses.replace(
            settings, smtp_host=self.host.text().strip(), smtp_port=self.port.value(),
            smtp_security=str(self.security.currentData()), smtp_user=self.user.text().strip(),
            sender_name=self.sender_name.text().strip(), sender_address=self.sender_address.text().strip(),
            sender_signature=self.signature.toPlainText().rstrip(), mail_provider=str(self.provider.currentData()),
            smtp_auth=self.auth_method(), imap_auth=self.auth_method(),
            oauth_account=self._oauth_account if oauth else "", sent_copy=str(self.sent_copy.currentData()))

    def secrets(self) -> list[tuple[SecretName, str]]:
        if self.auth_method() == "oauth":
            return []
        return [(self._secret_name(), self.password.text())] if self.password.text() else []

    def problem(self) -> Problem | None:
        if self.auth_method() == "oauth" and self.host.text().strip() and not self.user.text().strip():
            return Problem(self.tr("Connectez-vous avec votre compte, ou choisissez la connexion par mot de passe."),
                           self.signin_button)
        return None

    # Provider and sign-in method -----------------------------------------------------------
    def _fill_auth(self, chosen: Preset, method: str) -> None:
        self.auth.blockSignals(True)
        self.auth.clear()
        if chosen.oauth is not None:
            self.auth.addItem(self.tr("Compte %1 (recommandé)").replace(
                "%1", "Microsoft" if chosen.oauth == "microsoft" else "Google"), "oauth")
        self.auth.addItem(self.tr("Mot de passe d’application") if chosen.app_password else self.tr("Mot de passe"),
                          "password")
        self.auth.setCurrentIndex(max(0, self.auth.findData(method)))
        self.auth.blockSignals(False)

    def choose_provider(self, preset_id: str) -> None:
        """Choose a provider and fill its servers in (what picking it in the list does)."""
        self.provider.setCurrentIndex(max(0, self.provider.findData(preset_id)))
        self.on_provider_activated(self.provider.currentIndex())

    @Slot(int)
    def on_provider_activated(self, _index: int) -> None:
        """Fill in the chosen provider's servers and sign-in method (« Autre » leaves them as typed)."""
        chosen = self.preset()
        if chosen.smtp is not None:
            self.host.setText(chosen.smtp.host)
            self.port.setValue(chosen.smtp.port)
            self.security.setCurrentIndex(max(0, self.security.findData(chosen.smtp.security)))
        if not self.user.text().strip() and chosen.smtp is not None:
            self.user.setText(self.sender_address.text().strip())
        self._fill_auth(chosen, chosen.sign_in)
        self._show_auth()
        self.sig_preset_applied.emit(chosen)

    @Slot(int)
    def on_auth_changed(self, _index: int) -> None:
        self._show_auth()

    def _show_auth(self) -> None:
        chosen, oauth = self.preset(), self.auth_method() == "oauth"
        self.provider_note.setText(provider_note(chosen.id, chosen.name) if self.provider.currentData() else "")
        self.provider_note.setVisible(bool(self.provider.currentData()))
        who = "Microsoft" if chosen.oauth == "microsoft" else "Google"
        self.signin_button.setText(self.tr("Se connecter avec %1").replace("%1", who))
        signed = oauth and bool(self._oauth_account) and self.sign_in.signed_in()
        self.signin_button.setVisible(oauth and not signed)
        self.signout_button.setVisible(signed)
        self.account.setVisible(signed)
        self.account.setText(self.tr("Connecté : %1").replace("%1", self._oauth_account) if signed else "")
        self.password.setEnabled(not oauth and self.store.available)
        self.form.label_password.setEnabled(not oauth)
        self.sig_auth_changed.emit(self.auth_method(), self._oauth_account if signed else "")
        self.update_sent_copy_note()

    def update_sent_copy_note(self) -> None:
        """Say which behaviour applies to the Sent folder with what is typed."""
        from desktop.services.mail.wiring import sent_copy_mode

        self.sent_copy_note.setText(sent_copy_text(sent_copy_mode(self.imap_settings(self.apply(self.base)))))

    # Proposing the provider of the address --------------------------------------------------
    @Slot()
    def on_guess_timer_timeout(self) -> None:
        """Propose the provider of the address typed (the MX lookup in the background), unless one is chosen."""
        address = self.sender_address.text().strip()
        if self.provider.currentData() or "@" not in address:
            return
        self._guess_generation += 1
        generation, resolve = self._guess_generation, self.resolve
        Op(lambda _p: provider_for(address, resolve=resolve)).success(
            lambda guess: self._guessed(generation, address, guess)).failure(
            lambda _exc: self.sig_guessed.emit("")).run_in_background(self.runner)

    def _guessed(self, generation: int, address: str, guess: Any) -> None:
        if not isValid(self) or generation != self._guess_generation or self.provider.currentData():
            return  # typed further, or chosen meanwhile
        if guess is None:
            self.sig_guessed.emit("")
            return
        self.choose_provider(guess.preset.id)
        domain = address.rpartition("@")[2]
        self.provider_note.setText((self.tr("Proposé d’après l’adresse %1.") if guess.by == "domain" else
                                    self.tr("Proposé d’après les serveurs de messagerie (MX) de %1.")).replace(
            "%1", domain) + " " + self.provider_note.text())
        self.sig_guessed.emit(guess.preset.id)

    # Sign-in ------------------------------------------------------------------------------
    @Slot()
    def on_signin_button_clicked(self) -> None:
        """Sign in through the browser (or stop waiting for it)."""
        if self.sign_in.running:
            self.sign_in.stop()
            return
        dialog = self.window()
        if isinstance(dialog, QDialog):
            dialog.finished.connect(self.sign_in.stop)
        self._say_signin(self.tr("Terminez la connexion dans votre navigateur… (cliquez de nouveau pour annuler)"),
                         "hint")
        self.sign_in.start(self.imap_settings(self.apply(self.base)))

    @Slot(str)
    def on_signed_in(self, account: str) -> None:
        self._oauth_account = account
        self.user.setText(account)
        self._say_signin(self.tr("Connexion réussie : Relance enverra avec le compte %1.").replace("%1", account),
                         "success")
        self._show_auth()
        self.sig_signin_finished.emit(True, account)

    @Slot(object)
    def on_signin_failed(self, problem: object) -> None:
        words = signin_text(problem)
        self._say_signin(words, "error")
        self.sig_signin_finished.emit(False, words)

    @Slot()
    def on_signout_button_clicked(self) -> None:
        """Forget the sign-in: the refresh token leaves the keyring, the access token the memory."""
        refused = self.sign_in.sign_out()
        if refused is None:
            self._oauth_account = ""
        self._say_signin(refused or self.tr("Déconnecté : Relance ne peut plus envoyer avec ce compte."),
                         "error" if refused else "hint")
        self._show_auth()

    def _say_signin(self, text: str, role: str) -> None:
        self.signin_result.setText(text)
        self.signin_result.setVisible(bool(text))
        set_role(self.signin_result, role)

    # Connection check and test message --------------------------------------------------
    def _passwords(self, settings: Settings) -> tuple[str | None, str]:
        smtp = typed_or_stored(self.store, self.password, self._secret_name()) if settings.smtp_user else None
        return smtp or None, self.imap_password() if settings.imap_auth == "password" else ""

    @Slot()
    def on_check_button_clicked(self) -> None:
        """Walk every step of sending and of the reply mailbox (in the background) and say which failed."""
        from desktop.services.mail.connection_check import check_mail

        settings = self.imap_settings(self.apply(self.base))
        if not settings.smtp_host and not settings.imap_host:
            self._show_result(False, self.tr("Indiquez le serveur d’envoi, ou choisissez votre fournisseur."))
            return
        smtp_password, imap_password = self._passwords(settings)
        self.check_button.setEnabled(False)
        set_role(self.test_result, "")
        self.test_result.setText(self.tr("Vérification de la connexion…"))

        def work() -> tuple[bool, str]:
            steps = check_mail(settings, self.store, smtp_password=smtp_password, imap_password=imap_password)
            return bool(steps) and steps[-1].ok, self._steps_text(steps)

        def done(ok: bool, text: str) -> None:
            self.check_button.setEnabled(True)
            self._show_result(ok, text)
            self.sig_check_finished.emit(ok, text)

        run_check(self.runner, work, done)

    def _steps_text(self, steps: Sequence[Step]) -> str:
        lines = []
        for step in steps:
            if step.ok:
                extra = f" ({step.words})" if step.key == "imap_sent" and step.words else ""
                lines.append(self.tr("✓ %1 : réussi").replace("%1", step_name(step.key)) + extra)
            else:
                lines.append(self.tr("✗ %1 : échec. %2").replace("%1", step_name(step.key)).replace(
                    "%2", signin_text(step.words) if step.key != "imap_sent" else
                    self.tr("aucun dossier « Envoyés » trouvé : indiquez son nom dans l’onglet Réponses.")))
        return "\n".join(lines)

    def _show_result(self, ok: bool, text: str) -> None:
        self.test_result.setText(text)
        set_role(self.test_result, "success" if ok else "error")

    @Slot()
    def on_test_button_clicked(self) -> None:
        """Send a test message to the sender's own address (in the background)."""
        from desktop.services.mail.connection_check import send_test_message
        from desktop.services.mail.wiring import lazy_tokens, smtp_settings

        settings = self.apply(self.base)
        if not settings.smtp_host or not settings.sender_address:
            self._show_test(False, self.tr("Indiquez le serveur et l’adresse de l’expéditeur."))
            return
        password, _imap = self._passwords(settings)
        token = lazy_tokens(settings, self.store, None, None) if settings.smtp_auth == "oauth" else None
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Envoi du message de test…"))

        def work() -> tuple[bool, str]:
            result = send_test_message(smtp_settings(settings), password, settings.sender_address,
                                       settings.sender_address, token=token)
            return result.ok, result.answer

        run_check(self.runner, work, self._show_test)

    def _show_test(self, ok: bool, answer: str) -> None:
        self.test_button.setEnabled(True)
        text = (self.tr("Message de test envoyé à %1. Réponse du serveur : %2") if ok else
                self.tr("Échec. Réponse exacte du serveur : %2")).replace(
            "%1", self.sender_address.text().strip()).replace("%2", signin_text(answer))
        self.test_result.setText(text)
        set_role(self.test_result, "" if ok else "error")
        self.sig_test_finished.emit(ok, answer)
