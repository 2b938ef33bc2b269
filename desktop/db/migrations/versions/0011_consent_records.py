"""consent records: tracking consent as provable answers, the tracker's per-contact key, aggregate campaign pixels

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

The CNIL's recommendation on email tracking pixels (published 14 April 2026) needs each consent to be provable.
``consent_records`` keeps every answer (state, when, how, the text shown, the source, the note); the contact
keeps its current state in ``tracking_consent_state`` and the boolean ``tracking_consent`` stays as the cache
of the explicit answer. Today's booleans map without losing anyone's refusal: True -> given, False -> refused,
None -> informed for a contact created before 14 April 2026, else not asked; given, refused and informed get a
record whose method is ``migration`` (no date, text or source was ever kept for them, and the note says so).
``contacts.tracking_key`` is the opaque key the tracker groups a contact's messages by;
``email_campaigns.aggregate_token`` the campaign's anonymous pixel (and ``outbox.aggregate_token`` the messages
carrying it); ``outbox.individual_tracking`` whether a message carried its own pixel. Plain ADD COLUMN and CREATE TABLE: no table is copied (SQLite's FTS index and
the triggers on contacts and quotes stay as they are).
"""
from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop.db.types import UTCDateTime

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

PUBLISHED = datetime(2026, 4, 14, tzinfo=UTC)
STATES = "tracking_consent_state in ('given', 'refused', 'withdrawn', 'not_asked', 'informed')"
NOTE_ANSWER = ("Réponse enregistrée avant les preuves de consentement (schéma 0010) : ni la date, ni le texte "
               "montré, ni la source n'avaient été conservés.")
NOTE_INFORMED = ("Contact créé avant le 14 avril 2026, sans réponse : informé sans opposition (l'information "
                 "donnée doit pouvoir être prouvée par le vendeur).")


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.add_column('contacts', sa.Column('tracking_consent_state', sa.String(length=12), nullable=False,
                                        server_default='not_asked'))
    op.add_column('contacts', sa.Column('tracking_key', sa.String(length=32), nullable=True))
    op.create_index('ix_contacts_tracking_key', 'contacts', ['tracking_key'], unique=True)
    if postgres:  # SQLite cannot add a CHECK to an existing table
        op.create_check_constraint('ck_contacts_tracking_consent_state', 'contacts', STATES)
    op.add_column('email_campaigns', sa.Column('aggregate_token', sa.String(length=64), nullable=True))
    op.add_column('outbox', sa.Column('individual_tracking', sa.Boolean(), nullable=True))
    op.add_column('outbox', sa.Column('aggregate_token', sa.String(length=64), nullable=True))
    op.create_table(
        'consent_records',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('method', sa.String(length=12), nullable=False),
        sa.Column('at', UTCDateTime(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('source', sa.String(length=200), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=True),
        sa.Column('event_id', sa.String(length=64), nullable=True),
        sa.Column('token', sa.String(length=64), nullable=True),
        sa.Column('recorded_at', UTCDateTime(), nullable=False),
        sa.Column('synced_at', UTCDateTime(), nullable=True),
        sa.CheckConstraint("state in ('given', 'refused', 'withdrawn', 'informed')",
                           name=op.f('ck_consent_records_state')),
        sa.CheckConstraint("method in ('online_form', 'email_link', 'salesperson', 'import', 'migration')",
                           name=op.f('ck_consent_records_method')),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_consent_records_contact_id_contacts'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_consent_records_recorded_by_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_records')),
        sa.UniqueConstraint('event_id', name=op.f('uq_consent_records_event_id')),
    )
    op.create_index('ix_consent_records_contact_at', 'consent_records', ['contact_id', 'at'], unique=False)
    op.create_index('ix_consent_records_unsynced', 'consent_records', ['synced_at', 'contact_id'], unique=False)
    _carry_over(bind)


def _carry_over(bind: sa.Connection) -> None:
    """Map the old booleans to states, and give each answer (and each informed contact) its record."""
    when = sa.bindparam("published", PUBLISHED, type_=UTCDateTime())
    yes, no = sa.bindparam("yes", True, type_=sa.Boolean()), sa.bindparam("no", False, type_=sa.Boolean())
    # SQLite keeps times as text, with or without fractions of a second: compared as instants, not as text
    older = ("julianday(created_at) < julianday(:published)" if bind.dialect.name == "sqlite"
             else "created_at < :published")
    bind.execute(sa.text(
        "UPDATE contacts SET tracking_consent_state = CASE WHEN tracking_consent = :yes THEN 'given' "
        f"WHEN tracking_consent = :no THEN 'refused' WHEN {older} THEN 'informed' "
        "ELSE 'not_asked' END").bindparams(when, yes, no))
    now = sa.bindparam("now", datetime.now(UTC), type_=UTCDateTime())
    for state, note in (("given", NOTE_ANSWER), ("refused", NOTE_ANSWER), ("informed", NOTE_INFORMED)):
        bind.execute(sa.text(
            "INSERT INTO consent_records (contact_id, state, method, at, text, source, note, recorded_at) "
            "SELECT id, :state, 'migration', :now, '', '', :note, :now FROM contacts "
            "WHERE tracking_consent_state = :state ORDER BY id").bindparams(now, state=state, note=note))


def downgrade() -> None:
    bind = op.get_bind()
    yes, no = sa.bindparam("yes", True, type_=sa.Boolean()), sa.bindparam("no", False, type_=sa.Boolean())
    # The boolean is the cache of the answer already; written again from the state so that no refusal or
    # withdrawal recorded since the upgrade is lost, whoever wrote the boolean last.
    bind.execute(sa.text(
        "UPDATE contacts SET tracking_consent = CASE WHEN tracking_consent_state = 'given' THEN :yes "
        "WHEN tracking_consent_state IN ('refused', 'withdrawn') THEN :no ELSE NULL END").bindparams(yes, no))
    op.drop_index('ix_consent_records_unsynced', table_name='consent_records')
    op.drop_index('ix_consent_records_contact_at', table_name='consent_records')
    op.drop_table('consent_records')
    op.execute("ALTER TABLE outbox DROP COLUMN aggregate_token")
    op.execute("ALTER TABLE outbox DROP COLUMN individual_tracking")
    op.execute("ALTER TABLE email_campaigns DROP COLUMN aggregate_token")
    if bind.dialect.name == "postgresql":
        op.drop_constraint('ck_contacts_tracking_consent_state', 'contacts', type_='check')
    op.drop_index('ix_contacts_tracking_key', table_name='contacts')
    # DROP COLUMN without a batch copy (SQLite >= 3.35): the FTS triggers on contacts survive.
    op.execute("ALTER TABLE contacts DROP COLUMN tracking_key")
    op.execute("ALTER TABLE contacts DROP COLUMN tracking_consent_state")
