"""Manual enrolment in a scenario from a query's bulk actions and from a contact; the contact's panel lists
its enrolments and stops one by hand."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.core.records import ContactDraft
from desktop.core.scenarios import StopRules
from desktop.db.models import Activity
from desktop.db.scenario_models import Enrolment
from desktop.db.scenarios import ScenarioDraft, StepDraft, save_scenario
from desktop.gui.contacts.view import ContactsView
from desktop.gui.queries.view import QueriesView
from desktop.gui.scenarios.enrol_dialog import EnrolDialog
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from tests.gui.conftest import NOW, add_contacts

pytestmark = pytest.mark.usefixtures("french")

STEPS = (StepDraft("send_email", {"template": "followup"}), StepDraft("wait", {"days": 3}), StepDraft("call", {}))



def _world(database: Database, *, manual_stop: bool = True) -> tuple[list[int], int, int]:
    ids = add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux", status="prospect"),
                                  ContactDraft(first_name="Bruno", last_name="Lenoir", status="prospect"),
                                  ContactDraft(first_name="Chloé", last_name="Martin", status="client")])
    with database.sessions.begin() as s:
        running = save_scenario(s, ScenarioDraft("Relance devis", STEPS, status="active",
                                                 rules=StopRules(manual=manual_stop)), NOW)
        paused = save_scenario(s, ScenarioDraft("Bienvenue", STEPS, status="paused"), NOW)
    return ids, running, paused


def _answer(monkeypatch: pytest.MonkeyPatch, seen: list[EnrolDialog], accept: bool = True) -> None:
    """The enrolment dialog is shown, remembered, and accepted with its first scenario."""
    def exec_(dialog: EnrolDialog) -> int:
        seen.append(dialog)
        return int(accept)

    monkeypatch.setattr(EnrolDialog, "exec", exec_)


def _enrolments(database: Database) -> list[tuple[int, int, str, str | None]]:
    with database.sessions() as s:
        return [(e.contact_id, e.scenario_id, e.state, e.stop_reason)
                for e in s.scalars(select(Enrolment).order_by(Enrolment.contact_id))]


def test_bulk_action_enrols_the_matching_contacts_once(qtbot: QtBot, ctx: GuiContext, database: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (anne, bruno, _chloe), running, _paused = _world(database)
    view = QueriesView(ctx)
    qtbot.addWidget(view)
    view.on_new_clicked()  # status is prospect: Anne and Bruno
    assert sorted(view.matching_ids()) == [anne, bruno]
    seen: list[EnrolDialog] = []
    _answer(monkeypatch, seen)
    labels = [a.text() for a in view.actions_button.menu().actions()]
    assert "Inscrire dans un scénario…" in labels
    view.bulk.enrol()
    [dialog] = seen
    assert dialog.question.text() == "Inscrire 2 contacts dans le scénario\u00a0:"
    assert [dialog.scenario.itemText(i) for i in range(dialog.scenario.count())] == ["Relance devis (3 étapes)"]
    assert dialog.ok_button.text() == "Inscrire"
    assert _enrolments(database) == [(anne, running, "active", None), (bruno, running, "active", None)]
    assert ctx.messages[-1] == "2 contacts inscrits dans « Relance devis »."  # type: ignore[attr-defined]
    view.bulk.enrol()  # again: nobody twice, and it is said
    assert len(_enrolments(database)) == 2
    assert ctx.messages[-1] == ("0 contact inscrit dans « Relance devis ». 2 déjà inscrits ou déjà passés par "  # type: ignore[attr-defined]
                                "ce scénario : non inscrits à nouveau.")
    with database.sessions() as s:
        subjects = list(s.scalars(select(Activity.subject).where(Activity.contact_id == anne)))
    assert subjects == ["Scénario « Relance devis » : inscrit à la main"]


def test_a_cancelled_dialog_enrols_nobody_and_no_running_scenario_is_said(
        qtbot: QtBot, ctx: GuiContext, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    (_anne, _b, _c), running, _paused = _world(database)
    view = QueriesView(ctx)
    qtbot.addWidget(view)
    view.on_new_clicked()
    seen: list[EnrolDialog] = []
    _answer(monkeypatch, seen, accept=False)
    view.bulk.enrol()
    assert len(seen) == 1 and _enrolments(database) == []
    with database.sessions.begin() as s:
        from desktop.db.scenarios import set_status

        set_status(s, running, "paused")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view.bulk.enrol()
    assert len(seen) == 1 and "Aucun scénario en cours" in told[0]
    view.bulk.enrol(scenario_id=running)  # a paused scenario takes nobody, even when named
    assert _enrolments(database) == [] and "pas en cours" in ctx.messages[-1]  # type: ignore[attr-defined]


def _contacts(qtbot: QtBot, ctx: GuiContext) -> ContactsView:
    view = ContactsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_contact_panel_enrols_lists_and_stops_by_hand(qtbot: QtBot, ctx: GuiContext, database: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (_anne, _b, _c), running, _paused = _world(database)
    view = _contacts(qtbot, ctx)
    view.select_first()  # Lenoir Bruno, Martin Chloé, Roux Anne: sorted by name
    first = view.selected_ids()[0]
    assert view.detail.no_enrolment.isVisible() and not view.detail.enrolments.isVisible()
    assert view.detail.enrol_button.isEnabled() and not view.detail.stop_button.isEnabled()
    seen: list[EnrolDialog] = []
    _answer(monkeypatch, seen)
    view.detail.enrol_button.click()
    assert seen[0].question.text() == "Inscrire 1 contact dans le scénario\u00a0:"
    assert _enrolments(database) == [(first, running, "active", None)]
    tree = view.detail.enrolments
    assert tree.isVisible() and tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert [item.text(i) for i in range(3)] == ["Relance devis", "1/3 · Envoyer un email", "En cours"]
    assert view.detail.stop_button.isEnabled()
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    view.detail.stop_button.click()
    assert "« Relance devis »" in asked[0]
    assert _enrolments(database) == [(first, running, "stopped", "manual")]
    item = view.detail.enrolments.topLevelItem(0)
    assert [item.text(i) for i in range(3)] == ["Relance devis", "—", "Arrêté : arrêt manuel"]
    assert not view.detail.stop_button.isEnabled()
    assert "Arrêté" in ctx.messages[-1] or "arrêté" in ctx.messages[-1]  # type: ignore[attr-defined]
    assert "arrêt manuel" in view.detail.browser.toPlainText()  # the timeline says it too


def test_shortcut_enrols_the_selected_contacts_and_a_locked_scenario_cannot_be_stopped(
        qtbot: QtBot, ctx: GuiContext, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    (anne, bruno, chloe), _running, _paused = _world(database, manual_stop=False)
    view = _contacts(qtbot, ctx)
    view.table.selectAll()
    seen: list[EnrolDialog] = []
    _answer(monkeypatch, seen)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen and seen[0].question.text() == "Inscrire 3 contacts dans le scénario\u00a0:"
    assert [c for c, *_ in _enrolments(database)] == sorted([anne, bruno, chloe])
    view.select_first()
    assert view.detail.enrolments.topLevelItemCount() == 1
    assert not view.detail.stop_button.isEnabled()
    assert "n’autorise pas" in view.detail.stop_button.toolTip()
    view.table.selectAll()
    menu = view.context_menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "&Inscrire dans un scénario…" in texts and "Supprimer 3 contacts" in texts
    menu.deleteLater()
