"""Widgets of the quote editor around the lines: the options tabs (a Designer form) and the totals panel (built
from the core's figures)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.formatting import format_money, format_percent
from desktop.core.money import Problem
from desktop.core.quotes import QuoteTotals
from desktop.gui.generated.quotes.ui_editor_options import Ui_QuoteOptionsForm
from desktop.gui.quotes.editor.lines import parse_percent
from desktop.gui.quotes.texts import edit_text, problem_sentence, vat_text


class QuoteOptions(QWidget):
    """Conditions (discount, deposit, dates, payment), the message and notes, and the legal flags: the tabs of
    ``ui/quotes/editor_options.ui``."""

    sig_changed = Signal()

    _FLAGS = ("print_cgv", "print_signature_block", "print_withdrawal_notice", "meant_as_purchase_order",
              "distance_or_off_premises", "travel_fees_expected")

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        form: Any = Ui_QuoteOptionsForm()  # generated code: untyped
        self.form = form
        form.setupUi(self)
        self.tabs = form.tabs
        self.discount, self.deposit = form.global_discount, form.deposit
        self.percent_error = form.percent_error
        self.percent_error.hide()
        self.delivery_date, self.lead_time, self.payment_terms = form.delivery_date, form.lead_time, form.payment_terms
        self.personal_message, self.notes = form.personal_message, form.notes
        self.flags: dict[str, QCheckBox] = {name: getattr(form, f"flag_{name}") for name in self._FLAGS}

        for line in (self.discount, self.deposit, self.lead_time, self.payment_terms):
            line.textChanged.connect(self.sig_changed)
        for text in (self.personal_message, self.notes):
            text.textChanged.connect(self.sig_changed)
        self.delivery_date.dateChanged.connect(self.sig_changed)
        for check in self.flags.values():
            check.toggled.connect(self.sig_changed)

    def set_values(self, header: dict[str, Any]) -> None:
        """Fill the tabs from a quote's header."""
        self.discount.setText(edit_text(header["global_discount_percent"], self.lang) if
                              header["global_discount_percent"] else "")
        self.deposit.setText(edit_text(header["deposit_percent"], self.lang) if header["deposit_percent"] else "")
        self.delivery_date.set_value(header["delivery_date"])
        self.lead_time.setText(header["lead_time"] or "")
        self.payment_terms.setText(header["payment_terms"] or "")
        self.personal_message.setPlainText(header["personal_message"] or "")
        self.notes.setPlainText(header["notes"] or "")
        for name, check in self.flags.items():
            check.setChecked(bool(header[name]))

    def percents(self) -> tuple[Decimal, Decimal, list[str]]:
        """Global discount and deposit as typed, and the sentences of what is wrong with them."""
        errors: list[str] = []
        values: list[Decimal] = []
        for label, edit in ((self.tr("Remise globale"), self.discount), (self.tr("Acompte"), self.deposit)):
            value = parse_percent(edit.text(), self.lang)
            if isinstance(value, Problem):
                errors.append(f"{label} : {problem_sentence(value, self.lang)}")
                values.append(Decimal(0))
            else:
                values.append(value)
        self.percent_error.setText("\n".join(errors))
        self.percent_error.setVisible(bool(errors))
        return values[0], values[1], errors

    def values(self) -> dict[str, Any]:
        """The header fields of these tabs (percentages must have been checked with :meth:`percents`)."""
        discount, deposit, _errors = self.percents()
        return {
            "global_discount_percent": discount, "deposit_percent": deposit,
            "delivery_date": self.delivery_date.value(), "lead_time": self.lead_time.text().strip(),
            "payment_terms": self.payment_terms.text().strip(),
            "personal_message": self.personal_message.toPlainText().strip(),
            "notes": self.notes.toPlainText().strip(),
            **{name: check.isChecked() for name, check in self.flags.items()},
        }

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.discount, self.deposit, self.lead_time, self.payment_terms):
            line.setReadOnly(read_only)
        for text in (self.personal_message, self.notes):
            text.setReadOnly(read_only)
        self.delivery_date.setReadOnly(read_only)
        for check in self.flags.values():
            check.setEnabled(not read_only)


class TotalsPanel(QFrame):
    """HT, global discount, VAT per rate, TTC and deposit, as the core computes them."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(360)
        self.lang = lang
        self._grid = QGridLayout()
        self.error = QLabel()
        self.error.setObjectName("totals_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Totaux"))
        title.setProperty("role", "subheading")
        layout.addWidget(title)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.amounts: dict[str, str] = {}

    def _clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _row(self, key: str, label: str, amount: str, strong: bool = False) -> None:
        row = self._grid.rowCount()
        left, right = QLabel(label), QLabel(amount)
        right.setObjectName(f"total_{key}")
        if strong:
            left.setProperty("role", "strong")
            right.setProperty("role", "strong")
        right.setMinimumWidth(110)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(left, row, 0)
        self._grid.addWidget(right, row, 1)
        self.amounts[key] = amount

    def show_totals(self, totals: QuoteTotals, deposit_percent: Decimal, errors: list[str]) -> None:
        """Show the totals; ``errors`` (typed values that are not numbers) are listed under them."""
        self._clear()
        self.amounts = {}
        def money(amount: Decimal) -> str:
            return format_money(amount, self.lang)

        if totals.global_discount:
            self._row("subtotal", self.tr("Sous-total HT"), money(totals.subtotal_ht))
            self._row("discount", self.tr("Remise globale"), money(-totals.global_discount))
        self._row("ht", self.tr("Total HT"), money(totals.total_ht), strong=True)
        for breakdown in totals.by_rate:
            label = self.tr("TVA %1 sur %2").replace("%1", vat_text(breakdown.rate, self.lang)).replace(
                "%2", money(breakdown.net_ht))
            self._row(f"vat_{breakdown.rate.value}", label, money(breakdown.vat))
        self._row("ttc", self.tr("Total TTC"), money(totals.total_ttc), strong=True)
        if deposit_percent:
            label = self.tr("Acompte (%1)").replace("%1", format_percent(deposit_percent, self.lang))
            self._row("deposit", label, money(totals.deposit))
        self.error.setText("\n".join(errors))
        self.error.setVisible(bool(errors))
