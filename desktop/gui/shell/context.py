"""What every view receives from the composition root (``desktop.app``): no globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtGui import QUndoStack

from desktop.gui.kit.workers import Runner
from desktop.services.database import Database
from desktop.settings import Settings


@dataclass
class GuiContext:
    settings: Settings
    database: Database
    runner: Runner
    undo_stack: QUndoStack
    clock: Callable[[], datetime]
    show_message: Callable[[str], None] = lambda _text: None
