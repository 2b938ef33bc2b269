"""Paramètres › Tous les paramètres (Ctrl+,): every setting in one window, saying which need a restart.

The seller identity, mail and tracker (with the tracking policy and consent) and the quote templates open
their own dialogs (reused as they are); the team database URL, the quote numbering pattern and the
language are edited here. The numbering pattern applies at once; the database and the language at the
next start, and the window says so. The custom fields of contacts and companies have their own page, whose
changes apply at once as undoable edits (``desktop.gui.settings.custom_fields_page``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.numbering import PatternError, format_number, validate_pattern
from desktop.db.dbapi import dialect_of
from desktop.gui.shell.context import GuiContext
from desktop.settings import LANGUAGES, Settings


def database_url_problem(url: str) -> str | None:
    """Why a team database URL cannot be used (an untranslated key), or None when it looks right."""
    if not url:
        return None
    try:
        dialect = dialect_of(url)
    except ValueError:
        return "scheme"
    if dialect == "postgresql" and "@" not in url and "//" not in url:
        return "host"
    return None


class SettingsWindow(QDialog):
    """One window for every setting; ``sig_saved`` carries the new settings."""

    sig_saved = Signal(object)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, live: object | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.live = ctx, live
        self.setObjectName("settings_window")
        self.setWindowTitle(self.tr("Tous les paramètres"))
        self.resize(680, 460)
        s = ctx.settings
        self.tabs = QTabWidget()

        company = QWidget()
        company_layout = QVBoxLayout(company)
        company_layout.addWidget(self._note(self.tr("Raison sociale, mentions légales, logo et coordonnées "
                                                    "bancaires imprimés sur les devis.")))
        self.seller_button = QPushButton(self.tr("Modifier l’identité de la société…"))
        self.seller_button.clicked.connect(self.on_seller_button_clicked)
        company_layout.addWidget(self.seller_button)
        self.templates_button = QPushButton(self.tr("Modèles de devis…"))
        self.templates_button.clicked.connect(self.on_templates_button_clicked)
        company_layout.addWidget(self.templates_button)
        self.pattern = QLineEdit(s.quote_number_pattern)
        self.pattern.setObjectName("number_pattern")
        self.pattern_check = QLabel()
        self.pattern_check.setObjectName("pattern_check")
        self.pattern.textChanged.connect(self.on_pattern_text_changed)
        form = QFormLayout()
        form.addRow(self.tr("Numérotation des devis"), self.pattern)
        form.addRow("", self.pattern_check)
        company_layout.addLayout(form)
        company_layout.addStretch(1)
        self.tabs.addTab(company, self.tr("Société et devis"))

        mail = QWidget()
        mail_layout = QVBoxLayout(mail)
        mail_layout.addWidget(self._note(self.tr("Serveur d’envoi, expéditeur, signature, tracker, politique de "
                                                 "suivi des ouvertures et consentement, boîte de réception où "
                                                 "les réponses sont détectées (IMAP). Ces réglages "
                                                 "s’appliquent sans redémarrer.")))
        self.mail_button = QPushButton(self.tr("Messagerie, suivi et réponses…"))
        self.mail_button.clicked.connect(self.on_mail_button_clicked)
        mail_layout.addWidget(self.mail_button)
        mail_layout.addStretch(1)
        self.tabs.addTab(mail, self.tr("Messagerie et suivi"))

        team = QWidget()
        team_form = QFormLayout(team)
        self.database_url = QLineEdit(s.database_url or "")
        self.database_url.setObjectName("database_url")
        self.database_url.setPlaceholderText(self.tr("vide : base locale sur ce poste"))
        self.database_check = QLabel()
        self.database_check.setObjectName("database_check")
        self.database_check.setWordWrap(True)
        self.database_url.textChanged.connect(self.on_database_url_text_changed)
        team_form.addRow(self.tr("Base d’équipe (PostgreSQL)"), self.database_url)
        team_form.addRow("", self.database_check)
        team_form.addRow("", self._note(self.tr("Exemple : postgresql+psycopg://relance@serveur/relance. "
                                                "Le mot de passe reste dans le trousseau du système. "
                                                "Changer de base demande un redémarrage de Relance.")))
        self.tabs.addTab(team, self.tr("Base d’équipe"))

        language = QWidget()
        language_form = QFormLayout(language)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in zip(LANGUAGES, ("Français", "English"), strict=True):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        language_form.addRow(self.tr("Langue de l’interface"), self.language)
        language_form.addRow("", self._note(self.tr("La nouvelle langue s’applique au prochain démarrage.")))
        self.tabs.addTab(language, self.tr("Langue"))

        from desktop.gui.settings.custom_fields_page import CustomFieldsPage

        self.custom_fields = CustomFieldsPage(ctx)
        self.tabs.insertTab(2, self.custom_fields, self.tr("Champs personnalisés"))

        self.error = QLabel()
        self.error.setProperty("role", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_requested)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.on_pattern_text_changed()
        self.on_database_url_text_changed()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #5b6475;")
        return label

    # Checks -------------------------------------------------------------------------------
    @Slot()
    def on_pattern_text_changed(self) -> None:
        """Show an example number, or why the pattern is refused."""
        pattern = self.pattern.text().strip()
        try:
            validate_pattern(pattern)
        except PatternError:
            self.pattern_check.setText(self.tr("Modèle refusé : il faut un compteur {NNNN} (par exemple "
                                               "D-{YYYY}-{NNNN})."))
            self.pattern_check.setProperty("role", "error")
        else:
            example = format_number(pattern, self.ctx.clock().date(), 42)
            self.pattern_check.setText(self.tr("Exemple : %1 (s’applique aux prochains devis finalisés)")
                                       .replace("%1", example))
            self.pattern_check.setProperty("role", "")
        self._update_save()

    @Slot()
    def on_database_url_text_changed(self) -> None:
        """Say whether the URL is usable and that a restart is needed."""
        url = self.database_url.text().strip()
        problem = database_url_problem(url)
        if problem is not None:
            self.database_check.setText(self.tr("Adresse refusée : elle doit commencer par postgresql:// ou "
                                                "postgresql+psycopg:// et nommer le serveur."))
            self.database_check.setProperty("role", "error")
        elif url != (self.ctx.settings.database_url or ""):
            self.database_check.setText(self.tr("Redémarrage nécessaire pour changer de base."))
            self.database_check.setProperty("role", "warning")
        else:
            self.database_check.setText("")
        self._update_save()

    def _problems(self) -> bool:
        try:
            validate_pattern(self.pattern.text().strip())
        except PatternError:
            return True
        return database_url_problem(self.database_url.text().strip()) is not None

    def _update_save(self) -> None:
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(not self._problems())

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

    @Slot()
    def on_mail_button_clicked(self) -> None:
        from desktop.gui.settings.mail import MailSettingsDialog

        self.mail_settings = MailSettingsDialog(self.ctx, self.live, self)  # type: ignore[arg-type]
        self.mail_settings.open()

    # Saving -------------------------------------------------------------------------------
    def values(self) -> Settings:
        return replace(self.ctx.settings, quote_number_pattern=self.pattern.text().strip(),
                       database_url=self.database_url.text().strip() or None,
                       language=str(self.language.currentData()))

    def needs_restart(self, new: Settings) -> bool:
        old = self.ctx.settings
        return new.database_url != old.database_url or new.language != old.language

    @Slot()
    def on_save_requested(self) -> None:
        """Save; apply what can be applied now; say when a restart is needed."""
        if self._problems():
            self.error.setText(self.tr("Corrigez les réglages signalés avant d’enregistrer."))
            return
        new = self.values()
        restart = self.needs_restart(new)
        new.save()
        self.ctx.settings = new
        self.ctx.show_message(self.tr("Paramètres enregistrés. Redémarrez Relance pour changer de base ou de "
                                      "langue.") if restart else self.tr("Paramètres enregistrés et appliqués."))
        self.sig_saved.emit(new)
        self.accept()
