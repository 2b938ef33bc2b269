"""The panel beside the contacts table: who this is, how to reach them, their scenarios and their timeline."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validation import format_phone
from desktop.gui.contacts.consent import consent_html
from desktop.gui.kit.i18n import tr

if TYPE_CHECKING:
    from desktop.services.contact_detail import ContactDetail, CustomValue, TimelineEntry
    from desktop.services.enrolment import EnrolmentRow


def _t(text: str) -> str:
    return tr("ContactDetailPanel", text)


def kind_label(kind: str) -> str:
    """The word for the kind of a timeline entry."""
    labels = {"note": _t("Note"), "call": _t("Appel"), "email": _t("Email"), "quote": _t("Devis"),
              "meeting": _t("Rendez-vous"), "scenario": _t("Scénario"), "email_in": _t("Réponse reçue"),
              "task": _t("Tâche"), "notification": _t("Notification"), "tracking": _t("Suivi"),
              "amendment": _t("Avenant"), "purchase_order": _t("Bon de commande"),
              "email_failed": _t("Email non distribué"), "consent": _t("Consentement")}
    return labels.get(kind, kind)


def timeline_html(entries: Sequence[TimelineEntry], date_format: str = "%d/%m/%Y %H:%M") -> str:
    """A timeline, newest first, as the panels show it: kind, date, author (and contact), subject, body."""
    e = html.escape
    if not entries:
        empty = _t("Aucune activité pour l’instant.")
        return f"<p class='hint'>{e(empty)}</p>"
    parts = []
    for entry in entries:
        when = entry.when.astimezone().strftime(date_format)
        what = " — ".join(x for x in (kind_label(entry.kind), entry.contact) if x)
        author = f" · {e(entry.author)}" if entry.author else ""
        parts.append(f"<p><b>{e(what)}</b> · {e(when)}{author}<br>{e(entry.subject)}")
        if entry.body:
            parts.append(f"<br><span class='muted'>{e(entry.body)}</span>")
        parts.append("</p>")
    return "".join(parts)


def tags_html(tags: Sequence[str]) -> str:
    """A record's tags, each on its own background."""
    e = html.escape
    return "<p>" + " ".join(f"<span class='tag'>&nbsp;{e(t)}&nbsp;</span>" for t in tags) + "</p>"


def custom_html(custom: Sequence[CustomValue], lang: str) -> str:
    """A record's custom field values: label (muted) and value, one per line."""
    from desktop.gui.kit.custom_field_editors import display_text

    e = html.escape
    rows = "".join(f"<tr><td class='muted' style='padding-right:10px'>{e(c.label)}</td>"
                   f"<td>{e(display_text(c.kind, c.value, lang))}</td></tr>" for c in custom)
    return f"<table cellspacing='0' cellpadding='1' style='margin-top:4px'>{rows}</table>"


class RecordBrowser(QTextBrowser):
    """The rich text of a record's panel, coloured by the stylesheet's role ``record_detail`` (ui/relance.qss:
    ``qproperty-mutedColor``, ``dangerColor``, ``tagColor``; the palette's when no stylesheet sets them) through
    the classes ``muted``, ``hint``, ``danger`` and ``tag`` of the HTML."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "record_detail")
        palette = self.palette()
        self._muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._danger = palette.color(QPalette.ColorRole.Text)
        self._tag = palette.color(QPalette.ColorRole.AlternateBase)
        self._html = ""

    def _get_muted(self) -> QColor:
        return self._muted

    def _set_muted(self, color: QColor) -> None:
        self._muted = QColor(color)

    def _get_danger(self) -> QColor:
        return self._danger

    def _set_danger(self, color: QColor) -> None:
        self._danger = QColor(color)

    def _get_tag(self) -> QColor:
        return self._tag

    def _set_tag(self, color: QColor) -> None:
        self._tag = QColor(color)

    mutedColor = Property(QColor, _get_muted, _set_muted)
    dangerColor = Property(QColor, _get_danger, _set_danger)
    tagColor = Property(QColor, _get_tag, _set_tag)

    @property
    def muted_color(self) -> QColor:
        """The colour of secondary text (polished first, so that the stylesheet's value is read)."""
        self.ensurePolished()
        return self._muted

    def show_html(self, text: str) -> None:
        """Show ``text`` with the classes' colours."""
        self.ensurePolished()
        self._html = text
        self.document().setDefaultStyleSheet(
            f".muted, .hint {{ color: {self._muted.name()}; }} .danger {{ color: {self._danger.name()}; }} "
            f".tag {{ background-color: {self._tag.name()}; }}")
        self.setHtml(text)

    def changeEvent(self, event: QEvent) -> None:
        """A new stylesheet or palette (dark mode): render again with its colours."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange) and self._html:
            self.show_html(self._html)


def note_row(placeholder: str, button_text: str, on_add: Callable[[], None]) -> tuple[QLineEdit, QPushButton,
                                                                                       QHBoxLayout]:
    """The line under a panel's timeline: a note typed, added with Enter or the button."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    button = QPushButton(button_text)
    button.clicked.connect(on_add)
    edit.returnPressed.connect(on_add)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return edit, button, row


class ContactDetailPanel(QWidget):
    """Shows one contact; emits ``sig_note_requested`` when the user adds a note, ``sig_enrol_requested`` and
    ``sig_stop_requested`` (contact, scenario, scenario name) for its scenarios."""

    sig_note_requested = Signal(int, str)
    sig_enrol_requested = Signal(int)
    sig_stop_requested = Signal(int, int, str)
    sig_consent_requested = Signal(int)  # note an answer about tracking
    sig_proof_requested = Signal(int)  # export the contact's consent proof

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self.browser = RecordBrowser("contact_detail")
        self.browser.setOpenExternalLinks(True)
        self.note_edit, self.note_button, row = note_row(self.tr("Ajouter une note au fil…"), self.tr("Ajouter"),
                                                         self.on_note_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self._scenarios_box())
        self.consent_button = QPushButton(self.tr("Consentement au suivi…"))
        self.consent_button.setObjectName("contact_consent")
        self.consent_button.setToolTip(self.tr("Noter la réponse du contact sur le suivi de ses e-mails"))
        self.consent_button.clicked.connect(lambda: self._contact_id is not None
                                            and self.sig_consent_requested.emit(self._contact_id))
        self.proof_button = QPushButton(self.tr("Preuve…"))
        self.proof_button.setObjectName("contact_consent_proof")
        self.proof_button.setToolTip(self.tr("Exporter la preuve du consentement de ce contact (PDF, Excel ou CSV)"))
        self.proof_button.clicked.connect(lambda: self._contact_id is not None
                                          and self.sig_proof_requested.emit(self._contact_id))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_button)
        consent_row.addWidget(self.proof_button)
        consent_row.addStretch(1)
        layout.addLayout(consent_row)
        layout.addLayout(row)
        self._enrolments: list[EnrolmentRow] = []
        self.show_contact(None)

    def _scenarios_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("contact_scenarios")
        self.scenarios_title = QLabel(f"<b>{html.escape(self.tr('Scénarios'))}</b>")
        self.enrolments = QTreeWidget()
        self.enrolments.setObjectName("contact_enrolments")
        self.enrolments.setRootIsDecorated(False)
        self.enrolments.setHeaderLabels([self.tr("Scénario"), self.tr("Étape"), self.tr("Statut")])
        self.enrolments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.enrolments.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.enrolments.header().setStretchLastSection(True)
        self.enrolments.currentItemChanged.connect(self.on_enrolments_current_item_changed)
        self.no_enrolment = QLabel(self.tr("Inscrit dans aucun scénario."))
        self.no_enrolment.setProperty("role", "muted")
        self.enrol_button = QPushButton(self.tr("&Inscrire dans un scénario…"))
        self.enrol_button.setObjectName("contact_enrol")
        self.enrol_button.setToolTip(self.tr("Inscrire ce contact dans un scénario en cours (Ctrl+Maj+I)"))
        self.enrol_button.clicked.connect(self.on_enrol_button_clicked)
        self.stop_button = QPushButton(self.tr("A&rrêter"))
        self.stop_button.setObjectName("contact_stop_enrolment")
        self.stop_button.clicked.connect(self.on_stop_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.scenarios_title)
        layout.addWidget(self.enrolments)
        layout.addWidget(self.no_enrolment)
        layout.addLayout(buttons)
        return box

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, detail: ContactDetail | None, date_format: str = "%d/%m/%Y %H:%M",
                     enrolments: Sequence[EnrolmentRow] = (), lang: str = "fr") -> None:
        """Render one contact (with its scenario enrolments), or an invitation to select one."""
        self._contact_id = detail.id if detail else None
        for widget in (self.note_edit, self.note_button, self.consent_button, self.proof_button):
            widget.setEnabled(detail is not None)
        self.show_enrolments(enrolments if detail is not None else ())
        if detail is None:
            self.browser.show_html(f"<p class='hint'>{html.escape(self.tr('Sélectionnez un contact.'))}</p>")
            return
        e = html.escape
        parts = [f"<h2>{e(detail.name)}</h2>"]
        if detail.job_title or detail.company:
            parts.append(f"<p>{e(' — '.join(x for x in (detail.job_title, detail.company) if x))}</p>")
        if detail.do_not_contact:
            parts.append(f"<p class='danger'><b>{e(self.tr('Ne pas contacter'))}</b></p>")
        for email in detail.emails:
            parts.append(f"<p>✉ <a href='mailto:{e(email)}'>{e(email)}</a></p>")
        for phone in detail.phones:
            parts.append(f"<p>☎ <a href='tel:{e(phone)}'>{e(format_phone(phone))}</a></p>")
        if detail.city:
            parts.append(f"<p>{e(detail.city)}</p>")
        if detail.tags:
            parts.append(tags_html(detail.tags))
        if detail.custom:
            parts.append(custom_html(detail.custom, lang))
        parts.append(consent_html(detail.consent, date_format))
        parts.append(f"<h3>{e(self.tr('Fil d’activité'))}</h3>")
        parts.append(timeline_html(detail.timeline, date_format))
        self.browser.show_html("".join(parts))

    # Scenarios ----------------------------------------------------------------------------
    def _status_text(self, row: EnrolmentRow) -> str:
        if row.state == "active":
            return self.tr("En cours")
        if row.state == "finished":
            return self.tr("Terminé")
        from desktop.gui.scenarios.funnel import stop_reasons

        reason = stop_reasons().get(row.stop_reason or "", row.stop_reason or "")
        return self.tr("Arrêté : %1").replace("%1", reason) if reason else self.tr("Arrêté")

    def _step_text(self, row: EnrolmentRow) -> str:
        if row.position is None:
            return "—"
        from desktop.gui.scenarios.editor import step_kinds

        label = dict(step_kinds()).get(row.step_kind, row.step_kind)
        return self.tr("%1/%2 · %3").replace("%1", str(row.position + 1)).replace(
            "%2", str(row.steps)).replace("%3", label)

    def show_enrolments(self, rows: Sequence[EnrolmentRow]) -> None:
        """List the contact's enrolments: scenario, current step, status or stop reason."""
        self._enrolments = list(rows)
        self.enrolments.clear()
        for i, row in enumerate(self._enrolments):
            texts = [row.scenario, self._step_text(row), self._status_text(row)]
            item = QTreeWidgetItem(texts)
            item.setData(0, Qt.ItemDataRole.UserRole, i)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            if row.state != "active":
                for column in range(3):
                    item.setForeground(column, self.browser.muted_color)
            self.enrolments.addTopLevelItem(item)
        has_contact = self._contact_id is not None
        self.enrolments.setVisible(bool(self._enrolments))
        shown = min(max(len(self._enrolments), 1), 4)  # as tall as its rows, up to four
        row_height = max(self.enrolments.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.enrolments.setFixedHeight(self.enrolments.header().sizeHint().height() + shown * row_height
                                       + 2 * self.enrolments.frameWidth() + 2)
        self.no_enrolment.setVisible(has_contact and not self._enrolments)
        self.enrol_button.setEnabled(has_contact)
        first = self.enrolments.topLevelItem(0)
        if first is not None:
            self.enrolments.setCurrentItem(first)
        self.on_enrolments_current_item_changed()

    def current_enrolment(self) -> EnrolmentRow | None:
        item = self.enrolments.currentItem()
        if item is None:
            return None
        index = int(item.data(0, Qt.ItemDataRole.UserRole))
        return self._enrolments[index] if 0 <= index < len(self._enrolments) else None

    @Slot()
    def on_enrolments_current_item_changed(self) -> None:
        """« Arrêter » applies to the highlighted active enrolment, when its scenario allows a manual stop."""
        row = self.current_enrolment()
        self.stop_button.setEnabled(row is not None and row.can_stop)
        if row is not None and row.state == "active" and not row.can_stop:
            self.stop_button.setToolTip(self.tr("Ce scénario n’autorise pas l’arrêt manuel."))
        else:
            self.stop_button.setToolTip(self.tr("Arrêter le scénario sélectionné pour ce contact"))

    @Slot()
    def on_enrol_button_clicked(self) -> None:
        if self._contact_id is not None:
            self.sig_enrol_requested.emit(self._contact_id)

    @Slot()
    def on_stop_button_clicked(self) -> None:
        row = self.current_enrolment()
        if self._contact_id is not None and row is not None and row.can_stop:
            self.sig_stop_requested.emit(self._contact_id, row.scenario_id, row.scenario)

    @Slot()
    def on_note_button_clicked(self) -> None:
        text = self.note_edit.text().strip()
        if self._contact_id is not None and text:
            self.sig_note_requested.emit(self._contact_id, text)
            self.note_edit.clear()
