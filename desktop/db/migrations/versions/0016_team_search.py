"""team search: reserved for issue #20: team mode (accent-insensitive search on PostgreSQL)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

Reserved so that the work of several issues lands in one linear chain; empty until its issue fills it.
"""
from __future__ import annotations

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
