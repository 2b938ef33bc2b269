"""team search: trigram indexes for the word-prefix search of contacts and companies on PostgreSQL

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

The search text of a contact or company is already folded (lower case, no accents) by the application, and the
team-mode search asks ``(' ' || search_text) LIKE '% word%'`` for each typed word: that is accent- and
case-insensitive and prefix-matching like SQLite's FTS5 prefix queries. What PostgreSQL lacked was an index:
``pg_trgm``'s GIN operator class serves exactly that LIKE on exactly that expression, so the index is built on
``(' ' || search_text)``. ``pg_trgm`` is a trusted extension (PostgreSQL 13+): the database's owner may create it.
Where a managed server refuses (no CREATE privilege), the search stays correct without the index, only slower;
the upgrade says so in the log and goes on.
SQLite keeps its FTS5 table (0001): nothing to do there.
"""
from __future__ import annotations

import logging

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

INDEXES = {
    "ix_contacts_search_trgm": "contacts",
    "ix_companies_search_trgm": "companies",
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # a managed server without the privilege: correct results, no index
        log.warning("pg_trgm is not available (%s): team search works without its index",
                    type(exc).__name__)
        return
    for name, table in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                   f"USING gin ((' ' || search_text) gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
