"""Paramètres › Tous les paramètres (Ctrl+,): every setting in one tabbed window, saying which need a restart.

One page per tab, each in its own module: the company and the quote numbering
(:mod:`~desktop.gui.settings.company_page`, whose buttons open the seller identity and the quote designs), the
sending server (:mod:`~desktop.gui.settings.smtp_page`), the tracker (:mod:`~desktop.gui.settings.tracker_page`),
the reply mailbox (:mod:`~desktop.gui.settings.imap_page`), the custom fields
(:mod:`~desktop.gui.settings.custom_fields_page`: each change applies at once as an undoable edit), the team
database (:mod:`~desktop.gui.settings.team_page`) and the language (:mod:`~desktop.gui.settings.language_page`).
« Enregistrer » saves every page; the numbering and the mail settings apply at once, the database and the
language at the next start, and the window says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import SettingsPage, default_store, keyring_unavailable_text, save_pages
from desktop.gui.settings.company_page import CompanyPage
from desktop.gui.settings.custom_fields_page import CustomFieldsPage
from desktop.gui.settings.language_page import LanguagePage
from desktop.gui.settings.mail import mail_pages
from desktop.gui.settings.seal_page import SealPage
from desktop.gui.settings.team_page import TeamPage
from desktop.gui.shell.context import GuiContext
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.secrets import SecretStore

__all__ = ["SettingsWindow"]


class SettingsWindow(QDialog):
    """One window for every setting; ``sig_saved`` carries the new settings."""

    sig_saved = Signal(object)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, live: LiveServices | None = None,
                 store: SecretStore | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.live = ctx, live
        self.setObjectName("settings_window")
        self.setWindowTitle(self.tr("Tous les paramètres"))
        self.resize(960, 600)  # the eight tabs side by side
        self.store = store or (live.store if live is not None else None) or default_store()
        self.runner = live.net_runner if live is not None else Runner()
        self.company = CompanyPage(ctx.settings, lambda: ctx.clock().date())
        self.smtp, self.tracker, self.imap = mail_pages(ctx, self.store, self.runner, live)
        self.custom_fields = CustomFieldsPage(ctx)
        self.team = TeamPage(ctx.settings, self.store, self.runner)
        self.seal = SealPage(ctx.settings, self.store, self.runner)
        self.language = LanguagePage(ctx.settings)
        self.tabs = QTabWidget()
        for page, label in ((self.company, self.tr("Société et devis")), (self.smtp, self.tr("Envoi (SMTP)")),
                            (self.tracker, self.tr("Suivi")), (self.imap, self.tr("Réponses (IMAP)")),
                            (self.custom_fields, self.tr("Champs personnalisés")),
                            (self.seal, self.tr("Signature")),
                            (self.team, self.tr("Base d’équipe")), (self.language, self.tr("Langue"))):
            self.tabs.addTab(page, label)
        self.company.seller_button.clicked.connect(self.on_seller_button_clicked)
        self.company.templates_button.clicked.connect(self.on_templates_button_clicked)
        self.company.pattern.textChanged.connect(self._update_save)
        self.company.invoice_pattern.textChanged.connect(self._update_save)
        self.team.sig_changed.connect(self._update_save)
        self.seal.sig_changed.connect(self._update_save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        if not self.store.available:
            self.keyring_note = QLabel(keyring_unavailable_text())
            self.keyring_note.setWordWrap(True)
            set_role(self.keyring_note, "warning")
            layout.addWidget(self.keyring_note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_requested)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_save()

    def pages(self) -> list[SettingsPage]:
        """The pages saved by « Enregistrer » (the custom fields apply at once)."""
        return [self.company, self.smtp, self.tracker, self.imap, self.seal, self.team, self.language]

    def _update_save(self) -> None:
        self.save_button.setEnabled(all(page.problem() is None for page in (self.company, self.team, self.seal)))

    # Sub-dialogs --------------------------------------------------------------------------
    @Slot()
    def on_seller_button_clicked(self) -> None:
        from desktop.gui.settings.seller import SellerSettings

        self.seller_settings = SellerSettings(self.ctx, self)
        self.seller_settings.open()

    @Slot()
    def on_templates_button_clicked(self) -> None:
        from desktop.gui.quotes.template_editor import TemplateManagerDialog

        self.templates_dialog = TemplateManagerDialog(self.ctx, self)
        self.templates_dialog.show()

    # Saving -------------------------------------------------------------------------------
    def needs_restart(self, new: Settings) -> bool:
        old = self.ctx.settings
        return new.database_url != old.database_url or new.language != old.language

    @Slot()
    def on_save_requested(self) -> None:
        """Save; apply what can be applied now; say when a restart is needed."""
        if self.company.problem() is not None or self.team.problem() is not None:
            self.error.setText(self.tr("Corrigez les réglages signalés avant d’enregistrer."))
            return
        for page in self.pages():
            problem = page.problem()
            if problem is not None:
                self.tabs.setCurrentWidget(page)
                self.error.setText(problem.text)
                if problem.widget is not None:
                    problem.widget.setFocus()
                return
        restart = self.needs_restart(self.team.apply(self.language.apply(self.ctx.settings)))
        new, refused = save_pages(self.ctx, self.pages(), self.store, self.live)
        if refused is not None:
            self.error.setText(refused)
            return
        self.ctx.show_message(self.tr("Paramètres enregistrés. Redémarrez Relance pour changer de base ou de "
                                      "langue.") if restart else self.tr("Paramètres enregistrés et appliqués."))
        self.sig_saved.emit(new)
        self.accept()
