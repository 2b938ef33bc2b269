"""An undoable database edit on the real (threaded) runner: Ctrl+Z pressed while its first run is still in
flight waits for that run and undoes with what it returned."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtGui import QUndoStack

from desktop.db.models import Tag
from desktop.gui.kit.undo import DbCommand
from desktop.gui.kit.workers import Runner
from desktop.gui.shell.context import GuiContext


def test_an_undo_asked_during_the_first_run_waits_for_it(qtbot: QtBot, ctx: GuiContext) -> None:
    runner = Runner()
    threaded = replace(ctx, runner=runner, undo_stack=QUndoStack())
    errors: list[str] = []
    threaded.show_message = errors.append
    release, created = threading.Event(), dict[str, int]()
    done: list[str] = []

    def first(session: Any) -> int:
        release.wait(10)  # the first run is slow (a big bulk action)
        tag = Tag(name="Salon 2027")
        session.add(tag)
        session.flush()
        return tag.id

    def undo(session: Any) -> None:
        session.delete(session.get(Tag, created["id"]))  # needs what the first run returned

    threaded.undo_stack.push(DbCommand(
        threaded, "Ajouter une étiquette", first=first, remember=lambda i: created.__setitem__("id", i),
        redo=lambda s: None, undo=undo, on_done=lambda: done.append("done")))
    threaded.undo_stack.undo()  # Ctrl+Z at once, before the first run is back
    release.set()
    # The UI thread stays busy until the worker has run everything queued so far: an undo queued behind the
    # first run (without waiting for its result to be remembered on the UI thread) would have run by now.
    assert runner.wait_idle(10)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    runner.shutdown()
    assert errors == []  # no KeyError from an undo run before the first run's result was remembered
    with ctx.database.sessions() as session:
        assert session.scalars(select(Tag).where(Tag.name == "Salon 2027")).first() is None
