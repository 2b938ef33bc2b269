"""Dialogs of the campaigns view: a phoning campaign (name, goal, script, feeding query, delays), an email one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("Campaigns", text)


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def _query_combo(queries: list[tuple[int, str]], chosen: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(_t("(aucune)"), None)
    for qid, name in queries:
        combo.addItem(name, qid)
        if qid == chosen:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


class PhoningDialog(QDialog):
    """Create or edit a phoning campaign."""

    def __init__(self, queries: list[tuple[int, str]], values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = values or {}
        self.setWindowTitle(_t("Campagne phoning"))
        form = QFormLayout(self)
        self.name = QLineEdit(v.get("name", ""))
        self.goal = QPlainTextEdit(v.get("goal", ""))
        self.goal.setFixedHeight(60)
        self.script = QTextEdit()
        self.script.setAcceptRichText(True)
        self.script.setHtml(v.get("script", ""))
        self.query = _query_combo(queries, v.get("query_id"))
        self.keep_feeding = QCheckBox(_t("Ajouter les nouveaux membres de la requête à chaque session"))
        self.keep_feeding.setChecked(bool(v.get("keep_feeding", False)))
        self.no_answer = _spin(5, 10080, int(v.get("no_answer_minutes", 240)), _t(" min"))
        self.voicemail = _spin(5, 10080, int(v.get("voicemail_minutes", 1440)), _t(" min"))
        self.max_attempts = _spin(1, 20, int(v.get("max_attempts", 5)), "")
        form.addRow(_t("Nom"), self.name)
        form.addRow(_t("Objectif"), self.goal)
        form.addRow(_t("Script d'appel"), self.script)
        form.addRow(_t("Requête"), self.query)
        form.addRow("", self.keep_feeding)
        form.addRow(_t("Rappel après « pas de réponse »"), self.no_answer)
        form.addRow(_t("Rappel après « messagerie »"), self.voicemail)
        form.addRow(_t("Tentatives au plus"), self.max_attempts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 560)

    def accept(self) -> None:
        """Refuse an empty name."""
        if self.name.text().strip():
            super().accept()
        else:
            self.name.setFocus()

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
        self.setWindowTitle(_t("Campagne email"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.query = _query_combo(queries, None)
        self.template = QComboBox()
        self.template.addItems(templates)
        if "campaign" in templates:
            self.template.setCurrentText("campaign")
        self.per_minute = _spin(1, 600, 20, _t(" / minute"))
        self.per_day = _spin(1, 100000, 500, _t(" / jour"))
        form.addRow(_t("Nom"), self.name)
        form.addRow(_t("Requête"), self.query)
        form.addRow(_t("Modèle d'email"), self.template)
        form.addRow(_t("Cadence"), self.per_minute)
        form.addRow("", self.per_day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Refuse an empty name or a campaign without a query."""
        if self.name.text().strip() and self.query.currentData() is not None:
            super().accept()

    def values(self) -> dict[str, Any]:
        """The fields, as the repository takes them."""
        return {"name": self.name.text().strip(), "query_id": self.query.currentData(),
                "template": self.template.currentText(), "per_minute": self.per_minute.value(),
                "per_day": self.per_day.value()}
