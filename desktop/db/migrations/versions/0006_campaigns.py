"""campaigns: phoning campaigns (call list, claims, call log) and email campaigns with their recipients

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('email_campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('query_id', sa.Integer(), nullable=True),
    sa.Column('template', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('sender_id', sa.Integer(), nullable=True),
    sa.Column('per_minute', sa.Integer(), nullable=False),
    sa.Column('per_day', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('recipient_count', sa.Integer(), nullable=False),
    sa.Column('queued_count', sa.Integer(), nullable=False),
    sa.Column('excluded_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status in ('draft', 'sending', 'paused', 'done')", name=op.f('ck_email_campaigns_status')),
    sa.ForeignKeyConstraint(['query_id'], ['smart_queries.id'], name=op.f('fk_email_campaigns_query_id_smart_queries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sender_id'], ['users.id'], name=op.f('fk_email_campaigns_sender_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email_campaigns'))
    )
    op.create_table('phoning_campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('script', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('query_id', sa.Integer(), nullable=True),
    sa.Column('keep_feeding', sa.Boolean(), nullable=False),
    sa.Column('no_answer_delay_minutes', sa.Integer(), nullable=False),
    sa.Column('voicemail_delay_minutes', sa.Integer(), nullable=False),
    sa.Column('max_attempts', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fed_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status in ('draft', 'active', 'paused', 'done')", name=op.f('ck_phoning_campaigns_status')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_phoning_campaigns_owner_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['query_id'], ['smart_queries.id'], name=op.f('fk_phoning_campaigns_query_id_smart_queries'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phoning_campaigns'))
    )
    op.create_table('phoning_calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('called_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('duration_seconds', sa.Integer(), nullable=True),
    sa.Column('callback_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("outcome in ('interested', 'not_interested', 'voicemail', 'no_answer', 'wrong_number', 'callback', 'do_not_call')", name=op.f('ck_phoning_calls_outcome')),
    sa.ForeignKeyConstraint(['campaign_id'], ['phoning_campaigns.id'], name=op.f('fk_phoning_calls_campaign_id_phoning_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_phoning_calls_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_phoning_calls_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phoning_calls'))
    )
    op.create_index('ix_phoning_calls_campaign_time', 'phoning_calls', ['campaign_id', 'called_at'], unique=False)
    op.create_index(op.f('ix_phoning_calls_contact_id'), 'phoning_calls', ['contact_id'], unique=False)
    op.create_table('phoning_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_call_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('claimed_by', sa.Integer(), nullable=True),
    sa.Column('claim_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_outcome', sa.String(length=20), nullable=True),
    sa.Column('last_called_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("state in ('todo', 'done')", name=op.f('ck_phoning_members_state')),
    sa.ForeignKeyConstraint(['campaign_id'], ['phoning_campaigns.id'], name=op.f('fk_phoning_members_campaign_id_phoning_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claimed_by'], ['users.id'], name=op.f('fk_phoning_members_claimed_by_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_phoning_members_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phoning_members')),
    sa.UniqueConstraint('campaign_id', 'contact_id', name=op.f('uq_phoning_members_campaign_id'))
    )
    op.create_index('ix_phoning_members_contact_id', 'phoning_members', ['contact_id'], unique=False)
    op.create_index('ix_phoning_members_queue', 'phoning_members', ['campaign_id', 'state', 'priority'], unique=False)
    op.create_table('email_campaign_recipients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=True),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("state in ('pending', 'queued', 'excluded')", name=op.f('ck_email_campaign_recipients_state')),
    sa.ForeignKeyConstraint(['campaign_id'], ['email_campaigns.id'], name=op.f('fk_email_campaign_recipients_campaign_id_email_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_email_campaign_recipients_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_email_campaign_recipients_outbox_id_outbox'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email_campaign_recipients')),
    sa.UniqueConstraint('campaign_id', 'contact_id', name=op.f('uq_email_campaign_recipients_campaign_id'))
    )
    op.create_index(op.f('ix_email_campaign_recipients_contact_id'), 'email_campaign_recipients', ['contact_id'], unique=False)
    op.create_index(op.f('ix_email_campaign_recipients_outbox_id'), 'email_campaign_recipients', ['outbox_id'], unique=False)
    op.create_index('ix_email_campaign_recipients_state', 'email_campaign_recipients', ['campaign_id', 'state'], unique=False)


def downgrade() -> None:
    op.drop_table('email_campaign_recipients')
    op.drop_table('phoning_members')
    op.drop_table('phoning_calls')
    op.drop_table('phoning_campaigns')
    op.drop_table('email_campaigns')
