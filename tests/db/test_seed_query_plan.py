"""The smart queries' seed (« Devis en cours à relancer ») on PostgreSQL reads one index only (migrations 0019, 0022).

When the ids are read, the live test is written plainly on PostgreSQL (SQLite keeps its unindexable form; a
count keeps it on both) and the open opportunities' count is compared with a literal, so that the partial index
of live contacts with an open opportunity by latest quote applies (the tables here are tiny: scans of the tables
are ruled out so that the plan shows which indexes can serve).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.dialects import postgresql, sqlite

from desktop.core.query_spec import SHIPPED, parse
from desktop.db import queries
from desktop.db.engine import make_session_factory
from desktop.db.models import Contact, Opportunity
from desktop.db.query_compile import matching_count, matching_ids
from tests.support.database import migrated_engine

TODAY = date(2026, 12, 3)
SENT = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # + 0..19 days: sent before TODAY for i % 20 < 12


def _seed_sql(dialect: object) -> str:
    tree = parse(SHIPPED[0][2], {})
    return str(matching_ids(tree, TODAY).compile(dialect=dialect))  # type: ignore[arg-type]


def test_the_live_test_is_plain_on_postgresql_and_unindexable_on_sqlite() -> None:
    pg, lite = _seed_sql(postgresql.dialect()), _seed_sql(sqlite.dialect())
    assert "contacts.deleted_at IS NULL" in pg and "coalesce" not in pg
    assert "coalesce(contacts.deleted_at, contacts.deleted_at) IS NULL" in lite
    assert "contacts.open_opportunities > 0" in pg and "contacts.open_opportunities > 0" in lite  # no parameter
    counted = str(matching_count(parse(SHIPPED[0][2], {}), TODAY).compile(dialect=postgresql.dialect()))
    assert "coalesce(contacts.deleted_at, contacts.deleted_at) IS NULL" in counted


@pytest.mark.postgres
def test_the_seed_query_is_served_by_the_partial_indexes_on_postgresql(postgres_url: str) -> None:
    engine = migrated_engine(postgres_url)
    try:
        _check_plan(engine)
    finally:
        engine.dispose()


def _check_plan(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with sessions.begin() as session:  # one contact in six has sent a quote, as in the benchmark set
        contacts = [Contact(first_name=f"C{i}", deleted_at=SENT if i % 11 == 0 else None,
                            latest_quote_sent_at=SENT + timedelta(days=i % 20) if i % 6 == 0 else None)
                    for i in range(1200)]
        session.add_all(contacts)
        session.flush()
        session.add_all(Opportunity(title="o", contact_id=c.id, result=None if i % 3 else "won")
                        for i, c in enumerate(contacts))
        session.flush()
        expected = sorted(c.id for i, c in enumerate(contacts) if i % 6 == 0 and i % 11 and i % 3 and i % 20 < 12)
        assert queries.evaluate_ids(session, queries.parse_for(session, SHIPPED[0][2]), TODAY) == expected
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE contacts"))
        conn.execute(text("VACUUM ANALYZE opportunities"))
    with sessions.begin() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_bitmapscan = off"))
        # the older indexes of latest quotes would do too (with a visit of each row): out of the way, rolled back
        session.execute(text("DROP INDEX ix_contacts_latest_quote_sent"))
        session.execute(text("DROP INDEX ix_contacts_live_quote_sent"))
        compiled = matching_ids(queries.parse_for(session, SHIPPED[0][2]), TODAY).compile(dialect=engine.dialect)
        plan = "\n".join(r[0] for r in session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params))
    assert "Index Only Scan using ix_contacts_open_quote_sent" in plan, plan  # the table is all visible
    assert "opportunities" not in plan, plan
