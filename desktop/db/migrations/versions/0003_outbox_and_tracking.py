"""outbox and tracking: messages to send with their fixed Message-ID, tracker events, feed cursor

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tracker_cursor',
    sa.Column('tracker', sa.String(length=300), nullable=False),
    sa.Column('cursor', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('tracker', name=op.f('pk_tracker_cursor'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=250), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_code', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('token', sa.String(length=64), nullable=True),
    sa.Column('links', sa.JSON(), nullable=True),
    sa.Column('tracker_quote', sa.JSON(), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("state in ('queued', 'registering', 'sending', 'sent', 'failed_temporary', 'failed_permanent', 'paused')", name=op.f('ck_outbox_state')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_outbox_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_outbox_quote_id_quotes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_message_id')),
    sa.UniqueConstraint('token', name=op.f('uq_outbox_token'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_quote_id'), ['quote_id'], unique=False)
        batch_op.create_index('ix_outbox_state_due', ['state', 'next_attempt_at'], unique=False)

    op.create_table('outbox_payloads',
    sa.Column('outbox_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_outbox_payloads_outbox_id_outbox'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('outbox_id', name=op.f('pk_outbox_payloads'))
    )
    op.create_table('tracking_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('ts', sa.DateTime(timezone=True), nullable=False),
    sa.Column('verdict', sa.String(length=8), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('link_id', sa.String(length=64), nullable=True),
    sa.Column('quote_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('ip', sa.String(length=64), nullable=True),
    sa.Column('user_agent', sa.String(length=500), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind in ('open', 'click', 'view', 'accept', 'unsubscribe')", name=op.f('ck_tracking_events_kind')),
    sa.CheckConstraint("verdict in ('human', 'machine', 'unknown')", name=op.f('ck_tracking_events_verdict')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_tracking_events_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_tracking_events_quote_id_quotes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tracking_events')),
    sa.UniqueConstraint('event_id', name=op.f('uq_tracking_events_event_id'))
    )
    with op.batch_alter_table('tracking_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tracking_events_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_tracking_events_kind_ts_quote', ['kind', 'ts', 'quote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tracking_events_token'), ['token'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tracking_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tracking_events_token'))
        batch_op.drop_index('ix_tracking_events_kind_ts_quote')
        batch_op.drop_index(batch_op.f('ix_tracking_events_contact_id'))

    op.drop_table('tracking_events')
    op.drop_table('outbox_payloads')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_due')
        batch_op.drop_index(batch_op.f('ix_outbox_quote_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_contact_id'))

    op.drop_table('outbox')
    op.drop_table('tracker_cursor')
