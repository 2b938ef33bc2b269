"""follow-ups: each open quote's planned follow-up date, and when an accepted quote's follow-up was done

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite keeps the quotes table, its freeze triggers and indexes.
    op.add_column('quotes', sa.Column('next_followup_on', sa.Date(), nullable=True))
    op.add_column('quotes', sa.Column('followup_done_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_quotes_next_followup_on', 'quotes', ['next_followup_on'])


def downgrade() -> None:
    op.drop_index('ix_quotes_next_followup_on', table_name='quotes')
    with op.batch_alter_table('quotes') as batch:
        batch.drop_column('followup_done_at')
        batch.drop_column('next_followup_on')
