"""A date that may be left empty (the quote editor's dates, the quotes view's issue-date filters).

Its own module because the Designer forms of ``ui/quotes`` promote a ``QDateEdit`` to it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: the earliest date shows "—" and means "none"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat("dd/MM/yyyy")
        self.set_value(None)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == _NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))
