"""The email campaigns of the campaigns view: create from a query and a template, preview for a recipient, a
test to oneself, then sending through the outbox at the campaign's pace (a step every few seconds while the
view is open), with a progress bar; pause, resume or mark it done (undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.gui.campaigns.campaign_list import CampaignList, status_text
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext

PUMP_INTERVAL_MS = 3000


def _t(text: str) -> str:
    return tr("Campaigns", text)


def _percent(value: float) -> str:
    return f"{round(value * 100)}\u00a0%"


def rates_text(f: Any) -> str:
    """The campaign's open rates as the CNIL allows them: individual opens only for the contacts who consented,
    an aggregate anonymous rate (an upper bound, one person may open twice) for the others."""
    parts = []
    if f.tracked_delivered:
        parts.append(_t("Ouvertures suivies (contacts qui ont accepté) : %1 sur %2 (%3)").replace(
            "%1", str(f.human_opens)).replace("%2", str(f.tracked_delivered)).replace(
            "%3", _percent(f.tracked_open_rate or 0.0)))
    if f.anonymous_delivered:
        parts.append(_t("mesure agrégée et anonyme des autres : ≈ %1 au plus (%2 ouvertures pour %3 messages), "
                        "exemptée de consentement").replace("%1", _percent(f.anonymous_open_rate or 0.0)).replace(
            "%2", str(f.anonymous_opens)).replace("%3", str(f.anonymous_delivered)))
    return " · ".join(parts) if parts else _t("Pas encore de mesure d’ouverture pour cette campagne.")


class EmailPanel(CampaignList):
    """Email campaigns: the list with its figures, the actions, the sending progress of the selected one."""

    shown_topics = Topic.CAMPAIGNS | Topic.OUTBOX | Topic.CONTACTS  # messages sent, opens, unsubscribes

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [_t("Campagne"), _t("Expéditeur"), _t("Statut"), _t("Envoyés"), _t("Délivrés"),
                               _t("Ouvertures"), _t("Ouvertures machine"), _t("Clics"), _t("Désinscriptions"),
                               _t("Échecs"), _t("Exclus")], parent)
        self.previews: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("<b>Campagnes email</b>")))
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", _t("Nouvelle campagne email"), self.on_new_clicked),
                                ("preview", _t("Aperçu"), self.on_preview_clicked),
                                ("test", _t("Envoi test"), self.on_test_clicked),
                                ("send", _t("Envoyer / reprendre"), self.on_send_clicked),
                                ("pause", _t("Pause"), self.on_pause_clicked),
                                ("done", _t("Marquer terminée"), self.on_done_clicked)):
            button = QPushButton(text)
            button.setObjectName(f"email_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["done"].setToolTip(_t("Arrêter l'envoi pour de bon : les messages pas encore envoyés ne le "
                                           "seront pas (Ctrl+Z annule)"))
        bar.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        bar.addWidget(self.progress)
        layout.addLayout(bar)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        layout.addWidget(self.table, 1)
        self.rates = QLabel()
        self.rates.setObjectName("email_rates")
        self.rates.setWordWrap(True)
        self.rates.setProperty("role", "muted")
        layout.addWidget(self.rates)
        self.pump_timer = QTimer(self)
        self.pump_timer.setInterval(PUMP_INTERVAL_MS)
        self.pump_timer.timeout.connect(self.on_pump_timer_timeout)
        self.refresh()

    # Reading --------------------------------------------------------------------------------------------
    def read(self, session: Any) -> list[Any]:
        from desktop.db.email_campaigns import list_email_campaigns

        return list_email_campaigns(session)

    def cells(self, r: Any) -> list[str]:
        f = r.figures
        return [r.name, r.sender, status_text(r.status), str(f.sent), str(f.delivered), str(f.human_opens),
                str(f.machine_opens), str(f.clicks), str(f.unsubscribes), str(f.failed), str(f.excluded)]

    def shown(self) -> None:
        self._show_progress()
        self._update_buttons()
        if any(r.status == "sending" for r in self.rows):
            self.pump_timer.start()
        else:
            self.pump_timer.stop()

    def _update_buttons(self) -> None:
        """Each status action is offered only where it means something for the selected campaign."""
        row = self.selected_row()
        status = row.status if row is not None else None
        self.buttons["send"].setEnabled(status is not None and status not in ("done", "sending"))
        self.buttons["pause"].setEnabled(status == "sending")
        self.buttons["done"].setEnabled(status is not None and status != "done")

    @Slot()
    def on_selection_changed(self) -> None:
        self._show_progress()
        self._update_buttons()

    def _show_progress(self) -> None:
        row = self.selected_row()
        self.rates.setText(rates_text(row.figures) if row is not None else "")
        if row is None:
            self.progress.setValue(0)
            return
        f = row.figures
        self.progress.setMaximum(max(1, f.recipients - f.excluded))
        self.progress.setValue(f.sent)
        self.progress.setFormat(_t("%1 envoyés sur %2").replace("%1", str(f.sent)).replace(
            "%2", str(f.recipients - f.excluded)))

    # Sending ----------------------------------------------------------------------------------------------
    def _setup(self) -> Any:
        from desktop.services.campaigns_mail import MailSetup
        from desktop.services.mail.wiring import sender_identity, tracking_policy

        settings = self.ctx.settings
        return MailSetup(sender_identity(settings), tracking_policy(settings), self._links().url)

    def _links(self) -> Any:
        """The tracker address messages may carry now (none when no tracker a client can reach is connected)."""
        from desktop.gui.shell.live_ui import find_live
        from desktop.services.tracking.reach import NO_TRACKER

        live = find_live(self)
        return live.links if live is not None else NO_TRACKER

    def _refuse_without_tracker(self) -> bool:
        """Say why an email campaign cannot go out without a tracker (its unsubscribe link); True if refused."""
        from desktop.gui.kit.problems import problem_text

        links = self._links()
        if links.url is not None:
            return False
        self.ctx.show_message(_t("Une campagne e-mail a besoin du serveur de suivi hébergé pour son lien de "
                                 "désinscription (%1). Déployez-le (packaging/tracker) et indiquez son adresse "
                                 "HTTPS dans Paramètres › Messagerie et suivi.").replace(
            "%1", problem_text(links.problem)))
        return True

    @Slot()
    def on_new_clicked(self) -> None:
        """Create an email campaign from a query and a template; its recipients are listed at once."""
        from desktop.db.campaigns import current_user_id
        from desktop.db.email_campaigns import create_email_campaign, prepare_recipients
        from desktop.gui.campaigns.dialogs import EmailDialog
        from desktop.services.mail.templates import email_templates_root

        def ask(queries: list[tuple[int, str]]) -> None:
            templates = sorted(p.name for p in email_templates_root().iterdir() if p.is_dir())
            dialog = EmailDialog(queries, templates, self)
            if not dialog.exec():
                return
            values, now, address = dialog.values(), self.ctx.clock(), self.ctx.settings.sender_address

            def work(s: Any) -> None:
                campaign = create_email_campaign(s, now=now, sender_id=current_user_id(s, address), **values)
                prepare_recipients(s, campaign.id, now)

            self.run(work)

        self.queries(ask)

    @staticmethod
    def _first_recipient(session: Any, campaign_id: int) -> int:
        from desktop.db.campaigns import first_recipient
        from desktop.services.campaigns_mail import CampaignRefused

        found = first_recipient(session, campaign_id)
        if found is None:
            raise CampaignRefused(_t("Cette campagne n'a aucun destinataire."))
        return found

    @Slot()
    def on_preview_clicked(self) -> None:
        """Preview the message of a recipient (the first one; its exact text)."""
        from desktop.services.campaigns_mail import preview

        campaign_id = self.selected_id()
        if campaign_id is None or self._refuse_without_tracker():
            return
        setup, now = self._setup(), self.ctx.clock()

        def show(text: str) -> None:
            browser = QTextBrowser()
            browser.setWindowTitle(_t("Aperçu"))
            browser.setPlainText(text)
            browser.resize(760, 620)
            self.previews = [w for w in self.previews if w.isVisible()] + [browser]
            browser.show()

        self.run(lambda s: preview(s, campaign_id, self._first_recipient(s, campaign_id), setup, now)
                 .raw.decode("utf-8", "replace"), show, changes=None)

    @Slot()
    def on_test_clicked(self) -> None:
        """Send the first recipient's message to oneself."""
        from desktop.services.campaigns_mail import send_test

        campaign_id = self.selected_id()
        if campaign_id is None:
            return
        setup, now = self._setup(), self.ctx.clock()
        self.run(lambda s: send_test(s, campaign_id, self._first_recipient(s, campaign_id), setup, now),
                 lambda _r: self.ctx.show_message(_t("Email de test placé dans la boîte d'envoi.")),
                 changes=Topic.OUTBOX)

    @Slot()
    def on_send_clicked(self) -> None:
        """Start (or resume) sending the selected email campaign at its pace (not a campaign marked done)."""
        from desktop.services.campaigns_mail import start

        row = self.selected_row()
        if row is not None and row.status == "done":
            self.ctx.show_message(_t("La campagne « %1 » est terminée : elle n'envoie plus rien.")
                                  .replace("%1", row.name))
            return
        if row is not None and not self._refuse_without_tracker():
            campaign_id, now = row.id, self.ctx.clock()
            self.run(lambda s: start(s, campaign_id, now), lambda _r: self.on_pump_timer_timeout())

    @Slot()
    def on_pause_clicked(self) -> None:
        """Stop handing the selected campaign's messages to the outbox."""
        from desktop.services.campaigns_mail import pause

        campaign_id = self.selected_id()
        if campaign_id is not None:
            self.run(lambda s: pause(s, campaign_id))

    @Slot()
    def on_pump_timer_timeout(self) -> None:
        """One sending step for every campaign being sent (the figures follow through the bus)."""
        from desktop.services.campaigns_mail import pump_all

        setup, now = self._setup(), self.ctx.clock()
        self.run(lambda s: pump_all(s, setup, now), changes=Topic.CAMPAIGNS | Topic.OUTBOX)

    @Slot()
    def on_done_clicked(self, confirmed: bool = False) -> None:
        """Mark the selected email campaign done: its messages not handed over yet are never sent (asked first)."""
        from desktop.db.campaigns import set_email_campaign_status

        row = self.selected_row()
        if row is None or row.status == "done":
            return
        question = tr("Campaigns", "Marquer la campagne « %1 » comme terminée ? %n message(s) pas encore "
                                   "envoyé(s) ne le seront pas.", "", row.figures.pending).replace("%1", row.name)
        now = self.ctx.clock()
        self.close_campaign(row.name, question, confirmed,
                            lambda s, status: set_email_campaign_status(s, row.id, status, now))
