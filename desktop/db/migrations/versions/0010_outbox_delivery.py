"""outbox delivery: recipients reached and refused, replies lost after the whole message was sent

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

A message can reach some recipients and be refused for others (a Cc unknown, a mailbox full): ``delivered_to``
lists who has it, ``refused`` who was refused and the server's words (a temporary refusal is retried for
that recipient only). ``lost_replies`` counts the connections lost after the whole message was handed over,
before the server's reply: past a small bound the message is not sent again and the user is told it may
have been delivered.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table on SQLite).
    op.add_column('outbox', sa.Column('delivered_to', sa.JSON(), nullable=True))
    op.add_column('outbox', sa.Column('refused', sa.JSON(), nullable=True))
    op.add_column('outbox', sa.Column('lost_replies', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    for column in ('lost_replies', 'refused', 'delivered_to'):
        op.execute(f"ALTER TABLE outbox DROP COLUMN {column}")
