"""The scenario editor: a readable vertical flow of steps under the trigger, the stop rules and the window.

Each step is a card (number, kind, its setting, a condition's "oui"/"non" targets) joined by arrows, top to
bottom; a card moves up or down or goes away with its buttons. :meth:`ScenarioEditor.draft` gives the
repository's :class:`~desktop.db.scenarios.ScenarioDraft`; the core checks it on save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("Scenarios", text)


def step_kinds() -> list[tuple[str, str]]:
    """(kind, label) of every step, in the menu's order."""
    return [("send_email", _t("Envoyer un email")), ("wait", _t("Attendre")), ("condition", _t("Condition")),
            ("call", _t("Appel (campagne ou tâche)")), ("add_tag", _t("Ajouter une étiquette")),
            ("remove_tag", _t("Retirer une étiquette")), ("set_field", _t("Modifier un champ")),
            ("notify", _t("Prévenir le propriétaire")), ("end", _t("Fin"))]


def tests() -> list[tuple[str, str]]:
    return [("quote_opened", _t("Devis ouvert par une personne")), ("quote_viewed", _t("Devis consulté")),
            ("quote_accepted", _t("Devis accepté")), ("replied", _t("A répondu")), ("has_tag", _t("A l'étiquette")),
            ("field_equals", _t("Valeur de champ (champ=valeur)"))]


WEEKDAYS = ("L", "M", "M", "J", "V", "S", "D")


class StepCard(QFrame):
    """One step of the flow."""

    sig_move_requested = Signal(object, int)  # card, -1 or +1
    sig_remove_requested = Signal(object)

    def __init__(self, kind: str, params: dict[str, Any], yes: int | None, no: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenario_step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.number = QLabel()
        self.number.setMinimumWidth(24)
        layout.addWidget(self.number)
        # Move and remove come first: they stay in view when a condition's branches run past the edge.
        for text, tip, slot in (("↑", _t("Monter"), lambda: self.sig_move_requested.emit(self, -1)),
                                ("↓", _t("Descendre"), lambda: self.sig_move_requested.emit(self, 1)),
                                ("✕", _t("Supprimer l'étape"), lambda: self.sig_remove_requested.emit(self))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.kind = QComboBox()
        for value, label in step_kinds():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)  # long labels elide: a step fits beside the list on a laptop
        layout.addWidget(self.kind)
        self.value = QLineEdit()
        layout.addWidget(self.value, 3)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(_t(" jour(s)"))
        layout.addWidget(self.days)
        self.working = QCheckBox(_t("ouvrés"))
        layout.addWidget(self.working)
        self.test = QComboBox()
        for value, label in tests():
            self.test.addItem(label, value)
        self.test.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.test.setMinimumContentsLength(14)
        layout.addWidget(self.test)
        self.yes, self.no = QSpinBox(), QSpinBox()
        for box, prefix in ((self.yes, _t("oui → ")), (self.no, _t("non → "))):
            box.setRange(0, 99)
            box.setPrefix(prefix)
            box.setSpecialValueText(prefix + _t("suite"))
            layout.addWidget(box)
        layout.addStretch(0)
        self._load(params, yes, no)
        self.kind.currentIndexChanged.connect(self.on_kind_current_index_changed)
        self.on_kind_current_index_changed()

    def _load(self, params: dict[str, Any], yes: int | None, no: int | None) -> None:
        self.days.setValue(int(params.get("days", 3)))
        self.working.setChecked(bool(params.get("working")))
        self.test.setCurrentIndex(max(0, self.test.findData(params.get("test", "quote_opened"))))
        text = params.get("template") or params.get("tag") or params.get("text") or params.get("value") or ""
        if params.get("field"):
            text = f"{params['field']}={params.get('value')}"
        if params.get("campaign_id"):
            text = str(params["campaign_id"])
        self.value.setText(str(text))
        self.yes.setValue(0 if yes is None else yes + 1)
        self.no.setValue(0 if no is None else no + 1)

    @Slot()
    def on_kind_current_index_changed(self) -> None:
        kind = self.kind.currentData()
        hints = {"send_email": _t("modèle d'email (followup)"), "call": _t("n° de campagne phoning, vide : tâche"),
                 "add_tag": _t("étiquette"), "remove_tag": _t("étiquette"), "set_field": _t("champ=valeur"),
                 "notify": _t("message au propriétaire"), "condition": _t("étiquette ou champ=valeur")}
        self.value.setPlaceholderText(hints.get(kind, ""))
        self.value.setVisible(kind in hints)
        self.days.setVisible(kind == "wait")
        self.working.setVisible(kind == "wait")
        for widget in (self.test, self.yes, self.no):
            widget.setVisible(kind == "condition")

    def step(self) -> tuple[str, dict[str, Any], int | None, int | None]:
        """(kind, params, yes position, no position) of this card."""
        kind = str(self.kind.currentData())
        text = self.value.text().strip()
        params: dict[str, Any] = {}
        if kind == "send_email":
            params = {"template": text or "followup"}
        elif kind == "wait":
            params = {"days": self.days.value(), "working": self.working.isChecked()}
        elif kind == "condition":
            params = {"test": self.test.currentData(), "value": text}
        elif kind == "call":
            params = {"campaign_id": int(text)} if text.isdigit() else {}
        elif kind in ("add_tag", "remove_tag"):
            params = {"tag": text}
        elif kind == "set_field":
            name, _, value = text.partition("=")
            params = {"field": name.strip(), "value": {"true": True, "false": False}.get(value.strip().lower(),
                                                                                           value.strip())}
        elif kind == "notify":
            params = {"text": text}
        yes = self.yes.value() - 1 if kind == "condition" and self.yes.value() else None
        no = self.no.value() - 1 if kind == "condition" and self.no.value() else None
        return kind, params, yes, no


class ScenarioEditor(QWidget):
    """Trigger, stop rules, sending window and the flow of steps of one scenario."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        form.addRow(_t("Nom"), self.name)
        self.trigger = QComboBox()
        form.addRow(_t("Déclencheur (requête dynamique)"), self.trigger)
        self.reentry = QCheckBox(_t("Réinscrire un contact qui revient dans la requête"))
        form.addRow("", self.reentry)
        layout.addLayout(form)
        rules = QGroupBox(_t("Arrêter le scénario quand"))
        rules_layout = QGridLayout(rules)  # two per row: the editor fits beside the list on a laptop
        self.rules = {key: QCheckBox(label) for key, label in (
            ("quote", _t("un devis est accepté ou refusé")), ("opportunity", _t("l'opportunité est conclue")),
            ("replied", _t("le contact répond")), ("unsubscribed", _t("désinscription ou rebond")),
            ("manual", _t("arrêt manuel permis")))}
        for index, box in enumerate(self.rules.values()):
            rules_layout.addWidget(box, index // 2, index % 2)
        layout.addWidget(rules)
        window = QGroupBox(_t("Fenêtre d'envoi (heure du contact)"))
        window_layout = QHBoxLayout(window)
        self.days = []
        for letter in WEEKDAYS:
            box = QCheckBox(letter)
            self.days.append(box)
            window_layout.addWidget(box)
        self.start, self.end = QTimeEdit(), QTimeEdit()
        window_layout.addWidget(QLabel(_t("de")))
        window_layout.addWidget(self.start)
        window_layout.addWidget(QLabel(_t("à")))
        window_layout.addWidget(self.end)
        window_layout.addStretch(1)
        layout.addWidget(window)
        self.flow = QVBoxLayout()
        self.flow.setSpacing(2)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self.flow)
        add = QPushButton(_t("Ajouter une étape"))
        add.clicked.connect(self.on_add_clicked)
        holder_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(QLabel(_t("<b>Étapes</b>")))
        layout.addWidget(scroll, 1)
        self.cards: list[StepCard] = []

    def set_queries(self, queries: list[tuple[int, str]]) -> None:
        """Offer these queries as triggers; the trigger chosen stays chosen (when still offered)."""
        chosen = self.trigger.currentData()
        self.trigger.clear()
        self.trigger.addItem(_t("Aucun (inscription manuelle)"), None)
        for query_id, name in queries:
            self.trigger.addItem(name, query_id)
        self.trigger.setCurrentIndex(max(0, self.trigger.findData(chosen)))

    def load(self, draft: Any) -> None:
        """Show a :class:`~desktop.db.scenarios.ScenarioDraft`."""
        self.name.setText(draft.name)
        self.trigger.setCurrentIndex(max(0, self.trigger.findData(draft.query_id)))
        self.reentry.setChecked(draft.allow_reentry)
        for key, box in self.rules.items():
            box.setChecked(bool(getattr(draft.rules, key)))
        days, start, end = draft.window
        for i, box in enumerate(self.days, start=1):
            box.setChecked(str(i) in days)
        self.start.setTime(QTime(start // 60, start % 60))
        self.end.setTime(QTime(end // 60, end % 60))
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for step in draft.steps:
            self._add(step.kind, step.params, step.yes, step.no)
        self._renumber()

    def draft(self, status: str, time_zone: str) -> Any:
        """The scenario as edited (a :class:`~desktop.db.scenarios.ScenarioDraft`)."""
        from desktop.core.scenarios import StopRules
        from desktop.db.scenarios import ScenarioDraft, StepDraft

        steps = tuple(StepDraft(*card.step()) for card in self.cards)
        rules = StopRules(**{key: box.isChecked() for key, box in self.rules.items()})
        days = "".join(str(i) for i, box in enumerate(self.days, start=1) if box.isChecked())
        start, end = self.start.time(), self.end.time()
        return ScenarioDraft(self.name.text(), steps, self.trigger.currentData(), self.reentry.isChecked(), rules,
                             (days, start.hour() * 60 + start.minute(), end.hour() * 60 + end.minute()), time_zone,
                             status)

    def _add(self, kind: str, params: dict[str, Any], yes: int | None, no: int | None) -> None:
        card = StepCard(kind, params, yes, no)
        card.sig_move_requested.connect(self.on_card_move_requested)
        card.sig_remove_requested.connect(self.on_card_remove_requested)
        self.cards.append(card)

    def _renumber(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in self.cards:
                widget.deleteLater()
        for i, card in enumerate(self.cards):
            if i:
                arrow = QLabel("↓")
                arrow.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.flow.addWidget(arrow)
            card.number.setText(f"{i + 1}.")
            self.flow.addWidget(card)

    @Slot()
    def on_add_clicked(self) -> None:
        self._add("wait" if self.cards else "send_email", {}, None, None)
        self._renumber()

    @Slot(object, int)
    def on_card_move_requested(self, card: StepCard, delta: int) -> None:
        i = self.cards.index(card)
        j = i + delta
        if 0 <= j < len(self.cards):
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
            self._renumber()

    @Slot(object)
    def on_card_remove_requested(self, card: StepCard) -> None:
        self.cards.remove(card)
        card.deleteLater()
        self._renumber()
