"""invoices: invoices from purchase orders (deposits, progress, final, credit notes), payments, gapless numbers

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Tables ``invoices``, ``invoice_lines``, ``invoice_payments`` and ``invoice_number_sequences`` (the invoices'
own gapless sequence per year, separate from the quotes'). An issued invoice is frozen like a finalised quote:
its content columns and lines cannot change and it cannot be deleted; triggers on both backends refuse any
writer (the repository refuses first). Status, sending, payments and credited amounts stay writable.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

FROZEN_INVOICE_COLUMNS = (
    "number", "kind", "order_id", "credited_invoice_id", "title", "issue_date", "due_date", "delivery_date",
    "operation_category", "delivery_address", "payment_terms", "early_payment_terms", "late_payment_rate",
    "business_client", "share_percent", "notes", "snapshot", "total_ht", "total_vat", "total_ttc",
)
FROZEN_LINE_COLUMNS = (
    "invoice_id", "position", "designation", "description", "quantity", "unit", "unit_price",
    "discount_percent", "vat_rate", "total_ht", "is_deduction", "vat_amount",
)
MESSAGE = "invoice_frozen: an issued invoice cannot be changed"


def upgrade() -> None:
    op.create_table('invoice_number_sequences',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_invoice_number_sequences'))
    )
    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('credited_invoice_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('operation_category', sa.String(length=8), nullable=False),
    sa.Column('delivery_address', sa.String(length=300), nullable=False),
    sa.Column('payment_terms', sa.String(length=300), nullable=False),
    sa.Column('early_payment_terms', sa.String(length=200), nullable=False),
    sa.Column('late_payment_rate', sa.String(length=200), nullable=False),
    sa.Column('business_client', sa.Boolean(), nullable=False),
    sa.Column('share_percent', sa.Numeric(precision=9, scale=6), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('total_ht', sa.BigInteger(), nullable=False),
    sa.Column('total_vat', sa.BigInteger(), nullable=False),
    sa.Column('total_ttc', sa.BigInteger(), nullable=False),
    sa.Column('amount_paid', sa.BigInteger(), nullable=False),
    sa.Column('amount_credited', sa.BigInteger(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind in ('deposit', 'progress', 'final', 'credit_note')", name=op.f('ck_invoices_kind')),
    sa.CheckConstraint("status in ('draft', 'issued', 'sent')", name=op.f('ck_invoices_status')),
    sa.CheckConstraint("operation_category in ('', 'goods', 'services', 'mixed')",
                       name=op.f('ck_invoices_operation_category')),
    sa.ForeignKeyConstraint(['order_id'], ['quotes.id'], name=op.f('fk_invoices_order_id_quotes'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['credited_invoice_id'], ['invoices.id'],
                            name=op.f('fk_invoices_credited_invoice_id_invoices'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_invoices_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_invoices_company_id_companies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_invoices_owner_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('number', name='uq_invoices_number')
    )
    op.create_index(op.f('ix_invoices_order_id'), 'invoices', ['order_id'])
    op.create_index(op.f('ix_invoices_credited_invoice_id'), 'invoices', ['credited_invoice_id'])
    op.create_index(op.f('ix_invoices_contact_id'), 'invoices', ['contact_id'])
    op.create_index(op.f('ix_invoices_company_id'), 'invoices', ['company_id'])
    op.create_index('ix_invoices_status_due', 'invoices', ['status', 'due_date'])
    op.create_table('invoice_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('designation', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('discount_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('vat_rate', sa.String(length=6), nullable=False),
    sa.Column('total_ht', sa.BigInteger(), nullable=False),
    sa.Column('is_deduction', sa.Boolean(), nullable=False),
    sa.Column('vat_amount', sa.BigInteger(), nullable=True),
    sa.CheckConstraint("vat_rate in ('20', '10', '5.5', '2.1', '0', 'exempt')", name=op.f('ck_invoice_lines_vat_rate')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_lines_invoice_id_invoices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_lines'))
    )
    op.create_index(op.f('ix_invoice_lines_invoice_id'), 'invoice_lines', ['invoice_id'])
    op.create_table('invoice_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_invoice_payments_amount')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_payments_invoice_id_invoices'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_payments'))
    )
    op.create_index(op.f('ix_invoice_payments_invoice_id'), 'invoice_payments', ['invoice_id'])
    _create_guards()


def _sqlite_guards() -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_INVOICE_COLUMNS)
    old = "(SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'"
    new = "(SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'"
    return [
        f"""CREATE TRIGGER invoices_frozen_update BEFORE UPDATE ON invoices
            WHEN OLD.status <> 'draft' AND (NEW.status = 'draft' OR {changed})
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        f"""CREATE TRIGGER invoices_frozen_delete BEFORE DELETE ON invoices WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        f"""CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines WHEN {new}
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        f"""CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE OF {', '.join(FROZEN_LINE_COLUMNS)}
            ON invoice_lines WHEN {old} OR {new}
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        f"""CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines WHEN {old}
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    ]


def _postgresql_guards() -> list[str]:
    new_row = ", ".join(f"NEW.{c}" for c in FROZEN_INVOICE_COLUMNS)
    old_row = ", ".join(f"OLD.{c}" for c in FROZEN_INVOICE_COLUMNS)
    return [
        f"""CREATE FUNCTION relance_invoices_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF OLD.status <> 'draft' THEN
                    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
                END IF;
                RETURN OLD;
            END IF;
            IF OLD.status <> 'draft' AND (NEW.status = 'draft'
                                          OR ROW({new_row}) IS DISTINCT FROM ROW({old_row})) THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER invoices_frozen BEFORE UPDATE OR DELETE ON invoices
           FOR EACH ROW EXECUTE FUNCTION relance_invoices_frozen()""",
        f"""CREATE FUNCTION relance_invoice_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE')
               AND EXISTS (SELECT 1 FROM invoices WHERE id = OLD.invoice_id AND status <> 'draft') THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE')
               AND EXISTS (SELECT 1 FROM invoices WHERE id = NEW.invoice_id AND status <> 'draft') THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE TRIGGER invoice_lines_frozen BEFORE INSERT OR DELETE OR UPDATE OF {', '.join(FROZEN_LINE_COLUMNS)}
            ON invoice_lines FOR EACH ROW EXECUTE FUNCTION relance_invoice_lines_frozen()""",
    ]


def _create_guards() -> None:
    dialect = op.get_bind().dialect.name
    statements = _sqlite_guards() if dialect == "sqlite" else _postgresql_guards() if dialect == "postgresql" else []
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS invoice_lines_frozen ON invoice_lines")
        op.execute("DROP TRIGGER IF EXISTS invoices_frozen ON invoices")
        op.execute("DROP FUNCTION IF EXISTS relance_invoice_lines_frozen()")
        op.execute("DROP FUNCTION IF EXISTS relance_invoices_frozen()")
    op.drop_table('invoice_payments')
    op.drop_table('invoice_lines')
    op.drop_table('invoices')
    op.drop_table('invoice_number_sequences')
