"""Campaign status by hand: pause, resume and close a phoning campaign, mark an email campaign done; each one
undoable, and the actions that no longer mean anything are refused with a clear sentence."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from desktop.core.records import ContactDraft
from desktop.db import campaigns as repo
from desktop.db.campaign_models import EmailCampaign, PhoningCampaign
from desktop.db.email_campaigns import create_email_campaign
from desktop.gui.campaigns.view import CampaignsView
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from tests.gui.conftest import NOW, add_contacts


def _world(database: Database) -> tuple[int, int]:
    ids = add_contacts(database, [ContactDraft(first_name="Anne", last_name="Roux", email="anne@roux.fr",
                                               phone="0145454545"),
                                  ContactDraft(first_name="Bruno", last_name="Lenoir", email="bruno@lenoir.fr",
                                               phone="0146464646")])
    with database.sessions.begin() as s:
        phoning = repo.create_campaign(s, name="Relance salon", now=NOW)
        repo.add_contacts(s, phoning.id, ids, NOW)
        email = create_email_campaign(s, name="Nouveautés 2027", template="followup", now=NOW)
    return phoning.id, email.id


def _status(database: Database, model: type, campaign_id: int) -> str:
    with database.sessions() as s:
        return str(s.get_one(model, campaign_id).status)


def _view(qtbot: QtBot, ctx: GuiContext) -> CampaignsView:
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    view.phoning.table.selectRow(0)
    view.email.table.selectRow(0)
    return view


@pytest.mark.usefixtures("french")
def test_pause_resume_and_close_a_phoning_campaign_with_undo(qtbot: QtBot, ctx: GuiContext, database: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    phoning_id, _email_id = _world(database)
    view = _view(qtbot, ctx)
    assert view.phoning.pause_button.text() == "Mettre en pause" and view.phoning.done_button.isEnabled()
    view.phoning.pause_button.click()
    assert _status(database, PhoningCampaign, phoning_id) == "paused"
    assert view.phoning.table.item(0, 2).text() == "En pause" and view.phoning.pause_button.text() == "Reprendre"
    assert not view.phoning.session_button.isEnabled()
    view.phoning.on_session_clicked()  # double-click on the row lands here too
    assert "en pause\u00a0: reprenez-la" in ctx.messages[-1] and not view.phoning.windows  # type: ignore[attr-defined]
    ctx.undo_stack.undo()
    assert _status(database, PhoningCampaign, phoning_id) == "active" and view.phoning.session_button.isEnabled()
    ctx.undo_stack.redo()
    view.phoning.pause_button.click()  # resume
    assert _status(database, PhoningCampaign, phoning_id) == "active"
    assert ctx.messages[-1] == "Campagne « Relance salon » reprise. Ctrl+Z pour annuler."  # type: ignore[attr-defined]
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    view.phoning.done_button.click()
    assert asked == ["Marquer la campagne « Relance salon » comme terminée ? 2 contacts restent à appeler."]
    assert _status(database, PhoningCampaign, phoning_id) == "done"
    assert not view.phoning.done_button.isEnabled() and view.phoning.pause_button.text() == "Rouvrir"
    assert ctx.undo_stack.undoText() == "Terminer « Relance salon »"
    ctx.undo_stack.undo()
    assert _status(database, PhoningCampaign, phoning_id) == "active"


@pytest.mark.usefixtures("french")
def test_an_email_campaign_marked_done_sends_nothing_more(qtbot: QtBot, ctx: GuiContext, database: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _phoning_id, email_id = _world(database)
    view = _view(qtbot, ctx)
    buttons = view.email.buttons
    assert buttons["send"].isEnabled() and not buttons["pause"].isEnabled() and buttons["done"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    buttons["done"].click()
    assert _status(database, EmailCampaign, email_id) == "draft"  # said no
    view.email.on_done_clicked(confirmed=True)
    assert _status(database, EmailCampaign, email_id) == "done"
    with database.sessions() as s:
        assert s.get_one(EmailCampaign, email_id).finished_at is not None
    assert not buttons["send"].isEnabled() and not buttons["done"].isEnabled()
    view.email.on_send_clicked()
    assert _status(database, EmailCampaign, email_id) == "done"
    assert "terminée\u00a0: elle n'envoie plus rien" in ctx.messages[-1]  # type: ignore[attr-defined]
    ctx.undo_stack.undo()
    assert _status(database, EmailCampaign, email_id) == "draft" and buttons["send"].isEnabled()
    with database.sessions() as s:
        assert s.get_one(EmailCampaign, email_id).finished_at is None


def test_an_unknown_status_is_refused(database: Database) -> None:
    phoning_id, email_id = _world(database)
    with database.sessions.begin() as s, pytest.raises(ValueError, match="inconnu"):
        repo.set_campaign_status(s, phoning_id, "sending", NOW)
    with database.sessions.begin() as s, pytest.raises(ValueError, match="inconnu"):
        repo.set_email_campaign_status(s, email_id, "active", NOW)


def test_open_rates_are_individual_only_with_consent_and_anonymous_otherwise() -> None:
    from desktop.db.email_campaigns import EmailFigures
    from desktop.gui.campaigns.email_panel import rates_text

    figures = EmailFigures(recipients=120, excluded=0, pending=0, sent=120, delivered=120, human_opens=9,
                           machine_opens=3, clicks=2, unsubscribes=1, failed=0, tracked_delivered=20,
                           anonymous_delivered=100, anonymous_opens=41)
    text = rates_text(figures)
    assert text.startswith("Ouvertures suivies (contacts qui ont accepté) : 9 sur 20 (45\u00a0%)")
    assert "≈ 41\u00a0% au plus (41 ouvertures pour 100 messages), exemptée de consentement" in text
    nothing = EmailFigures(recipients=5, excluded=0, pending=5, sent=0, delivered=0, human_opens=0, machine_opens=0,
                           clicks=0, unsubscribes=0, failed=0)
    assert rates_text(nothing) == "Pas encore de mesure d’ouverture pour cette campagne."
