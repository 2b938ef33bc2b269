"""Qt translation: French is the source language; English comes from ``resources/i18n``.

At run time :func:`install_translators` loads ``relance_<lang>.qm`` (French too: ``relance_fr.qm`` only
holds the plural forms of the ``%n`` strings) and Qt's own ``qtbase_<lang>.qm`` for the standard
dialogs' buttons. A missing ``.qm`` is not an error: the interface then shows the French source text.

For developers, ``python -m desktop.gui.kit.i18n_update`` refreshes ``resources/i18n/*.ts`` with
``pyside6-lupdate`` (``make translations-update``; see docs/TRANSLATIONS.md). lupdate's Python parser
only knows ``self.tr(text)``, ``Class.tr(text)`` and ``translate(context, text)``; it would misread our
``tr(context, text)`` helper as ``tr(text, disambiguation)``, and cannot see one-argument wrappers such as
``def _tr(text): return tr("Export", text)``. So the sources are first copied to a temporary tree in which
those calls are spelled ``translate("Context", "text")`` (same lines, so the locations in the ``.ts``
stay right), and lupdate runs on the copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource

log = logging.getLogger("relance")

LANGUAGES = ("fr", "en")


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a text outside a QObject (item models, column lists); ``n`` picks a plural form."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the interface language; the translators are returned so the caller keeps them alive.

    French is the source language: its file only carries plural forms ("%n contact(s)" -> "1 contact").
    A missing or unreadable ``.qm`` leaves the French source text on screen (and a line in the log).
    """
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    candidates = [
        # Qt's own strings (Yes/No/Cancel of the standard dialogs, the line edit menu); the English
        # source of Qt needs no file.
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}.qm")
        if language != "en" else None,
        resource("i18n", f"relance_{language}.qm"),
    ]
    for qm in candidates:
        if qm is None:
            continue
        translator = QTranslator(app)
        if qm.exists() and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        elif qm.name.startswith("relance_"):
            log.warning("translation %s missing or unreadable (run `make translations`); "
                        "the interface stays in French", qm)
    return installed
