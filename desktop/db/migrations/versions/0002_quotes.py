"""quotes: catalogue, quotes with versions, sections, lines, gapless number sequences

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    _create_guards()


def _create_tables() -> None:
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('designation', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('vat_rate', sa.String(length=6), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("vat_rate in ('20', '10', '5.5', '2.1', '0', 'exempt')", name=op.f('ck_products_vat_rate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('reference', name=op.f('uq_products_reference'))
    )
    op.create_table('quote_number_sequences',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_quote_number_sequences'))
    )
    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('root_id', sa.Integer(), nullable=True),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('source_quote_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('validity_date', sa.Date(), nullable=True),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('lead_time', sa.String(length=200), nullable=False),
    sa.Column('global_discount_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('deposit_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('personal_message', sa.Text(), nullable=False),
    sa.Column('payment_terms', sa.String(length=300), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('print_cgv', sa.Boolean(), nullable=False),
    sa.Column('print_signature_block', sa.Boolean(), nullable=False),
    sa.Column('print_withdrawal_notice', sa.Boolean(), nullable=False),
    sa.Column('meant_as_purchase_order', sa.Boolean(), nullable=False),
    sa.Column('distance_or_off_premises', sa.Boolean(), nullable=False),
    sa.Column('travel_fees_expected', sa.Boolean(), nullable=False),
    sa.Column('total_ht', sa.BigInteger(), nullable=False),
    sa.Column('total_vat', sa.BigInteger(), nullable=False),
    sa.Column('total_ttc', sa.BigInteger(), nullable=False),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_human_open_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('viewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refused_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acceptance_name', sa.String(length=200), nullable=True),
    sa.Column('acceptance_pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('acceptance_ip', sa.String(length=45), nullable=True),
    sa.Column('acceptance_user_agent', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind in ('quote', 'amendment', 'purchase_order')", name=op.f('ck_quotes_kind')),
    sa.CheckConstraint("status in ('draft', 'finalised', 'sent', 'opened', 'viewed', 'accepted', 'refused', 'expired', 'superseded')", name=op.f('ck_quotes_status')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_quotes_version')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_quotes_company_id_companies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_quotes_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_quotes_opportunity_id_opportunities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_quotes_owner_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['previous_id'], ['quotes.id'], name=op.f('fk_quotes_previous_id_quotes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['root_id'], ['quotes.id'], name=op.f('fk_quotes_root_id_quotes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_quote_id'], ['quotes.id'], name=op.f('fk_quotes_source_quote_id_quotes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
    sa.UniqueConstraint('kind', 'number', 'version', name='uq_quotes_kind_number_version')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_company_id'), ['company_id'], unique=False)
        batch_op.create_index('ix_quotes_contact_sent', ['contact_id', 'sent_at'], unique=False)
        batch_op.create_index('ix_quotes_issue_date', ['issue_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_root_id'), ['root_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_source_quote_id'), ['source_quote_id'], unique=False)
        batch_op.create_index('ix_quotes_status', ['status'], unique=False)

    op.create_table('quote_sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_quote_sections_quote_id_quotes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_sections'))
    )
    with op.batch_alter_table('quote_sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_sections_quote_id'), ['quote_id'], unique=False)

    op.create_table('quote_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('designation', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=True),
    sa.Column('discount_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('vat_rate', sa.String(length=6), nullable=False),
    sa.Column('is_free', sa.Boolean(), nullable=False),
    sa.Column('is_travel_fee', sa.Boolean(), nullable=False),
    sa.CheckConstraint("vat_rate in ('20', '10', '5.5', '2.1', '0', 'exempt')", name=op.f('ck_quote_lines_vat_rate')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_quote_lines_product_id_products'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_quote_lines_quote_id_quotes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['section_id'], ['quote_sections.id'], name=op.f('fk_quote_lines_section_id_quote_sections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_lines'))
    )
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_lines_quote_id'), ['quote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_lines_section_id'), ['section_id'], unique=False)



def downgrade() -> None:
    _drop_guards()
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_lines_section_id'))
        batch_op.drop_index(batch_op.f('ix_quote_lines_quote_id'))

    op.drop_table('quote_lines')
    with op.batch_alter_table('quote_sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_sections_quote_id'))

    op.drop_table('quote_sections')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_status')
        batch_op.drop_index(batch_op.f('ix_quotes_source_quote_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_root_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_owner_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_opportunity_id'))
        batch_op.drop_index('ix_quotes_issue_date')
        batch_op.drop_index('ix_quotes_contact_sent')
        batch_op.drop_index(batch_op.f('ix_quotes_company_id'))

    op.drop_table('quotes')
    op.drop_table('quote_number_sequences')
    op.drop_table('products')


# A quote that has left draft is frozen: its content columns, sections and lines cannot change and it
# cannot be deleted (numbers must stay gapless). The repository refuses first; these triggers are the
# guard for any other writer. Status, tracking times, acceptance record and links stay writable.
FROZEN_QUOTE_COLUMNS = (
    "number", "version", "kind", "title", "issue_date", "validity_date", "delivery_date", "lead_time",
    "global_discount_percent", "deposit_percent", "notes", "personal_message", "payment_terms",
    "print_cgv", "print_signature_block", "print_withdrawal_notice", "meant_as_purchase_order",
    "distance_or_off_premises", "travel_fees_expected", "total_ht", "total_vat", "total_ttc",
)
PART_COLUMNS = {
    "quote_sections": ("quote_id", "position", "title"),
    "quote_lines": ("quote_id", "section_id", "position", "designation", "description", "quantity", "unit",
                    "unit_price", "discount_percent", "vat_rate", "is_free", "is_travel_fee"),
}
MESSAGE = "quote_frozen: a quote that has left draft cannot be changed"


def _sqlite_guards() -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_QUOTE_COLUMNS)
    statements = [
        f"""CREATE TRIGGER quotes_frozen_update BEFORE UPDATE ON quotes
            WHEN OLD.status <> 'draft' AND ({changed})
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        f"""CREATE TRIGGER quotes_frozen_delete BEFORE DELETE ON quotes WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    ]
    for table, columns in PART_COLUMNS.items():
        old = "(SELECT status FROM quotes WHERE id = OLD.quote_id) <> 'draft'"
        new = "(SELECT status FROM quotes WHERE id = NEW.quote_id) <> 'draft'"
        statements += [
            f"""CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table} WHEN {new}
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
            f"""CREATE TRIGGER {table}_frozen_update BEFORE UPDATE OF {', '.join(columns)} ON {table}
                WHEN {old} OR {new}
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
            f"""CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table} WHEN {old}
                BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
        ]
    return statements


def _postgresql_guards() -> list[str]:
    new_row = ", ".join(f"NEW.{c}" for c in FROZEN_QUOTE_COLUMNS)
    old_row = ", ".join(f"OLD.{c}" for c in FROZEN_QUOTE_COLUMNS)
    statements = [
        f"""CREATE FUNCTION relance_quotes_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF OLD.status <> 'draft' THEN
                    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
                END IF;
                RETURN OLD;
            END IF;
            IF OLD.status <> 'draft' AND ROW({new_row}) IS DISTINCT FROM ROW({old_row}) THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER quotes_frozen BEFORE UPDATE OR DELETE ON quotes
           FOR EACH ROW EXECUTE FUNCTION relance_quotes_frozen()""",
        f"""CREATE FUNCTION relance_quote_parts_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE')
               AND EXISTS (SELECT 1 FROM quotes WHERE id = OLD.quote_id AND status <> 'draft') THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE')
               AND EXISTS (SELECT 1 FROM quotes WHERE id = NEW.quote_id AND status <> 'draft') THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = '23000';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END $$""",
    ]
    for table, columns in PART_COLUMNS.items():
        statements.append(
            f"""CREATE TRIGGER {table}_frozen BEFORE INSERT OR DELETE OR UPDATE OF {', '.join(columns)}
                ON {table} FOR EACH ROW EXECUTE FUNCTION relance_quote_parts_frozen()""")
    return statements


def _create_guards() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _sqlite_guards():
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _postgresql_guards():
            op.execute(statement)


def _drop_guards() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        names = ["quotes_frozen_update", "quotes_frozen_delete"] + [
            f"{table}_frozen_{what}" for table in PART_COLUMNS for what in ("insert", "update", "delete")]
        for name in names:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS quotes_frozen ON quotes")
        for table in PART_COLUMNS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_frozen ON {table}")
        op.execute("DROP FUNCTION IF EXISTS relance_quotes_frozen()")
        op.execute("DROP FUNCTION IF EXISTS relance_quote_parts_frozen()")
