"""registry kind: the seller is registered at the trade register (RCS) or the crafts register (RM)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

An artisan's quotes must print "RM <ville>", not "RCS <ville>". Existing sellers keep RCS.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default (no batch copy of the table on SQLite).
    op.add_column('seller_identity', sa.Column('registry_kind', sa.String(length=3), nullable=False,
                                               server_default='RCS'))
    if op.get_bind().dialect.name == "postgresql":  # SQLite cannot add a CHECK to an existing table
        op.create_check_constraint('ck_seller_identity_registry_kind', 'seller_identity',
                                   "registry_kind in ('RCS', 'RM')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint('ck_seller_identity_registry_kind', 'seller_identity', type_='check')
    op.execute("ALTER TABLE seller_identity DROP COLUMN registry_kind")
