"""seller legal: the late-payment penalty rate and the decennial insurance of the building trades

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

A quote to a business client prints the late-payment penalties with the 40 € recovery indemnity (Code de
commerce L441-10, D441-5): the rate is the seller's (``late_payment_rate``). A building trade prints its
decennial insurance (loi Pinel 2014; insurer, coverage, geographic scope). Plain ADD COLUMN on both backends.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

_COLUMNS = ('late_payment_rate', 'building_trade', 'decennial_insurer', 'decennial_coverage', 'decennial_area')


def upgrade() -> None:
    op.add_column('seller_identity', sa.Column('late_payment_rate', sa.String(200), nullable=True))
    op.add_column('seller_identity', sa.Column('building_trade', sa.Boolean(), nullable=False,
                                               server_default=sa.false()))
    op.add_column('seller_identity', sa.Column('decennial_insurer', sa.String(200), nullable=True))
    op.add_column('seller_identity', sa.Column('decennial_coverage', sa.String(300), nullable=True))
    op.add_column('seller_identity', sa.Column('decennial_area', sa.String(200), nullable=True))


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE seller_identity DROP COLUMN {column}")
