"""Invoices on SQLite and PostgreSQL: from an order, numbering, mentions, freezing, payments, credit notes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import invoices as repo
from desktop.db import quotes as quotes_repo
from desktop.db.models import Company
from desktop.services.invoicing import workflow as wf
from desktop.services.invoicing.document import OperationCategory
from desktop.services.invoicing.legal import InvoiceCode
from desktop.services.invoicing.totals import InvoicingError
from tests.db.test_quotes import draft_with_lines, make_world

NOW = datetime(2026, 9, 14, 9, 0, tzinfo=UTC)
D = Decimal
OPTIONS = wf.InvoiceOptions(operation_category=OperationCategory.MIXED, delivery_date=date(2026, 9, 10))


def make_order(s: Session, *, siren: str | None = "44306184100047") -> int:
    """An accepted purchase order of 1872.60 € TTC (1203.00 HT at 20 %, 390.00 HT at 10 %) for a company."""
    contact_id = make_world(s)
    quote = draft_with_lines(s, contact_id, NOW - timedelta(days=20))
    quotes_repo.finalise(s, quote.id, NOW - timedelta(days=20))
    quotes_repo.accept(s, quote.id, NOW - timedelta(days=15), full_name="Claire Dupont")
    order = quotes_repo.to_purchase_order(s, quote.id, NOW - timedelta(days=15))
    company = s.get(Company, order.company_id)
    assert company is not None
    company.siret, company.address, company.postal_code = siren, "8 rue Mercière", "69002"
    s.flush()
    return order.id


def test_deposit_then_final_then_credit_note_numbered_without_gaps(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        order_id = make_order(s)
        deposit = wf.create_deposit(s, order_id, NOW, OPTIONS, percent=D("30"))
        assert (deposit.number, deposit.total_ttc) == (None, D("561.78"))
        wf.issue(s, deposit.id, NOW)
        final = wf.create_final(s, order_id, NOW, OPTIONS)
        wf.issue(s, final.id, NOW + timedelta(hours=1))
        deposit_id, final_id = deposit.id, final.id
    with sessions() as s:
        deposit, final = repo.get_invoice(s, deposit_id), repo.get_invoice(s, final_id)
        assert (deposit.number, final.number) == ("F-2026-0001", "F-2026-0002")
        assert deposit.total_ttc + final.total_ttc == D("1872.60")
        deductions = [line for line in final.lines if line.is_deduction]
        assert [(line.designation, line.total_ht, line.vat_amount) for line in deductions] == [
            ("Déduction acompte facture F-2026-0001 du 14/09/2026", D("-360.90"), D("-72.18")),
            ("Déduction acompte facture F-2026-0001 du 14/09/2026", D("-117.00"), D("-11.70"))]
        assert final.due_date == date(2026, 10, 14) and final.snapshot
    with sessions.begin() as s:  # the final is credited in full: a new final may be made
        credit = wf.create_credit_note(s, final_id, NOW, reason="Erreur d'adresse")
        wf.issue(s, credit.id, NOW)
        assert credit.number == "F-2026-0003" and credit.total_ttc == D("1310.82")
        assert repo.balance(repo.get_invoice(s, final_id)) == D("0")
        again = wf.create_final(s, order_id, NOW, OPTIONS)
        assert again.total_ttc == D("1310.82")
        with pytest.raises(InvoicingError, match="déjà son avoir"):
            wf.create_credit_note(s, final_id, NOW)


def test_progress_invoices_are_cumulative_and_cannot_pass_the_order(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        order_id = make_order(s)
        first = wf.create_progress(s, order_id, NOW, D("40"), OPTIONS)
        second = wf.create_progress(s, order_id, NOW, D("70"), OPTIONS)
        # 40 % of 1593.00 HT = 637.20, then 70 % - 40 % = 477.90
        assert (first.total_ht, second.total_ht) == (D("637.20"), D("477.90"))
        with pytest.raises(InvoicingError, match="déjà facturé"):
            wf.create_progress(s, order_id, NOW, D("70"), OPTIONS)
        with pytest.raises(InvoicingError, match="dépasseraient"):
            wf.create_deposit(s, order_id, NOW, OPTIONS, percent=D("40"))
        with pytest.raises(InvoicingError, match="encore un brouillon"):
            wf.create_final(s, order_id, NOW, OPTIONS)


def test_each_missing_mention_is_named_and_no_number_is_used(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        order_id = make_order(s, siren=None)
        invoice = wf.create_final(s, order_id, NOW, wf.InvoiceOptions())
        invoice_id = invoice.id
    with sessions() as s:
        with pytest.raises(wf.InvoiceIncompleteError) as caught:
            wf.issue(s, invoice_id, NOW)
        codes = [issue.code for issue in caught.value.issues]
        assert codes == [InvoiceCode.CLIENT_SIREN_MISSING, InvoiceCode.OPERATION_CATEGORY_MISSING,
                         InvoiceCode.DELIVERY_DATE_MISSING]
        assert "SIREN" in str(caught.value) and "livraison" in str(caught.value)
        s.rollback()
    with sessions() as s:
        assert s.execute(text("SELECT count(*) FROM invoice_number_sequences")).scalar() == 0
        assert repo.get_invoice(s, invoice_id).status == "draft"


def test_an_issued_invoice_is_frozen_in_the_repository_and_in_the_database(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        invoice = wf.create_deposit(s, make_order(s), NOW, OPTIONS, amount=D("500.00"))
        assert invoice.total_ttc == D("500.00")
        invoice_id = wf.issue(s, invoice.id, NOW).id
    with sessions() as s:
        with pytest.raises(repo.InvoiceFrozenError, match="avoir"):
            repo.update_draft(s, invoice_id, {"notes": "changé"}, NOW)
        with pytest.raises(repo.InvoiceFrozenError):
            repo.delete_draft(s, invoice_id)
        with pytest.raises(repo.InvoiceFrozenError):
            wf.issue(s, invoice_id, NOW)
    for statement in ("UPDATE invoices SET total_ttc = 1", "UPDATE invoices SET number = 'F-2026-0099'",
                      "UPDATE invoices SET status = 'draft'", "UPDATE invoice_lines SET total_ht = 1",
                      "DELETE FROM invoice_lines", "DELETE FROM invoices",
                      "INSERT INTO invoice_lines (invoice_id, position, designation, description, quantity, unit, "
                      f"unit_price, discount_percent, vat_rate, total_ht, is_deduction) VALUES ({invoice_id}, 9, "
                      "'x', '', 1, '', 100, 0, '20', 100, false)"):
        with sessions() as s, pytest.raises(repo.InvoiceFrozenError, match="émise"):
            s.execute(text(statement))
    with sessions.begin() as s:  # its life after issue stays writable
        repo.mark_sent(s, invoice_id, NOW)
        repo.record_payment(s, invoice_id, date(2026, 9, 20), D("200.00"), NOW, method="virement")
    with sessions() as s:
        invoice = repo.get_invoice(s, invoice_id)
        assert (invoice.status, invoice.amount_paid, repo.balance(invoice)) == ("sent", D("200.00"), D("300.00"))


def test_payments_never_pass_what_is_left_and_the_last_one_marks_it_paid(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        invoice = wf.create_deposit(s, make_order(s), NOW, OPTIONS, percent=D("30"))
        with pytest.raises(repo.InvoiceError, match="brouillon"):
            repo.record_payment(s, invoice.id, date(2026, 9, 15), D("10"), NOW)
        wf.issue(s, invoice.id, NOW)
        with pytest.raises(repo.InvoiceError, match="dépasse"):
            repo.record_payment(s, invoice.id, date(2026, 9, 15), D("561.79"), NOW)
        repo.record_payment(s, invoice.id, date(2026, 9, 15), D("500"), NOW)
        assert invoice.paid_at is None
        repo.record_payment(s, invoice.id, date(2026, 9, 16), D("61.78"), NOW)
        assert invoice.paid_at == NOW and repo.balance(invoice) == D("0")


def test_the_printed_parties_stay_those_of_the_issue_day(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        order_id = make_order(s)
        invoice_id = wf.issue(s, wf.create_deposit(s, order_id, NOW, OPTIONS, percent=D("10")).id, NOW).id
        company_id = repo.get_invoice(s, invoice_id).company_id
        company = s.get(Company, company_id)
        assert company is not None
        company.legal_name = "Boulangerie Dupont & Fils"
    with sessions() as s:
        document = wf.document_of(s, invoice_id)
        assert document.client.company == "Boulangerie Dupont" and document.client.siren == "443061841"
        assert document.seller.legal_name == "Atelier Lumière" and document.seller.share_capital == D("20000")
        assert document.order_number.startswith("D-2026-")
