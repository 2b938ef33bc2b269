"""contact words: a word index kept by trigger for the team-mode search, and seed-query indexes (PostgreSQL)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

``contacts.search_text`` holds a contact's folded words (lower case, no accents: the application folds them, the
same folding as the typed words and as SQLite's FTS5 table). The trigram LIKE of 0016 answered a long word fast
but a first letter slowly (« d » matches two thirds of the contacts, and a trigram index cannot serve a one-letter
pattern). ``contact_words`` holds, for each LIVE contact (as SQLite's FTS table), each distinct word of its search
text and that word's first one and two letters: a typed term of one or two letters is one equality on the primary
key ``(word, contact_id)``, a longer one a range ``word >= 'dup' AND word < 'duq'`` (``COLLATE "C"``: byte order,
so that the range is exactly the words starting with the term). A trigger on contacts keeps it on insert, on a
change of the search text or of ``deleted_at`` (soft delete, restore) and on delete; the company's name is part of
the contact's search text already (renaming a company rewrites its contacts' search text).

``ix_contacts_live_name`` ``(last_name, first_name, id)`` of live contacts: the list's default order, so that a
page of a broad search walks the names and stops after a page instead of sorting every match. The planner picks
that walk or a start from the matching words by their estimated numbers: ``word`` keeps a finer histogram
(statistics target 1000) since a handful of one-letter keys and thousands of words share it.

The smart queries' seed (« Devis en cours à relancer »: latest quote sent before today, an opportunity without
result) read every contact with a sent quote from the table (a bitmap heap scan of their pages) and probed each
one's opportunities: ``ix_contacts_live_quote_sent`` (latest quote time of live contacts, with the id) and
``ix_opportunities_open_contact`` (contacts of the opportunities without result) answer both sides from the
indexes alone, merged on the contact id.

SQLite keeps its FTS5 table (0001) and its covering indexes (a rowid is in every index): nothing to do there.
"""
from __future__ import annotations

from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

# The keys of one search text: each distinct word, and its first one and two letters.
_KEYS = """CREATE FUNCTION relance_contact_word_keys(search_text text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT k.word FROM unnest(string_to_array(search_text, ' ')) AS w(word)
    CROSS JOIN LATERAL (VALUES (w.word), (left(w.word, 1)), (left(w.word, 2))) AS k(word)
    WHERE w.word <> ''
$$"""

_TRIGGER_FUNCTION = """CREATE FUNCTION relance_contact_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
        DELETE FROM contact_words
         WHERE contact_id = OLD.id AND word IN (SELECT relance_contact_word_keys(OLD.search_text));
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
        INSERT INTO contact_words (word, contact_id)
        SELECT k, NEW.id FROM relance_contact_word_keys(NEW.search_text) AS k;
    END IF;
    RETURN NULL;
END $$"""

_TRIGGERS = [
    """CREATE TRIGGER contacts_words_insert AFTER INSERT ON contacts FOR EACH ROW
       WHEN (NEW.deleted_at IS NULL) EXECUTE FUNCTION relance_contact_words()""",
    """CREATE TRIGGER contacts_words_update AFTER UPDATE OF id, search_text, deleted_at ON contacts FOR EACH ROW
       WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.search_text IS DISTINCT FROM NEW.search_text
             OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
       EXECUTE FUNCTION relance_contact_words()""",
    """CREATE TRIGGER contacts_words_delete AFTER DELETE ON contacts FOR EACH ROW
       WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION relance_contact_words()""",
]

# One pass over the live contacts; the primary key is built after it (one sort instead of an insertion per row).
_BACKFILL = """INSERT INTO contact_words (word, contact_id)
SELECT k, c.id FROM contacts c CROSS JOIN LATERAL relance_contact_word_keys(c.search_text) AS k
WHERE c.deleted_at IS NULL"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute('CREATE TABLE contact_words (word text COLLATE "C" NOT NULL, contact_id integer NOT NULL)')
    op.execute(_KEYS)
    op.execute(_BACKFILL)
    op.execute("ALTER TABLE contact_words ADD CONSTRAINT pk_contact_words PRIMARY KEY (word, contact_id)")
    op.execute(_TRIGGER_FUNCTION)
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("CREATE INDEX ix_contacts_live_name ON contacts (last_name, first_name, id) WHERE deleted_at IS NULL")
    op.execute("ALTER TABLE contact_words ALTER COLUMN word SET STATISTICS 1000")
    op.execute("ANALYZE contact_words")
    op.execute("CREATE INDEX ix_contacts_live_quote_sent ON contacts (latest_quote_sent_at) INCLUDE (id) "
               "WHERE deleted_at IS NULL")
    op.execute("CREATE INDEX ix_opportunities_open_contact ON opportunities (contact_id) "
               "WHERE result IS NULL OR result = ''")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in ("ix_opportunities_open_contact", "ix_contacts_live_quote_sent", "ix_contacts_live_name"):
        op.execute(f"DROP INDEX IF EXISTS {index}")
    for name in ("contacts_words_insert", "contacts_words_update", "contacts_words_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON contacts")
    op.execute("DROP FUNCTION IF EXISTS relance_contact_words()")
    op.execute("DROP TABLE IF EXISTS contact_words")
    op.execute("DROP FUNCTION IF EXISTS relance_contact_word_keys(text)")
