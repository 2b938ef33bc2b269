"""Dialogs of the campaigns view: a phoning campaign (name, goal, script, feeding query, delays), an email one.

Their layouts are the forms ``ui/campaigns/phoning_dialog.ui`` and ``ui/campaigns/email_dialog.ui``; the
query choices come from the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from desktop.gui.generated.campaigns.ui_email_dialog import Ui_EmailDialogForm
from desktop.gui.generated.campaigns.ui_phoning_dialog import Ui_PhoningDialogForm
from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("Campaigns", text)


def _fill_queries(combo: QComboBox, queries: list[tuple[int, str]], chosen: int | None) -> None:
    combo.addItem(_t("(aucune)"), None)
    for qid, name in queries:
        combo.addItem(name, qid)
        if qid == chosen:
            combo.setCurrentIndex(combo.count() - 1)


class PhoningDialog(QDialog):
    """Create or edit a phoning campaign."""

    def __init__(self, queries: list[tuple[int, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None, lang: str = "fr") -> None:
        super().__init__(parent)
        self.lang = lang
        form: Any = Ui_PhoningDialogForm()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.name, self.goal, self.script, self.query = form.name, form.goal, form.script, form.query
        self.keep_feeding, self.max_attempts = form.keep_feeding, form.max_attempts
        self.no_answer, self.voicemail = form.no_answer, form.voicemail
        v = values or {}
        self.name.setText(v.get("name", ""))
        self.goal.setPlainText(v.get("goal", ""))
        self.script.setHtml(v.get("script", ""))
        _fill_queries(self.query, queries, v.get("query_id"))
        self.keep_feeding.setChecked(bool(v.get("keep_feeding", False)))
        for key, box in (("no_answer_minutes", self.no_answer), ("voicemail_minutes", self.voicemail),
                         ("max_attempts", self.max_attempts)):
            if key in v:  # else the form's default
                box.setValue(int(v[key]))
        self.script_error = form.script_error
        self.script_error.hide()
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Refuse an empty name, and a script whose placeholders cannot be filled (said under the script: the
        author fixes it now rather than the caller finding it mid-call)."""
        from desktop.services.call_script import script_problems

        if not self.name.text().strip():
            self.name.setFocus()
            return
        problems = script_problems(self.script.toHtml(), self.lang)
        self.script_error.setText("\n".join(problems))
        self.script_error.setVisible(bool(problems))
        if problems:
            self.script.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """The fields, as the repository takes them."""
        return {"name": self.name.text().strip(), "goal": self.goal.toPlainText(), "script": self.script.toHtml(),
                "query_id": self.query.currentData(), "keep_feeding": self.keep_feeding.isChecked(),
                "no_answer_minutes": self.no_answer.value(), "voicemail_minutes": self.voicemail.value(),
                "max_attempts": self.max_attempts.value()}


class EmailDialog(QDialog):
    """Create an email campaign: a query, a template, the throttle."""

    def __init__(self, queries: list[tuple[int, str]], templates: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_EmailDialogForm()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.name, self.query, self.template = form.name, form.query, form.template
        self.per_minute, self.per_day = form.per_minute, form.per_day
        _fill_queries(self.query, queries, None)
        self.template.addItems(templates)
        if "campaign" in templates:
            self.template.setCurrentText("campaign")
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Refuse an empty name or a campaign without a query."""
        if self.name.text().strip() and self.query.currentData() is not None:
            super().accept()

    def values(self) -> dict[str, Any]:
        """The fields, as the repository takes them."""
        return {"name": self.name.text().strip(), "query_id": self.query.currentData(),
                "template": self.template.currentText(), "per_minute": self.per_minute.value(),
                "per_day": self.per_day.value()}
