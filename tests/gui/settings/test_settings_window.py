"""The settings window: one page per tab; validated pattern and URL, restart notice, saved settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.settings.window import SettingsWindow
from desktop.gui.shell.context import GuiContext
from desktop.settings import load_settings


def test_pattern_and_url_are_checked_and_saved(ctx: GuiContext, qtbot: QtBot) -> None:
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    company, team, language = window.company, window.team, window.language.language
    assert "D-2026-0042" in company.pattern_check.text()
    company.pattern.setText("D-{YYYY}")
    assert not window.save_button.isEnabled() and company.pattern_check.property("role") == "error"
    company.pattern.setText("F{YY}{MM}-{NNN}")
    assert window.save_button.isEnabled()
    team.host.setText("srv/relance")
    assert not window.save_button.isEnabled() and team.database_check.property("role") == "error"
    team.host.setText("srv")
    assert window.save_button.isEnabled() and "Redémarrage" in team.database_check.text()
    language.setCurrentIndex(language.findData("en"))
    window.on_save_requested()
    saved = load_settings(ctx.settings.data_dir, environ={})
    assert saved.quote_number_pattern == "F{YY}{MM}-{NNN}" and saved.language == "en"
    assert saved.database_url == "postgresql+psycopg://relance@srv:5432/relance?sslmode=verify-full"
    assert ctx.settings.quote_number_pattern == "F{YY}{MM}-{NNN}"
    assert any("Redémarrez" in m for m in ctx.messages)  # type: ignore[attr-defined]


def test_the_invoice_pattern_needs_its_year_and_is_saved(ctx: GuiContext, qtbot: QtBot) -> None:
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    company = window.company
    assert "F-2026-0007" in company.invoice_pattern_check.text()  # the default, with an example
    company.invoice_pattern.setText("F-{NNNN}")  # would repeat every year: refused
    assert not window.save_button.isEnabled() and company.invoice_pattern_check.property("role") == "error"
    company.invoice_pattern.setText("FA{YY}-{NNNNN}")
    assert window.save_button.isEnabled() and "FA26-00007" in company.invoice_pattern_check.text()
    window.on_save_requested()
    assert load_settings(ctx.settings.data_dir, environ={}).invoice_number_pattern == "FA{YY}-{NNNNN}"
