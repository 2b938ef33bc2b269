"""smart queries: saved specs (static or dynamic), frozen members, the shipped queries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    queries = op.create_table(
        'smart_queries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('spec', sa.Text(), nullable=False),
        sa.Column('shipped_key', sa.String(length=60), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('member_count', sa.Integer(), nullable=True),
        sa.Column('last_evaluated_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind in ('static', 'dynamic')", name=op.f('ck_smart_queries_kind')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_smart_queries')),
        sa.UniqueConstraint('name', name=op.f('uq_smart_queries_name')),
        sa.UniqueConstraint('shipped_key', name=op.f('uq_smart_queries_shipped_key')),
    )
    op.create_table(
        'smart_query_members',
        sa.Column('query_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['query_id'], ['smart_queries.id'], ondelete='CASCADE',
                                name=op.f('fk_smart_query_members_query_id_smart_queries')),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='CASCADE',
                                name=op.f('fk_smart_query_members_contact_id_contacts')),
        sa.PrimaryKeyConstraint('query_id', 'contact_id', name=op.f('pk_smart_query_members')),
    )
    op.create_index('ix_smart_query_members_contact_id', 'smart_query_members', ['contact_id'])
    # "opportunity result is empty" (open deals) and other result tests, answered from the index alone.
    op.create_index('ix_opportunities_result_contact', 'opportunities', ['result', 'contact_id'])
    # The shipped queries (names in French, the source language); their specs are frozen here on purpose.
    from desktop.core.query_spec import SHIPPED

    stamp = datetime.now(UTC)
    if op.get_bind().dialect.name == 'sqlite':  # stored as naive UTC there, as desktop.db.types does
        stamp = stamp.replace(tzinfo=None)
    op.bulk_insert(queries, [
        {'name': name, 'kind': 'dynamic', 'spec': json.dumps(spec, ensure_ascii=False), 'shipped_key': key,
         'position': position, 'member_count': None, 'last_evaluated_at': None, 'created_at': stamp,
         'updated_at': stamp}
        for position, (key, name, spec) in enumerate(SHIPPED)
    ])


def downgrade() -> None:
    op.drop_index('ix_opportunities_result_contact', table_name='opportunities')
    op.drop_index('ix_smart_query_members_contact_id', table_name='smart_query_members')
    op.drop_table('smart_query_members')
    op.drop_table('smart_queries')
