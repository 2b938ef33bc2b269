"""« Factures » as the seller uses it: a deposit from an accepted order, issued, paid in part, exported as
Factur-X/UBL/CII, credited; a missing mention of « Ma société » named and leading there."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import facturx
from pytestqt.qtbot import QtBot

from desktop.core.invoice_status import PaymentState
from desktop.db.models import SellerIdentity
from desktop.gui.invoices.view import InvoiceDialog, InvoicesView, PaymentDialog
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database
from tests.db.test_invoices import make_order
from tests.gui.held import add_held

D = Decimal


def _view(qtbot: QtBot, ctx: GuiContext, database: Database) -> tuple[InvoicesView, int]:
    with database.sessions.begin() as s:
        order_id = make_order(s)
    view = InvoicesView(ctx)
    add_held(qtbot, view)
    view.resize(1100, 420)
    view.show()
    return view, order_id


def _deposit(view: InvoicesView, order_id: int) -> None:
    view.create_invoice({"order_id": order_id, "kind": "deposit", "percent": D("30"), "amount": None,
                         "category": "mixed", "delivery_date": date(2026, 11, 20), "delivery_address": ""})


def test_a_deposit_is_made_issued_paid_in_part_and_exported(qtbot: QtBot, qtmodeltester: object, ctx: GuiContext,
                                                            database: Database, tmp_path: Path) -> None:
    view, order_id = _view(qtbot, ctx, database)
    assert view.model.rowCount() == 0 and not view.issue_button.isEnabled()
    _deposit(view, order_id)
    assert view.model.rowCount() == 1 and view.selected() is not None  # the new draft is selected
    assert view.model.data(view.model.index(0, 0)) == "(brouillon)"
    assert view.issue_button.isEnabled() and not view.payment_button.isEnabled()
    view.issue_button.click()
    row = view.selected()
    assert row.number == "F-2026-0001" and row.state is PaymentState.ISSUED
    assert any("F-2026-0001 émise" in m for m in ctx.messages)  # type: ignore[attr-defined]
    assert view.payment_button.isEnabled() and view.export_button.isEnabled()
    view.record_payment(row.invoice_id, date(2026, 11, 30), D("200.00"), "virement", "")
    row = view.selected()
    assert row.state is PaymentState.PARTLY_PAID and row.balance == D("361.78")
    assert view.model.data(view.model.index(0, 8)) == "Payée en partie"
    assert view.model.data(view.model.index(0, 7)).replace("\u202f", " ").replace("\xa0", " ") == "361,78 €"
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    view.grab().save(str(tmp_path / "invoices_view.png"))
    view.choose_folder = lambda: str(tmp_path / "export")
    view.export_button.click()
    pdf = tmp_path / "export" / "Facture F-2026-0001.pdf"
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == [
        "Facture F-2026-0001.cii.xml", "Facture F-2026-0001.pdf", "Facture F-2026-0001.ubl.xml"]
    filename, xml = facturx.get_xml_from_pdf(pdf.read_bytes(), check_xsd=True)
    assert filename == "factur-x.xml" and b"<ram:TypeCode>386</ram:TypeCode>" in xml  # a deposit invoice
    view.credit_button.click()
    assert view.model.rowCount() == 2 and any("Brouillon d'avoir" in m for m in ctx.messages)  # type: ignore[attr-defined]


def test_a_missing_mention_is_named_and_leads_to_my_company(qtbot: QtBot, ctx: GuiContext,
                                                            database: Database) -> None:
    view, order_id = _view(qtbot, ctx, database)
    with database.sessions.begin() as s:
        seller = s.query(SellerIdentity).one()
        seller.siret = ""
    _deposit(view, order_id)
    asked: list[tuple[str, bool]] = []
    view.ask_fix = lambda text, seller: asked.append((text, seller)) or False
    view.issue_button.click()
    [(text, seller_issue)] = asked
    assert seller_issue and "SIRET du vendeur" in text and text.startswith("Pour émettre cette facture")
    assert view.selected().state is PaymentState.DRAFT  # nothing issued, no number used
    view.ask_fix = lambda _text, _seller: True
    view.issue_button.click()
    assert view.seller_settings is not None  # Paramètres › Ma société is open


def test_the_dialogs_give_what_was_chosen(qtbot: QtBot, ctx: GuiContext, database: Database) -> None:
    from desktop.db.invoice_list import invoiceable_orders

    _view_unused, order_id = _view(qtbot, ctx, database)
    with database.sessions() as s:
        orders = invoiceable_orders(s)
    dialog = InvoiceDialog(orders, date(2026, 11, 27))
    add_held(qtbot, dialog)
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData("deposit"))
    form.share.setValue(500)
    form.share_unit.setCurrentIndex(form.share_unit.findData("amount"))
    form.category.setCurrentIndex(form.category.findData("goods"))
    form.delivery_address.setPlainText("Entrepôt\n2 rue du Port\n69007 Lyon")
    values = dialog.values()
    assert values["order_id"] == order_id and values["amount"] == D("500.00") and values["percent"] is None
    assert values["category"] == "goods" and values["delivery_address"].endswith("69007 Lyon")
    form.kind.setCurrentIndex(form.kind.findData("final"))
    assert not form.share.isEnabled() and "acomptes" in form.hint.text()
    payment = PaymentDialog("F-2026-0001", D("361.78"), date(2026, 11, 30))
    add_held(qtbot, payment)
    assert payment.values() == (date(2026, 11, 30), D("361.78"), "virement", "")


def test_an_issued_invoice_is_sent_by_email_from_the_list(qtbot: QtBot, ctx: GuiContext, database: Database) -> None:
    import dataclasses

    from sqlalchemy import select

    from desktop.db.outbox_models import OutboxMessage

    view, order_id = _view(qtbot, ctx, database)
    _deposit(view, order_id)
    assert not view.send_button.isEnabled()  # a draft is not sent
    view.issue_button.click()
    assert view.send_button.isEnabled()
    view.send_button.click()  # no sender address yet: said, nothing queued
    assert any("adresse d’expéditeur" in m for m in ctx.messages)  # type: ignore[attr-defined]
    ctx.settings = dataclasses.replace(ctx.settings, sender_address="julie@atelier-lumiere.fr",
                                       sender_name="Julie Martin")
    view.send_button.click()
    assert any("part pour claire@dupont.fr" in m and "Facture F-2026-0001.pdf" in m
               for m in ctx.messages)  # type: ignore[attr-defined]
    with database.sessions() as s:
        [row] = s.scalars(select(OutboxMessage)).all()
        assert (row.invoice_id, row.state, row.recipients) == (view.selected().invoice_id, "queued",
                                                               ["claire@dupont.fr"])
