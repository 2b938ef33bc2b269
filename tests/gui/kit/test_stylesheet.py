"""The stylesheet as a person sees it, in the light and the dark scheme: the roles resolve to readable colours
(pixels of a grabbed widget, contrast 4.5:1 at least), a disabled default button does not look enabled, every
colour the stylesheet writes has its dark twin, and the application follows the system's scheme."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout

from desktop.gui.kit import theme
from desktop.resources import stylesheet_path

SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]
BLOCKS = "█████"  # full blocks: the middle of the text is the text's own colour


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Callable[[Qt.ColorScheme], Qt.ColorScheme]]:
    """Apply a scheme to the application; the palette and the stylesheet are put back afterwards."""
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()

    def apply(scheme: Qt.ColorScheme) -> Qt.ColorScheme:
        return theme.apply_theme(qapp, scheme)

    yield apply
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _shown(qtbot: QtBot, role: str) -> tuple[QColor, QColor, QColor]:
    """A dialog with a label of ``role``: (the label's text, the label's own background, the window's)."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel(BLOCKS)
    theme.set_role(label, role)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(10, 10, 10, 10)
    layout.addWidget(label)
    dialog.resize(420, 80)  # the label wider than its text: room for its own background right of it
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    dpr = image.devicePixelRatio()
    geometry = label.geometry()
    metrics = label.fontMetrics()
    text_x = geometry.x() + label.contentsMargins().left() + metrics.horizontalAdvance(BLOCKS) // 2
    text = image.pixelColor(int(text_x * dpr), int(geometry.center().y() * dpr))
    own = image.pixelColor(int((geometry.right() - 3) * dpr), int((geometry.top() + 3) * dpr))
    window = image.pixelColor(2, 2)
    return text, own, window


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
@pytest.mark.parametrize("role", ["", "error", "muted", "hint", "success", "warning"])
def test_every_role_is_readable_in_both_schemes(qtbot: QtBot, themed, scheme: Qt.ColorScheme,  # type: ignore[no-untyped-def]
                                                role: str) -> None:
    themed(scheme)
    text, background, window = _shown(qtbot, role)
    dark = scheme == Qt.ColorScheme.Dark
    assert (luminance(window) < 0.05) if dark else (luminance(window) > 0.85), window.name()
    assert contrast(text, background) >= 4.5, (role, text.name(), background.name())
    if role == "error":
        assert text.red() > text.green() + 60 and text.red() > text.blue() + 60, text.name()  # red, in both
    if role == "warning":
        assert background.name() != window.name()  # a box of its own


@pytest.mark.parametrize("scheme", SCHEMES, ids=["light", "dark"])
def test_a_disabled_default_button_is_grey_not_blue(qtbot: QtBot, themed, scheme: Qt.ColorScheme) -> None:  # type: ignore[no-untyped-def]
    themed(scheme)

    def colour(enabled: bool) -> QColor:
        """The colour inside the border of a dialog's default button « Envoyer », left of its text."""
        dialog = QDialog()  # one default button per dialog
        qtbot.addWidget(dialog)
        button = QPushButton("Envoyer")
        QVBoxLayout(dialog).addWidget(button)
        button.setDefault(True)
        button.setEnabled(enabled)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert button.isDefault()
        image = button.grab().toImage()
        return image.pixelColor(4, image.height() // 2)

    blue, grey = colour(True), colour(False)
    assert blue.blue() > blue.red() + 60, blue.name()  # the enabled default button is blue
    assert abs(grey.red() - grey.blue()) < 30, grey.name()  # grey
    assert (grey.lightness() < 80) if scheme == Qt.ColorScheme.Dark else (grey.lightness() > 200), grey.name()


def _rules(text: str) -> dict[str, str]:
    """selector -> declarations of a stylesheet (comments removed)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return {" ".join(selector.split()): body for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text)}


COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(white|black)\b")


def test_every_colour_the_stylesheet_writes_has_its_dark_twin() -> None:
    light = _rules(stylesheet_path().read_text(encoding="utf-8"))
    dark = _rules(stylesheet_path().with_name("relance-dark.qss").read_text(encoding="utf-8"))
    coloured = [selector for selector, body in light.items() if COLOUR.search(body)]
    assert coloured, "the check reads the rules"
    missing = [selector for selector in coloured if selector not in dark]
    assert missing == [], f"write these rules again in ui/relance-dark.qss with their dark colours: {missing}"
    assert set(dark) <= set(light), "a dark rule without its light one"


def test_the_application_follows_the_system_scheme(qapp: QApplication, themed) -> None:  # type: ignore[no-untyped-def]
    follower = theme.follow_system_scheme(qapp)
    try:
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switched to dark
        assert qapp.property("relance_color_scheme") == "dark"
        assert luminance(qapp.palette().window().color()) < 0.05
        assert "Relance in dark mode" in qapp.styleSheet()  # relance-dark.qss follows relance.qss
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.property("relance_color_scheme") == "light"
        assert luminance(qapp.palette().window().color()) > 0.85
    finally:
        follower.deleteLater()


def test_the_palette_file_names_real_roles_and_every_dark_role() -> None:
    colours = theme.palette_colours()
    roles = {name for name in dir(QPalette.ColorRole) if isinstance(getattr(QPalette.ColorRole, name),
                                                                     QPalette.ColorRole)}
    assert set(colours["light"]) <= roles and set(colours["dark"]) <= roles
    assert set(colours["light"]) <= set(colours["dark"])  # whatever light changes, dark sets too
    assert all(QColor(value).isValid() for value in [*colours["light"].values(), *colours["dark"].values()])
