"""latest quote: each contact's latest sent quote (id and time), kept by triggers on quotes

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

Smart queries test "the latest quote sent" (the quote with the greatest ``sent_at``, the greatest id among
equal times; quotes never sent do not count, whatever their status). Computing it per query was a MAX /
GROUP BY over quotes and a lookup per contact; now ``contacts.latest_quote_id`` and
``contacts.latest_quote_sent_at`` hold it, recomputed by triggers whenever a quote is inserted, deleted,
or changes ``id``, ``contact_id`` or ``sent_at``. The application never writes these columns.
``ix_contacts_latest_quote_sent`` (time, ``deleted_at``) answers a date condition and the live test from the
index alone; ``ix_contacts_latest_quote_id`` lets a condition on another column of the latest quote start
from the quotes that match.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The latest sent quote of one contact (ties on sent_at: the greatest id); no row when none was sent.
_LATEST = ("SELECT q.id, q.sent_at FROM quotes q WHERE q.contact_id = {contact} AND q.sent_at IS NOT NULL "
           "ORDER BY q.sent_at DESC, q.id DESC LIMIT 1")


def _recompute(contact: str) -> str:
    return (f"UPDATE contacts SET (latest_quote_id, latest_quote_sent_at) = ({_LATEST.format(contact=contact)}) "
            f"WHERE id = {contact}")


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite keeps the contacts table, its FTS triggers and indexes.
    op.add_column('contacts', sa.Column('latest_quote_id', sa.Integer(), nullable=True))
    op.add_column('contacts', sa.Column('latest_quote_sent_at', sa.DateTime(timezone=True), nullable=True))
    op.execute(f"UPDATE contacts SET (latest_quote_id, latest_quote_sent_at) = ({_LATEST.format(contact='contacts.id')}) "
               "WHERE id IN (SELECT contact_id FROM quotes WHERE sent_at IS NOT NULL)")
    op.create_index('ix_contacts_latest_quote_sent', 'contacts', ['latest_quote_sent_at', 'deleted_at'])
    op.create_index('ix_contacts_latest_quote_id', 'contacts', ['latest_quote_id'])
    dialect = op.get_bind().dialect.name
    for statement in _sqlite_triggers() if dialect == "sqlite" else _postgresql_triggers():
        op.execute(statement)


def _sqlite_triggers() -> list[str]:
    # AFTER triggers: the freeze triggers of 0002 (BEFORE) refuse a forbidden change before these run.
    return [
        f"""CREATE TRIGGER quotes_latest_insert AFTER INSERT ON quotes
            WHEN NEW.contact_id IS NOT NULL AND NEW.sent_at IS NOT NULL
            BEGIN {_recompute("NEW.contact_id")}; END""",
        f"""CREATE TRIGGER quotes_latest_update AFTER UPDATE OF id, contact_id, sent_at ON quotes
            WHEN NEW.id IS NOT OLD.id OR NEW.contact_id IS NOT OLD.contact_id OR NEW.sent_at IS NOT OLD.sent_at
            BEGIN {_recompute("OLD.contact_id")}; {_recompute("NEW.contact_id")}; END""",
        f"""CREATE TRIGGER quotes_latest_delete AFTER DELETE ON quotes
            WHEN OLD.contact_id IS NOT NULL AND OLD.sent_at IS NOT NULL
            BEGIN {_recompute("OLD.contact_id")}; END""",
    ]


def _postgresql_triggers() -> list[str]:
    # The contact's row is locked before the quotes are read: under READ COMMITTED the next statement then
    # sees a concurrent transaction's quote once it has committed, so two desktops sending quotes to the
    # same contact at once cannot leave the older one recorded as the latest.
    return [
        f"""CREATE FUNCTION relance_contact_latest_quote(contact integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM contacts WHERE id = contact FOR NO KEY UPDATE;
            {_recompute("contact")};
        END $$""",
        """CREATE FUNCTION relance_quotes_latest() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            old_contact integer;
            new_contact integer;
        BEGIN
            IF TG_OP <> 'INSERT' AND OLD.sent_at IS NOT NULL THEN
                old_contact := OLD.contact_id;
            END IF;
            IF TG_OP <> 'DELETE' AND NEW.sent_at IS NOT NULL THEN
                new_contact := NEW.contact_id;
            END IF;
            IF old_contact IS NOT NULL THEN
                PERFORM relance_contact_latest_quote(old_contact);
            END IF;
            IF new_contact IS NOT NULL AND new_contact IS DISTINCT FROM old_contact THEN
                PERFORM relance_contact_latest_quote(new_contact);
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER quotes_latest_insert AFTER INSERT ON quotes FOR EACH ROW
           WHEN (NEW.contact_id IS NOT NULL AND NEW.sent_at IS NOT NULL)
           EXECUTE FUNCTION relance_quotes_latest()""",
        """CREATE TRIGGER quotes_latest_update AFTER UPDATE OF id, contact_id, sent_at ON quotes FOR EACH ROW
           WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.contact_id IS DISTINCT FROM OLD.contact_id
                 OR NEW.sent_at IS DISTINCT FROM OLD.sent_at)
           EXECUTE FUNCTION relance_quotes_latest()""",
        """CREATE TRIGGER quotes_latest_delete AFTER DELETE ON quotes FOR EACH ROW
           WHEN (OLD.contact_id IS NOT NULL AND OLD.sent_at IS NOT NULL)
           EXECUTE FUNCTION relance_quotes_latest()""",
    ]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("quotes_latest_insert", "quotes_latest_update", "quotes_latest_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name in ("quotes_latest_insert", "quotes_latest_update", "quotes_latest_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON quotes")
        op.execute("DROP FUNCTION IF EXISTS relance_quotes_latest()")
        op.execute("DROP FUNCTION IF EXISTS relance_contact_latest_quote(integer)")
    op.drop_index('ix_contacts_latest_quote_id', table_name='contacts')
    op.drop_index('ix_contacts_latest_quote_sent', table_name='contacts')
    # DROP COLUMN without a batch copy (SQLite >= 3.35): the FTS triggers on contacts survive.
    op.execute("ALTER TABLE contacts DROP COLUMN latest_quote_sent_at")
    op.execute("ALTER TABLE contacts DROP COLUMN latest_quote_id")
