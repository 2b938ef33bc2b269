"""The panel beside the contacts table: who this is, how to reach them, and their timeline."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.validation import format_phone

if TYPE_CHECKING:
    from desktop.services.contact_detail import ContactDetail


class ContactDetailPanel(QWidget):
    """Shows one contact; emits ``sig_note_requested`` when the user adds a note."""

    sig_note_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("contact_detail")
        self.browser.setOpenExternalLinks(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Ajouter une note au fil…"))
        self.note_button = QPushButton(self.tr("Ajouter"))
        self.note_button.clicked.connect(self.on_note_button_clicked)
        self.note_edit.returnPressed.connect(self.on_note_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.show_contact(None)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def _kind_label(self, kind: str) -> str:
        labels = {"note": self.tr("Note"), "call": self.tr("Appel"), "email": self.tr("Email"),
                  "quote": self.tr("Devis"), "meeting": self.tr("Rendez-vous")}
        return labels.get(kind, kind)

    def show_contact(self, detail: ContactDetail | None, date_format: str = "%d/%m/%Y %H:%M") -> None:
        """Render one contact, or an invitation to select one."""
        self._contact_id = detail.id if detail else None
        self.note_edit.setEnabled(detail is not None)
        self.note_button.setEnabled(detail is not None)
        if detail is None:
            self.browser.setHtml(f"<p class='hint'>{html.escape(self.tr('Sélectionnez un contact.'))}</p>")
            return
        e = html.escape
        parts = [f"<h2>{e(detail.name)}</h2>"]
        if detail.job_title or detail.company:
            parts.append(f"<p>{e(' — '.join(x for x in (detail.job_title, detail.company) if x))}</p>")
        if detail.do_not_contact:
            parts.append(f"<p style='color:#b3261e'><b>{e(self.tr('Ne pas contacter'))}</b></p>")
        for email in detail.emails:
            parts.append(f"<p>✉ <a href='mailto:{e(email)}'>{e(email)}</a></p>")
        for phone in detail.phones:
            parts.append(f"<p>☎ <a href='tel:{e(phone)}'>{e(format_phone(phone))}</a></p>")
        if detail.city:
            parts.append(f"<p>{e(detail.city)}</p>")
        if detail.tags:
            parts.append("<p>" + " ".join(f"<span style='background:#e8eef9'>&nbsp;{e(t)}&nbsp;</span>"
                                          for t in detail.tags) + "</p>")
        parts.append(f"<h3>{e(self.tr('Fil d’activité'))}</h3>")
        if not detail.timeline:
            parts.append(f"<p class='hint'>{e(self.tr('Aucune activité pour l’instant.'))}</p>")
        for entry in detail.timeline:
            when = entry.when.astimezone().strftime(date_format)
            author = f" · {e(entry.author)}" if entry.author else ""
            parts.append(f"<p><b>{e(self._kind_label(entry.kind))}</b> · {e(when)}{author}<br>{e(entry.subject)}")
            if entry.body:
                parts.append(f"<br><span style='color:#555'>{e(entry.body)}</span>")
            parts.append("</p>")
        self.browser.setHtml("".join(parts))

    @Slot()
    def on_note_button_clicked(self) -> None:
        text = self.note_edit.text().strip()
        if self._contact_id is not None and text:
            self.sig_note_requested.emit(self._contact_id, text)
            self.note_edit.clear()
