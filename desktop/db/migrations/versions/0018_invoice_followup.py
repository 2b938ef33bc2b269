"""invoice follow-up: when to remind an unpaid invoice next, and its hand-off to a plateforme agréée

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

``invoices.next_reminder_on``: the date an overdue invoice comes back in the follow-up list after a reminder
(or a snooze). ``handoff_channel``, ``handoff_ref`` and ``handed_off_at``: where the Factur-X was handed to
the seller's plateforme agréée (the export folder or a platform's API), the platform's reference, when. These
columns are not among the frozen ones (0013's triggers check a fixed list): they stay writable after issue.
Payments already have their table (0013). Plain ADD COLUMN on both backends.
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


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE invoices DROP COLUMN {column}")
