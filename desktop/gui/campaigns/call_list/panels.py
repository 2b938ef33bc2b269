"""The parts of the call-list window: the contact card filled in, the outcome texts, the session summary."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktop.core.campaigns import Outcome, zone_of
from desktop.core.formatting import format_money
from desktop.core.validation import format_phone
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.theme import set_role
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


class ContactCard:
    """The contact card of the call-list form (``ui/campaigns/call_list.ui``), large and readable: who, how to
    reach them, their latest quote and recent timeline; :meth:`show_card` fills it."""

    def __init__(self, form: Any, lang: str) -> None:
        self._lang = lang
        self.name, self.job, self.phones = form.card_name, form.card_job, form.card_phones
        self.local_time, self.quote, self.quote_activity = form.card_muted, form.card_quote_head, \
            form.card_quote_activity
        self.timeline, self.notes = form.card_timeline, form.card_notes

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
        self._show_quote(card, now)
        items = [f"<b>{_esc(when.astimezone(ZoneInfo(zone_of(card.country))).strftime('%d/%m %H:%M'))}</b> "
                 f"{_esc(subject)}" for when, _kind, subject in card.timeline]
        self.timeline.setText("<br>".join(items) if items else _t("Rien pour l'instant."))
        notes = "\n\n".join(n for n in (card.member_note, card.notes) if n)
        self.notes.setText(notes or "—")

    def _show_quote(self, card: Any, now: datetime) -> None:
        """The latest quote, and when it was last opened (in the hot colour when it was within a day)."""
        q = card.quote
        self.quote_activity.setVisible(q is not None)
        if q is None:
            self.quote.setText(_t("Aucun devis"))
            return
        self.quote.setText(_t("Dernier devis %1 · %2 · %3 TTC").replace("%1", q.number).replace(
            "%2", status_text(q.status)).replace("%3", format_money(q.total_ttc, self._lang)))
        opened = _t("dernière ouverture : %1").replace("%1", _ago(q.last_human_open_at, now)) \
            if q.last_human_open_at else _t("jamais ouvert")
        views = tr("CallList", "%n consultation(s) en ligne", "", q.views)
        self.quote_activity.setText(f"{opened} · {views}")
        hot = q.last_human_open_at is not None and (now - q.last_human_open_at).total_seconds() < 86400
        set_role(self.quote_activity, "hot" if hot else "")


def summary_html(counts: dict[Outcome, int], calls: int, reached: int, minutes: int) -> str:
    """The end-of-session summary."""
    rows = "".join(f"<tr><td>{_esc(outcome_text(o))}</td><td align='right'><b>{counts.get(o, 0)}</b></td></tr>"
                   for o in Outcome)
    title = _esc(_t("Session terminée"))
    line = _esc(tr("CallList", "%n appel(s)", "", calls) + " · " + tr("CallList", "%n joint(s)", "", reached) + " · "
                + tr("CallList", "%n minute(s)", "", minutes))
    return f"<h2>{title}</h2><p>{line}</p><table cellspacing='6'>{rows}</table>"

