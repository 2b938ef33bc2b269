"""The phoning campaigns of the campaigns view: create or edit, add contacts from a smart query, start a calling
session (the call-list window), pause, resume or close (undoable), and the selected campaign's statistics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.gui.campaigns.campaign_list import CampaignList, status_text
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("Campaigns", text)


class PhoningPanel(CampaignList):
    """Phoning campaigns: the list with its figures, the actions, the statistics of the selected one."""

    shown_topics = Topic.CAMPAIGNS | Topic.CONTACTS  # a contact no longer to call leaves the figures

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [_t("Campagne"), _t("Responsable"), _t("Statut"), _t("Contacts"), _t("Restants"),
                               _t("Appels"), _t("Joints"), _t("Taux de joignabilité")], parent)
        self.windows: list[QWidget] = []  # the call-list windows opened from here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("<b>Campagnes phoning</b>")))
        bar = QHBoxLayout()
        for text, slot in ((_t("Nouvelle campagne phoning"), self.on_new_clicked),
                           (_t("Modifier"), self.on_edit_clicked),
                           (_t("Ajouter des comptes"), self.on_add_accounts_clicked)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.session_button = QPushButton(_t("Lancer une session d'appels"))
        self.session_button.setDefault(True)
        self.session_button.clicked.connect(self.on_session_clicked)
        bar.addWidget(self.session_button)
        self.pause_button = QPushButton(_t("Mettre en pause"))
        self.pause_button.setObjectName("phoning_pause")
        self.pause_button.clicked.connect(self.on_pause_clicked)
        bar.addWidget(self.pause_button)
        self.done_button = QPushButton(_t("Marquer terminée"))
        self.done_button.setObjectName("phoning_done")
        self.done_button.setToolTip(_t("Clore la campagne : plus de session d'appels (Ctrl+Z annule)"))
        self.done_button.clicked.connect(self.on_done_clicked)
        bar.addWidget(self.done_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)
        self.table.doubleClicked.connect(self.on_session_clicked)
        layout.addWidget(self.table, 1)
        self.stats = QTextBrowser()
        self.stats.setMaximumHeight(150)
        layout.addWidget(self.stats)
        self.refresh()

    # Reading --------------------------------------------------------------------------------------------
    def read(self, session: Any) -> list[Any]:
        from desktop.db.campaigns import list_campaigns

        return list_campaigns(session, self.ctx.clock())

    def cells(self, r: Any) -> list[str]:
        return [r.name, r.owner, status_text(r.status), str(r.total), str(r.left), str(r.calls), str(r.reached),
                f"{round(100 * r.reached / r.calls) if r.calls else 0} %"]

    def shown(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Each status action is offered only where it means something for the selected campaign."""
        row = self.selected_row()
        status = row.status if row is not None else None
        self.pause_button.setText(_t("Mettre en pause") if status in (None, "active") else
                                  _t("Rouvrir") if status == "done" else _t("Reprendre"))
        self.pause_button.setEnabled(status is not None)
        self.done_button.setEnabled(status is not None and status != "done")
        self.session_button.setEnabled(status in (None, "active", "draft"))

    @Slot()
    def on_selection_changed(self) -> None:
        """Show the selected campaign's statistics (outcomes, per salesperson, per day)."""
        from desktop.db.campaigns import statistics
        from desktop.gui.campaigns.call_list.panels import outcome_text

        self._update_buttons()
        campaign_id = self.selected_id()
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

        db_op(self.ctx, lambda s: statistics(s, campaign_id), write=False).success(show).run()

    # Actions --------------------------------------------------------------------------------------------
    @Slot()
    def on_new_clicked(self) -> None:
        """Create a phoning campaign (and fill it from its query)."""
        from desktop.db import campaigns as repo
        from desktop.gui.campaigns.dialogs import PhoningDialog

        def ask(queries: list[tuple[int, str]]) -> None:
            dialog = PhoningDialog(queries, parent=self, lang=self.ctx.settings.language)
            if not dialog.exec():
                return
            values, now, address = dialog.values(), self.ctx.clock(), self.ctx.settings.sender_address

            def work(s: Any) -> None:
                campaign = repo.create_campaign(s, now=now, owner_id=repo.current_user_id(s, address), **values)
                repo.feed_from_query(s, campaign.id, now)

            self.run(work)

        self.queries(ask)

    @Slot()
    def on_edit_clicked(self) -> None:
        """Edit the selected campaign."""
        from desktop.db import campaigns as repo
        from desktop.db.queries import list_queries
        from desktop.gui.campaigns.dialogs import PhoningDialog

        campaign_id = self.selected_id()
        if campaign_id is None:
            return

        def ask(found: tuple[list[tuple[int, str]], dict[str, Any]]) -> None:
            dialog = PhoningDialog(found[0], found[1], parent=self, lang=self.ctx.settings.language)
            if dialog.exec():
                values = dialog.values()
                self.run(lambda s: repo.update_campaign(s, campaign_id, values))

        db_op(self.ctx, lambda s: ([(q.id, q.name) for q in list_queries(s)], repo.campaign_values(s, campaign_id)),
              write=False).success(ask).run()

    @Slot()
    def on_add_accounts_clicked(self) -> None:
        """"Ajouter des comptes": add the members of a smart query to the selected campaign."""
        from desktop.db import campaigns as repo

        campaign_id = self.selected_id()
        if campaign_id is None:
            return

        def ask(queries: list[tuple[int, str]]) -> None:
            names = [name for _id, name in queries]
            name, ok = QInputDialog.getItem(self, _t("Ajouter des comptes"), _t("Requête"), names, 0, False)
            if not ok or name not in names:
                return
            query_id, now = queries[names.index(name)][0], self.ctx.clock()
            self.run(lambda s: repo.feed_from_query(s, campaign_id, now, query_id), self._added)

        self.queries(ask)

    def _added(self, count: int) -> None:
        self.ctx.show_message(tr("Campaigns", "%n contact(s) ajouté(s) à la campagne", "", count))

    @Slot()
    def on_session_clicked(self) -> None:
        """Open the call-list window on the selected campaign (a running one only)."""
        row = self.selected_row()
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
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        window.show()
        address = self.ctx.settings.sender_address

        def begin(user_id: int) -> None:
            window.user_id = user_id
            window.start()

        self.run(lambda s: current_user_id(s, address), begin, changes=None)  # may create the first user
        return window

    @Slot()
    def on_pause_clicked(self) -> None:
        """Pause a running phoning campaign, or resume (reopen) a paused or closed one."""
        from desktop.db.campaigns import set_campaign_status

        row = self.selected_row()
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
        self.push_status(text.replace("%1", row.name), message.replace("%1", row.name),
                         lambda s, status: set_campaign_status(s, row.id, status, now), target)

    @Slot()
    def on_done_clicked(self, confirmed: bool = False) -> None:
        """Close the selected phoning campaign (asked first)."""
        from desktop.db.campaigns import set_campaign_status

        row = self.selected_row()
        if row is None or row.status == "done":
            return
        question = tr("Campaigns", "Marquer la campagne « %1 » comme terminée ? %n contact(s) restent à appeler.",
                      "", row.left).replace("%1", row.name)
        now = self.ctx.clock()
        self.close_campaign(row.name, question, confirmed, lambda s, status: set_campaign_status(s, row.id, status,
                                                                                                  now))
