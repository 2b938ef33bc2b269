"""Paramètres › Messagerie et suivi: the SMTP server, the sender, the tracker and the tracking policy, and
the IMAP mailbox where replies are detected (the ``imap_*`` settings :mod:`desktop.services.replies` reads).

Passwords and keys go to the keyring only (:class:`~desktop.services.secrets.SecretStore`), never to the
settings file or a log; a password field left empty keeps the stored secret. "Envoyer un message de test"
and the two "Tester la connexion" run in the background and show the server's exact answer. Saving applies
the new settings to the live services at once (reconnecting the tracker, restarting the sender).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.workers import Op, Runner
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.secrets import SecretStore


class MailSettingsDialog(QDialog):
    """SMTP, sender identity, tracker and tracking policy; secrets in the keyring."""

    sig_saved = Signal(object)  # the new Settings
    sig_test_finished = Signal(bool, str)  # ok, the server's answer
    sig_check_finished = Signal(bool, str)
    sig_imap_check_finished = Signal(bool, str)

    def __init__(self, ctx: GuiContext, live: LiveServices | None = None, parent: QWidget | None = None,
                 store: SecretStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_settings")
        self.setWindowTitle(self.tr("Messagerie et suivi"))
        self.ctx, self.live = ctx, live
        self.store = store or (live.store if live is not None else None) or _store()
        self.runner = live.net_runner if live is not None else Runner()
        s = ctx.settings

        self.host = QLineEdit(s.smtp_host)
        self.host.setPlaceholderText(self.tr("vide : mode local (fichiers .eml)"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(s.smtp_port)
        self.security = QComboBox()
        for value, label in (("starttls", self.tr("STARTTLS (port 587)")), ("ssl", self.tr("SSL/TLS (port 465)")),
                             ("none", self.tr("Aucune (déconseillé)"))):
            self.security.addItem(label, value)
        self.security.setCurrentIndex(max(0, self.security.findData(s.smtp_security)))
        self.user = QLineEdit(s.smtp_user)
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit(s.sender_name)
        self.sender_address = QLineEdit(s.sender_address)
        self.signature = QPlainTextEdit(s.sender_signature)
        self.signature.setMaximumHeight(80)
        self.test_button = QPushButton(self.tr("Envoyer un message de test"))
        self.test_button.setObjectName("smtp_test")
        self.test_result = QLabel()
        self.test_result.setObjectName("smtp_test_result")
        self.test_result.setWordWrap(True)
        self.test_button.clicked.connect(self.on_test_button_clicked)

        self.tracker_url = QLineEdit(s.tracker_url)
        self.tracker_url.setPlaceholderText(self.tr("vide : serveur de suivi intégré sur cet ordinateur"))
        self.api_key = QLineEdit()
        self.api_key.setObjectName("tracker_key")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton(self.tr("Tester la connexion"))
        self.check_button.setObjectName("tracker_check")
        self.check_result = QLabel()
        self.check_result.setObjectName("tracker_check_result")
        self.check_result.setWordWrap(True)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.tracker_note = QLabel()
        self.tracker_note.setObjectName("tracker_note")
        self.tracker_note.setWordWrap(True)
        self.tracker_url.textChanged.connect(self.on_tracker_url_text_changed)
        self.host.textChanged.connect(self.on_tracker_url_text_changed)
        self.policy = QComboBox()
        self.policy.setObjectName("tracking_policy")
        for value, label in (("default", self.tr("Par défaut : professionnels oui, particuliers avec consentement")),
                             ("always", self.tr("Toujours")), ("consent", self.tr("Avec consentement seulement")),
                             ("never", self.tr("Jamais"))):
            self.policy.addItem(label, value)
        self.policy.setCurrentIndex(max(0, self.policy.findData(s.tracking_policy)))

        self._build_imap(s)
        self._show_secret_state()
        self.on_tracker_url_text_changed()
        layout = QVBoxLayout(self)
        layout.addWidget(self._smtp_box())
        layout.addWidget(self._tracker_box())
        layout.addWidget(self._imap_box())
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("role", "warning")
        if not self.store.available:
            self.keyring_note.setText(self.tr("Aucun trousseau sûr n’est disponible : les mots de passe et clés ne "
                                              "peuvent pas être enregistrés. Les autres réglages le sont."))
            layout.addWidget(self.keyring_note)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _smtp_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Envoi des e-mails (SMTP)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Serveur :"), self.host)
        server = QHBoxLayout()
        server.addWidget(self.port)
        server.addWidget(self.security, 1)
        form.addRow(self.tr("Port et sécurité :"), server)
        form.addRow(self.tr("Identifiant :"), self.user)
        form.addRow(self.tr("Mot de passe :"), self.password)
        form.addRow(self.tr("Nom de l’expéditeur :"), self.sender_name)
        form.addRow(self.tr("Adresse de l’expéditeur :"), self.sender_address)
        form.addRow(self.tr("Signature :"), self.signature)
        form.addRow(self.test_button, self.test_result)
        return box

    def _tracker_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Suivi des ouvertures"))
        form = QFormLayout(box)
        form.addRow(self.tr("Adresse du serveur :"), self.tracker_url)
        form.addRow("", self.tracker_note)
        form.addRow(self.tr("Clé d’API :"), self.api_key)
        form.addRow(self.check_button, self.check_result)
        form.addRow(self.tr("Politique de suivi :"), self.policy)
        return box

    def _build_imap(self, s: Any) -> None:
        self.imap_host = QLineEdit(s.imap_host)
        self.imap_host.setObjectName("imap_host")
        self.imap_host.setPlaceholderText(self.tr("vide : pas de détection des réponses"))
        self.imap_port = QSpinBox()
        self.imap_port.setObjectName("imap_port")
        self.imap_port.setRange(1, 65535)
        self.imap_port.setValue(s.imap_port)
        self.imap_security = QComboBox()
        self.imap_security.setObjectName("imap_security")
        for value, label in (("ssl", self.tr("SSL/TLS (port 993)")), ("starttls", self.tr("STARTTLS (port 143)")),
                             ("none", self.tr("Aucune (déconseillé)"))):
            self.imap_security.addItem(label, value)
        self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(s.imap_security)))
        self.imap_security.currentIndexChanged.connect(self.on_imap_security_changed)
        self.imap_user = QLineEdit(s.imap_user)
        self.imap_user.setObjectName("imap_user")
        self.imap_password = QLineEdit()
        self.imap_password.setObjectName("imap_password")
        self.imap_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.imap_folder = QLineEdit(s.imap_folder)
        self.imap_folder.setObjectName("imap_folder")
        self.imap_folder.setPlaceholderText("INBOX")
        self.imap_check_button = QPushButton(self.tr("Tester la connexion"))
        self.imap_check_button.setObjectName("imap_check")
        self.imap_check_result = QLabel()
        self.imap_check_result.setObjectName("imap_check_result")
        self.imap_check_result.setWordWrap(True)
        self.imap_check_button.clicked.connect(self.on_imap_check_button_clicked)

    def _imap_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Détection des réponses (IMAP)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Serveur :"), self.imap_host)
        server = QHBoxLayout()
        server.addWidget(self.imap_port)
        server.addWidget(self.imap_security, 1)
        form.addRow(self.tr("Port et sécurité :"), server)
        form.addRow(self.tr("Identifiant :"), self.imap_user)
        form.addRow(self.tr("Mot de passe :"), self.imap_password)
        form.addRow(self.tr("Dossier lu :"), self.imap_folder)
        form.addRow(self.imap_check_button, self.imap_check_result)
        return box

    def _show_secret_state(self) -> None:
        from desktop.services.secrets import SecretName, SecretsError

        for edit, name in ((self.password, SecretName.SMTP_PASSWORD), (self.api_key, SecretName.TRACKER_API_KEY),
                           (self.imap_password, SecretName.IMAP_PASSWORD)):
            edit.setEnabled(self.store.available)
            try:
                stored = self.store.get(name) is not None
            except SecretsError:
                stored = False
            edit.setPlaceholderText(self.tr("enregistré dans le trousseau (laisser vide pour le garder)")
                                    if stored else "")

    # Values ---------------------------------------------------------------------------------
    def values(self) -> Any:
        """The settings as typed (secrets excluded)."""
        return dataclasses.replace(
            self.ctx.settings, smtp_host=self.host.text().strip(), smtp_port=self.port.value(),
            smtp_security=str(self.security.currentData()), smtp_user=self.user.text().strip(),
            sender_name=self.sender_name.text().strip(), sender_address=self.sender_address.text().strip(),
            sender_signature=self.signature.toPlainText().rstrip(), tracker_url=self.tracker_url.text().strip(),
            tracking_policy=str(self.policy.currentData()), imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(), imap_security=str(self.imap_security.currentData()),
            imap_user=self.imap_user.text().strip(), imap_folder=self.imap_folder.text().strip() or "INBOX")

    def _password(self) -> str | None:
        from desktop.services.secrets import SecretName

        typed = self.password.text()
        return typed or self.store.get(SecretName.SMTP_PASSWORD)

    def _run(self, work: Callable[[], tuple[bool, str]], done: Callable[[bool, str], None]) -> None:
        Op(lambda _p: work()).success(lambda r: done(*r)).failure(
            lambda exc: done(False, str(exc))).run_in_background(self.runner)

    @Slot()
    def on_test_button_clicked(self) -> None:
        """Send a test message to the sender's own address (in the background)."""
        from desktop.services.mail.transport import send_test_message
        from desktop.services.mail.wiring import smtp_settings

        settings = self.values()
        if not settings.smtp_host or not settings.sender_address:
            self._show_test(False, self.tr("Indiquez le serveur et l’adresse de l’expéditeur."))
            return
        password = self._password() if settings.smtp_user else None
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Envoi du message de test…"))

        def work() -> tuple[bool, str]:
            result = send_test_message(smtp_settings(settings), password, settings.sender_address,
                                       settings.sender_address)
            return result.ok, result.answer

        self._run(work, self._show_test)

    def _show_test(self, ok: bool, answer: str) -> None:
        self.test_button.setEnabled(True)
        text = (self.tr("Message de test envoyé à %1. Réponse du serveur : %2") if ok else
                self.tr("Échec. Réponse exacte du serveur : %2")).replace(
            "%1", self.sender_address.text().strip()).replace("%2", answer)
        self.test_result.setText(text)
        self.test_result.setProperty("role", "" if ok else "error")
        self.sig_test_finished.emit(ok, answer)

    def tracker_problem(self) -> str | None:
        """Why real emails would leave without tracker links with the address and server as typed, or None."""
        from desktop.services.tracking.reach import message_links

        url = self.tracker_url.text().strip()
        local_mail = not self.host.text().strip()
        return message_links(url or "http://127.0.0.1", embedded=not url, local_mail=local_mail).problem

    @Slot()
    def on_tracker_url_text_changed(self) -> None:
        """Say, as the address is typed, whether real emails will carry tracker links, and how to get them."""
        from desktop.gui.kit.problems import no_links_text

        problem = self.tracker_problem()
        if problem is not None:
            self.tracker_note.setText(no_links_text(problem))
            self.tracker_note.setProperty("role", "warning")
        elif not self.tracker_url.text().strip():
            self.tracker_note.setText(self.tr("Démonstration : le serveur de suivi intégré tourne sur cet "
                                              "ordinateur ; seuls les messages du dossier local portent ses liens."))
            self.tracker_note.setProperty("role", "muted")
        else:
            self.tracker_note.setText(self.tr("Adresse publique en HTTPS : vérifiez-la avec « Tester la "
                                              "connexion »."))
            self.tracker_note.setProperty("role", "muted")
        self.tracker_note.style().unpolish(self.tracker_note)
        self.tracker_note.style().polish(self.tracker_note)

    @Slot()
    def on_check_button_clicked(self) -> None:
        """Reach the tracker and prove the key (in the background); say when its links cannot reach clients."""
        from desktop.gui.kit.problems import problem_text
        from desktop.services.secrets import SecretName
        from desktop.services.tracking.reach import public_tracker_problem

        typed = self.tracker_url.text().strip()
        url = typed or (self.live.tracker_base_url if self.live is not None else "") or ""
        key = self.api_key.text() or self.store.get(SecretName.TRACKER_API_KEY) or ""
        if not url:
            self._show_check(False, self.tr("Le serveur de suivi intégré n’est pas encore démarré."))
            return
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Connexion…"))

        problem = public_tracker_problem(url) if typed else None
        warning = "" if problem is None else self.tr(" Mais %1 : les e-mails réels partiront sans suivi.").replace(
            "%1", problem_text(problem))

        def work() -> tuple[bool, str]:
            from desktop.services.tracking.client import TrackerClient

            client = TrackerClient(url, key, timeout=10.0)
            try:
                return True, client.check() + warning
            finally:
                client.close()

        self._run(work, self._show_check)

    def _show_check(self, ok: bool, answer: str) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText((self.tr("Connexion réussie : %1") if ok else
                                   self.tr("Échec de la connexion : %1")).replace("%1", answer))
        self.sig_check_finished.emit(ok, answer)

    @Slot(int)
    def on_imap_security_changed(self, _index: int) -> None:
        """Follow the security with the usual port, unless the port was set to something else."""
        usual = {"ssl": 993, "starttls": 143, "none": 143}
        if self.imap_port.value() in usual.values():
            self.imap_port.setValue(usual.get(str(self.imap_security.currentData()), 993))

    def _imap_problem(self) -> str | None:
        """Why the reply mailbox cannot be used as typed (None when off or complete)."""
        if not self.imap_host.text().strip():
            return None
        if not self.imap_user.text().strip():
            return self.tr("Indiquez l’identifiant de la boîte de réception (IMAP).")
        return None

    @Slot()
    def on_imap_check_button_clicked(self) -> None:
        """Log in to the reply mailbox and open its folder read-only (in the background)."""
        from desktop.services.secrets import SecretName, SecretsError

        settings = self.values()
        if not settings.imap_host:
            self._show_imap_check(False, self.tr("Indiquez le serveur IMAP."))
            return
        problem = self._imap_problem()
        if problem is not None:
            self._show_imap_check(False, problem)
            return
        try:
            password = self.imap_password.text() or self.store.get(SecretName.IMAP_PASSWORD) or ""
        except SecretsError:
            password = ""
        if not password:
            self._show_imap_check(False, self.tr("Indiquez le mot de passe (il sera gardé dans le trousseau)."))
            return
        self.imap_check_button.setEnabled(False)
        self.imap_check_result.setProperty("role", "")
        self.imap_check_result.setText(self.tr("Connexion…"))

        def work() -> tuple[bool, str]:
            from desktop.services.imap_check import check_imap
            from desktop.services.replies import ImapAccount

            result = check_imap(ImapAccount(settings.imap_host, settings.imap_port, settings.imap_security,
                                            settings.imap_user, settings.imap_folder), password)
            return result.ok, result.answer if not result.ok else str(result.messages or 0)

        def done(ok: bool, answer: str) -> None:
            if ok:
                answer = self.tr("%n message(s) dans le dossier %1", "", int(answer)).replace(
                    "%1", settings.imap_folder)
            self._show_imap_check(ok, answer)

        self._run(work, done)

    def _show_imap_check(self, ok: bool, answer: str) -> None:
        self.imap_check_button.setEnabled(True)
        self.imap_check_result.setText((self.tr("Connexion réussie : %1") if ok else
                                        self.tr("Échec de la connexion : %1")).replace("%1", answer))
        self.imap_check_result.setProperty("role", "" if ok else "error")
        self.sig_imap_check_finished.emit(ok, answer)

    # Saving ---------------------------------------------------------------------------------
    @Slot()
    def on_save_requested(self) -> None:
        """Store secrets in the keyring, the rest in the settings file; apply to the live services."""
        from desktop.services.secrets import SecretName, SecretsError, SecretsUnavailable

        problem = self._imap_problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            self.imap_user.setFocus()
            return
        settings = self.values()
        try:
            for edit, name in ((self.password, SecretName.SMTP_PASSWORD),
                               (self.api_key, SecretName.TRACKER_API_KEY),
                               (self.imap_password, SecretName.IMAP_PASSWORD)):
                if edit.text():
                    self.store.set(name, edit.text())
        except (SecretsError, SecretsUnavailable):
            self.error.setText(self.tr("Le trousseau a refusé d’enregistrer le mot de passe ou la clé : rien "
                                       "n’a été enregistré. Déverrouillez le trousseau puis réessayez."))
            self.error.show()
            return
        settings.save()
        self.ctx.settings = settings
        if self.live is not None:
            self.live.apply_settings(settings)
            self.ctx.show_message(self.tr("Réglages enregistrés et appliqués."))
        else:
            self.ctx.show_message(self.tr("Réglages enregistrés : ils s’appliqueront au prochain démarrage."))
        self.sig_saved.emit(settings)
        self.accept()


def _store() -> SecretStore:
    from desktop.services.secrets import SecretStore, check_keyring

    return SecretStore(check_keyring())
