"""The campaign dialogs (Designer forms ui/campaigns/*.ui): what they show, what they give back, what they refuse."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialogButtonBox

from desktop.gui.campaigns.dialogs import EmailDialog, PhoningDialog

QUERIES = [(1, "Devis en cours à relancer"), (2, "Prospects Lyon")]


def test_the_phoning_dialog_shows_a_campaign_and_gives_it_back(qtbot: QtBot) -> None:
    values = {"name": "Relance salon", "goal": "Prendre rendez-vous", "script": "<p>Bonjour <b>Claire</b></p>",
              "query_id": 2, "keep_feeding": True, "no_answer_minutes": 90, "voicemail_minutes": 600,
              "max_attempts": 3}
    dialog = PhoningDialog(QUERIES, values)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Campagne phoning"
    assert [dialog.query.itemText(i) for i in range(dialog.query.count())] == ["(aucune)", *[n for _i, n in QUERIES]]
    got = dialog.values()
    assert "Claire" in got.pop("script")  # the script as HTML
    assert got == {"name": "Relance salon", "goal": "Prendre rendez-vous", "query_id": 2, "keep_feeding": True,
                   "no_answer_minutes": 90, "voicemail_minutes": 600, "max_attempts": 3}
    assert "Claire" in dialog.script.toPlainText() and dialog.script.acceptRichText()


def test_a_new_phoning_campaign_starts_from_the_form_s_defaults_and_needs_a_name(qtbot: QtBot) -> None:
    dialog = PhoningDialog(QUERIES)
    qtbot.addWidget(dialog)
    dialog.show()
    got = dialog.values()
    assert (got["query_id"], got["keep_feeding"], got["no_answer_minutes"], got["voicemail_minutes"],
            got["max_attempts"]) == (None, False, 240, 1440, 5)
    assert (dialog.no_answer.suffix(), dialog.no_answer.maximum(), dialog.max_attempts.maximum()) == (" min", 10080, 20)
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() == 0  # no name: refused, the name field asks for one
    dialog.name.setText("  Relance  ")
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1 and dialog.values()["name"] == "Relance"


def test_a_script_with_an_unknown_placeholder_is_refused_to_its_author_in_words(qtbot: QtBot) -> None:
    dialog = PhoningDialog(QUERIES, {"name": "Relance", "script": "<p>Bonjour {{ contact.surname }}</p>"})
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.script_error.isVisible() and "surname" in dialog.script_error.text()
    assert "{{ contact.last_name }}" in dialog.script_error.text()
    dialog.script.setHtml("<p>Bonjour {{ contact.salutation }} {{ contact.last_name }}</p>")
    ok.click()
    assert dialog.result() == 1 and not dialog.script_error.isVisible()


def test_the_email_dialog_needs_a_name_and_a_query(qtbot: QtBot) -> None:
    dialog = EmailDialog(QUERIES, ["campaign", "followup"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.template.currentText() == "campaign"
    assert (dialog.per_minute.value(), dialog.per_day.value()) == (20, 500)
    ok = dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Nouveautés")
    ok.click()
    assert dialog.isVisible()  # no query yet
    dialog.query.setCurrentIndex(1)
    ok.click()
    assert dialog.result() == 1
    assert dialog.values() == {"name": "Nouveautés", "query_id": 1, "template": "campaign", "per_minute": 20,
                               "per_day": 500}
