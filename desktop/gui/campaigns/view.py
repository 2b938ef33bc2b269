"""The campaigns view: phoning campaigns (call lists) and email campaigns with their figures.

Phoning: create or edit, add contacts from a smart query, start a calling session (the call-list window),
pause, resume or close it, read the statistics. Email: create from a query and a template, preview for any
recipient, a test to oneself, then sending through the outbox at the campaign's pace (a step every few
seconds while the view is open), with a progress bar; pause, resume or mark it done. Status changes are
undoable (Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.shell.context import GuiContext

PUMP_INTERVAL_MS = 3000


def _t(text: str) -> str:
    return tr("Campaigns", text)


def _status(status: str) -> str:
    return {"draft": _t("Brouillon"), "active": _t("En cours"), "paused": _t("En pause"), "done": _t("Terminée"),
            "sending": _t("Envoi en cours")}.get(status, status)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    selected = table.currentRow()
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            if c > 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if rows:
        table.selectRow(min(max(selected, 0), len(rows) - 1))


class CampaignsView(QWidget):
    """Phoning and email campaigns, their figures and actions."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.windows: list[QWidget] = []
        self.phoning_rows: list[Any] = []
        self.email_rows: list[Any] = []
        layout = QVBoxLayout(self)
        title = QLabel(_t("Campagnes"))
        title.setObjectName("view_title")
        layout.addWidget(title)
        layout.addWidget(QLabel(_t("<b>Campagnes phoning</b>")))
        bar = QHBoxLayout()
        for text, slot in ((_t("Nouvelle campagne phoning"), self.on_new_phoning_clicked),
                           (_t("Modifier"), self.on_edit_phoning_clicked),
                           (_t("Ajouter des comptes"), self.on_add_accounts_clicked)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.session_button = QPushButton(_t("Lancer une session d'appels"))
        self.session_button.setDefault(True)
        self.session_button.clicked.connect(self.on_session_clicked)
        bar.addWidget(self.session_button)
        self.phoning_pause_button = QPushButton(_t("Mettre en pause"))
        self.phoning_pause_button.setObjectName("phoning_pause")
        self.phoning_pause_button.clicked.connect(self.on_phoning_pause_clicked)
        bar.addWidget(self.phoning_pause_button)
        self.phoning_done_button = QPushButton(_t("Marquer terminée"))
        self.phoning_done_button.setObjectName("phoning_done")
        self.phoning_done_button.setToolTip(_t("Clore la campagne : plus de session d'appels (Ctrl+Z annule)"))
        self.phoning_done_button.clicked.connect(self.on_phoning_done_clicked)
        bar.addWidget(self.phoning_done_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.phoning = _table([_t("Campagne"), _t("Responsable"), _t("Statut"), _t("Contacts"), _t("Restants"),
                               _t("Appels"), _t("Joints"), _t("Taux de joignabilité")])
        self.phoning.itemSelectionChanged.connect(self.on_phoning_selection_changed)
        self.phoning.doubleClicked.connect(self.on_session_clicked)
        layout.addWidget(self.phoning, 2)
        self.stats = QTextBrowser()
        self.stats.setMaximumHeight(150)
        layout.addWidget(self.stats)
        layout.addWidget(QLabel(_t("<b>Campagnes email</b>")))
        bar = QHBoxLayout()
        self.email_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", _t("Nouvelle campagne email"), self.on_new_email_clicked),
                                ("preview", _t("Aperçu"), self.on_preview_clicked),
                                ("test", _t("Envoi test"), self.on_test_clicked),
                                ("send", _t("Envoyer / reprendre"), self.on_send_clicked),
                                ("pause", _t("Pause"), self.on_pause_clicked),
                                ("done", _t("Marquer terminée"), self.on_email_done_clicked)):
            button = QPushButton(text)
            button.setObjectName(f"email_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.email_buttons[key] = button
        self.email_buttons["done"].setToolTip(_t("Arrêter l'envoi pour de bon : les messages pas encore envoyés "
                                                 "ne le seront pas (Ctrl+Z annule)"))
        bar.addStretch(1)
        self.send_progress = QProgressBar()
        self.send_progress.setMaximumWidth(260)
        bar.addWidget(self.send_progress)
        layout.addLayout(bar)
        self.email = _table([_t("Campagne"), _t("Expéditeur"), _t("Statut"), _t("Envoyés"), _t("Délivrés"),
                             _t("Ouvertures"), _t("Ouvertures machine"), _t("Clics"), _t("Désinscriptions"),
                             _t("Échecs"), _t("Exclus")])
        self.email.itemSelectionChanged.connect(self.on_email_selection_changed)
        layout.addWidget(self.email, 1)
        self.pump_timer = QTimer(self)
        self.pump_timer.setInterval(PUMP_INTERVAL_MS)
        self.pump_timer.timeout.connect(self.on_pump_timer_timeout)
        self.refresh()

    # Reading ------------------------------------------------------------------------------------
    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(session)`` in one transaction on the worker thread; ``done(result)`` back here."""
        database = self.ctx.database

        def job(_p: Callable[[int, int], bool]) -> Any:
            with database.sessions.begin() as session:
                return work(session)

        Op(job).success(done).failure(lambda exc: self.ctx.show_message(str(exc))).run_in_background(self.ctx.runner)

    def refresh(self) -> None:
        """Read both lists with their figures."""
        from desktop.db.campaigns import list_campaigns
        from desktop.db.email_campaigns import list_email_campaigns

        now = self.ctx.clock()
        self.run(lambda s: (list_campaigns(s, now), list_email_campaigns(s)), self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any]]) -> None:
        self.phoning_rows, self.email_rows = result
        _fill(self.phoning, [(r.id, [r.name, r.owner, _status(r.status), str(r.total), str(r.left), str(r.calls),
                                     str(r.reached), f"{round(100 * r.reached / r.calls) if r.calls else 0} %"])
                             for r in self.phoning_rows])
        _fill(self.email, [(r.id, [r.name, r.sender, _status(r.status), str(r.figures.sent), str(r.figures.delivered),
                                   str(r.figures.human_opens), str(r.figures.machine_opens), str(r.figures.clicks),
                                   str(r.figures.unsubscribes), str(r.figures.failed), str(r.figures.excluded)])
                           for r in self.email_rows])
        self._show_send_progress()
        self._update_status_buttons()
        if any(r.status == "sending" for r in self.email_rows):
            self.pump_timer.start()
        else:
            self.pump_timer.stop()

    def _selected(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_first(self) -> None:
        """Select the first phoning campaign (the screenshot)."""
        if self.phoning.rowCount():
            self.phoning.selectRow(0)

    @Slot()
    def on_phoning_selection_changed(self) -> None:
        """Show the selected campaign's statistics (outcomes, per salesperson, per day)."""
        from desktop.db.campaigns import statistics
        from desktop.gui.campaigns.call_list.panels import outcome_text

        self._update_status_buttons()
        campaign_id = self._selected(self.phoning)
        if campaign_id is None:
            return

        def show(stats: Any) -> None:
            outcomes = " · ".join(f"{outcome_text(o)} : {n}" for o, n in stats.outcomes.items())
            people = " · ".join(f"{u or '—'} : {c} / {r}" for u, (c, r) in stats.per_user.items())
            days = " · ".join(f"{d.strftime('%d/%m')} : {c}" for d, (c, _r) in list(stats.per_day.items())[-7:])
            calls, rate = _t("Appels"), _t("Taux de joignabilité")
            per_user, per_day = _t("Par commercial (appels / joints)"), _t("Par jour")
            self.stats.setHtml(
                f"<p><b>{calls}</b> {stats.calls} · <b>{rate}</b> {round(100 * stats.reach_rate)} %</p>"
                f"<p>{outcomes}</p><p><b>{per_user}</b> {people}</p><p><b>{per_day}</b> {days}</p>")

        self.run(lambda s: statistics(s, campaign_id), show)

    # Phoning actions ----------------------------------------------------------------------------
    def _queries(self, then: Callable[[list[tuple[int, str]]], None]) -> None:
        from desktop.db.queries import list_queries

        self.run(lambda s: [(q.id, q.name) for q in list_queries(s)], then)

    @Slot()
    def on_new_phoning_clicked(self) -> None:
        """Create a phoning campaign (and fill it from its query)."""
        from desktop.db import campaigns as repo
        from desktop.gui.campaigns.dialogs import PhoningDialog

        def ask(queries: list[tuple[int, str]]) -> None:
            dialog = PhoningDialog(queries, parent=self)
            if not dialog.exec():
                return
            values, now, address = dialog.values(), self.ctx.clock(), self.ctx.settings.sender_address

            def work(s: Any) -> None:
                campaign = repo.create_campaign(s, now=now, owner_id=repo.current_user_id(s, address), **values)
                repo.feed_from_query(s, campaign.id, now)

            self.run(work, lambda _r: self.refresh())

        self._queries(ask)

    @Slot()
    def on_edit_phoning_clicked(self) -> None:
        """Edit the selected campaign."""
        from desktop.db import campaigns as repo
        from desktop.gui.campaigns.dialogs import PhoningDialog

        campaign_id = self._selected(self.phoning)
        if campaign_id is None:
            return

        def ask(found: tuple[list[tuple[int, str]], dict[str, Any]]) -> None:
            dialog = PhoningDialog(found[0], found[1], parent=self)
            if dialog.exec():
                values = dialog.values()
                self.run(lambda s: repo.update_campaign(s, campaign_id, values), lambda _r: self.refresh())

        from desktop.db.queries import list_queries

        self.run(lambda s: ([(q.id, q.name) for q in list_queries(s)], repo.campaign_values(s, campaign_id)), ask)

    @Slot()
    def on_add_accounts_clicked(self) -> None:
        """"Ajouter des comptes": add the members of a smart query to the selected campaign."""
        from desktop.db import campaigns as repo

        campaign_id = self._selected(self.phoning)
        if campaign_id is None:
            return

        def ask(queries: list[tuple[int, str]]) -> None:
            names = [name for _id, name in queries]
            name, ok = QInputDialog.getItem(self, _t("Ajouter des comptes"), _t("Requête"), names, 0, False)
            if not ok or name not in names:
                return
            query_id, now = queries[names.index(name)][0], self.ctx.clock()
            self.run(lambda s: repo.feed_from_query(s, campaign_id, now, query_id), self._added)

        self._queries(ask)

    def _added(self, count: int) -> None:
        self.ctx.show_message(tr("Campaigns", "%n contact(s) ajouté(s) à la campagne", "", count))
        self.refresh()

    @Slot()
    def on_session_clicked(self) -> None:
        """Open the call-list window on the selected campaign (a running one only)."""
        row = self._selected_row(self.phoning, self.phoning_rows)
        if row is None:
            return
        if row.status == "paused":
            self.ctx.show_message(_t("La campagne « %1 » est en pause : reprenez-la pour lancer une session "
                                     "d'appels.").replace("%1", row.name))
        elif row.status == "done":
            self.ctx.show_message(_t("La campagne « %1 » est terminée : rouvrez-la pour lancer une session "
                                     "d'appels.").replace("%1", row.name))
        else:
            self.open_session(row.id)

    def open_session(self, campaign_id: int) -> QWidget:
        """Open a calling session (the salesperson is resolved on the worker thread first)."""
        from desktop.db.campaigns import current_user_id
        from desktop.gui.campaigns.call_list.window import CallListWindow

        window = CallListWindow(self.ctx, campaign_id, 0)
        window.sig_session_finished.connect(self.refresh)
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        window.show()
        address = self.ctx.settings.sender_address

        def begin(user_id: int) -> None:
            window.user_id = user_id
            window.start()

        self.run(lambda s: current_user_id(s, address), begin)
        return window

    def open_first_session(self) -> QWidget | None:
        """The call-list window of the first campaign (``--screenshot --view call-list``)."""
        from desktop.db.campaigns import list_campaigns

        with self.ctx.database.sessions() as session:  # screenshot only: the worker has drained
            rows = list_campaigns(session, self.ctx.clock())
        active = [r for r in rows if r.status == "active"] or rows
        return self.open_session(active[-1].id) if active else None

    # Email actions ------------------------------------------------------------------------------
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
    def on_new_email_clicked(self) -> None:
        """Create an email campaign from a query and a template; its recipients are listed at once."""
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
                from desktop.db.campaigns import current_user_id

                campaign = create_email_campaign(s, now=now, sender_id=current_user_id(s, address), **values)
                prepare_recipients(s, campaign.id, now)

            self.run(work, lambda _r: self.refresh())

        self._queries(ask)

    def _first_recipient(self, session: Any, campaign_id: int) -> int:
        from sqlalchemy import select

        from desktop.db.campaign_models import EmailCampaignRecipient as R

        found = session.scalar(select(R.contact_id).where(R.campaign_id == campaign_id).order_by(
            R.state != "pending", R.id).limit(1))
        if found is None:
            raise LookupError(_t("Cette campagne n'a aucun destinataire."))
        return int(found)

    @Slot()
    def on_preview_clicked(self) -> None:
        """Preview the message of a recipient (the first one; its exact text)."""
        from desktop.services.campaigns_mail import preview

        campaign_id = self._selected(self.email)
        if campaign_id is None or self._refuse_without_tracker():
            return
        setup, now = self._setup(), self.ctx.clock()

        def show(text: str) -> None:
            browser = QTextBrowser()
            browser.setWindowTitle(_t("Aperçu"))
            browser.setPlainText(text)
            browser.resize(760, 620)
            self.windows = [w for w in self.windows if w.isVisible()] + [browser]
            browser.show()

        self.run(lambda s: preview(s, campaign_id, self._first_recipient(s, campaign_id), setup, now)
                 .raw.decode("utf-8", "replace"), show)

    @Slot()
    def on_test_clicked(self) -> None:
        """Send the first recipient's message to oneself."""
        from desktop.services.campaigns_mail import send_test

        campaign_id = self._selected(self.email)
        if campaign_id is None:
            return
        setup, now = self._setup(), self.ctx.clock()
        self.run(lambda s: send_test(s, campaign_id, self._first_recipient(s, campaign_id), setup, now),
                 lambda _r: self.ctx.show_message(_t("Email de test placé dans la boîte d'envoi.")))

    @Slot()
    def on_send_clicked(self) -> None:
        """Start (or resume) sending the selected email campaign at its pace (not a campaign marked done)."""
        from desktop.services.campaigns_mail import start

        row = self._selected_row(self.email, self.email_rows)
        if row is not None and row.status == "done":
            self.ctx.show_message(_t("La campagne « %1 » est terminée : elle n'envoie plus rien.")
                                  .replace("%1", row.name))
            return
        campaign_id = row.id if row is not None else None
        if campaign_id is not None and not self._refuse_without_tracker():
            now = self.ctx.clock()
            self.run(lambda s: start(s, campaign_id, now), lambda _r: self.on_pump_timer_timeout())

    @Slot()
    def on_pause_clicked(self) -> None:
        """Stop handing the selected campaign's messages to the outbox."""
        from desktop.services.campaigns_mail import pause

        campaign_id = self._selected(self.email)
        if campaign_id is not None:
            self.run(lambda s: pause(s, campaign_id), lambda _r: self.refresh())

    # Status by hand -------------------------------------------------------------------------------
    def _selected_row(self, table: QTableWidget, rows: list[Any]) -> Any:
        campaign_id = self._selected(table)
        return next((r for r in rows if r.id == campaign_id), None)

    def _update_status_buttons(self) -> None:
        """Each status action is offered only where it means something for the selected campaign."""
        phoning = self._selected_row(self.phoning, self.phoning_rows)
        status = phoning.status if phoning is not None else None
        self.phoning_pause_button.setText(_t("Mettre en pause") if status in (None, "active") else
                                          _t("Rouvrir") if status == "done" else _t("Reprendre"))
        self.phoning_pause_button.setEnabled(status is not None)
        self.phoning_done_button.setEnabled(status is not None and status != "done")
        self.session_button.setEnabled(status in (None, "active", "draft"))
        email = self._selected_row(self.email, self.email_rows)
        status = email.status if email is not None else None
        self.email_buttons["send"].setEnabled(status is not None and status not in ("done", "sending"))
        self.email_buttons["pause"].setEnabled(status == "sending")
        self.email_buttons["done"].setEnabled(status is not None and status != "done")

    @Slot()
    def on_email_selection_changed(self) -> None:
        self._show_send_progress()
        self._update_status_buttons()

    def _push_status(self, text: str, message: str, change: Callable[[Any, str], str], target: str) -> None:
        """Change a status as an undoable edit: undo puts back the status the campaign had."""
        from desktop.gui.kit.undo import DbCommand

        before: list[str] = []

        def remember(previous: str) -> None:
            before.append(previous)
            self.ctx.show_message(message)

        self.ctx.undo_stack.push(DbCommand(
            self.ctx, text, first=lambda s: change(s, target), remember=remember,
            redo=lambda s: change(s, target), undo=lambda s: change(s, before[0]), on_done=self.refresh))

    @Slot()
    def on_phoning_pause_clicked(self) -> None:
        """Pause a running phoning campaign, or resume (reopen) a paused or closed one."""
        from desktop.db.campaigns import set_campaign_status

        row = self._selected_row(self.phoning, self.phoning_rows)
        if row is None:
            return
        now = self.ctx.clock()
        if row.status == "active":
            target, text = "paused", _t("Mettre en pause « %1 »")
            message = _t("Campagne « %1 » en pause : plus de session d'appels jusqu'à sa reprise. Ctrl+Z pour "
                         "annuler.")
        else:
            target, text = "active", _t("Reprendre « %1 »")
            message = _t("Campagne « %1 » reprise. Ctrl+Z pour annuler.")
        self._push_status(text.replace("%1", row.name), message.replace("%1", row.name),
                          lambda s, status: set_campaign_status(s, row.id, status, now), target)

    def _close(self, name: str, question: str, confirmed: bool, change: Callable[[Any, str], str]) -> None:
        """Mark a campaign done once the user agrees (``question`` says what is left), as an undoable edit."""
        if not confirmed and QMessageBox.question(self, _t("Marquer terminée"), question) != \
                QMessageBox.StandardButton.Yes:
            return
        self._push_status(_t("Terminer « %1 »").replace("%1", name),
                          _t("Campagne « %1 » terminée. Ctrl+Z pour annuler.").replace("%1", name), change, "done")

    @Slot()
    def on_phoning_done_clicked(self, confirmed: bool = False) -> None:
        """Close the selected phoning campaign (asked first)."""
        from desktop.db.campaigns import set_campaign_status

        row = self._selected_row(self.phoning, self.phoning_rows)
        if row is None or row.status == "done":
            return
        question = tr("Campaigns", "Marquer la campagne « %1 » comme terminée ? %n contact(s) restent à appeler.",
                      "", row.left).replace("%1", row.name)
        now = self.ctx.clock()
        self._close(row.name, question, confirmed, lambda s, status: set_campaign_status(s, row.id, status, now))

    @Slot()
    def on_email_done_clicked(self, confirmed: bool = False) -> None:
        """Mark the selected email campaign done: its messages not handed over yet are never sent (asked first)."""
        from desktop.db.campaigns import set_email_campaign_status

        row = self._selected_row(self.email, self.email_rows)
        if row is None or row.status == "done":
            return
        left = row.figures.pending
        question = tr("Campaigns", "Marquer la campagne « %1 » comme terminée ? %n message(s) pas encore "
                                   "envoyé(s) ne le seront pas.", "", left).replace("%1", row.name)
        now = self.ctx.clock()
        self._close(row.name, question, confirmed,
                    lambda s, status: set_email_campaign_status(s, row.id, status, now))

    @Slot()
    def on_pump_timer_timeout(self) -> None:
        """One sending step for every campaign being sent, then the figures again."""
        from desktop.services.campaigns_mail import pump_all

        setup, now = self._setup(), self.ctx.clock()
        self.run(lambda s: pump_all(s, setup, now), lambda _r: self.refresh())

    def _show_send_progress(self) -> None:
        campaign_id = self._selected(self.email)
        row = next((r for r in self.email_rows if r.id == campaign_id), None)
        if row is None:
            self.send_progress.setValue(0)
            return
        f = row.figures
        self.send_progress.setMaximum(max(1, f.recipients - f.excluded))
        self.send_progress.setValue(f.sent)
        self.send_progress.setFormat(_t("%1 envoyés sur %2").replace("%1", str(f.sent)).replace(
            "%2", str(f.recipients - f.excluded)))
