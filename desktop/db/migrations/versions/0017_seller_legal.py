"""seller legal: reserved for issue #19: the seller's legal mentions (legal form, capital, VAT number, insurance)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

Reserved so that the work of several issues lands in one linear chain; empty until its issue fills it.
"""
from __future__ import annotations

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
