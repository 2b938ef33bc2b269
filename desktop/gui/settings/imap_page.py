"""Paramètres › Réponses (IMAP): the mailbox where replies are detected (the ``imap_*`` settings
:mod:`desktop.services.replies` reads).

An empty server turns the detection off; a server needs a login. The port follows the security unless it
was set by hand. A provider chosen in Paramètres › Envoi fills the server in (:meth:`ImapPage.apply_preset`), and
its sign-in is this mailbox's too (:meth:`ImapPage.set_auth`: no password then). The Sent folder, where Relance
files its copies, is found in the mailbox unless named here. « Tester la connexion » logs in and opens the
folder read-only in the background. The password goes to the keyring only. The form is
``ui/settings/imap_page.ui``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.gui.generated.settings.ui_imap_page import Ui_ImapPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.gui.settings.signin_texts import signin_text
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.mail.providers import Preset
    from desktop.services.secrets import SecretName, SecretStore

#: The usual port of each security.
USUAL_PORTS = {"ssl": 993, "starttls": 143, "none": 143}


class ImapPage(SettingsPage):
    """The reply mailbox and its connection test."""

    sig_imap_check_finished = Signal(bool, str)  # ok, the answer

    def __init__(self, settings: Settings, store: SecretStore, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_ImapPage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self.store, self.runner, self.base = store, runner, settings
        #: The provider chosen in Paramètres › Envoi (its sign-in is this mailbox's); None: the saved one.
        self.provider_id: Any = None
        f = self.form
        self.imap_host, self.imap_port, self.imap_security = f.imap_host, f.imap_port, f.imap_security
        self.imap_user, self.imap_password, self.imap_folder = f.imap_user, f.imap_password, f.imap_folder
        self.imap_check_button, self.imap_check_result = f.imap_check, f.imap_check_result
        self.imap_sent_folder = f.imap_sent_folder
        self.auth, self.account = settings.imap_auth, settings.oauth_account
        for value, label in (("ssl", self.tr("SSL/TLS (port 993)")), ("starttls", self.tr("STARTTLS (port 143)")),
                             ("none", self.tr("Aucune (déconseillé)"))):
            self.imap_security.addItem(label, value)
        self.imap_host.setText(settings.imap_host)
        self.imap_port.setValue(settings.imap_port)
        self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(settings.imap_security)))
        self.imap_user.setText(settings.imap_user)
        self.imap_folder.setText(settings.imap_folder)
        self.imap_sent_folder.setText(settings.imap_sent_folder)
        self.imap_security.currentIndexChanged.connect(self.on_imap_security_changed)
        self.imap_check_button.clicked.connect(self.on_imap_check_button_clicked)
        show_secret_state(store, [(self.imap_password, self._secret_name())])

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.IMAP_PASSWORD

    # Page ---------------------------------------------------------------------------------
    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings, imap_host=self.imap_host.text().strip(), imap_port=self.imap_port.value(),
            imap_security=str(self.imap_security.currentData()), imap_user=self.imap_user.text().strip(),
            imap_folder=self.imap_folder.text().strip() or "INBOX",
            imap_sent_folder=self.imap_sent_folder.text().strip())

    def password_typed_or_stored(self) -> str:
        """The password typed here, else the stored one."""
        return typed_or_stored(self.store, self.imap_password, self._secret_name())

    def apply_preset(self, chosen: Preset) -> None:
        """Fill in a provider's mailbox server (the login follows the address when empty)."""
        if chosen.imap is None:
            return
        self.imap_host.setText(chosen.imap.host)
        self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(chosen.imap.security)))
        self.imap_port.setValue(chosen.imap.port)

    def set_auth(self, method: str, account: str) -> None:
        """Follow the sending's sign-in: with ``oauth`` the mailbox signs in with the same account."""
        self.auth, self.account = method, account
        oauth = method == "oauth"
        self.imap_password.setEnabled(not oauth and self.store.available)
        self.form.label_imap_password.setEnabled(not oauth)
        if oauth:
            self.imap_password.setPlaceholderText(self.tr("connexion %1 (onglet Envoi)").replace(
                "%1", account or self.tr("au compte")))
        else:
            show_secret_state(self.store, [(self.imap_password, self._secret_name())])
        if oauth and account and not self.imap_user.text().strip() and self.imap_host.text().strip():
            self.imap_user.setText(account)

    def secrets(self) -> list[tuple[SecretName, str]]:
        if self.auth == "oauth":
            return []
        return [(self._secret_name(), self.imap_password.text())] if self.imap_password.text() else []

    def problem(self) -> Problem | None:
        """Why the reply mailbox cannot be used as typed (None when off or complete)."""
        if self.imap_host.text().strip() and not self.imap_user.text().strip():
            return Problem(self.tr("Indiquez l’identifiant de la boîte de réception (IMAP)."), self.imap_user)
        return None

    # Port and connection test -------------------------------------------------------------
    @Slot(int)
    def on_imap_security_changed(self, _index: int) -> None:
        """Follow the security with the usual port, unless the port was set to something else."""
        if self.imap_port.value() in USUAL_PORTS.values():
            self.imap_port.setValue(USUAL_PORTS.get(str(self.imap_security.currentData()), 993))

    @Slot()
    def on_imap_check_button_clicked(self) -> None:
        """Log in to the reply mailbox and open its folder read-only (in the background)."""
        settings = self.apply(self.base)
        if not settings.imap_host:
            self._show_imap_check(False, self.tr("Indiquez le serveur IMAP."))
            return
        problem = self.problem()
        if problem is not None:
            self._show_imap_check(False, problem.text)
            return
        password: Any = typed_or_stored(self.store, self.imap_password, self._secret_name())
        if self.auth == "oauth":
            from desktop.services.mail.wiring import lazy_tokens

            provider = self.provider_id() if self.provider_id is not None else self.base.mail_provider
            password = lazy_tokens(dataclasses.replace(settings, imap_auth="oauth", mail_provider=provider),
                                   self.store, None, None)
        elif not password:
            self._show_imap_check(False, self.tr("Indiquez le mot de passe (il sera gardé dans le trousseau)."))
            return
        self.imap_check_button.setEnabled(False)
        set_role(self.imap_check_result, "")
        self.imap_check_result.setText(self.tr("Connexion…"))

        def work() -> tuple[bool, str]:
            from desktop.services.imap_check import check_imap
            from desktop.services.mail.signin_problems import SignInFailure
            from desktop.services.replies import ImapAccount

            try:
                result = check_imap(ImapAccount(settings.imap_host, settings.imap_port, settings.imap_security,
                                                settings.imap_user, settings.imap_folder), password)
            except SignInFailure as failure:
                return False, str(failure.problem)
            return result.ok, result.answer if not result.ok else str(result.messages or 0)

        def done(ok: bool, answer: str) -> None:
            if ok:
                answer = self.tr("%n message(s) dans le dossier %1", "", int(answer)).replace(
                    "%1", settings.imap_folder)
            self._show_imap_check(ok, answer)

        run_check(self.runner, work, done)

    def _show_imap_check(self, ok: bool, answer: str) -> None:
        self.imap_check_button.setEnabled(True)
        self.imap_check_result.setText((self.tr("Connexion réussie : %1") if ok else
                                        self.tr("Échec de la connexion : %1")).replace("%1", signin_text(answer)))
        set_role(self.imap_check_result, "" if ok else "error")
        self.sig_imap_check_finished.emit(ok, answer)
