"""A team engine's first connection: the dialect learns in one trip what SQLAlchemy's own start reads in six."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop.db.engine import make_engine, normalize_url
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres


def _known(engine: object) -> tuple[object, ...]:
    d = engine.dialect  # type: ignore[attr-defined]
    return (d.server_version_info, d.default_schema_name, d.default_isolation_level, d._backslash_escapes,
            d.supports_identity_columns, d.supports_smallserial)


def test_the_dialect_knows_the_same_after_one_trip_as_after_sqlalchemys_six(postgres_url: str) -> None:
    plain = create_engine(normalize_url(postgres_url), use_native_hstore=False)
    quick = make_engine(postgres_url)
    try:
        for engine in (plain, quick):
            with engine.connect() as conn:
                assert conn.execute(text("SELECT 'l''été'")).scalar() == "l'été"
        assert _known(quick) == _known(plain)
        assert quick.dialect.server_version_info[0] >= 10  # type: ignore[index]
    finally:
        plain.dispose()
        quick.dispose()


@pytest.mark.parametrize("trips", ["postgresql"], indirect=True)
def test_a_new_engines_first_connection_costs_its_handshake_and_one_statement(trips: Trips) -> None:
    engine = make_engine(trips.engine.url.render_as_string(hide_password=False))
    try:
        trips.take()
        with engine.connect() as conn:
            conn.execute(text("SELECT 2"))
        tally = trips.take()
    finally:
        engine.dispose()
    # the handshake, the dialect's one read, then the work's own BEGIN, SELECT, ROLLBACK: no ping of a fresh one
    assert [trip.kind for trip in tally.trips] == ["connect", "connect", "statement", "transaction", "statement",
                                                   "transaction"], tally.listing()
