"""The stylesheet as a person sees it: a disabled default button does not look like an enabled one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from desktop.resources import stylesheet_path


def _default_button_colour(qtbot: QtBot, enabled: bool) -> QColor:
    """The colour inside the border of a dialog's default button « Envoyer », left of its text."""
    dialog = QDialog()  # one default button per dialog
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(stylesheet_path().read_text(encoding="utf-8"))
    button = QPushButton("Envoyer")
    QVBoxLayout(dialog).addWidget(button)
    button.setDefault(True)
    button.setEnabled(enabled)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert button.isDefault()
    image = button.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


def test_a_disabled_default_button_is_grey_not_blue(qtbot: QtBot) -> None:
    blue, grey = _default_button_colour(qtbot, True), _default_button_colour(qtbot, False)
    assert blue.blue() > blue.red() + 60, blue.name()  # the enabled default button is blue
    assert abs(grey.red() - grey.blue()) < 30 and grey.lightness() > 200, grey.name()  # light grey
