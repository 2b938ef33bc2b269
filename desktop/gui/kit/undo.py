"""Undoable database edits: each command runs its work on the background runner.

``QUndoStack.push`` calls ``redo`` at once; undo and redo run later in stack order. All
of them go through the single worker thread (:func:`desktop.gui.kit.db_op.db_op`: one session and one
transaction each, failures through the one error path), so they apply in the order the user asked; the
command's ``changes`` are published on the change bus after each run, undo included, so that every view
showing them follows (even when the window that made the edit is closed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import Session, db_op
from desktop.gui.shell.context import GuiContext

Work = Callable[[Session], Any]


class DbCommand(QUndoCommand):
    """An edit with a database action for ``redo`` and its inverse for ``undo``.

    ``first`` (optional) replaces ``redo`` the first time (e.g. creating a row whose later
    redos only restore it); its result is passed to ``remember``. ``changes`` are published after every run.
    """

    def __init__(self, ctx: GuiContext, text: str, redo: Work, undo: Work, on_done: Callable[[], None],
                 first: Work | None = None, remember: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None, changes: Topic = Topic.NONE) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._redo = redo
        self._undo = undo
        self._first = first
        self._remember = remember
        self._on_done = on_done
        self._changes = changes
        self._on_error = on_error or self._say_error
        # While the first run is in flight, undo and redo wait for ``remember`` (Ctrl+Z pressed at once
        # must not run an undo that needs what the first run returns).
        self._first_in_flight = False
        self._waiting: list[Callable[[], None]] = []

    def _say_error(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import error_text

        self._ctx.show_message(error_text(exc))  # the unexpected one is logged by db_op

    def _run(self, work: Work, after: Callable[[Any], None], failed: Callable[[], None] | None = None) -> None:
        def done(result: Any) -> None:
            after(result)
            self._on_done()

        def failure(exc: BaseException) -> None:
            if failed is not None:
                failed()
            self._on_error(exc)

        db_op(self._ctx, work, changes=self._changes or None, source=self, where=self.text()).success(done).failure(
            failure).run()

    def _first_done(self, result: Any) -> None:
        if self._remember is not None:
            self._remember(result)
        self._first_in_flight = False
        waiting, self._waiting = self._waiting, []
        for step in waiting:
            step()

    def _first_failed(self) -> None:
        self._first_in_flight = False
        self._waiting.clear()  # nothing was applied: there is nothing to undo or redo

    def redo(self) -> None:
        """Apply the edit (the first time through ``first`` when given)."""
        if self._first is not None:
            first, self._first = self._first, None
            self._first_in_flight = True
            self._run(first, self._first_done, self._first_failed)
        elif self._first_in_flight:
            self._waiting.append(self.redo)
        else:
            self._run(self._redo, lambda _r: None)

    def undo(self) -> None:
        """Revert the edit (once the first run is back, when it is still in flight)."""
        if self._first_in_flight:
            self._waiting.append(self.undo)
        else:
            self._run(self._undo, lambda _r: None)
