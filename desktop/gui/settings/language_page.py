"""Paramètres › Langue: the language of the interface (at the next start). The form is
``ui/settings/language_page.ui``."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.generated.settings.ui_language_page import Ui_LanguagePage
from desktop.gui.settings.common import SettingsPage
from desktop.settings import LANGUAGES, Settings

#: Each language named in itself (not translated).
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class LanguagePage(SettingsPage):
    """The interface language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_LanguagePage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self.language = self.form.language
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, language=str(self.language.currentData()))
