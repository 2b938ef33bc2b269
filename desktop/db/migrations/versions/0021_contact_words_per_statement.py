"""contact words per statement: the word index filled once per INSERT statement instead of once per row, and
the tracking events of a quote by their quote

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04

0019's trigger ran a PL/pgSQL function for each inserted contact (an INSERT of its words each): an import of
10,000 contacts streamed with COPY spent about 1.2 s there, the most of any step on PostgreSQL. The insert
trigger is now a statement trigger with a transition table: one INSERT of every new live contact's words per
statement (a COPY, a multi-row INSERT or a single row alike). The update and delete triggers stay per row (a
trigger with a column list cannot have a transition table, and those changes come a few at a time).
SQLite keeps its FTS5 triggers: nothing to do there.

``ix_tracking_events_quote_kind_verdict`` (both backends): the events had no index starting with their quote, so
a call card's count of a quote's views and the follow-ups' hits of the open quotes walked every event of the
kind (0020's index starts with the kind and the time): 0.4 s a call card on SQLite at 10,000 contacts.
"""
from __future__ import annotations

from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

_INSERTED = """CREATE FUNCTION relance_contact_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contact_words (word, contact_id)
    SELECT k, n.id FROM new_contacts n CROSS JOIN LATERAL relance_contact_word_keys(n.search_text) AS k
     WHERE n.deleted_at IS NULL;
    RETURN NULL;
END $$"""


def upgrade() -> None:
    op.create_index("ix_tracking_events_quote_kind_verdict", "tracking_events", ["quote_id", "kind", "verdict"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER contacts_words_insert ON contacts")
    op.execute(_INSERTED)
    op.execute("CREATE TRIGGER contacts_words_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_contacts "
               "FOR EACH STATEMENT EXECUTE FUNCTION relance_contact_words_inserted()")


def downgrade() -> None:
    op.drop_index("ix_tracking_events_quote_kind_verdict", table_name="tracking_events")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER contacts_words_insert ON contacts")
    op.execute("DROP FUNCTION relance_contact_words_inserted()")
    op.execute("""CREATE TRIGGER contacts_words_insert AFTER INSERT ON contacts FOR EACH ROW
       WHEN (NEW.deleted_at IS NULL) EXECUTE FUNCTION relance_contact_words()""")
