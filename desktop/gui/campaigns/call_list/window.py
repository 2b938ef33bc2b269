"""The call-list window: one contact at a time, the script beside it, an outcome key, the next contact at once.

The next contact is claimed and read in advance: pressing an outcome key (1 to 7) shows it immediately, and
the outcome's database work (log, timeline, next step) plus the claim of the one after run through the
background wrapper. "Rappeler le…" (6) asks for the date and time first. Pause gives the held contacts back
to the team; the end of the list (or "Terminer") shows the session's summary. The window's layout is the form
``ui/campaigns/call_list.ui``. Each outcome publishes what it changed (the campaign's figures, the contact's
timeline, an opportunity opened, a contact no longer to call).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.campaigns import OUTCOME_KEYS, REACHED, Outcome
from desktop.gui.campaigns.call_list.panels import ContactCard, summary_html
from desktop.gui.generated.campaigns.ui_call_list import Ui_CallListForm
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


def _t(text: str) -> str:
    return tr("CallList", text)


def outcome_changes(outcome: Outcome) -> Topic:
    """What recording this outcome changes besides the call list: the call is on the contact's timeline,
    "interested" opens or moves an opportunity, "do not call" flags the contact."""
    changes = Topic.CAMPAIGNS | Topic.TIMELINE
    if outcome is Outcome.INTERESTED:
        changes |= Topic.OPPORTUNITIES
    elif outcome is Outcome.DO_NOT_CALL:
        changes |= Topic.CONTACTS
    return changes


class CallListWindow(QWidget):
    """A calling session on one phoning campaign for one salesperson."""

    sig_card_shown = Signal(int)  # member id, once its card is on screen

    def __init__(self, ctx: GuiContext, campaign_id: int, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.user_id = user_id
        self.current: Any = None
        self.prefetched: Any = None
        self.waiting_for_next = False
        self.paused = False
        self.finished = False
        self.session_counts: Counter[Outcome] = Counter()
        self.started = time.monotonic()
        self.totals = (0, 0, 0)  # done, left, reached (from the database, then counted along)
        self._script, self._caller = "", ("", "")  # the campaign's script, filled per contact; who calls for whom
        form: Any = Ui_CallListForm()  # generated code: untyped
        self.form = form
        form.setupUi(self)
        self.title, self.counters, self.progress, self.pages = form.campaign_title, form.counter, form.progress, \
            form.pages
        self.pause_button, self.end_button = form.pause_button, form.end_button
        self.note, self.script, self.message = form.note, form.script, form.message
        self.callback_row, self.callback_at = form.callback_row, form.callback_at
        self.card = ContactCard(form, ctx.settings.language)
        self.outcome_buttons: dict[Outcome, QPushButton] = {o: getattr(form, f"outcome_{o.value}")
                                                            for o in OUTCOME_KEYS}
        self.callback_row.hide()
        form.work.setSizes([1000, 250])  # the card four fifths of the width, the script one (3:2 on resizing)
        self.pause_button.clicked.connect(self.on_pause_button_clicked)
        self.end_button.clicked.connect(self.finish)
        form.callback_confirm.clicked.connect(self.on_callback_confirmed)
        for outcome, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _c=False, o=outcome: self.choose(o))
        self._shortcuts()

    def _shortcuts(self) -> None:
        for i, outcome in enumerate(OUTCOME_KEYS):
            for keys in (str(i + 1), f"Ctrl+{i + 1}"):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(lambda o=outcome: self.choose(o))
        QShortcut(QKeySequence("N"), self).activated.connect(self.note.setFocus)
        QShortcut(QKeySequence("P"), self).activated.connect(self.on_pause_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.on_escape)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.callback_at).activated.connect(self.on_callback_confirmed)

    # Database work ------------------------------------------------------------------------------
    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None], changes: Topic | None = None) -> None:
        """Database work in one transaction off the UI thread; ``changes`` published (a claim changes nothing
        another view shows)."""
        db_op(self.ctx, work, changes=changes, source=self).success(done).run()

    def start(self) -> None:
        """Open the session: the campaign (fed from its query when it keeps feeding), the first contact and the
        next one, the counters."""
        from desktop.db.campaigns import start_session

        campaign_id, user_id, now = self.campaign_id, self.user_id, self.ctx.clock()
        self._run(lambda s: start_session(s, campaign_id, user_id, now), self._started, Topic.CAMPAIGNS)

    def _started(self, start: Any) -> None:
        self.title.setText(start.name)
        self.setWindowTitle(_t("Session d'appels – %1").replace("%1", start.name))
        self._script, self._caller = start.script, (start.salesperson, start.seller_company)
        self.script.setHtml(start.script or _t("<p>Pas de script pour cette campagne.</p>"))
        self.prefetched = start.second
        self.totals = (start.progress.done, start.progress.left, start.progress.reached)
        self._show(start.first)

    def _show(self, card: Any) -> None:
        self.current = card
        self._update_counters()
        if card is None:
            self.finish()
            return
        self.pages.setCurrentIndex(0)
        self.note.clear()
        self._fill_script(card)
        self.card.show_card(card, self.ctx.clock())
        self.sig_card_shown.emit(card.member_id)

    def _fill_script(self, card: Any) -> None:
        """The script with the placeholders of the contact on the line (« Bonjour Madame Fontaine, ici... »)."""
        from desktop.services.call_script import fill_script, script_context

        if not self._script:
            return
        salesperson, seller_company = self._caller
        context = script_context(civility=card.civility, first_name=card.first_name, last_name=card.last_name,
                                 company=card.company, job_title=card.job_title, city=card.city,
                                 salesperson=salesperson, seller_company=seller_company)
        self.script.setHtml(fill_script(self._script, context))

    def _update_counters(self) -> None:
        done, left, reached = self.totals
        total = done + left
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.counters.setText(_t("Faits : %1   Restants : %2   Joints : %3   Cette session : %4").replace(
            "%1", str(done)).replace("%2", str(left)).replace("%3", str(reached)).replace(
            "%4", str(sum(self.session_counts.values()))))

    # Outcomes -----------------------------------------------------------------------------------
    def choose(self, outcome: Outcome) -> None:
        """An outcome key or button: "call back" asks for the time, the others record at once."""
        if self.current is None or self.paused or self.finished:
            return
        if outcome is Outcome.CALLBACK:
            tomorrow = (self.ctx.clock() + timedelta(days=1)).astimezone().replace(hour=10, minute=0, second=0)
            self.callback_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(tomorrow.timestamp())))
            self.callback_row.show()
            self.callback_at.setFocus()
            return
        self.record(outcome)

    @Slot()
    def on_callback_confirmed(self) -> None:
        """The call-back time is chosen: record it."""
        if not self.callback_row.isVisible():
            return
        when = datetime.fromtimestamp(self.callback_at.dateTime().toSecsSinceEpoch(), UTC)
        self.callback_row.hide()
        self.setFocus()
        self.record(Outcome.CALLBACK, when)

    def record(self, outcome: Outcome, callback_at: datetime | None = None) -> None:
        """Show the next contact now; store the outcome and claim the one after in the background (one
        statement: :mod:`desktop.db.call_turn`)."""
        from desktop.db.call_turn import turn
        from desktop.db.trips import one_statement

        card, note = self.current, self.note.toPlainText().strip()
        now = self.ctx.clock()
        self.session_counts[outcome] += 1
        done, left, reached = self.totals
        closes = outcome not in (Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.CALLBACK)
        self.totals = (done + closes, left - closes, reached + (outcome in REACHED and card.last_outcome is None))
        following, self.prefetched = self.prefetched, None
        self.waiting_for_next = following is None
        if following is not None:
            self._show(following)
        else:
            self.current = None
            self.pages.setCurrentIndex(1)
            self.message.setText(_t("Contact suivant…"))
        campaign_id, user_id = self.campaign_id, self.user_id
        holding = [following.member_id] if following is not None else []

        def work(session: Any) -> Any:
            if outcome is not Outcome.INTERESTED:  # one statement (the opportunity of "interested" is more)
                one_statement(session)
            return turn(session, campaign_id, user_id, now, done=card, outcome=outcome, note=note,
                        callback_at=callback_at, skip=holding)

        self._run(work, self._prefetched, outcome_changes(outcome))

    def _prefetched(self, card: Any) -> None:
        if self.finished or self.paused:  # the claim is given back by the release queued after this work
            return
        if self.waiting_for_next:
            self.waiting_for_next = False
            self._show(card)
            if card is not None:
                self._prefetch()
        else:
            self.prefetched = card

    def _prefetch(self) -> None:
        from desktop.db import campaigns as repo
        from desktop.db.trips import one_statement

        holding = [self.current.member_id] if self.current is not None else []
        campaign_id, user_id, now = self.campaign_id, self.user_id, self.ctx.clock()

        def claim(session: Any) -> Any:
            one_statement(session)
            return repo.next_card(session, campaign_id, user_id, now, holding)

        self._run(claim, self._prefetched)

    # Pause, escape, end -------------------------------------------------------------------------
    @Slot()
    def on_pause_button_clicked(self) -> None:
        """Pause gives the held contacts back to the team; resume claims again."""
        if self.finished:
            return
        from desktop.db import campaigns as repo

        campaign_id, user_id = self.campaign_id, self.user_id
        if not self.paused:
            self.paused = True
            self.pause_button.setText(_t("Reprendre (P)"))
            self.pages.setCurrentIndex(1)
            self.message.setText(_t("Session en pause. Appuyez sur P pour reprendre."))
            self.current = self.prefetched = None
            self._run(lambda s: repo.release_claims(s, campaign_id, user_id), lambda _r: None)
        else:
            self.paused = False
            self.pause_button.setText(_t("Pause (P)"))
            self.start()

    @Slot()
    def on_escape(self) -> None:
        """Leave the note or the call-back time and go back to the outcome keys."""
        self.callback_row.hide()
        self.setFocus()

    def finish(self) -> None:
        """End the session: give back what is held and show the summary."""
        if self.finished:
            return
        from desktop.db import campaigns as repo

        self.finished = True
        self.current = self.prefetched = None
        calls = sum(self.session_counts.values())
        reached = sum(n for o, n in self.session_counts.items() if o in REACHED)
        minutes = int((time.monotonic() - self.started) // 60)
        self.message.setText(summary_html(dict(self.session_counts), calls, reached, minutes))
        self.pages.setCurrentIndex(1)
        for button in self.outcome_buttons.values():
            button.setEnabled(False)
        self.pause_button.setEnabled(False)
        campaign_id, user_id = self.campaign_id, self.user_id
        self._run(lambda s: repo.release_claims(s, campaign_id, user_id), lambda _r: None)

    def closeEvent(self, event: Any) -> None:
        """Closing the window ends the session (the held contacts go back to the team)."""
        self.finish()
        super().closeEvent(event)
