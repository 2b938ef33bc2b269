"""Smart-query figures on 100,000 contacts (about 20,000 quotes and their tracking events).

- ``segment_seed_query_ms_100k``: median time to evaluate the shipped "Devis en cours à relancer"
  (the ids of the matching contacts), through the same compiler the application uses.
- ``segment_live_count_ms_100k``: median time of the builder's live count for a five-condition query of
  mixed types (text, tags, latest-quote date and amount, boolean).
Both read a copy of the cached benchmark database (indexes as the migrations create them; each contact's
latest sent quote is kept by migration 0008's triggers while the demo set is written, and the cache key
holds the schema revision, so a new migration rebuilds the file).
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from benchmarks.backends import on_both_backends
from benchmarks.datagen import NOW

ROUNDS = 15
LIVE_SPEC: dict[str, Any] = {"version": 1, "match": "all", "conditions": [
    {"field": "contact.status", "op": "is", "value": "prospect"},
    {"field": "contact.tags", "op": "has_any", "value": ["Salon Batimat 2026", "VIP", "Newsletter"]},
    {"field": "quote.sent_at", "op": "last_n_days", "value": 90},
    {"field": "quote.total_ttc", "op": "gt", "value": "1000"},
    {"field": "contact.do_not_contact", "op": "is", "value": False},
]}


def _median_ms(fn: Any) -> float:
    fn()  # warm the caches and the compiled-statement cache
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run() -> dict[str, dict[str, object]]:
    return on_both_backends(measure)


def measure(url: str) -> dict[str, dict[str, object]]:
    """The figures on the database at ``url`` (a private copy of the 100,000-contact set)."""
    from desktop.core.query_spec import SHIPPED
    from desktop.db import queries
    from desktop.db.engine import make_engine, make_session_factory

    today = NOW.date()
    engine = make_engine(url)
    try:
        sessions = make_session_factory(engine)
        with sessions() as session:
            seed_tree = queries.parse_for(session, SHIPPED[0][2])
            live_tree = queries.parse_for(session, LIVE_SPEC)
            seed_ms = _median_ms(lambda: queries.evaluate_ids(session, seed_tree, today))
            live_ms = _median_ms(lambda: queries.count(session, live_tree, today))
            matches = len(queries.evaluate_ids(session, seed_tree, today))
            live_matches = queries.count(session, live_tree, today)
    finally:
        engine.dispose()
    return {
        "segment_seed_query_ms_100k": {"value": round(seed_ms, 2), "unit": "ms", "target": "<= 20",
                                       "matches": matches},
        "segment_live_count_ms_100k": {"value": round(live_ms, 2), "unit": "ms", "target": "<= 50",
                                       "matches": live_matches},
    }


if __name__ == "__main__":
    print(run())
