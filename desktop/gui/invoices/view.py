"""« Factures »: invoices and credit notes with their state and amounts; make, issue, pay, export.

The list shows each invoice's number, kind, client, dates, TTC, what was paid and what is left, and its state
(:mod:`desktop.core.invoice_status`, from the injected clock). From it the salesperson makes a deposit,
progress or final invoice from an accepted purchase order (:class:`InvoiceDialog`, a Designer form), a credit
note for an issued invoice, issues a draft (each missing French mention is named, and those of « Ma société »
lead there), records a payment received (:class:`PaymentDialog`) and exports the Factur-X PDF with its CII
and UBL XML into a folder. All database work runs through :func:`~desktop.gui.kit.db_op.db_op`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date, format_money
from desktop.core.invoice_status import PaymentState
from desktop.gui.generated.invoices.ui_invoice_dialog import Ui_InvoiceDialog
from desktop.gui.generated.invoices.ui_payment_dialog import Ui_PaymentDialog
from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext

AnyIndex = QModelIndex | QPersistentModelIndex
#: Missing mentions fixed in Paramètres › Ma société (the others on the client's record or the invoice).
SELLER_CODES = frozenset({
    "seller_legal_name_missing", "seller_siret_invalid", "seller_address_missing", "seller_registration_missing",
    "seller_legal_form_missing", "seller_capital_missing", "seller_vat_number_missing",
    "vat_exemption_mention_missing", "decennial_insurance_missing", "late_payment_rate_missing"})


def state_text(state: PaymentState) -> str:
    """An invoice's state as the seller says it."""
    return {
        PaymentState.DRAFT: tr("Invoices", "Brouillon"), PaymentState.ISSUED: tr("Invoices", "Émise"),
        PaymentState.SENT: tr("Invoices", "Envoyée"), PaymentState.PARTLY_PAID: tr("Invoices", "Payée en partie"),
        PaymentState.OVERDUE: tr("Invoices", "Échue"), PaymentState.PAID: tr("Invoices", "Payée"),
        PaymentState.CREDITED: tr("Invoices", "Annulée par avoir"),
    }[state]


def kind_text(kind: str) -> str:
    """The kind of an invoice."""
    return {"deposit": tr("Invoices", "Acompte"), "progress": tr("Invoices", "Situation"),
            "final": tr("Invoices", "Facture"), "credit_note": tr("Invoices", "Avoir")}.get(kind, kind)


class InvoicesModel(QAbstractTableModel):
    """The invoices, one per row (an :class:`~desktop.db.invoice_list.InvoiceRow` under UserRole)."""

    def __init__(self, lang: str = "fr") -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._lang = lang
        self._headers = (tr("Invoices", "N°"), tr("Invoices", "Type"), tr("Invoices", "Client"),
                         tr("Invoices", "Émise le"), tr("Invoices", "Échéance"), tr("Invoices", "Total TTC"),
                         tr("Invoices", "Payé"), tr("Invoices", "Reste dû"), tr("Invoices", "État"))

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (5, 6, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = self._lang
        if col == 0:
            return row.number or tr("Invoices", "(brouillon)")
        if col == 1:
            return kind_text(row.kind)
        if col == 2:
            return f"{row.company} — {row.contact_name}" if row.company and row.contact_name else \
                row.company or row.contact_name
        if col in (3, 4):
            day = row.issue_date if col == 3 else row.due_date
            return format_date(day, lang) if day is not None else "—"
        if col == 5:
            return format_money(row.total_ttc, lang)
        if col == 6:
            return format_money(row.amount_paid, lang) if row.kind != "credit_note" else "—"
        if col == 7:
            return format_money(row.balance, lang) if row.kind != "credit_note" else "—"
        text = state_text(row.state)
        if row.state is PaymentState.OVERDUE:
            text += " " + tr("Invoices", "(%n jour(s))", "", row.days_overdue)
        return text


class InvoiceDialog(QDialog):
    """A new invoice from an accepted purchase order: deposit, progress or final."""

    def __init__(self, orders: list[Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_InvoiceDialog()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        for order in orders:
            form.order.addItem(f"{order.number} — {order.client} ({format_money(order.total_ttc)})", order.order_id)
        for key, label in (("deposit", self.tr("Facture d'acompte")), ("progress", self.tr("Facture de situation")),
                           ("final", self.tr("Facture finale (déduit les acomptes)"))):
            form.kind.addItem(label, key)
        form.share_unit.addItem(self.tr("% de la commande"), "percent")
        form.share_unit.addItem(self.tr("€ TTC"), "amount")
        for key, label in (("services", self.tr("Prestation de services")), ("goods", self.tr("Livraison de biens")),
                           ("mixed", self.tr("Biens et services"))):
            form.category.addItem(label, key)
        form.delivery_date.setDate(QDate(today.year, today.month, today.day))
        form.kind.currentIndexChanged.connect(self._kind_changed)
        form.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Créer le brouillon"))
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)
        form.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(orders))
        form.hint.setText("" if orders else self.tr("Aucun bon de commande accepté à facturer."))
        self._kind_changed()

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.form.kind.currentData()
        self.form.share.setEnabled(kind != "final")
        self.form.share_unit.setEnabled(kind == "deposit")
        if kind == "progress":
            self.form.share_unit.setCurrentIndex(0)
        self.form.hint.setText({
            "deposit": self.tr("Une ligne par taux de TVA de la commande, pour la part indiquée."),
            "progress": self.tr("Indiquez l'avancement cumulé : ce qui est déjà facturé est déduit."),
            "final": self.tr("Les lignes de la commande, moins les acomptes et situations émis."),
        }.get(str(kind), ""))

    def values(self) -> dict[str, Any]:
        """What the seller chose: order, kind, share (percent or amount), category, delivery date and address."""
        d = self.form.delivery_date.date()
        share = Decimal(str(round(self.form.share.value(), 2)))
        return {"order_id": int(self.form.order.currentData()), "kind": str(self.form.kind.currentData()),
                "percent": share if self.form.share_unit.currentData() == "percent" else None,
                "amount": share if self.form.share_unit.currentData() == "amount" else None,
                "category": str(self.form.category.currentData()),
                "delivery_date": date(d.year(), d.month(), d.day()),
                "delivery_address": self.form.delivery_address.toPlainText().strip()}


class PaymentDialog(QDialog):
    """A payment received: date, amount (what is left by default), method and note."""

    def __init__(self, label: str, balance: Decimal, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_PaymentDialog()
        form.setupUi(self)
        self.form = form
        form.summary.setText(self.tr("%1 — reste dû : %2").replace("%1", label).replace("%2", format_money(balance)))
        form.paid_on.setDate(QDate(today.year, today.month, today.day))
        form.amount.setValue(float(balance))
        for key, text in (("virement", self.tr("Virement")), ("chèque", self.tr("Chèque")),
                          ("carte", self.tr("Carte bancaire")), ("espèces", self.tr("Espèces")),
                          ("prélèvement", self.tr("Prélèvement"))):
            form.method.addItem(text, key)
        form.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        form.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        form.buttons.accepted.connect(self.accept)
        form.buttons.rejected.connect(self.reject)

    def values(self) -> tuple[date, Decimal, str, str]:
        d = self.form.paid_on.date()
        return (date(d.year(), d.month(), d.day()), Decimal(str(round(self.form.amount.value(), 2))),
                str(self.form.method.currentData()), self.form.note.text().strip())


class InvoicesView(QWidget):
    """The invoices list and its actions."""

    topics = Topic.INVOICES | Topic.QUOTES | Topic.CONTACTS | Topic.COMPANIES | Topic.SELLER

    sig_loaded = Signal()
    sig_done = Signal(str)  # what the last action said (tests wait on it)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.settings.language
        #: Asks where to export (a folder); tests replace it.
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Exporter la facture dans…"))
        #: Shows the mentions missing to issue; tests replace it (returns True to open « Ma société »).
        self.ask_fix: Callable[[str, bool], bool] = self._ask_fix
        self._pending_select: int | None = None
        title = QLabel(self.tr("Factures"))
        title.setObjectName("view_title")
        self.count = QLabel()
        self.count.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count)
        top.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("invoices_table")
        self.model = InvoicesModel(self.lang)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("Nouvelle facture…"))
        self.credit_button = QPushButton(self.tr("Faire un avoir"))
        self.issue_button = QPushButton(self.tr("Émettre"))
        self.payment_button = QPushButton(self.tr("Enregistrer un règlement…"))
        self.export_button = QPushButton(self.tr("Exporter Factur-X, UBL, CII…"))
        self.send_button = QPushButton(self.tr("Envoyer par e-mail"))
        buttons = QHBoxLayout()
        for name, button in (("new_button", self.new_button), ("credit_button", self.credit_button),
                             ("issue_button", self.issue_button), ("payment_button", self.payment_button),
                             ("send_button", self.send_button), ("export_button", self.export_button)):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.on_new_requested)
        self.credit_button.clicked.connect(self.on_credit_requested)
        self.issue_button.clicked.connect(self.on_issue_requested)
        self.payment_button.clicked.connect(self.on_payment_requested)
        self.export_button.clicked.connect(self.on_export_requested)
        self.send_button.clicked.connect(self.on_send_requested)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        reload_on_changes(self, ctx.changes, self.topics, self.refresh)
        self.on_selection_changed()
        self.refresh()

    # Loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        from desktop.db.invoice_list import list_invoices

        today = self.ctx.clock().date()
        db_op(self.ctx, lambda s: list_invoices(s, today), write=False, source=self).success(self._loaded).run()

    def _loaded(self, rows: list[Any]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.state is PaymentState.OVERDUE)
        text = self.tr("%n facture(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n échue(s)", "", overdue)
        self.count.setText(text)
        wanted = self._pending_select or (selected.invoice_id if selected is not None else None)
        self._pending_select = None
        if wanted is not None:
            self.select(wanted)
        self.on_selection_changed()
        self.sig_loaded.emit()

    def select(self, invoice_id: int) -> None:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).invoice_id == invoice_id:
                self.table.selectRow(i)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def on_selection_changed(self) -> None:
        row = self.selected()
        issued = row is not None and row.state is not PaymentState.DRAFT
        self.issue_button.setEnabled(row is not None and not issued)
        self.credit_button.setEnabled(issued and row.kind != "credit_note" and row.state is not PaymentState.CREDITED)
        self.payment_button.setEnabled(issued and row.kind != "credit_note" and row.balance > 0)
        self.export_button.setEnabled(issued)
        self.send_button.setEnabled(issued)

    def _done(self, message: str) -> None:
        self.ctx.show_message(message)
        self.sig_done.emit(message)

    # Actions ------------------------------------------------------------------------------
    @Slot()
    def on_new_requested(self) -> None:
        from desktop.db.invoice_list import invoiceable_orders

        db_op(self.ctx, invoiceable_orders, write=False).success(self._open_new_dialog).run()

    def _open_new_dialog(self, orders: list[Any]) -> None:
        self.new_dialog = InvoiceDialog(orders, self.ctx.clock().date(), self)
        self.new_dialog.accepted.connect(lambda: self.create_invoice(self.new_dialog.values()))
        self.new_dialog.open()

    def create_invoice(self, values: dict[str, Any]) -> None:
        """Make the draft the dialog describes."""
        from desktop.services.invoicing import workflow as wf
        from desktop.services.invoicing.document import OperationCategory

        now = self.ctx.clock()
        options = wf.InvoiceOptions(operation_category=OperationCategory(values["category"]),
                                    delivery_date=values["delivery_date"], delivery_address=values["delivery_address"])

        def work(session: Any) -> int:
            order_id, kind = values["order_id"], values["kind"]
            if kind == "deposit":
                invoice = wf.create_deposit(session, order_id, now, options, percent=values["percent"],
                                            amount=values["amount"])
            elif kind == "progress":
                invoice = wf.create_progress(session, order_id, now, values["percent"] or Decimal(0), options)
            else:
                invoice = wf.create_final(session, order_id, now, options)
            return int(invoice.id)

        db_op(self.ctx, work, changes=Topic.INVOICES | Topic.TIMELINE, source=self).success(
            lambda invoice_id: self._created(invoice_id)).failure(self._refused).run()

    def _created(self, invoice_id: int) -> None:
        self._pending_select = invoice_id
        self._done(self.tr("Brouillon de facture créé : vérifiez-le puis émettez-le."))
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        """An action the rules refuse: its reason in the status line (the invoicing errors are worded)."""
        from desktop.gui.kit.errors import error_text

        self._done(error_text(exc))

    @Slot()
    def on_credit_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop.services.invoicing.workflow import create_credit_note

        now = self.ctx.clock()
        db_op(self.ctx, lambda s: create_credit_note(s, row.invoice_id, now).id,
              changes=Topic.INVOICES | Topic.TIMELINE, source=self).success(
            lambda _id: self._done(self.tr("Brouillon d'avoir créé pour %1 : émettez-le pour annuler la facture.")
                                   .replace("%1", row.number))).failure(self._refused).run()

    @Slot()
    def on_issue_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop.services.invoicing.workflow import issue

        now = self.ctx.clock()
        pattern = self.ctx.settings.invoice_number_pattern
        lang = self.lang

        def work(session: Any) -> str:
            return str(issue(session, row.invoice_id, now, pattern, lang=lang).number)

        db_op(self.ctx, work, changes=Topic.INVOICES | Topic.TIMELINE, source=self).success(
            lambda number: self._done(self.tr("Facture %1 émise : elle ne peut plus être modifiée.").replace(
                "%1", number))).failure(self._issue_failed).run()

    def _issue_failed(self, exc: BaseException) -> None:
        from desktop.services.invoicing.workflow import InvoiceIncompleteError

        if not isinstance(exc, InvoiceIncompleteError):
            self._refused(exc)
            return
        seller = any(issue.code.value in SELLER_CODES for issue in exc.issues)
        text = self.tr("Pour émettre cette facture, il manque :") + "\n• " + str(exc).replace("\n", "\n• ")
        self._done(text)
        if self.ask_fix(text, seller):
            self.open_seller_settings()

    def _ask_fix(self, text: str, seller: bool) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Mentions obligatoires manquantes"), text,
                          QMessageBox.StandardButton.Close, self)
        fix = box.addButton(self.tr("Ouvrir Ma société…"), QMessageBox.ButtonRole.AcceptRole) if seller else None
        box.exec()
        return fix is not None and box.clickedButton() is fix

    def open_seller_settings(self) -> None:
        """Paramètres › Ma société, where the seller's mentions are filled."""
        from desktop.gui.settings.seller import SellerSettings

        self.seller_settings = SellerSettings(self.ctx, self)
        self.seller_settings.open()

    @Slot()
    def on_payment_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PaymentDialog(row.number, row.balance, self.ctx.clock().date(), self)
        self.payment_dialog = dialog
        dialog.accepted.connect(lambda: self.record_payment(row.invoice_id, *dialog.values()))
        dialog.open()

    def record_payment(self, invoice_id: int, paid_on: date, amount: Decimal, method: str, note: str) -> None:
        """Record a payment received for an invoice."""
        from desktop.db.invoices import record_payment

        now = self.ctx.clock()
        db_op(self.ctx, lambda s: record_payment(s, invoice_id, paid_on, amount, now, method=method, note=note),
              changes=Topic.INVOICES | Topic.TIMELINE, source=self).success(
            lambda _p: self._done(self.tr("Règlement de %1 enregistré.").replace("%1", format_money(amount, self.lang)))
        ).failure(self._refused).run()

    @Slot()
    def on_send_requested(self) -> None:
        """Queue the selected invoice's email with its Factur-X PDF (the sender delivers it, then marks it sent)."""
        row = self.selected()
        if row is None:
            return
        from desktop.services.invoicing.mailing import queue_invoice_email
        from desktop.services.mail.wiring import sender_identity

        settings, now = self.ctx.settings, self.ctx.clock()
        if not settings.sender_address:
            self._done(self.tr("Indiquez d’abord votre adresse d’expéditeur dans Paramètres › Messagerie et suivi."))
            return
        data_dir = getattr(settings, "data_dir", None)
        db_op(self.ctx, lambda s: queue_invoice_email(s, row.invoice_id, sender=sender_identity(settings), now=now,
                                                       data_dir=data_dir),
              changes=Topic.OUTBOX | Topic.INVOICES | Topic.TIMELINE, source=self).success(
            lambda queued: self._done(self.tr("%1 part pour %2 (pièce jointe : %3).").replace(
                "%1", row.number or "").replace("%2", queued.to).replace("%3", queued.filename))).failure(
            self._refused).run()

    @Slot()
    def on_export_requested(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        from desktop.services.invoicing.exports import export_invoice

        data_dir = getattr(self.ctx.settings, "data_dir", None)
        db_op(self.ctx, lambda s: export_invoice(s, row.invoice_id, Path(folder), data_dir=data_dir),
              write=False, source=self).success(
            lambda paths: self._done(self.tr("Exporté dans %1 : %2").replace("%1", folder).replace(
                "%2", ", ".join(p.name for p in paths)))).failure(self._refused).run()
