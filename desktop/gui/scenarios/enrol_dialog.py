"""« Inscrire dans un scénario… » from a query's bulk actions, the contacts' context menu or a contact's panel.

One dialog both picks the running scenario and confirms, stating how many contacts will be enrolled; the
enrolment itself is :func:`desktop.gui.scenarios.view.enrol_contacts`. Contacts already enrolled are
counted in the report, never enrolled twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Enrolment", text)


class EnrolDialog(QDialog):
    """Choose a running scenario for ``count`` contacts; ``chosen_id()`` once accepted."""

    def __init__(self, choices: Sequence[Any], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(_t("Inscrire dans un scénario"))
        self.setMinimumWidth(460)
        self.question = QLabel(tr("Enrolment", "Inscrire %n contact(s) dans le scénario :", "", count))
        self.question.setObjectName("enrol_question")
        self.scenario = QComboBox()
        self.scenario.setObjectName("enrol_scenario")
        for choice in choices:
            steps = tr("Enrolment", "%n étape(s)", "", choice.steps)
            self.scenario.addItem(f"{choice.name} ({steps})", choice.id)
        note = QLabel(_t("Les contacts déjà inscrits dans ce scénario ne sont pas inscrits une seconde fois ; "
                         "ils sont comptés dans le compte rendu."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6475;")
        form = QFormLayout()
        form.addRow(_t("&Scénario :"), self.scenario)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("Inscrire"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.scenario.setFocus()

    def chosen_id(self) -> int | None:
        data = self.scenario.currentData()
        return int(data) if data is not None else None


def report(added: int, asked: int, scenario: str) -> str:
    """The sentence saying who joined and how many were already there."""
    text = tr("Enrolment", "%n contact(s) inscrit(s) dans « %1 ».", "", added).replace("%1", scenario)
    if asked > added:
        text += " " + tr("Enrolment", "%n déjà inscrit(s) ou déjà passé(s) par ce scénario : non inscrit(s) "
                                      "à nouveau.", "", asked - added)
    return text


def _run(ctx: GuiContext, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
    database = ctx.database

    def job(_p: Callable[[int, int], bool]) -> Any:
        with database.sessions() as session:
            return work(session)

    Op(job).success(done).failure(lambda exc: ctx.show_message(str(exc))).run_in_background(ctx.runner)


def enrol_with_dialog(parent: QWidget, ctx: GuiContext, contact_ids: Sequence[int], *,
                      scenario_id: int | None = None, done: Callable[[str], None] | None = None) -> None:
    """Ask which running scenario (unless given), confirm with the count, enrol, report.

    Args:
        parent: The dialogs' parent.
        ctx: The GUI context.
        contact_ids: The contacts to enrol.
        scenario_id: Enrol in this scenario without asking (the bulk action already confirmed).
        done: Called with the report once enrolled (the report is also shown in the status bar).
    """
    from desktop.gui.scenarios.view import enrol_contacts

    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        ctx.show_message(_t("Aucun contact à inscrire."))
        return

    def enrol_in(choice_id: int, name: str) -> None:
        def enrolled(added: int) -> None:
            text = report(added, len(ids), name)
            ctx.show_message(text)
            if done is not None:
                done(text)

        enrol_contacts(ctx, choice_id, ids, enrolled)

    def ask(choices: list[Any]) -> None:
        if scenario_id is not None:
            chosen = next((c for c in choices if c.id == scenario_id), None)
            if chosen is None:
                ctx.show_message(_t("Ce scénario n’est pas en cours : démarrez-le avant d’y inscrire des contacts."))
                return
            enrol_in(chosen.id, chosen.name)
            return
        if not choices:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(parent, _t("Inscrire dans un scénario"),
                                    _t("Aucun scénario en cours. Démarrez un scénario dans la vue Scénarios "
                                       "pour y inscrire des contacts."))
            return
        dialog = EnrolDialog(choices, len(ids), parent)
        if not dialog.exec():
            return
        chosen_id = dialog.chosen_id()
        chosen = next((c for c in choices if c.id == chosen_id), None)
        if chosen is not None:
            enrol_in(chosen.id, chosen.name)

    def load(session: Any) -> list[Any]:
        from desktop.services.enrolment import enrollable_scenarios

        return enrollable_scenarios(session)

    _run(ctx, load, ask)
