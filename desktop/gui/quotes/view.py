"""The Quotes view: filters, a sortable list with the totals of the visible rows, and the quote actions.

Rows are read in the background (:mod:`desktop.gui.quotes.list_model`). Actions: new quote (choose a
contact), open, new version, accept (signed on paper), refuse, amendment, purchase order, delete a draft
(undoable, Ctrl+Z) and the PDF preview. The view owns the PDF renderer (a warm worker process) that its
editors and previews share; it stops it when the application quits.

The database work is in :mod:`desktop.db.quote_editing`, run through ``db_op``; each action publishes what it
changed, and the list reloads when quotes, tracking or the outbox change (from here, an editor, a send dialog
or the live services), at once when it is on screen, else when it comes back into sight.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_money
from desktop.core.money import Problem
from desktop.core.quote_status import QuoteStatus, can_accept, can_transition
from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import ChangesOf, db_op
from desktop.gui.kit.undo import DbCommand
from desktop.gui.quotes.date_edit import OptionalDateEdit
from desktop.gui.quotes.editor.editor import QuoteEditor
from desktop.gui.quotes.list_model import QuoteListModel, QuoteQuery
from desktop.gui.quotes.pdf_preview import PdfPreviewDialog, QuotePdfRenderer, quote_source
from desktop.gui.quotes.texts import parse_typed, status_text
from desktop.gui.shell.context import GuiContext

#: What the list shows: quotes (and their client's company), their tracking, the messages that send them.
SHOWN_TOPICS = Topic.QUOTES | Topic.TRACKING | Topic.OUTBOX | Topic.COMPANIES

#: What the actions change: quotes, and the timeline where each status change is written.
CHANGED = Topic.QUOTES | Topic.TIMELINE


class QuotesView(QWidget):
    """Quotes: filter, sort, act; the totals of the rows the filters keep."""

    sig_ready = Signal()
    sig_editor_opened = Signal(object)  # QuoteEditor

    def __init__(self, ctx: GuiContext, renderer: QuotePdfRenderer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotes_view")
        self.ctx = ctx
        self.lang = ctx.settings.language
        self.renderer = renderer or QuotePdfRenderer(ctx.settings)
        app = QApplication.instance()
        if renderer is None and app is not None:
            app.aboutToQuit.connect(self.renderer.close)
        self.editors: dict[int, QuoteEditor] = {}
        self.model = QuoteListModel(ctx, self.lang)
        self._build_filters()
        self._build_actions()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.totals_label)
        layout.addLayout(footer)
        self.model.totals_changed.connect(self.on_model_totals_changed)
        self.model.loaded.connect(self.sig_ready)
        self.model.modelReset.connect(self.on_table_selection_changed)
        self._load_salespeople()
        self.apply_filters()
        self.on_table_selection_changed()
        reload_on_changes(self, ctx.changes, SHOWN_TOPICS, self.model.reload)

    # Building -----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Client ou société…"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Tous les statuts"), ())
        self.status_filter.addItem(self.tr("En attente de réponse"),
                                   ("finalised", "sent", "opened", "viewed"))
        for status in QuoteStatus:
            self.status_filter.addItem(status_text(status.value), (status.value,))
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.owner_filter.addItem(self.tr("Tous les commerciaux"), None)
        self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to.setObjectName("date_to")
        self.min_amount, self.max_amount = QLineEdit(), QLineEdit()
        self.min_amount.setObjectName("min_amount")
        self.max_amount.setObjectName("max_amount")
        self.min_amount.setPlaceholderText(self.tr("TTC min."))
        self.max_amount.setPlaceholderText(self.tr("TTC max."))
        for edit in (self.min_amount, self.max_amount):
            edit.setMaximumWidth(100)
        self.filter_error = QLabel()
        self.filter_error.setProperty("role", "error")
        self.filter_error.hide()
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        self.filters.addWidget(self.status_filter, 1)
        self.filters.addWidget(self.owner_filter, 1)
        self.filters.addWidget(QLabel(self.tr("Émis du")))
        self.filters.addWidget(self.date_from)
        self.filters.addWidget(QLabel(self.tr("au")))
        self.filters.addWidget(self.date_to)
        self.filters.addWidget(self.min_amount)
        self.filters.addWidget(self.max_amount)
        self.filters.addWidget(self.filter_error)
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.status_filter, self.owner_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for date_edit in (self.date_from, self.date_to):
            date_edit.dateChanged.connect(self.apply_filters)
        for edit in (self.min_amount, self.max_amount):
            edit.textChanged.connect(self.apply_filters)

    def _build_actions(self) -> None:
        self.buttons: dict[str, QPushButton] = {}
        self.toolbar = QHBoxLayout()
        for key, label, slot in (
            ("new", self.tr("Nouveau devis"), self.on_new_requested),
            ("open", self.tr("Ouvrir"), self.on_open_requested),
            ("preview", self.tr("Aperçu PDF"), self.on_preview_requested),
            ("send", self.tr("Envoyer…"), self.on_send_requested),
            ("version", self.tr("Nouvelle version"), self.on_new_version_requested),
            ("accept", self.tr("Accepté (signé)"), self.on_accept_requested),
            ("refuse", self.tr("Refusé"), self.on_refuse_requested),
            ("amendment", self.tr("Avenant"), self.on_amendment_requested),
            ("order", self.tr("Bon de commande"), self.on_purchase_order_requested),
            ("delete", self.tr("Supprimer le brouillon"), self.on_delete_requested),
        ):
            button = QPushButton(label)
            button.setObjectName(f"quote_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)
        self.buttons["new"].setToolTip("Ctrl+N")
        self.buttons["open"].setToolTip(self.tr("Entrée"))
        self.buttons["preview"].setToolTip("Ctrl+P")
        self.buttons["delete"].setToolTip(self.tr("Suppr (Ctrl+Z pour annuler)"))

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((215, 150, 185, 90, 92, 120, 110, 115)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.on_open_requested)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("quote_totals")
        self.totals_label.setProperty("role", "strong")
        for keys, slot, target, context in (
            (QKeySequence.StandardKey.New, self.on_new_requested, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence.StandardKey.Find, self.focus_search, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence("Ctrl+P"), self.on_preview_requested, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence(Qt.Key.Key_Return), self.on_open_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence(Qt.Key.Key_Enter), self.on_open_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
            (QKeySequence.StandardKey.Delete, self.on_delete_requested, self.table, Qt.ShortcutContext.WidgetShortcut),
        ):
            action = QAction(target)
            action.setShortcut(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            target.addAction(action)

    def _load_salespeople(self) -> None:
        from desktop.db.pipeline import salespeople

        def shown(users: list[tuple[int, str]]) -> None:
            for user_id, name in users:
                self.owner_filter.addItem(name, user_id)

        db_op(self.ctx, salespeople, write=False).success(shown).run()

    # Changes elsewhere ---------------------------------------------------------------------


    # Filters ------------------------------------------------------------------------------
    def _amount(self, edit: QLineEdit, errors: list[str]) -> Decimal | None:
        if not edit.text().strip():
            return None
        value = parse_typed(edit.text(), self.lang)
        if isinstance(value, Problem):
            errors.append(self.tr("« %1 » n’est pas un montant").replace("%1", edit.text().strip()))
            return None
        return value

    def current_query(self) -> QuoteQuery:
        errors: list[str] = []
        query = QuoteQuery(
            statuses=tuple(self.status_filter.currentData() or ()), client_text=self.search.text(),
            owner_id=self.owner_filter.currentData(), issued_from=self.date_from.value(),
            issued_to=self.date_to.value(), min_ttc=self._amount(self.min_amount, errors),
            max_ttc=self._amount(self.max_amount, errors))
        self.filter_error.setText("; ".join(errors))
        self.filter_error.setVisible(bool(errors))
        return query

    @Slot()
    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def on_model_totals_changed(self) -> None:
        model = self.model
        self.count_label.setText(self.tr("%n devis", "", model.count))
        self.totals_label.setText(self.tr("Total HT : %1   ·   Total TTC : %2").replace(
            "%1", format_money(model.total_ht, self.lang)).replace("%2", format_money(model.total_ttc, self.lang)))
        left_out = model.count - model.counted
        self.totals_label.setToolTip(self.tr(
            "Total des devis listés, une fois chacun : %n version(s) remplacée(s) ou bon(s) de commande (qui "
            "reprend son devis accepté) listé(s) mais non compté(s).", "", left_out))

    # Selection ----------------------------------------------------------------------------
    def selected_row(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_first(self) -> None:
        """Select the first row (once the first page has arrived)."""
        if not self.model.rowCount():
            self.model.loaded.connect(self._select_first_once)
            return
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def _select_first_once(self) -> None:
        self.model.loaded.disconnect(self._select_first_once)
        self.select_first()

    def select_quote(self, quote_id: int) -> None:
        row = self.model.row_of(quote_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def on_table_selection_changed(self) -> None:
        row = self.selected_row()
        status = row.status if row is not None else None
        is_quote = row is not None and row.kind != "purchase_order"
        accepted_quote = is_quote and status == "accepted"
        enabled = {
            "open": row is not None, "preview": row is not None,
            "version": is_quote and status not in (None, "draft") and can_transition(status, "superseded"),
            "accept": is_quote and status is not None and can_accept(status),
            "refuse": is_quote and status is not None and can_transition(status, "refused"),
            "amendment": accepted_quote and row.kind == "quote", "order": accepted_quote,
            "delete": status == "draft",
            "send": is_quote and status in ("finalised", "sent", "opened", "viewed"),
        }
        for key, on in enabled.items():
            self.buttons[key].setEnabled(bool(on))

    # Actions ------------------------------------------------------------------------------
    def run(self, work: Callable[[Any], Any], done: Callable[[Any], None], *, write: bool = True,
            changes: ChangesOf = CHANGED) -> None:
        """Run ``work(session)`` on the database thread (one transaction when ``write``); ``done(result)`` back
        here, after ``changes`` are published."""
        db_op(self.ctx, work, write=write, changes=changes if write else None, source=self).success(done).run()

    @Slot()
    def on_new_requested(self) -> None:
        from desktop.gui.quotes.contact_picker import ContactPicker

        picker = ContactPicker(self.ctx, self)
        picker.accepted.connect(lambda: self.create_for(picker.chosen_id))
        picker.open()

    def create_for(self, contact_id: int | None) -> None:
        """Create a draft for a contact and open it."""
        from desktop.db.quote_editing import create_quote

        if contact_id is not None:
            now = self.ctx.clock()
            me = self.ctx.settings.sender_address
            self.run(lambda s: create_quote(s, contact_id, now, me), self._open_created,
                     changes=CHANGED | Topic.OPPORTUNITIES)  # a contact without an open deal gets one

    def _open_created(self, quote_id: int) -> None:
        self.open_editor(quote_id)

    @Slot()
    def on_open_requested(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_editor(row.id)

    def open_editor(self, quote_id: int) -> QuoteEditor:
        """Open (or bring forward) the editor of a quote."""
        editor = self.editors.get(quote_id)
        if editor is None:
            editor = QuoteEditor(self.ctx, quote_id, self.renderer, self)
            editor.setWindowModality(Qt.WindowModality.NonModal)
            editor.finished.connect(lambda _r, q=quote_id: self.editors.pop(q, None))
            self.editors[quote_id] = editor
        editor.show()
        editor.activateWindow()
        self.sig_editor_opened.emit(editor)
        return editor

    def open_first(self) -> QuoteEditor | None:
        """Open the editor on the first row (the screenshot of ``--view quote-editor``)."""
        row = self.model.row_at(0)
        return self.open_editor(row.id) if row is not None else None

    @Slot()
    def on_preview_requested(self) -> None:
        """Preview the selected quote's PDF with its own template and language."""
        from desktop.db.quote_editing import template_and_language

        row = self.selected_row()
        if row is not None:
            self.run(lambda s: template_and_language(s, row.id), lambda found: self._preview(row.id, found),
                     write=False)

    @Slot()
    def on_send_requested(self) -> None:
        """Send the selected finalised quote by email (the send dialog)."""
        from desktop.gui.quotes.send_dialog import open_send_dialog

        row = self.selected_row()
        if row is not None:
            self.send_dialog = open_send_dialog(self, self.ctx, row.id, renderer=self.renderer)

    def _preview(self, quote_id: int, found: tuple[str, str]) -> None:
        self.preview(quote_id, *found)

    def preview(self, quote_id: int, template: str, lang: str) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(self.ctx, self.renderer,
                                  quote_source(quote_id, self.ctx.settings.data_dir, self.ctx.clock().date()),
                                  template, lang, self)
        self.previews = [d for d in getattr(self, "previews", []) if d.isVisible()] + [dialog]
        dialog.show()
        dialog.start()
        return dialog

    def _act(self, work: Callable[[Any], Any], message: str, open_result: bool = False) -> None:
        def done(result: Any) -> None:
            self.ctx.show_message(message)
            if open_result and isinstance(result, int):
                self.open_editor(result)

        self.run(work, done)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    @Slot()
    def on_new_version_requested(self) -> None:
        from desktop.db.quote_editing import new_version

        row, now = self.selected_row(), self.ctx.clock()
        if row is not None:
            self._act(lambda s: new_version(s, row.id, now),
                      self.tr("Nouvelle version de %1 créée.").replace("%1", row.number), open_result=True)

    @Slot()
    def on_accept_requested(self) -> None:
        from desktop.db.quote_editing import accept_on_paper

        row, now = self.selected_row(), self.ctx.clock()
        if row is None or not self.confirm(self.tr("Devis accepté"), self.tr(
                "Le devis %1 a-t-il été signé « Bon pour accord » par %2 ? Un devis accepté ne peut plus être "
                "remplacé.").replace("%1", row.number).replace("%2", row.contact_name or row.company_name)):
            return
        signer = row.contact_name or row.company_name
        self._act(lambda s: accept_on_paper(s, row.id, now, signer),
                  self.tr("Devis %1 accepté.").replace("%1", row.number))

    @Slot()
    def on_refuse_requested(self) -> None:
        from desktop.db.quote_editing import refuse

        row, now = self.selected_row(), self.ctx.clock()
        if row is None or not self.confirm(self.tr("Devis refusé"), self.tr(
                "Marquer le devis %1 comme refusé ?").replace("%1", row.number)):
            return
        self._act(lambda s: refuse(s, row.id, now), self.tr("Devis %1 refusé.").replace("%1", row.number))

    @Slot()
    def on_amendment_requested(self) -> None:
        from desktop.db.quote_editing import amendment

        row, now = self.selected_row(), self.ctx.clock()
        if row is not None:
            self._act(lambda s: amendment(s, row.id, now),
                      self.tr("Avenant au devis %1 créé.").replace("%1", row.number), open_result=True)

    @Slot()
    def on_purchase_order_requested(self) -> None:
        from desktop.db.quote_editing import purchase_order

        row, now = self.selected_row(), self.ctx.clock()
        if row is not None:
            self._act(lambda s: purchase_order(s, row.id, now),
                      self.tr("Bon de commande du devis %1 créé.").replace("%1", row.number), open_result=True)

    @Slot()
    def on_delete_requested(self) -> None:
        """Delete the selected draft; Ctrl+Z brings it back."""
        from desktop.db.quote_editing import delete_draft, restore_draft

        row = self.selected_row()
        if row is None or row.status != "draft":
            return
        snapshot: dict[str, Any] = {}
        quote_id = row.id
        self.ctx.undo_stack.push(DbCommand(
            self.ctx, self.tr("Supprimer le brouillon de devis"),
            first=lambda s: delete_draft(s, quote_id, self.ctx.clock()),
            remember=lambda snap: snapshot.__setitem__("s", snap),
            redo=lambda s: delete_draft(s, quote_id, self.ctx.clock()),
            undo=lambda s: restore_draft(s, snapshot["s"], self.ctx.clock()),
            on_done=lambda: None, changes=CHANGED))  # the list reloads through the bus, undo included
        self.ctx.show_message(self.tr("Brouillon supprimé. Ctrl+Z pour annuler."))
