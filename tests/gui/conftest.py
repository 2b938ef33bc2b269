"""GUI fixtures: a real migrated SQLite database, a synchronous runner, an undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from PySide6.QtGui import QUndoStack

from desktop.core.records import ContactDraft, validate_contact
from desktop.db import contacts as repo
from desktop.gui.kit.workers import SyncRunner
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from desktop.settings import Settings

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def add_contacts(database: Database, drafts: list[ContactDraft]) -> list[int]:
    ids = []
    with database.sessions.begin() as s:
        for draft in drafts:
            clean, errors = validate_contact(draft)
            assert errors == {}
            ids.append(repo.create_contact(s, clean).id)
    return ids


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite+pysqlite:///{tmp_path / 'relance.sqlite'}")
    db.open()
    yield db
    db.close()


@pytest.fixture
def ctx(tmp_path: Path, database: Database, qapp: object) -> GuiContext:
    messages: list[str] = []
    context = GuiContext(settings=Settings(data_dir=tmp_path, page_size=50), database=database,
                         runner=SyncRunner(), undo_stack=QUndoStack(), clock=lambda: NOW)
    context.show_message = messages.append
    context.messages = messages  # type: ignore[attr-defined]
    return context


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    """The French translations (plural forms) installed as the application installs them."""
    from desktop.gui.kit.i18n import install_translators

    translators = install_translators(qapp, "fr")  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
