"""invoice follow-up: when to remind an unpaid invoice next, and its hand-off to a plateforme agréée

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

``invoices.next_reminder_on``: the date an overdue invoice comes back in the follow-up list after a reminder
(or a snooze). ``handoff_channel``, ``handoff_ref`` and ``handed_off_at``: where the Factur-X was handed to
the seller's plateforme agréée (the export folder or a platform's API), the platform's reference, when. These
columns are not among the frozen ones (0013's triggers check a fixed list): they stay writable after issue.
Payments already have their table (0013). Plain ADD COLUMN on both backends.
``outbox.invoice_id``: the invoice a message carries; the sender marks it sent when the server accepts it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_COLUMNS = ('next_reminder_on', 'handoff_channel', 'handoff_ref', 'handed_off_at')


def upgrade() -> None:
    op.add_column('invoices', sa.Column('next_reminder_on', sa.Date(), nullable=True))
    op.add_column('invoices', sa.Column('handoff_channel', sa.String(40), nullable=False, server_default=''))
    op.add_column('invoices', sa.Column('handoff_ref', sa.String(200), nullable=False, server_default=''))
    op.add_column('invoices', sa.Column('handed_off_at', sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "sqlite":  # a column with its reference, without rebuilding the outbox
        op.execute("ALTER TABLE outbox ADD COLUMN invoice_id INTEGER REFERENCES invoices (id) ON DELETE SET NULL")
    else:
        op.add_column('outbox', sa.Column('invoice_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_outbox_invoice_id_invoices'), 'outbox', 'invoices', ['invoice_id'], ['id'],
                              ondelete='SET NULL')
    op.create_index(op.f('ix_outbox_invoice_id'), 'outbox', ['invoice_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_outbox_invoice_id'), table_name='outbox')
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f('fk_outbox_invoice_id_invoices'), 'outbox', type_='foreignkey')
    op.execute("ALTER TABLE outbox DROP COLUMN invoice_id")
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE invoices DROP COLUMN {column}")
