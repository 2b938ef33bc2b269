"""The panel beside the companies table: the company's identity, its contacts, its open opportunities and
quotes, and its timeline (its own entries and its contacts')."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.validation import format_phone
from desktop.gui.companies.model import format_siret
from desktop.gui.contacts.detail import RecordBrowser, custom_html, note_row, tags_html, timeline_html

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from desktop.services.company_detail import CompanyDetail

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "contact", "quote" or "opportunity"
FIND_ROLE = Qt.ItemDataRole.UserRole + 2  # what finds the contact in the contacts view
MAX_ROWS = 4  # a list is as tall as its rows, up to this many; it scrolls beyond


def _tree(name: str, headers: list[str], stretched: tuple[int, ...]) -> QTreeWidget:
    """A read-only list of the panel; the ``stretched`` columns share the width the others leave."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setStretchLastSection(False)
    for column in range(len(headers)):
        tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretched
                                           else QHeaderView.ResizeMode.ResizeToContents)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long texts are elided
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    return tree


class CompanyDetailPanel(QWidget):
    """Shows one company (or a summary of several). Emits ``sig_contact_requested`` (contact id, text that
    finds it) and ``sig_quote_requested`` (quote id) when a row is opened (double-click or Enter), and
    ``sig_note_requested`` (company id, text) when the user adds a note to the company's timeline."""

    sig_contact_requested = Signal(int, str)
    sig_quote_requested = Signal(int)
    sig_note_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._company_id: int | None = None
        self.identity = RecordBrowser("company_identity")
        self.identity.setOpenExternalLinks(True)
        self.identity.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.contacts_title = QLabel()
        self.contacts = _tree("company_contacts", [self.tr("Nom et fonction"), self.tr("Email et téléphone")],
                              stretched=(0, 1))
        self.contacts.setToolTip(self.tr("Double-clic ou Entrée : ouvrir le contact"))
        self.contacts.itemActivated.connect(self.on_contacts_item_activated)
        self.no_contact = self._hint(self.tr("Aucun contact dans cette société."))

        self.deals_title = QLabel()
        self.deals = _tree("company_deals", [self.tr("Affaire"), self.tr("Statut"), self.tr("Montant"),
                                             self.tr("Date")], stretched=(0,))
        self.deals.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        self.deals.itemActivated.connect(self.on_deals_item_activated)
        self.no_deal = self._hint(self.tr("Aucune opportunité ouverte ni aucun devis."))

        timeline_title = self.tr("Fil d’activité")
        self.timeline_title = QLabel(f"<b>{html.escape(timeline_title)}</b>")
        self.timeline = RecordBrowser("company_timeline")
        self.note_edit, self.note_button, notes = note_row(self.tr("Ajouter une note au fil de la société…"),
                                                           self.tr("Ajouter"), self.on_note_button_clicked)

        self.sections = QWidget()  # everything below the identity: hidden without one company
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.setSpacing(3)
        for widget in (self.contacts_title, self.contacts, self.no_contact, self.deals_title, self.deals,
                       self.no_deal, self.timeline_title):
            sections.addWidget(widget)
        sections.addWidget(self.timeline, 1)
        sections.addLayout(notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identity, 0, Qt.AlignmentFlag.AlignTop)  # at the top when alone (no sections)
        layout.addWidget(self.sections, 1)
        self.show_company(None)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "muted")
        return label

    @property
    def company_id(self) -> int | None:
        return self._company_id

    # Showing ------------------------------------------------------------------------------
    def show_company(self, detail: CompanyDetail | None, lang: str = "fr",
                     date_format: str = "%d/%m/%Y %H:%M") -> None:
        """Render one company, or an invitation to select one."""
        self._company_id = detail.id if detail else None
        self.sections.setVisible(detail is not None)
        if detail is None:
            hint = self.tr("Sélectionnez une société.")
            self._set_identity(f"<p class='hint'>{html.escape(hint)}</p>")
            return
        self._set_identity(self._identity_html(detail, lang))
        self._show_contacts(detail)
        self._show_deals(detail, lang)
        self.timeline.show_html(timeline_html(detail.timeline, date_format))

    def show_summary(self, companies: int, contacts: int) -> None:
        """Several companies are selected: how many, and how many contacts they have in all."""
        self._company_id = None
        self.sections.setVisible(False)
        title = self.tr("%n société(s) sélectionnée(s)", "", companies)
        total = self.tr("%n contact(s) en tout", "", contacts)
        self._set_identity(f"<h3>{html.escape(title)}</h3><p>{html.escape(total)}</p>")

    def _identity_html(self, detail: CompanyDetail, lang: str) -> str:
        e = html.escape
        title = e(detail.legal_name)
        if detail.legal_form:
            title += f" <span class='muted' style='font-weight:normal'>{e(detail.legal_form)}</span>"
        parts = [f"<h2>{title}</h2>"]
        siret, vat = self.tr("SIRET %1"), self.tr("TVA %1")
        ids = [e(siret).replace("%1", e(format_siret(detail.siret))) if detail.siret else "",
               e(vat).replace("%1", e(detail.vat_number)) if detail.vat_number else ""]
        if any(ids):
            parts.append(f"<p>{' · '.join(x for x in ids if x)}</p>")
        town = " ".join(x for x in (detail.postal_code, detail.city) if x)
        address = ", ".join(x for x in (detail.address, town) if x)
        if address:
            parts.append(f"<p>{e(address)}</p>")
        reach = []
        if detail.phone:
            reach.append(f"☎ <a href='tel:{e(detail.phone)}'>{e(format_phone(detail.phone))}</a>")
        if detail.website:
            url = detail.website if "://" in detail.website else f"https://{detail.website}"
            reach.append(f"<a href='{e(url)}'>{e(detail.website)}</a>")
        if reach:
            parts.append(f"<p>{' &nbsp; '.join(reach)}</p>")
        if detail.tags:
            parts.append(tags_html(detail.tags))
        if detail.custom:
            parts.append(custom_html(detail.custom, lang))
        return "".join(parts)

    def _set_identity(self, text: str) -> None:
        self.identity.show_html(text)
        self._fit_identity()

    def _fit_identity(self) -> None:
        """As tall as its text, up to a third of the panel (it scrolls beyond)."""
        document = self.identity.document()
        document.setTextWidth(self.identity.viewport().width())
        wanted = int(document.size().height()) + 2 * self.identity.frameWidth() + 2
        self.identity.setFixedHeight(max(40, min(wanted, max(self.height() // 3, 160))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the identity to the new width."""
        super().resizeEvent(event)
        self._fit_identity()

    def _fit(self, tree: QTreeWidget, rows: int, lines: int = 1) -> None:
        """As tall as its rows (of ``lines`` lines each), up to ``MAX_ROWS``; it scrolls beyond."""
        shown = min(max(rows, 1), MAX_ROWS)
        row_height = max(tree.sizeHintForRow(0), lines * self.fontMetrics().lineSpacing() + 6)
        tree.setFixedHeight(tree.header().sizeHint().height() + shown * row_height + 2 * tree.frameWidth() + 2)

    def _show_contacts(self, detail: CompanyDetail) -> None:
        title = self.tr("Contacts (%1)").replace("%1", str(len(detail.contacts)))
        self.contacts_title.setText(f"<b>{html.escape(title)}</b>")
        self.contacts.clear()
        for contact in detail.contacts:
            texts = ["\n".join(x for x in (contact.name, contact.job_title) if x),
                     "\n".join(x for x in (contact.email, format_phone(contact.phone)) if x)]
            item = QTreeWidgetItem(texts)
            item.setData(0, ID_ROLE, contact.id)
            item.setData(0, KIND_ROLE, "contact")
            item.setData(0, FIND_ROLE, contact.find_text)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            self.contacts.addTopLevelItem(item)
        self.contacts.setVisible(bool(detail.contacts))
        self.no_contact.setVisible(not detail.contacts)
        self._fit(self.contacts, len(detail.contacts), lines=2)

    def _show_deals(self, detail: CompanyDetail, lang: str) -> None:
        from desktop.core.formatting import format_date, format_money
        from desktop.gui.pipeline.view import stage_label
        from desktop.gui.quotes.texts import kind_text, status_text

        self.deals.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for opportunity in detail.opportunities:
            close = opportunity.expected_close_date
            item = QTreeWidgetItem([
                opportunity.title, stage_label(opportunity.stage),
                format_money(opportunity.amount, lang) if opportunity.amount is not None else "—",
                format_date(close, lang) if close else ""])
            item.setData(0, ID_ROLE, opportunity.id)
            item.setData(0, KIND_ROLE, "opportunity")
            item.setToolTip(0, self.tr("Opportunité ouverte : %1").replace("%1", opportunity.title))
            item.setToolTip(3, self.tr("Clôture prévue"))
            item.setTextAlignment(2, right)
            self.deals.addTopLevelItem(item)
        for quote in detail.quotes:
            number = quote.number or self.tr("brouillon n° %1").replace("%1", str(quote.id))
            if quote.kind != "quote":
                number = f"{number} ({kind_text(quote.kind)})"
            sent = quote.sent_at.astimezone().date() if quote.sent_at else None
            item = QTreeWidgetItem([number, status_text(quote.status), format_money(quote.total_ttc, lang),
                                    format_date(sent, lang) if sent else ""])
            item.setData(0, ID_ROLE, quote.id)
            item.setData(0, KIND_ROLE, "quote")
            item.setToolTip(0, self.tr("%1 — double-clic ou Entrée : ouvrir le devis").replace(
                "%1", " · ".join(x for x in (number, quote.contact) if x)))
            item.setToolTip(2, self.tr("Montant TTC"))
            item.setToolTip(3, self.tr("Date d’envoi") if sent else self.tr("Pas encore envoyé"))
            item.setTextAlignment(2, right)
            self.deals.addTopLevelItem(item)
        rows = len(detail.opportunities) + len(detail.quotes)
        title = self.tr("Opportunités ouvertes (%1) et devis (%2)").replace(
            "%1", str(len(detail.opportunities))).replace("%2", str(detail.quote_count))
        self.deals_title.setText(f"<b>{html.escape(title)}</b>")
        self.deals.setVisible(bool(rows))
        self.no_deal.setVisible(not rows)
        self._fit(self.deals, rows)

    # Opening ------------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def on_contacts_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Open the contact in the contacts view."""
        self.sig_contact_requested.emit(int(item.data(0, ID_ROLE)), str(item.data(0, FIND_ROLE)))

    @Slot(QTreeWidgetItem, int)
    def on_deals_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Open a quote in its editor (an opportunity has no window of its own)."""
        if item.data(0, KIND_ROLE) == "quote":
            self.sig_quote_requested.emit(int(item.data(0, ID_ROLE)))

    @Slot()
    def on_note_button_clicked(self) -> None:
        text = self.note_edit.text().strip()
        if self._company_id is not None and text:
            self.sig_note_requested.emit(self._company_id, text)
            self.note_edit.clear()
