"""Exporting from the GUI: the background op writes the selection or the filter, formula-safe."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.records import ContactDraft, validate_contact
from desktop.db import contacts as repo
from desktop.db.contact_list import ContactFilter
from desktop.gui.shell.context import GuiContext
from desktop.gui.transfer.export import export_in_background
from desktop.services.database import Database
from desktop.services.importer import Kind
from desktop.services.tabular import read_table


def test_export_selection_filter_and_companies(qtbot: QtBot, ctx: GuiContext, database: Database,
                                               tmp_path: Path) -> None:
    sessions = database.sessions
    ids = []
    with sessions.begin() as s:
        for first, last, city in (("Anne", "=Martin", "Lyon"), ("Paul", "Roux", "Caen")):
            draft, errors = validate_contact(ContactDraft(first_name=first, last_name=last, city=city,
                                                          company_name="@Acme"))
            assert errors == {}
            ids.append(repo.create_contact(s, draft).id)
    written: list[int] = []
    selection = tmp_path / "selection.csv"
    export_in_background(ctx, selection, kind=Kind.CONTACTS, ids=[ids[1]], on_done=written.append)
    filtered = tmp_path / "filtre.xlsx"
    export_in_background(ctx, filtered, kind=Kind.CONTACTS, flt=ContactFilter(text="lyon"),
                         on_done=written.append)
    companies = tmp_path / "societes.csv"
    export_in_background(ctx, companies, kind=Kind.COMPANIES, on_done=written.append)
    assert written == [1, 1, 1]
    assert [r.cells[1:3] for r in read_table(selection).rows] == [("Paul", "Roux")]
    assert [r.cells[1:3] for r in read_table(filtered).rows] == [("Anne", "=Martin")]  # the added "'" removed
    assert read_table(companies).rows[0].cells[0] == "@Acme"
    assert companies.read_text(encoding="utf-8-sig").splitlines()[1].startswith("'@Acme;")  # written inert


def test_export_failure_reaches_the_error_handler(qtbot: QtBot, ctx: GuiContext, tmp_path: Path) -> None:
    errors: list[BaseException] = []
    export_in_background(ctx, tmp_path / "absent" / "x.csv", kind=Kind.CONTACTS, on_error=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    export_in_background(ctx, tmp_path / "absent" / "y.csv", kind=Kind.CONTACTS)  # no handler: said in words
    assert ctx.messages[-1].startswith("Le fichier") and "introuvable" in ctx.messages[-1]  # type: ignore[attr-defined]
