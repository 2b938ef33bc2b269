"""What every view receives from the composition root (``desktop.app``): no globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtGui import QUndoStack

from desktop.gui.kit.changes import ChangeBus
from desktop.gui.kit.workers import Runner
from desktop.services.database import Database
from desktop.settings import Settings


@dataclass
class GuiContext:
    """The settings, the database and its one worker thread, the undo stack, the clock, the status line and
    the change bus (:mod:`desktop.gui.kit.changes`) that every view shares."""

    settings: Settings
    database: Database
    runner: Runner
    undo_stack: QUndoStack
    clock: Callable[[], datetime]
    show_message: Callable[[str], None] = lambda _text: None
    changes: ChangeBus = field(default_factory=ChangeBus)
