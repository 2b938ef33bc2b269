"""« Inscrire dans un scénario… » from a query's bulk actions, the contacts' context menu or a contact's panel.

One dialog (the form ``ui/scenarios/enrol_dialog.ui``) both picks the running scenario and confirms, stating
how many contacts will be enrolled; the enrolment itself is :func:`enrol_contacts`. Contacts already enrolled
are counted in the report, never enrolled twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desktop.gui.generated.scenarios.ui_enrol_dialog import Ui_EnrolDialogForm
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Enrolment", text)


class EnrolDialog(QDialog):
    """Choose a running scenario for ``count`` contacts; ``chosen_id()`` once accepted."""

    def __init__(self, choices: Sequence[Any], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_EnrolDialogForm()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.question, self.scenario = form.enrol_question, form.enrol_scenario
        self.question.setText(tr("Enrolment", "Inscrire %n contact(s) dans le scénario :", "", count))
        for choice in choices:
            steps = tr("Enrolment", "%n étape(s)", "", choice.steps)
            self.scenario.addItem(f"{choice.name} ({steps})", choice.id)
        self.ok_button = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_t("Inscrire"))
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)
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


SCENARIO_CHANGES = Topic.SCENARIOS | Topic.TIMELINE  # an enrolment is on the contact's timeline too


def enrol_contacts(ctx: GuiContext, scenario_id: int, contact_ids: Sequence[int],
                   done: Callable[[int], None] | None = None) -> None:
    """Enrol contacts by hand (from a query's bulk actions or a contact) in the background; ``done(added)``."""
    from desktop.db.scenarios import enrol

    ids, clock = list(contact_ids), ctx.clock
    db_op(ctx, lambda s: len(enrol(s, scenario_id, ids, clock(), manual=True)), changes=SCENARIO_CHANGES).success(
        done or (lambda _added: None)).run()


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
    from desktop.services.enrolment import enrollable_scenarios

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

    db_op(ctx, enrollable_scenarios, write=False).success(ask).run()
