"""Paramètres › Messagerie et suivi: the mail pages in one dialog, for the menu and for the send dialog's link.

The SMTP server and sender (:mod:`~desktop.gui.settings.smtp_page`), the tracker and the tracking policy
(:mod:`~desktop.gui.settings.tracker_page`) and the reply mailbox (:mod:`~desktop.gui.settings.imap_page`), one
box each, as in the tabs of the settings window. Passwords and keys go to the keyring only; saving applies
the new settings to the live services at once, and only restarts what they changed
(:func:`~desktop.gui.settings.common.save_pages`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import SettingsPage, default_store, keyring_unavailable_text, save_pages
from desktop.gui.settings.imap_page import ImapPage
from desktop.gui.settings.smtp_page import SmtpPage
from desktop.gui.settings.tracker_page import TrackerPage
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.secrets import SecretStore


def mail_pages(ctx: GuiContext, store: SecretStore, runner: Runner,
               live: LiveServices | None) -> tuple[SmtpPage, TrackerPage, ImapPage]:
    """The three mail pages, the tracker's note following the SMTP server as it is typed."""
    smtp = SmtpPage(ctx.settings, store, runner)
    tracker = TrackerPage(ctx.settings, store, runner, live, local_mail=lambda: not smtp.host.text().strip())
    smtp.host.textChanged.connect(tracker.on_tracker_url_text_changed)
    imap = ImapPage(ctx.settings, store, runner)
    # the provider and the sign-in chosen for sending are the reply mailbox's too
    smtp.imap_settings = imap.apply
    smtp.imap_password = imap.password_typed_or_stored
    imap.provider_id = lambda: str(smtp.provider.currentData() or "")
    smtp.sig_preset_applied.connect(imap.apply_preset)
    smtp.sig_preset_applied.connect(lambda _preset: smtp.update_sent_copy_note())
    smtp.sig_auth_changed.connect(imap.set_auth)
    imap.imap_host.textChanged.connect(lambda _text: smtp.update_sent_copy_note())
    imap.set_auth(smtp.auth_method(), ctx.settings.oauth_account)
    smtp.update_sent_copy_note()
    return smtp, tracker, imap


class MailSettingsDialog(QDialog):
    """SMTP and sender, tracker and tracking policy, reply mailbox; secrets in the keyring."""

    sig_saved = Signal(object)  # the new Settings

    def __init__(self, ctx: GuiContext, live: LiveServices | None = None, parent: QWidget | None = None,
                 store: SecretStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_settings")
        self.setWindowTitle(self.tr("Messagerie et suivi"))
        self.ctx, self.live = ctx, live
        self.store = store or (live.store if live is not None else None) or default_store()
        self.runner = live.net_runner if live is not None else Runner()
        self.smtp, self.tracker, self.imap = mail_pages(ctx, self.store, self.runner, live)
        layout = QVBoxLayout(self)
        for page in self.pages():
            box = QGroupBox(page.title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(page)
            layout.addWidget(box)
        if not self.store.available:
            self.keyring_note = QLabel(keyring_unavailable_text())
            self.keyring_note.setWordWrap(True)
            set_role(self.keyring_note, "warning")
            layout.addWidget(self.keyring_note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def pages(self) -> list[SettingsPage]:
        return [self.smtp, self.tracker, self.imap]

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def on_save_requested(self) -> None:
        """Store secrets in the keyring, the rest in the settings file; apply to the live services."""
        for page in self.pages():
            problem = page.problem()
            if problem is not None:
                self._say(problem.text)
                if problem.widget is not None:
                    problem.widget.setFocus()
                return
        settings, refused = save_pages(self.ctx, self.pages(), self.store, self.live)
        if refused is not None:
            self._say(refused)
            return
        self.ctx.show_message(self.tr("Réglages enregistrés et appliqués.") if self.live is not None else
                              self.tr("Réglages enregistrés : ils s’appliqueront au prochain démarrage."))
        self.sig_saved.emit(settings)
        self.accept()
