"""The scenarios view follows the bus: an enrolment made elsewhere, or steps the automation ran, show in the list and
the funnel, while the scenario being edited stays as it is being written."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.records import ContactDraft
from desktop.db.queries import save_query
from desktop.db.scenarios import ScenarioDraft, StepDraft, save_scenario
from desktop.gui.kit.changes import Topic
from desktop.gui.scenarios.enrol_dialog import enrol_contacts
from desktop.gui.scenarios.view import ScenariosView
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from tests.gui.conftest import NOW, add_contacts

pytestmark = pytest.mark.usefixtures("french")

STEPS = (StepDraft("send_email", {"template": "followup"}), StepDraft("wait", {"days": 3}), StepDraft("call", {}))
PROSPECTS = {"version": 1, "match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                             "value": "prospect"}]}


def _funnel(view: ScenariosView) -> list[tuple[str, int]]:
    """The funnel's bars: (kind, contacts)."""
    grid = view.funnel.grid
    bars = [grid.itemAtPosition(r, 1) for r in range(grid.rowCount())]
    return [(item.widget().objectName(), item.widget().value()) for item in bars if item is not None]  # type: ignore[union-attr, attr-defined]


def test_an_enrolment_elsewhere_shows_in_the_funnel_and_the_edited_scenario_stays(
        qtbot: QtBot, ctx: GuiContext, database: Database) -> None:
    ids = add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux", status="prospect"),
                                  ContactDraft(first_name="Bruno", last_name="Lenoir", status="prospect")])
    with database.sessions.begin() as s:
        query_id = save_query(s, name="Prospects", kind="dynamic", spec=PROSPECTS, today=NOW.date(), now=NOW)
        scenario_id = save_scenario(s, ScenarioDraft("Relance devis", STEPS, status="active", query_id=query_id), NOW)
    view = ScenariosView(ctx)
    qtbot.addWidget(view)
    assert view.current_id == scenario_id and view.editor.name.text() == "Relance devis"
    assert view.editor.trigger.currentData() == query_id
    assert view.table.item(0, 2).text() == "0"
    assert _funnel(view) == [("funnel_step", 0), ("funnel_step", 0), ("funnel_step", 0), ("funnel_finished", 0)]
    view.editor.name.setText("Relance devis (en cours d'écriture)")  # not saved
    enrol_contacts(ctx, scenario_id, ids)  # from the queries or the contacts view
    assert view.table.item(0, 2).text() == "2"  # En cours
    assert view.editor.name.text() == "Relance devis (en cours d'écriture)"
    assert view.editor.trigger.currentData() == query_id  # the queries read again: the trigger chosen stays
    assert _funnel(view)[0] == ("funnel_step", 2)  # both wait at the first step
    ctx.changes.publish(Topic.TRACKING)  # the live services' news: read again, nothing lost
    assert view.editor.name.text() == "Relance devis (en cours d'écriture)" and view.current_id == scenario_id


def test_a_new_scenario_being_written_stays_when_the_list_is_read_again(qtbot: QtBot, ctx: GuiContext,
                                                                        database: Database) -> None:
    with database.sessions.begin() as s:
        save_scenario(s, ScenarioDraft("Bienvenue", STEPS, status="paused"), NOW)
        save_scenario(s, ScenarioDraft("Relance devis", STEPS, status="active"), NOW)
    view = ScenariosView(ctx)
    qtbot.addWidget(view)
    view.table.selectRow(1)
    view.on_new_clicked()
    assert view.current_id is None and view.editor.name.text() == "Nouveau scénario"
    ctx.changes.publish(Topic.SCENARIOS)  # e.g. another desktop's edit, or an undo
    assert view.current_id is None and view.editor.name.text() == "Nouveau scénario"
    view.on_save_clicked()
    assert view.current_id is not None and view.table.rowCount() == 3
    assert view.rows[view.table.currentRow()].id == view.current_id
