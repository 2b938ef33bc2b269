"""dashboard indexes: the period's quotes, the open quotes without follow-up and the opens, read from indexes alone

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

At a million contacts (250,000 quotes, 270,000 opens) the dashboard read every quote's row to find the period's
cohort (the only index with ``kind`` first was the number's unique one) and every open's row for its verdict.
``ix_quotes_cohort`` ``(kind, sent_at, ...)`` holds every column the per-month aggregate reads, so that the
period's cohort is one range of one index (a covering scan); ``ix_quotes_unplanned``
``(kind, status, next_followup_on, owner_id)`` answers the open quotes without follow-up date per salesperson
from three seeks; ``ix_tracking_events_kind_ts_quote_verdict`` replaces ``ix_tracking_events_kind_ts_quote``
(its prefix: every query served by the old one is served by the new one) with the verdict, so that the opens of
the period are read from the index; ``ix_opportunities_closed`` the same for the opportunities closed in the
period. Plain indexes on both backends.
"""
from __future__ import annotations

from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

COHORT = ['kind', 'sent_at', 'status', 'owner_id', 'total_ht', 'viewed_at', 'accepted_at', 'root_id', 'id']
UNPLANNED = ['kind', 'status', 'next_followup_on', 'owner_id']


def upgrade() -> None:
    op.create_index('ix_quotes_cohort', 'quotes', COHORT)
    op.create_index('ix_quotes_unplanned', 'quotes', UNPLANNED)
    op.create_index('ix_tracking_events_kind_ts_quote_verdict', 'tracking_events',
                    ['kind', 'ts', 'quote_id', 'verdict'])
    op.drop_index('ix_tracking_events_kind_ts_quote', table_name='tracking_events')
    op.create_index('ix_opportunities_closed', 'opportunities', ['closed_at', 'result', 'owner_id', 'amount'])


def downgrade() -> None:
    op.drop_index('ix_opportunities_closed', table_name='opportunities')
    op.create_index('ix_tracking_events_kind_ts_quote', 'tracking_events', ['kind', 'ts', 'quote_id'])
    op.drop_index('ix_tracking_events_kind_ts_quote_verdict', table_name='tracking_events')
    op.drop_index('ix_quotes_unplanned', table_name='quotes')
    op.drop_index('ix_quotes_cohort', table_name='quotes')
