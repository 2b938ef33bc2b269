"""Widgets a GUI test holds until its end.

``qtbot.addWidget`` keeps a weak reference only. A view that subscribes to the change bus, or whose background
operations still hold its slots, sits in a reference cycle: once the test function returns, the garbage collector
may free it at any moment, even while Qt paints it (a crash in the events pytest-qt processes after the test).
``add_held`` keeps it alive until pytest-qt closes it at teardown.
"""

from __future__ import annotations

from typing import TypeVar

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def add_held(qtbot: QtBot, widget: W) -> W:
    """Track ``widget`` as ``qtbot.addWidget`` does and hold it until the test's teardown closes it."""
    def before_close(_closing: QWidget, _held: QWidget = widget) -> None:  # the default argument holds it
        return None

    qtbot.addWidget(widget, before_close_func=before_close)
    return widget
