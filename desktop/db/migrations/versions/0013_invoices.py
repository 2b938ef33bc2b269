"""invoices: reserved for issue #21: invoices from purchase orders (deposits, progress, final, credit notes), Factur-X

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Reserved so that the work of several issues lands in one linear chain; empty until its issue fills it.
"""
from __future__ import annotations

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
