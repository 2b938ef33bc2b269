"""Paramètres › Société et devis: the seller identity and the quote designs (their own dialogs), and the quote
numbering pattern, checked as it is typed with an example number (it applies to the next quotes finalised).
The form is ``ui/settings/company_page.ui``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.core.numbering import PatternError, format_number, validate_invoice_pattern, validate_pattern
from desktop.gui.generated.settings.ui_company_page import Ui_CompanyPage
from desktop.gui.kit.theme import set_role
from desktop.gui.settings.common import Problem, SettingsPage
from desktop.settings import Settings


class CompanyPage(SettingsPage):
    """The buttons to the seller identity and the quote designs, and the numbering pattern."""

    def __init__(self, settings: Settings, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_CompanyPage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self._today = today
        self.seller_button, self.templates_button = self.form.seller_button, self.form.templates_button
        self.pattern, self.pattern_check = self.form.number_pattern, self.form.pattern_check
        self.pattern.setText(settings.quote_number_pattern)
        self.pattern.textChanged.connect(self.on_pattern_text_changed)
        self.invoice_pattern, self.invoice_pattern_check = self.form.invoice_pattern, self.form.invoice_pattern_check
        self.invoice_pattern.setText(settings.invoice_number_pattern)
        self.invoice_pattern.textChanged.connect(self.on_invoice_pattern_text_changed)
        self.on_pattern_text_changed()
        self.on_invoice_pattern_text_changed()

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, quote_number_pattern=self.pattern.text().strip(),
                                   invoice_number_pattern=self.invoice_pattern.text().strip())

    def problem(self) -> Problem | None:
        try:
            validate_pattern(self.pattern.text().strip())
        except PatternError:
            return Problem(self.pattern_check.text(), self.pattern)
        try:
            validate_invoice_pattern(self.invoice_pattern.text().strip())
        except PatternError:
            return Problem(self.invoice_pattern_check.text(), self.invoice_pattern)
        return None

    @Slot()
    def on_invoice_pattern_text_changed(self) -> None:
        """Show an example invoice number, or why the pattern is refused."""
        pattern = self.invoice_pattern.text().strip()
        try:
            validate_invoice_pattern(pattern)
        except PatternError:
            self.invoice_pattern_check.setText(self.tr("Modèle refusé : il faut l’année {YYYY} et un compteur "
                                                       "{NNNN} (par exemple F-{YYYY}-{NNNN})."))
            set_role(self.invoice_pattern_check, "error")
        else:
            example = format_number(pattern, self._today(), 7)
            self.invoice_pattern_check.setText(self.tr("Exemple : %1 (s’applique aux prochaines factures émises, "
                                                       "sans trou dans l’année)").replace("%1", example))
            set_role(self.invoice_pattern_check, "")

    @Slot()
    def on_pattern_text_changed(self) -> None:
        """Show an example number, or why the pattern is refused."""
        pattern = self.pattern.text().strip()
        try:
            validate_pattern(pattern)
        except PatternError:
            self.pattern_check.setText(self.tr("Modèle refusé : il faut un compteur {NNNN} (par exemple "
                                               "D-{YYYY}-{NNNN})."))
            set_role(self.pattern_check, "error")
        else:
            example = format_number(pattern, self._today(), 42)
            self.pattern_check.setText(self.tr("Exemple : %1 (s’applique aux prochains devis finalisés)")
                                       .replace("%1", example))
            set_role(self.pattern_check, "")
