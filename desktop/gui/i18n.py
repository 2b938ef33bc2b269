"""Qt translation: French is the source language; English comes from ``resources/i18n``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.resources import resource


def tr(context: str, text: str) -> str:
    """Translate a text outside a QObject (item models, column lists)."""
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the interface language; French needs no file (it is the source language)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    if language == "fr":
        return installed
    translator = QTranslator(app)
    qm = resource("i18n", f"relance_{language}.qm")
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        installed.append(translator)
    return installed
