"""verdicts: reserved for issue #18: scored tracking verdicts (probability, ranked reasons, re-judgements)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Reserved so that the work of several issues lands in one linear chain; empty until its issue fills it.
"""
from __future__ import annotations

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
