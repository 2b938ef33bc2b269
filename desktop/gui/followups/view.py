"""The home view, "Relances": who to follow up now, why, and the actions to do it.

The list is ranked again every minute and whenever a change it shows is published (tracking news, quotes,
timelines, the outbox, contacts); its actions publish what they change. The priority colours are the
stylesheet's (``QTableView#followups``, ui/relance.qss); the call dialog is ``ui/followups/call_log_dialog.ui``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date, format_money
from desktop.core.validation import format_phone
from desktop.gui.followups.texts import action_text, reason_text, status_text
from desktop.gui.generated.followups.ui_call_log_dialog import Ui_CallLogDialog
from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.kit.db_op import Session, db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.theme import set_role
from desktop.gui.shell.context import GuiContext

AnyIndex = QModelIndex | QPersistentModelIndex


def _headers() -> tuple[str, ...]:
    return (tr("FollowUps", "Priorité"), tr("FollowUps", "Client"), tr("FollowUps", "Devis"),
            tr("FollowUps", "Montant TTC"), tr("FollowUps", "Pourquoi"), tr("FollowUps", "Prochaine relance"))


class FollowUpTable(QTableView):
    """The table of the ranked list; its priority colours are set by the stylesheet (``qproperty-hotColor``,
    ``warmColor``, ``coolColor``, ``overdueColor``), the palette's text colour without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = self.palette().color(QPalette.ColorRole.Text)
        self._colours = {name: QColor(text) for name in ("hot", "warm", "cool", "overdue")}

    def colour(self, name: str) -> QColor:
        """One of the priority colours: hot, warm, cool, overdue (the stylesheet's once the table is polished:
        shown, or restyled; the model asks while the table paints, so nothing is polished here)."""
        return self._colours[name]

    def _setter(name: str) -> Callable[[FollowUpTable, QColor], None]:  # type: ignore[misc]
        def set_colour(self: FollowUpTable, colour: QColor) -> None:
            self._colours[name] = QColor(colour)
            self.viewport().update()

        return set_colour

    hotColor = Property(QColor, lambda self: self._colours["hot"], _setter("hot"))
    warmColor = Property(QColor, lambda self: self._colours["warm"], _setter("warm"))
    coolColor = Property(QColor, lambda self: self._colours["cool"], _setter("cool"))
    overdueColor = Property(QColor, lambda self: self._colours["overdue"], _setter("overdue"))
    del _setter


class FollowUpModel(QAbstractTableModel):
    """The ranked follow-ups (a short list: held whole); the row object under UserRole."""

    def __init__(self, lang: str = "fr") -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._lang = lang
        self._today = date.today()
        self.colour: Callable[[str], QColor | None] = lambda _name: None  # the table's priority colours

    def set_rows(self, rows: list[Any], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per due follow-up (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns (a flat table)."""
        return 0 if parent.isValid() else len(_headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        headers = _headers()
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the hot rows' colour, right-aligned amounts, the row under UserRole."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            score = row.followup.score
            return self.colour("hot" if score >= 100 else "warm" if score >= 60 else "cool")
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            tip = f"{reason_text(row.followup)} — {action_text(row.followup.action)}"
            if row.not_counted is not None:
                from desktop.services.tracking.verdict_words import verdict_sentence

                verdict, kind, reasons = row.not_counted
                tip += "\n" + self.tr("Non compté : %1").replace("%1", verdict_sentence(verdict, kind, reasons,
                                                                                    self._lang))
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and row.next_followup_on is not None \
                and row.next_followup_on < self._today:
            return self.colour("overdue")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = row.followup
        if col == 0:
            return "●●●" if f.score >= 100 else "●●○" if f.score >= 60 else "●○○"
        if col == 1:
            return f"{row.contact_name} — {row.company}" if row.company else row.contact_name
        if col == 2:
            return f"{row.number} · {status_text(row.status)}"
        if col == 3:
            return format_money(row.total_ttc, self._lang)
        if col == 4:
            return reason_text(f)
        return format_date(row.next_followup_on, self._lang) if row.next_followup_on else "—"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selectable, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CallLogDialog(QDialog):
    """After a follow-up call: the outcome, a note and the next follow-up date."""

    def __init__(self, name: str, phone: str, next_default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_CallLogDialog()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.form.contact_name.setText(name)
        self.form.contact_name.setTextFormat(Qt.TextFormat.PlainText)
        self.form.phone_link.setText(f"<a href='tel:{phone}'>{format_phone(phone)}</a>" if phone
                                     else self.tr("pas de numéro"))
        self.outcome, self.note, self.next_date = self.form.outcome, self.form.note, self.form.next_date
        for key, label in (("reached_interested", self.tr("Joint — intéressé")),
                           ("reached_not_interested", self.tr("Joint — pas intéressé")),
                           ("voicemail", self.tr("Messagerie")), ("no_answer", self.tr("Pas de réponse"))):
            self.outcome.addItem(label, key)
        self.next_date.setDate(QDate(next_default.year, next_default.month, next_default.day))
        buttons = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, str, date]:
        d = self.next_date.date()
        return str(self.outcome.currentData()), self.note.toPlainText().strip(), date(d.year(), d.month(), d.day())


def _invoice_of(row: Any) -> int | None:
    """The overdue invoice of a follow-up row (None for a quote's)."""
    return getattr(row, "invoice_id", None)


class FollowUpsView(QWidget):
    """Ranked follow-ups, refreshed every minute and whenever a change they show is published."""

    topics = Topic.TRACKING | Topic.QUOTES | Topic.TIMELINE | Topic.OUTBOX | Topic.CONTACTS | Topic.INVOICES

    sig_ready = Signal()
    sig_quote_requested = Signal(int)  # open this quote

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followups_view")
        self.ctx = ctx
        self.model = FollowUpModel(ctx.settings.language)
        self._loading = False
        self._stale = False  # a change arrived while the list was being read: read again
        title = QLabel(self.tr("Qui relancer maintenant"))
        title.setObjectName("view_title")
        self.unplanned_label = QLabel()
        self.unplanned_label.setObjectName("unplanned")
        self.table = FollowUpTable()
        self.table.setObjectName("followups")
        self.table.setModel(self.model)
        self.model.colour = self.table.colour
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 70), (1, 250), (2, 175), (3, 105), (5, 135)):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))  # the title whole, any language
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

        self.call_button = QPushButton(self.tr("Appeler…"))
        self.email_button = QPushButton(self.tr("Écrire"))
        self.snooze_button = QPushButton(self.tr("Reporter…"))
        self.done_button = QPushButton(self.tr("Fait"))
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.call_button.clicked.connect(self.on_call_requested)
        self.email_button.clicked.connect(self.on_email_requested)
        self.snooze_button.clicked.connect(self.on_snooze_requested)
        self.done_button.clicked.connect(self.on_done_requested)
        self.refresh_button.clicked.connect(self.refresh)
        self.snooze_date = QDateEdit()
        self.snooze_date.setCalendarPopup(True)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.unplanned_label)
        actions = QHBoxLayout()
        for w in (self.call_button, self.email_button, self.snooze_button, self.snooze_date, self.done_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for keys, slot in (("Ctrl+T", self.on_call_requested), ("Ctrl+R", self.on_snooze_requested),
                           ("Ctrl+D", self.on_done_requested), ("F5", self.refresh)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.on_selection_changed()
        self._show_unplanned(0)
        ctx.changes.subscribe(self.topics, self.on_changes, owner=self)
        self.refresh()

    # Loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Rank again in the background (time passed, or a change came in)."""
        if self._loading:
            self._stale = True
            return
        self._loading, self._stale = True, False
        now = self.ctx.clock()

        def load(session: Session) -> Any:  # on the worker: SQLAlchemy is imported there, not on the UI thread
            from desktop.db.followups import load_followups
            from desktop.db.trips import one_statement

            one_statement(session)  # reads only, refreshed at each change: no BEGIN/ROLLBACK trips on a team server
            return load_followups(session, now)

        db_op(self.ctx, load, write=False, source=self).success(self._loaded).failure(self._failed).run()

    def on_changes(self, _changes: Changes) -> None:
        """A change the list shows (tracking news, a quote, a timeline, the outbox, a contact): rank again."""
        self.refresh()

    def _loaded(self, listing: Any) -> None:
        self._loading = False
        if self._stale:
            self.refresh()
            return
        selected = self.selected()
        self.model.set_rows(list(listing.rows), self.ctx.clock().date())
        self._show_unplanned(listing.unplanned)
        if selected is not None:
            for i in range(self.model.rowCount()):
                row = self.model.row_at(i)
                if (row.quote_id, _invoice_of(row)) == (selected.quote_id, _invoice_of(selected)):
                    self.table.selectRow(i)
        self.sig_ready.emit()

    def _failed(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import show_error

        self._loading = False
        show_error(self.ctx, exc, "followups")
        self.sig_ready.emit()

    def _show_unplanned(self, count: int) -> None:
        self.unplanned_label.setText(self.tr("%n devis sans relance planifiée", "", count))
        set_role(self.unplanned_label, "warning" if count else "")

    # Selection and actions ----------------------------------------------------------------
    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    @Slot()
    def on_selection_changed(self) -> None:
        row = self.selected()
        for button in (self.call_button, self.snooze_button, self.done_button):
            button.setEnabled(row is not None)
        # an invoice reminder is written from the invoices view (the follow-up email template is a quote's)
        self.email_button.setEnabled(row is not None and bool(row.email) and _invoice_of(row) is None)
        today = self.ctx.clock().date()
        planned = row.next_followup_on if row is not None else None
        default = planned if planned is not None and planned > today else today + timedelta(days=7)
        self.snooze_date.setDate(QDate(default.year, default.month, default.day))

    @Slot(QModelIndex)
    def on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.sig_quote_requested.emit(row.quote_id)

    def _run(self, work: Callable[[Session], Any], message: str, changes: Topic) -> None:
        """Write ``work`` in one transaction, say ``message``; the list ranks again from the published change."""
        db_op(self.ctx, work, changes=changes, source=self).success(lambda _r: self.ctx.show_message(message)).run()

    @Slot()
    def on_call_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop.core.followup import default_next_followup

        now = self.ctx.clock()
        dialog = CallLogDialog(row.contact_name, row.phone, default_next_followup(now), self)
        if not dialog.exec():
            return
        outcome, note, next_on = dialog.values()
        if _invoice_of(row) is not None:  # a payment reminder: the invoice comes back on the date chosen
            from desktop.db.invoice_list import log_reminder

            invoice_id = int(row.invoice_id)
            self._run(lambda s: log_reminder(s, invoice_id, now, how=outcome, note=note, next_on=next_on),
                      self.tr("Relance de paiement enregistrée dans le fil de %1.").replace("%1", row.contact_name),
                      Topic.TIMELINE | Topic.INVOICES)
            return
        from desktop.db.followups import log_call

        self._run(lambda s: log_call(s, row.quote_id, outcome=outcome, note=note, next_on=next_on, now=now),
                  self.tr("Appel enregistré dans le fil de %1.").replace("%1", row.contact_name),
                  Topic.TIMELINE | Topic.QUOTES)

    @Slot()
    def on_email_requested(self) -> None:
        """Write a follow-up email from the follow-up template, with the quote attached, through the outbox."""
        row = self.selected()
        if row is not None and row.email:
            from desktop.gui.quotes.send_dialog import open_send_dialog

            open_send_dialog(self, self.ctx, row.quote_id, template="quote_followup")  # it publishes what it queues

    @Slot()
    def on_snooze_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        d = self.snooze_date.date()
        until = date(d.year(), d.month(), d.day())
        if _invoice_of(row) is not None:
            from desktop.db.invoice_list import plan_reminder

            invoice_id = int(row.invoice_id)
            self._run(lambda s: plan_reminder(s, invoice_id, until), self.tr("Relance reportée au %1.").replace(
                "%1", format_date(until, self.ctx.settings.language)), Topic.INVOICES)
            return
        from desktop.db.followups import plan_followup

        self._run(lambda s: plan_followup(s, row.quote_id, until),
                  self.tr("Relance reportée au %1.").replace("%1", format_date(until, self.ctx.settings.language)),
                  Topic.QUOTES)

    @Slot()
    def on_done_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop.db.followups import mark_done

        now = self.ctx.clock()
        if _invoice_of(row) is not None:
            from desktop.db.invoice_list import log_reminder

            invoice_id = int(row.invoice_id)
            self._run(lambda s: log_reminder(s, invoice_id, now), self.tr("Relance faite."),
                      Topic.INVOICES | Topic.TIMELINE)
            return
        self._run(lambda s: mark_done(s, row.quote_id, now), self.tr("Relance faite."), Topic.QUOTES | Topic.TIMELINE)
