"""scenarios: follow-up scenarios, steps, enrolments, step runs and mail replies

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scenarios',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('query_id', sa.Integer(), nullable=True),
    sa.Column('allow_reentry', sa.Boolean(), nullable=False),
    sa.Column('stop_on_quote', sa.Boolean(), nullable=False),
    sa.Column('stop_on_opportunity', sa.Boolean(), nullable=False),
    sa.Column('stop_on_reply', sa.Boolean(), nullable=False),
    sa.Column('stop_on_unsubscribe', sa.Boolean(), nullable=False),
    sa.Column('allow_manual_stop', sa.Boolean(), nullable=False),
    sa.Column('window_days', sa.String(length=7), nullable=False),
    sa.Column('window_start_minute', sa.Integer(), nullable=False),
    sa.Column('window_end_minute', sa.Integer(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('triggered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status in ('draft', 'active', 'paused')", name=op.f('ck_scenarios_status')),
    sa.ForeignKeyConstraint(['query_id'], ['smart_queries.id'], name=op.f('fk_scenarios_query_id_smart_queries'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenarios'))
    )
    op.create_table('scenario_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('yes_position', sa.Integer(), nullable=True),
    sa.Column('no_position', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenarios.id'], name=op.f('fk_scenario_steps_scenario_id_scenarios'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenario_steps')),
    sa.UniqueConstraint('scenario_id', 'position', name=op.f('uq_scenario_steps_scenario_id'))
    )
    op.create_table('scenario_enrolments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('iteration', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('next_run_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stop_reason', sa.String(length=20), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('run_count', sa.Integer(), nullable=False),
    sa.Column('matched', sa.Boolean(), nullable=False),
    sa.CheckConstraint("state in ('active', 'stopped', 'finished')", name=op.f('ck_scenario_enrolments_state')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_scenario_enrolments_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenarios.id'], name=op.f('fk_scenario_enrolments_scenario_id_scenarios'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenario_enrolments')),
    sa.UniqueConstraint('scenario_id', 'contact_id', 'iteration', name=op.f('uq_scenario_enrolments_scenario_id'))
    )
    op.create_index('ix_scenario_enrolments_contact_id', 'scenario_enrolments', ['contact_id'], unique=False)
    op.create_index('ix_scenario_enrolments_due', 'scenario_enrolments', ['state', 'next_run_at'], unique=False)
    op.create_table('mail_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=250), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('matched_by', sa.String(length=12), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_mail_replies_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_mail_replies_outbox_id_outbox'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_replies')),
    sa.UniqueConstraint('message_id', name=op.f('uq_mail_replies_message_id'))
    )
    op.create_index(op.f('ix_mail_replies_contact_id'), 'mail_replies', ['contact_id'], unique=False)
    op.create_table('scenario_step_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('iteration', sa.Integer(), nullable=False),
    sa.Column('claimed_by', sa.String(length=64), nullable=True),
    sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['enrolment_id'], ['scenario_enrolments.id'], name=op.f('fk_scenario_step_runs_enrolment_id_scenario_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], name=op.f('fk_scenario_step_runs_outbox_id_outbox'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['step_id'], ['scenario_steps.id'], name=op.f('fk_scenario_step_runs_step_id_scenario_steps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenario_step_runs')),
    sa.UniqueConstraint('enrolment_id', 'step_id', 'iteration', name=op.f('uq_scenario_step_runs_enrolment_id'))
    )
    op.create_index(op.f('ix_scenario_step_runs_step_id'), 'scenario_step_runs', ['step_id'], unique=False)



def downgrade() -> None:
    op.drop_index(op.f('ix_scenario_step_runs_step_id'), table_name='scenario_step_runs')
    op.drop_table('scenario_step_runs')
    op.drop_index(op.f('ix_mail_replies_contact_id'), table_name='mail_replies')
    op.drop_table('mail_replies')
    op.drop_index('ix_scenario_enrolments_due', table_name='scenario_enrolments')
    op.drop_index('ix_scenario_enrolments_contact_id', table_name='scenario_enrolments')
    op.drop_table('scenario_enrolments')
    op.drop_table('scenario_steps')
    op.drop_table('scenarios')
