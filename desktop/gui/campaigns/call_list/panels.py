"""The parts of the call-list window: the contact card, the outcome texts and keys, the session summary."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.core.campaigns import Outcome, zone_of
from desktop.core.formatting import format_money
from desktop.core.validation import format_phone
from desktop.gui.kit.i18n import tr
from desktop.gui.quotes.texts import status_text


def _t(text: str) -> str:
    return tr("CallList", text)


def outcome_text(outcome: Outcome) -> str:
    """The button text of an outcome."""
    return {
        Outcome.INTERESTED: _t("Joint – intéressé"), Outcome.NOT_INTERESTED: _t("Joint – pas intéressé"),
        Outcome.VOICEMAIL: _t("Messagerie"), Outcome.NO_ANSWER: _t("Pas de réponse"),
        Outcome.WRONG_NUMBER: _t("Faux numéro"), Outcome.CALLBACK: _t("Rappeler le…"),
        Outcome.DO_NOT_CALL: _t("Ne plus appeler"),
    }[outcome]


OUTCOME_COLOURS = {Outcome.INTERESTED: "#1b7f3b", Outcome.NOT_INTERESTED: "#5b6475", Outcome.VOICEMAIL: "#8a6d00",
                   Outcome.NO_ANSWER: "#8a6d00", Outcome.WRONG_NUMBER: "#5b6475", Outcome.CALLBACK: "#2f6fe4",
                   Outcome.DO_NOT_CALL: "#b3261e"}


def _phone_kind(kind: str) -> str:
    return {"phone": _t("Fixe"), "mobile": _t("Mobile"), "company": _t("Standard")}.get(kind, kind)


def _ago(moment: datetime, now: datetime) -> str:
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 60:
        return tr("CallList", "il y a %n minute(s)", "", minutes)
    if minutes < 48 * 60:
        return tr("CallList", "il y a %n heure(s)", "", minutes // 60)
    return tr("CallList", "il y a %n jour(s)", "", minutes // (24 * 60))


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class ContactCard(QFrame):
    """One contact, large and readable: who, how to reach them, their latest quote and recent timeline."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._lang = lang
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.name = QLabel()
        self.name.setObjectName("card_name")
        self.job = QLabel()
        self.job.setObjectName("card_job")
        self.phones = QLabel()
        self.phones.setObjectName("card_phones")
        self.phones.setOpenExternalLinks(True)
        self.phones.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.local_time = QLabel()
        self.local_time.setObjectName("card_muted")
        self.quote = QLabel()
        self.quote.setObjectName("card_quote")
        self.quote.setWordWrap(True)
        self.timeline = QLabel()
        self.timeline.setObjectName("card_timeline")
        self.timeline.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("card_notes")
        self.notes.setWordWrap(True)
        for widget in (self.name, self.job, self.phones, self.local_time, self.quote):
            layout.addWidget(widget)
        heading = QLabel(_t("Historique récent"))
        heading.setObjectName("card_heading")
        layout.addWidget(heading)
        layout.addWidget(self.timeline)
        self.notes_heading = QLabel(_t("Notes"))
        self.notes_heading.setObjectName("card_heading")
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def show_card(self, card: Any, now: datetime) -> None:
        """Fill the card (a :class:`desktop.db.campaigns.CallCard`)."""
        self.name.setText(card.name or _t("(sans nom)"))
        self.job.setText(" — ".join(p for p in (card.job_title, card.company, card.city) if p))
        links = [f'{_esc(_phone_kind(kind))} <a href="tel:{_esc(number.replace(" ", ""))}">'
                 f'{_esc(format_phone(number))}</a>' for kind, number in card.phones]
        self.phones.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(links) if links else _t("Aucun numéro"))
        local = now.astimezone(ZoneInfo(zone_of(card.country)))
        tries = tr("CallList", "%n appel(s) déjà passé(s)", "", card.attempts) if card.attempts else \
            _t("Jamais appelé")
        self.local_time.setText(_t("Heure locale : %1").replace("%1", local.strftime("%H:%M")) + "   ·   " + tries)
        self.quote.setText(self._quote_text(card, now))
        items = [f"<b>{_esc(when.astimezone(ZoneInfo(zone_of(card.country))).strftime('%d/%m %H:%M'))}</b> "
                 f"{_esc(subject)}" for when, _kind, subject in card.timeline]
        self.timeline.setText("<br>".join(items) if items else _t("Rien pour l'instant."))
        notes = "\n\n".join(n for n in (card.member_note, card.notes) if n)
        self.notes.setText(notes or "—")

    def _quote_text(self, card: Any, now: datetime) -> str:
        q = card.quote
        if q is None:
            return _t("Aucun devis")
        head = _t("Dernier devis %1 · %2 · %3 TTC").replace("%1", q.number).replace(
            "%2", status_text(q.status)).replace("%3", format_money(q.total_ttc, self._lang))
        opened = _t("dernière ouverture : %1").replace("%1", _ago(q.last_human_open_at, now)) \
            if q.last_human_open_at else _t("jamais ouvert")
        views = tr("CallList", "%n consultation(s) en ligne", "", q.views)
        hot = q.last_human_open_at is not None and (now - q.last_human_open_at).total_seconds() < 86400
        colour = "#c62828" if hot else "#3a4356"
        return f'{_esc(head)}<br><span style="color:{colour}">{_esc(opened)} · {_esc(views)}</span>'


def summary_html(counts: dict[Outcome, int], calls: int, reached: int, minutes: int) -> str:
    """The end-of-session summary."""
    rows = "".join(f"<tr><td>{_esc(outcome_text(o))}</td><td align='right'><b>{counts.get(o, 0)}</b></td></tr>"
                   for o in Outcome)
    title = _esc(_t("Session terminée"))
    line = _esc(tr("CallList", "%n appel(s)", "", calls) + " · " + tr("CallList", "%n joint(s)", "", reached) + " · "
                + tr("CallList", "%n minute(s)", "", minutes))
    return f"<h2>{title}</h2><p>{line}</p><table cellspacing='6'>{rows}</table>"


STYLE = """
QWidget#call_list { background: #f6f7f9; }
QFrame#card { background: white; border: 1px solid #dde1e8; border-radius: 8px; padding: 14px; }
QLabel#card_name { font-size: 28px; font-weight: 700; color: #10213f; }
QLabel#card_job { font-size: 17px; color: #3a4356; }
QLabel#card_phones { font-size: 22px; padding: 6px 0; }
QLabel#card_muted { font-size: 14px; color: #5b6475; }
QLabel#card_quote { font-size: 15px; background: #f3f6fc; border-radius: 6px; padding: 8px; }
QLabel#card_heading { font-size: 13px; font-weight: 700; color: #5b6475; padding-top: 8px; }
QLabel#card_timeline, QLabel#card_notes { font-size: 14px; color: #222; }
QLabel#campaign_title { font-size: 18px; font-weight: 600; color: #1f2a44; }
QLabel#counter { font-size: 14px; color: #3a4356; padding: 0 10px; }
QPushButton[outcome="true"] { font-size: 15px; padding: 10px 12px; text-align: left; }
QTextBrowser#script { font-size: 14px; }
"""
