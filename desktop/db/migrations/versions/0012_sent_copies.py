"""sent copies: a message delivered through Relance is filed in the sender's Sent folder (IMAP APPEND)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

Where the submission server does not file what it was given (everyone but Gmail and Microsoft 365), the sender
files a copy in the mailbox's Sent folder after the delivery, apart from it: ``sent_copy_state`` is NULL (no copy
wanted), ``pending`` (to file, at ``sent_copy_next_at`` when it failed before), ``done`` or ``failed`` (given up
after ``sent_copy_attempts``, ``sent_copy_error`` says why). Plain ADD COLUMN (no table is copied on SQLite).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.db.types import UTCDateTime

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('sent_copy_state', sa.String(10), nullable=True))
    op.add_column('outbox', sa.Column('sent_copy_attempts', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('outbox', sa.Column('sent_copy_next_at', UTCDateTime(), nullable=True))
    op.add_column('outbox', sa.Column('sent_copy_error', sa.Text(), nullable=True))
    op.create_index('ix_outbox_sent_copy_due', 'outbox', ['sent_copy_state', 'sent_copy_next_at'])


def downgrade() -> None:
    op.drop_index('ix_outbox_sent_copy_due', table_name='outbox')
    for column in ('sent_copy_error', 'sent_copy_next_at', 'sent_copy_attempts', 'sent_copy_state'):
        op.execute(f"ALTER TABLE outbox DROP COLUMN {column}")
