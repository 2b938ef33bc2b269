"""drop contact trigrams: the contacts' trigram index (0016) serves no query since the word index (0019)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04

Team-mode contact searches read ``contact_words`` (0019); a broad one walks the names and tests each row's words,
which no index serves. ``ix_contacts_search_trgm`` (GIN, ``(' ' || search_text)``) was kept up to date on every
insert and change of a contact's words for no reader: a tenth of a 10,000-row import's time on PostgreSQL. The
companies' trigram index stays (their list searches with it). SQLite has none: nothing to do there.
"""
from __future__ import annotations

from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_contacts_search_trgm")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    if op.get_bind().exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar():
        op.execute("CREATE INDEX IF NOT EXISTS ix_contacts_search_trgm ON contacts "
                   "USING gin ((' ' || search_text) gin_trgm_ops)")
