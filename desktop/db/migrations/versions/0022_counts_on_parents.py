"""counts kept on the parent row: each contact's open opportunities, each quote's human and machine opens

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04

Two reads grew with the rows they looked through, not with the rows they return:

- the smart queries' seed (« Devis en cours à relancer »: latest quote sent before today, an opportunity without
  result) read every contact whose latest quote was sent before today and probed each one's opportunities (174 ms
  on SQLite and 133 ms on PostgreSQL at a million contacts, for a target of 60);
- the dashboard grouped every open of the period by quote, to learn which quotes of the cohort had a human or
  only machine opens (half of the per-month aggregate's time).

Three counts now live on the parent row, each kept by triggers on the child table: ``contacts.open_opportunities``
(opportunities whose result is empty), ``quotes.human_opens`` and ``quotes.machine_opens`` (tracking events of
kind ``open`` judged human, machine). A trigger adds or takes one on insert, on a change of the parent key or of
a column the count tests (a re-judged verdict moves an open from one count to the other), and on delete: an
increment, never a recount, so two desktops changing children of one parent at once each change the row under its
lock, whatever the order. On PostgreSQL the insert trigger runs once per statement (a transition table: an
ingest's COPY of a thousand events is one UPDATE, the parents locked in id order first). The application never
writes these columns.

``ix_contacts_open_quote_sent``: the latest-quote time of the contacts with an open opportunity, a partial index
(SQLite: with ``deleted_at`` and the count itself, which SQLite reads from the index only when it is a column of
it, the rowid being the id; PostgreSQL: live contacts only, with the id), so that the seed query reads exactly the
contacts it returns, from the index alone. ``ix_quotes_cohort`` (0020) is made again with the two open counts, so
that the dashboard's cohort stays one covering range.
"""
from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

COHORT = ['kind', 'sent_at', 'status', 'owner_id', 'total_ht', 'viewed_at', 'accepted_at', 'root_id', 'id']
COUNTED_COHORT = [*COHORT, 'human_opens', 'machine_opens']


class Count(NamedTuple):
    """``parent.column`` counts the rows of ``child`` whose ``key`` is the parent's id and ``test`` holds (a named
    tuple: alembic loads a migration without registering its module, which a dataclass's annotations need)."""

    name: str  # triggers and function are named after it
    child: str
    key: str
    parent: str
    column: str
    test: str  # over ``{row}``: never NULL once wrapped in ``IS TRUE``
    watched: tuple[str, ...]  # the child's columns the test reads

    def holds(self, row: str) -> str:
        return f"(({self.test.format(row=row)}) IS TRUE)"

    def add(self, parent_id: str, amount: str) -> str:
        return f"UPDATE {self.parent} SET {self.column} = {self.column} + ({amount}) WHERE id = {parent_id}"


COUNTS = (
    Count("opportunities_open", "opportunities", "contact_id", "contacts", "open_opportunities",
          "{row}.result IS NULL OR {row}.result = ''", ("result",)),
    Count("tracking_events_human_opens", "tracking_events", "quote_id", "quotes", "human_opens",
          "{row}.kind = 'open' AND {row}.verdict = 'human'", ("kind", "verdict")),
    Count("tracking_events_machine_opens", "tracking_events", "quote_id", "quotes", "machine_opens",
          "{row}.kind = 'open' AND {row}.verdict = 'machine'", ("kind", "verdict")),
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ADD COLUMN (no batch copy): SQLite keeps the tables, their triggers (FTS, freeze) and indexes.
    for count in COUNTS:
        op.add_column(count.parent, sa.Column(count.column, sa.Integer(), nullable=False, server_default='0'))
        op.execute(f"UPDATE {count.parent} SET {count.column} = (SELECT count(*) FROM {count.child} c "
                   f"WHERE c.{count.key} = {count.parent}.id AND {count.holds('c')}) "
                   f"WHERE id IN (SELECT {count.key} FROM {count.child} c WHERE {count.holds('c')})")
        for statement in _sqlite_triggers(count) if dialect == "sqlite" else _postgresql_triggers(count):
            op.execute(statement)
    if dialect == "sqlite":
        op.execute("CREATE INDEX ix_contacts_open_quote_sent ON contacts "
                   "(latest_quote_sent_at, deleted_at, open_opportunities) WHERE open_opportunities > 0")
    else:
        op.execute("CREATE INDEX ix_contacts_open_quote_sent ON contacts (latest_quote_sent_at) INCLUDE (id) "
                   "WHERE open_opportunities > 0 AND deleted_at IS NULL")
    op.drop_index('ix_quotes_cohort', table_name='quotes')
    op.create_index('ix_quotes_cohort', 'quotes', COUNTED_COHORT)


def _sqlite_triggers(c: Count) -> list[str]:
    # AFTER triggers: a BEFORE trigger that refuses the change (a frozen quote's) runs first.
    changed = " OR ".join([f"OLD.{c.key} IS NOT NEW.{c.key}", f"{c.holds('OLD')} <> {c.holds('NEW')}"])
    return [
        f"""CREATE TRIGGER {c.name}_insert AFTER INSERT ON {c.child}
            WHEN NEW.{c.key} IS NOT NULL AND {c.holds("NEW")}
            BEGIN {c.add(f"NEW.{c.key}", "1")}; END""",
        f"""CREATE TRIGGER {c.name}_update AFTER UPDATE OF {", ".join((c.key, *c.watched))} ON {c.child}
            WHEN {changed}
            BEGIN {c.add(f"OLD.{c.key}", "-1")} AND {c.holds("OLD")};
                  {c.add(f"NEW.{c.key}", "1")} AND {c.holds("NEW")}; END""",
        f"""CREATE TRIGGER {c.name}_delete AFTER DELETE ON {c.child}
            WHEN OLD.{c.key} IS NOT NULL AND {c.holds("OLD")}
            BEGIN {c.add(f"OLD.{c.key}", "-1")}; END""",
    ]


def _postgresql_triggers(c: Count) -> list[str]:
    changed = f"OLD.{c.key} IS DISTINCT FROM NEW.{c.key} OR {c.holds('OLD')} IS DISTINCT FROM {c.holds('NEW')}"
    return [
        f"""CREATE FUNCTION relance_{c.name}_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM {c.parent} WHERE id IN (SELECT {c.key} FROM inserted n WHERE {c.holds("n")})
              ORDER BY id FOR NO KEY UPDATE;
            UPDATE {c.parent} p SET {c.column} = p.{c.column} + a.n
              FROM (SELECT {c.key} AS id, count(*) AS n FROM inserted n WHERE {c.holds("n")} GROUP BY {c.key}) a
             WHERE p.id = a.id;
            RETURN NULL;
        END $$""",
        f"""CREATE FUNCTION relance_{c.name}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' AND OLD.{c.key} IS NOT NULL AND {c.holds("OLD")} THEN
                {c.add(f"OLD.{c.key}", "-1")};
            END IF;
            IF TG_OP <> 'DELETE' AND NEW.{c.key} IS NOT NULL AND {c.holds("NEW")} THEN
                {c.add(f"NEW.{c.key}", "1")};
            END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER {c.name}_insert AFTER INSERT ON {c.child} REFERENCING NEW TABLE AS inserted
           FOR EACH STATEMENT EXECUTE FUNCTION relance_{c.name}_inserted()""",
        f"""CREATE TRIGGER {c.name}_update AFTER UPDATE OF {", ".join((c.key, *c.watched))} ON {c.child}
           FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION relance_{c.name}_changed()""",
        f"""CREATE TRIGGER {c.name}_delete AFTER DELETE ON {c.child} FOR EACH ROW
           WHEN (OLD.{c.key} IS NOT NULL AND {c.holds("OLD")}) EXECUTE FUNCTION relance_{c.name}_changed()""",
    ]


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index('ix_quotes_cohort', table_name='quotes')
    op.create_index('ix_quotes_cohort', 'quotes', COHORT)
    op.execute("DROP INDEX IF EXISTS ix_contacts_open_quote_sent")
    for count in COUNTS:
        for what in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {count.name}_{what}"
                       + ("" if dialect == "sqlite" else f" ON {count.child}"))
        if dialect != "sqlite":
            op.execute(f"DROP FUNCTION IF EXISTS relance_{count.name}_inserted()")
            op.execute(f"DROP FUNCTION IF EXISTS relance_{count.name}_changed()")
        # DROP COLUMN without a batch copy (SQLite >= 3.35): the other triggers on the table survive.
        op.execute(f"ALTER TABLE {count.parent} DROP COLUMN {count.column}")
