"""signatures: signed quotes (the evidence records of online signatures, the quote's signing time)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

``quote_signatures`` keeps every evidence record the tracker published in a ``signed`` event (one row per event,
``event_id`` unique), with the record itself as the feed gave it; ``quotes.signed_at`` says a quote is signed.
Plain CREATE TABLE and ADD COLUMN (no table is copied on SQLite).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.db.types import UTCDateTime

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


#: The evidence of a signature never changes once received: every column but the quote link (set to NULL if a quote
#: is ever deleted) is refused an UPDATE, and a row is refused a DELETE, on both backends.
EVIDENCE_MARK = "evidence_immutable:"
_GUARDED = ("event_id", "token", "quote_number", "version", "pdf_sha256", "signer_name", "signer_email",
            "statement", "code_issued_at", "code_checked_at", "ip", "user_agent", "signed_at", "prev_hash",
            "record_hash", "record", "hash_ok", "received_at")
_MESSAGE = EVIDENCE_MARK + " the evidence of an online signature cannot be changed or deleted"


def _evidence_guards(dialect: str) -> list[str]:
    columns = ", ".join(_GUARDED)
    if dialect == "sqlite":
        return [
            f"""CREATE TRIGGER quote_signatures_no_update BEFORE UPDATE OF {columns} ON quote_signatures
                BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
            f"""CREATE TRIGGER quote_signatures_no_delete BEFORE DELETE ON quote_signatures
                BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
        ]
    if dialect == "postgresql":
        return [
            f"""CREATE FUNCTION relance_evidence_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{_MESSAGE}' USING ERRCODE = '23000';
            END $$""",
            f"""CREATE TRIGGER quote_signatures_no_update BEFORE UPDATE OF {columns} ON quote_signatures
                FOR EACH ROW EXECUTE FUNCTION relance_evidence_immutable()""",
            """CREATE TRIGGER quote_signatures_no_delete BEFORE DELETE ON quote_signatures
                FOR EACH ROW EXECUTE FUNCTION relance_evidence_immutable()""",
        ]
    return []


def upgrade() -> None:
    op.create_table(
        'quote_signatures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=64), nullable=False),
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('quote_id', sa.Integer(), nullable=True),
        sa.Column('quote_number', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
        sa.Column('signer_name', sa.String(length=200), nullable=False),
        sa.Column('signer_email', sa.String(length=320), nullable=False),
        sa.Column('statement', sa.Text(), nullable=False),
        sa.Column('code_issued_at', UTCDateTime(), nullable=False),
        sa.Column('code_checked_at', UTCDateTime(), nullable=False),
        sa.Column('ip', sa.String(length=64), nullable=True),
        sa.Column('user_agent', sa.String(length=512), nullable=True),
        sa.Column('signed_at', UTCDateTime(), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('record_hash', sa.String(length=64), nullable=False),
        sa.Column('record', sa.JSON(), nullable=False),
        sa.Column('hash_ok', sa.Boolean(), nullable=False),
        sa.Column('received_at', UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_quote_signatures_quote_id_quotes'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_signatures')),
        sa.UniqueConstraint('event_id', name=op.f('uq_quote_signatures_event_id')),
    )
    op.create_index(op.f('ix_quote_signatures_token'), 'quote_signatures', ['token'])
    op.create_index(op.f('ix_quote_signatures_quote_id'), 'quote_signatures', ['quote_id'])
    op.create_index(op.f('ix_quote_signatures_record_hash'), 'quote_signatures', ['record_hash'])
    op.add_column('quotes', sa.Column('signed_at', UTCDateTime(), nullable=True))
    op.create_table(
        'quote_seals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('signature_id', sa.Integer(), nullable=False),
        sa.Column('quote_id', sa.Integer(), nullable=True),
        sa.Column('pdf', sa.LargeBinary(), nullable=False),
        sa.Column('level', sa.String(length=16), nullable=False),
        sa.Column('problem', sa.Text(), nullable=False),
        sa.Column('sealed_at', UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['signature_id'], ['quote_signatures.id'],
                                name=op.f('fk_quote_seals_signature_id_quote_signatures'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['quote_id'], ['quotes.id'], name=op.f('fk_quote_seals_quote_id_quotes'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_seals')),
        sa.UniqueConstraint('signature_id', name=op.f('uq_quote_seals_signature_id')),
    )
    op.create_index(op.f('ix_quote_seals_quote_id'), 'quote_seals', ['quote_id'])
    for statement in _evidence_guards(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    op.drop_table('quote_seals')
    op.execute("DROP TRIGGER IF EXISTS quote_signatures_no_update" +
               (" ON quote_signatures" if op.get_bind().dialect.name == "postgresql" else ""))
    op.execute("DROP TRIGGER IF EXISTS quote_signatures_no_delete" +
               (" ON quote_signatures" if op.get_bind().dialect.name == "postgresql" else ""))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS relance_evidence_immutable()")
    op.execute("ALTER TABLE quotes DROP COLUMN signed_at")
    op.drop_table('quote_signatures')
