"""Paramètres › Base d'équipe: the PostgreSQL database the team shares (empty: the local file on this computer).

The address is checked as it is typed; a change applies at the next start, and the page says so. The
password stays in the system keyring. The form is ``ui/settings/team_page.ui``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.db.dbapi import dialect_of
from desktop.gui.generated.settings.ui_team_page import Ui_TeamPage
from desktop.gui.kit.theme import set_role
from desktop.gui.settings.common import Problem, SettingsPage
from desktop.settings import Settings


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


class TeamPage(SettingsPage):
    """The team database's address."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_TeamPage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self.current = settings.database_url or ""
        self.database_url, self.database_check = self.form.database_url, self.form.database_check
        self.database_url.setText(self.current)
        self.database_url.textChanged.connect(self.on_database_url_text_changed)
        self.on_database_url_text_changed()

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, database_url=self.database_url.text().strip() or None)

    def problem(self) -> Problem | None:
        if database_url_problem(self.database_url.text().strip()) is None:
            return None
        return Problem(self.database_check.text(), self.database_url)

    @Slot()
    def on_database_url_text_changed(self) -> None:
        """Say whether the URL is usable and that a restart is needed."""
        url = self.database_url.text().strip()
        if database_url_problem(url) is not None:
            self.database_check.setText(self.tr("Adresse refusée : elle doit commencer par postgresql:// ou "
                                                "postgresql+psycopg:// et nommer le serveur."))
            set_role(self.database_check, "error")
        elif url != self.current:
            self.database_check.setText(self.tr("Redémarrage nécessaire pour changer de base."))
            set_role(self.database_check, "warning")
        else:
            self.database_check.setText("")
            set_role(self.database_check, "")
