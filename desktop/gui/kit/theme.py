"""The look of the application: a light or a dark palette following the system, and the stylesheet's roles.

``ui/relance.qss`` styles widgets by role (``widget.setProperty("role", "muted")``, see :func:`set_role`) and
reads the palette for what the palette has a role for (``palette(window)``, ``palette(base)``,
``palette(text)``, ``palette(highlight)``, ``palette(mid)``...); the colours it writes itself (the semantic
roles: error, warning, muted...) are written for the light scheme there and again for the dark one in
``ui/relance-dark.qss``, loaded after it in dark mode; the palettes are ``ui/palette.json``. :func:`apply_theme`
sets palette and stylesheet on the application; :func:`follow_system_scheme` re-applies them when the system
switches (Qt 6.5+ ``colorSchemeChanged``), so a salesperson on a dark macOS or Windows desktop reads light text
on dark screens, and the other way round.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.resources import stylesheet_path

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Where the palettes' colours are written (beside the stylesheet that reads them).
PALETTE_FILE = "palette.json"


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget its stylesheet role (``QLabel[role="error"]``...) and restyle it now (a dynamic property
    changed after the widget was shown is not seen by the stylesheet until the widget is polished again)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def is_dark(scheme: Qt.ColorScheme) -> bool:
    return scheme == Qt.ColorScheme.Dark


def palette_colours() -> dict[str, Any]:
    """``ui/palette.json``: the light changes to the style's palette, the dark palette, the dark disabled text."""
    colours: dict[str, Any] = json.loads(stylesheet_path().with_name(PALETTE_FILE).read_text(encoding="utf-8"))
    return colours


def palette(scheme: Qt.ColorScheme) -> QPalette:
    """The application palette for a colour scheme (Unknown reads as light)."""
    dark = is_dark(scheme)
    colours = palette_colours()
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    result = QPalette(style.standardPalette()) if style is not None and not dark else QPalette()
    for name, colour in colours["dark" if dark else "light"].items():
        if colour is not None:
            result.setColor(Group.All, getattr(Role, name), QColor(colour))
    if dark:
        for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
            result.setColor(Group.Disabled, role, QColor(colours["dark_disabled_text"]))
    return result


def stylesheet(scheme: Qt.ColorScheme) -> str:
    """``ui/relance.qss``, followed in dark mode by ``ui/relance-dark.qss`` (the dark twins of its colours)."""
    base = stylesheet_path()
    text = base.read_text(encoding="utf-8")
    if is_dark(scheme):
        text += "\n" + base.with_name("relance-dark.qss").read_text(encoding="utf-8")
    return text


def system_scheme() -> Qt.ColorScheme:
    """The system's colour scheme (Light when the platform does not say)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
    """Give the application the palette and the stylesheet of ``scheme`` (None: the system's); the scheme."""
    chosen = system_scheme() if scheme is None else (Qt.ColorScheme.Dark if is_dark(scheme) else Qt.ColorScheme.Light)
    app.setPalette(palette(chosen))
    app.setStyleSheet(stylesheet(chosen))
    app.setProperty("relance_color_scheme", "dark" if is_dark(chosen) else "light")
    return chosen


class SchemeFollower(QObject):
    """Re-applies the theme when the system's colour scheme changes (a child of the application)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)

    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        apply_theme(self._app, scheme)


def follow_system_scheme(app: QApplication) -> SchemeFollower:
    """Apply the system's scheme now and whenever it changes."""
    apply_theme(app)
    return SchemeFollower(app)
