"""The send dialog's preview of the message: shows its HTML, loads nothing, follows no link.

Its own module because ``ui/quotes/send_dialog.ui`` promotes a ``QTextBrowser`` to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafePreview(QTextBrowser):
    """A QTextBrowser that loads no resource at all (no remote image, no pixel) and follows no link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Refuse every resource; remember what was asked (the tests check the pixel is among them)."""
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        return None
