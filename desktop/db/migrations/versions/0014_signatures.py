"""signatures: reserved for issue #17: signed quotes (one-time codes, evidence files, sealed PDFs)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

Reserved so that the work of several issues lands in one linear chain; empty until its issue fills it.
"""
from __future__ import annotations

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
