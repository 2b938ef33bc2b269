"""verdicts: when the tracker was told of a message's delivery (issue #18: verdicts timed from the acceptance)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

The tracker times a message's verdicts from the moment the mail server accepted it, which the desktop tells it
after sending (``POST /api/v1/messages/{token}/delivered``). ``outbox.delivery_told_at`` records that the
tracker heard it; a message sent whose tracker could not be told keeps it empty and is told again later
(:func:`desktop.services.mail.delivery_report.tell_pending`). Messages sent before this revision count as told.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.db.types import UTCDateTime

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('delivery_told_at', UTCDateTime(), nullable=True))
    op.execute("UPDATE outbox SET delivery_told_at = sent_at WHERE sent_at IS NOT NULL")
    op.create_index('ix_outbox_delivery_untold', 'outbox', ['delivery_told_at', 'sent_at'])


def downgrade() -> None:
    op.drop_index('ix_outbox_delivery_untold', table_name='outbox')
    op.execute("ALTER TABLE outbox DROP COLUMN delivery_told_at")
