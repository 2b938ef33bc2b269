"""Paramètres › Envoi (SMTP): the server that sends the emails, the sender and the signature.

An empty server means local mode (messages become ``.eml`` files in the outbox folder). The password goes to
the keyring only; an empty password field keeps the stored one. « Envoyer un message de test » sends to the
sender's own address in the background and shows the server's exact answer. The form is
``ui/settings/smtp_page.ui``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.gui.generated.settings.ui_smtp_page import Ui_SmtpPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.secrets import SecretName, SecretStore


class SmtpPage(SettingsPage):
    """The SMTP server, the sender identity and the test message."""

    sig_test_finished = Signal(bool, str)  # ok, the server's answer

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
        for value, label in (("starttls", self.tr("STARTTLS (port 587)")), ("ssl", self.tr("SSL/TLS (port 465)")),
                             ("none", self.tr("Aucune (déconseillé)"))):
            self.security.addItem(label, value)
        self.host.setText(settings.smtp_host)
        self.port.setValue(settings.smtp_port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.smtp_security)))
        self.user.setText(settings.smtp_user)
        self.sender_name.setText(settings.sender_name)
        self.sender_address.setText(settings.sender_address)
        self.signature.setPlainText(settings.sender_signature)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        show_secret_state(store, [(self.password, self._secret_name())])

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.SMTP_PASSWORD

    # Page ---------------------------------------------------------------------------------
    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings, smtp_host=self.host.text().strip(), smtp_port=self.port.value(),
            smtp_security=str(self.security.currentData()), smtp_user=self.user.text().strip(),
            sender_name=self.sender_name.text().strip(), sender_address=self.sender_address.text().strip(),
            sender_signature=self.signature.toPlainText().rstrip())

    def secrets(self) -> list[tuple[SecretName, str]]:
        return [(self._secret_name(), self.password.text())] if self.password.text() else []

    def problem(self) -> Problem | None:
        return None

    # Test message -------------------------------------------------------------------------
    @Slot()
    def on_test_button_clicked(self) -> None:
        """Send a test message to the sender's own address (in the background)."""
        from desktop.services.mail.transport import send_test_message
        from desktop.services.mail.wiring import smtp_settings

        settings = self.apply(self.base)
        if not settings.smtp_host or not settings.sender_address:
            self._show_test(False, self.tr("Indiquez le serveur et l’adresse de l’expéditeur."))
            return
        password = typed_or_stored(self.store, self.password, self._secret_name()) if settings.smtp_user else None
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Envoi du message de test…"))

        def work() -> tuple[bool, str]:
            result = send_test_message(smtp_settings(settings), password or None, settings.sender_address,
                                       settings.sender_address)
            return result.ok, result.answer

        run_check(self.runner, work, self._show_test)

    def _show_test(self, ok: bool, answer: str) -> None:
        self.test_button.setEnabled(True)
        text = (self.tr("Message de test envoyé à %1. Réponse du serveur : %2") if ok else
                self.tr("Échec. Réponse exacte du serveur : %2")).replace(
            "%1", self.sender_address.text().strip()).replace("%2", answer)
        self.test_result.setText(text)
        set_role(self.test_result, "" if ok else "error")
        self.sig_test_finished.emit(ok, answer)
