"""Invoice life after issue on SQLite and PostgreSQL: payments by hand, paid partly and fully, overdue by the
injected clock, « facture échue » in the follow-up list with its reminders, the dashboard's amounts, and the
columns of schema 0018 writable on a frozen invoice."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.dashboard import Period
from desktop.core.followup import Reason
from desktop.core.invoice_status import InvoiceFacts, PaymentState, payment_state
from desktop.db import invoices as repo
from desktop.db.dashboard import load_extras
from desktop.db.followups import load_followups
from desktop.db.invoice_list import invoice_figures, list_invoices, log_reminder, overdue_invoices, plan_reminder
from desktop.db.invoices import InvoiceError
from desktop.db.schema_version import HEAD_REVISION
from desktop.services.invoicing import workflow as wf
from tests.db.test_invoices import NOW, OPTIONS, make_order

D = Decimal
TODAY = NOW.date()


def _issued_final(s: Session) -> int:
    order_id = make_order(s)
    deposit = wf.create_deposit(s, order_id, NOW, OPTIONS, percent=D("30"))
    wf.issue(s, deposit.id, NOW)
    final = wf.create_final(s, order_id, NOW, OPTIONS)
    wf.issue(s, final.id, NOW)  # due 30 days later: 14/10/2026
    return final.id


def test_payments_by_hand_make_an_invoice_partly_then_fully_paid(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        final_id = _issued_final(s)
        repo.mark_sent(s, final_id, NOW)
        repo.record_payment(s, final_id, date(2026, 9, 20), D("500.00"), NOW, method="virement")
    with sessions() as s:
        row = next(r for r in list_invoices(s, TODAY) if r.invoice_id == final_id)
        assert (row.state, row.amount_paid, row.balance) == (PaymentState.PARTLY_PAID, D("500.00"), D("810.82"))
    with sessions.begin() as s, pytest.raises(InvoiceError, match="dépasse"):
        repo.record_payment(s, final_id, date(2026, 9, 25), D("900.00"), NOW)
    with sessions.begin() as s:
        repo.record_payment(s, final_id, date(2026, 9, 25), D("810.82"), NOW, method="chèque")
    with sessions() as s:
        invoice = repo.get_invoice(s, final_id)
        assert [(p.paid_on, p.amount) for p in invoice.payments] == [
            (date(2026, 9, 20), D("500.00")), (date(2026, 9, 25), D("810.82"))]
        assert invoice.paid_at is not None
        row = next(r for r in list_invoices(s, TODAY + timedelta(days=90)) if r.invoice_id == final_id)
        assert row.state is PaymentState.PAID and row.days_overdue == 0  # paid: never overdue


def test_overdue_by_the_clock_comes_in_the_followups_and_leaves_after_a_reminder(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        final_id = _issued_final(s)
        repo.record_payment(s, final_id - 1, date(2026, 9, 16), D("561.78"), NOW)  # the deposit is paid
        repo.record_payment(s, final_id, date(2026, 9, 20), D("10.82"), NOW)
    due = date(2026, 10, 14)
    with sessions() as s:
        assert overdue_invoices(s, due) == []  # due today: not yet late
        late = NOW + timedelta(days=30 + 12)  # 12 days after the due date
        [row] = overdue_invoices(s, late.date())
        assert (row.state, row.days_overdue, row.balance) == (PaymentState.OVERDUE, 12, D("1300.00"))
        listing = load_followups(s, late)
        [invoice_row] = [r for r in listing.rows if r.invoice_id == final_id]
        assert invoice_row.followup.reason is Reason.INVOICE_OVERDUE and invoice_row.followup.params == {"days": 12}
        assert invoice_row.followup.score == 82 and invoice_row.total_ttc == D("1300.00")
        assert invoice_row.status == "invoice_overdue" and invoice_row.number == "F-2026-0002"
    with sessions.begin() as s:
        assert log_reminder(s, final_id, late, how="joint") == late.date() + timedelta(days=7)
    with sessions() as s:
        assert not [r for r in load_followups(s, late).rows if r.invoice_id == final_id]
        back = late + timedelta(days=7)
        assert [r.invoice_id for r in load_followups(s, back).rows if r.invoice_id] == [final_id]
    with sessions.begin() as s:  # snoozed far: out of the list
        plan_reminder(s, final_id, date(2027, 1, 1))
    with sessions() as s:
        assert all(r.invoice_id != final_id for r in overdue_invoices(s, date(2026, 12, 1)))


def test_dashboard_amounts_invoiced_paid_and_overdue(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        final_id = _issued_final(s)  # deposit 561.78 + final 1310.82, both issued on 14/09/2026
        deposit_id = final_id - 1
        repo.record_payment(s, deposit_id, date(2026, 9, 16), D("561.78"), NOW)
        repo.record_payment(s, final_id, date(2026, 10, 2), D("300.00"), NOW)
    with sessions() as s:
        september = invoice_figures(s, date(2026, 9, 1), date(2026, 10, 1), date(2026, 9, 30))
        assert (september.invoiced, september.paid, september.overdue) == (D("1872.60"), D("561.78"), D("0.00"))
        later = invoice_figures(s, date(2026, 9, 1), date(2026, 11, 1), date(2026, 10, 20))
        assert (later.paid, later.overdue, later.overdue_count) == (D("861.78"), D("1010.82"), 1)
        from datetime import UTC, datetime

        period = Period(datetime(2026, 9, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC), ("2026-09", "2026-10"))
        extras = load_extras(s, period, None, date(2026, 10, 20))
        assert extras["invoices"] == later
    with sessions.begin() as s:  # a credit note issued in the period takes its amount off what was invoiced
        credit = wf.create_credit_note(s, final_id, NOW + timedelta(days=1), reason="Erreur")
        wf.issue(s, credit.id, NOW + timedelta(days=1))
    with sessions() as s:
        figures = invoice_figures(s, date(2026, 9, 1), date(2026, 11, 1), date(2026, 10, 20))
        assert figures.invoiced == D("561.78") and figures.overdue == D("0.00")  # credited: nothing owed


def test_schema_0018_columns_stay_writable_on_an_issued_invoice(sessions: sessionmaker[Session]) -> None:
    assert int(HEAD_REVISION) >= 18  # the columns came with 0018; later revisions keep them
    with sessions.begin() as s:
        final_id = _issued_final(s)
        columns = {c["name"] for c in inspect(s.get_bind()).get_columns("invoices")}
        assert {"next_reminder_on", "handoff_channel", "handoff_ref", "handed_off_at"} <= columns
        s.execute(text("UPDATE invoices SET next_reminder_on = :d, handoff_ref = 'PA-1', handoff_channel = 'api' "
                       "WHERE id = :i"), {"d": date(2026, 12, 1), "i": final_id})
    with sessions.begin() as s, pytest.raises(Exception, match="émise"):
        s.execute(text("UPDATE invoices SET title = 'x' WHERE id = :i"), {"i": final_id})


def test_payment_state_rules() -> None:
    due = date(2026, 10, 14)

    def state(paid: str, credited: str = "0", status: str = "sent", credit: bool = False,
              today: date = date(2026, 10, 15)) -> PaymentState:
        return payment_state(InvoiceFacts(status, credit, D("100.00"), D(paid), D(credited), due), today)

    assert state("0") is PaymentState.OVERDUE and state("0", today=due) is PaymentState.SENT
    assert state("40", today=due) is PaymentState.PARTLY_PAID and state("40") is PaymentState.OVERDUE
    assert state("100") is PaymentState.PAID and state("0", credited="100") is PaymentState.CREDITED
    assert state("0", status="issued", today=due) is PaymentState.ISSUED
    assert state("0", status="draft") is PaymentState.DRAFT and state("0", credit=True) is PaymentState.SENT
