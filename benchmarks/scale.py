"""``make bench-scale``: the team-scale figures at 100,000 and 1,000,000 contacts, on SQLite and PostgreSQL.

The 1M set is the demo generator's at ten times the size (a third as many companies, with their quotes,
opportunities and tracking events), built once and cached under ``benchmarks/out/data`` (the SQLite file, and a
``pg_dump`` for PostgreSQL): the first run takes long (tens of minutes on PostgreSQL), later runs restore it.
Figures (``_pg`` on PostgreSQL): ``startup_ratio_1m``, ``contact_search_ms_1m``, ``segment_seed_query_ms_1m``,
``dashboard_ms_1m``, ``automation_run_s_1m``, and each one's growth from 100k to 1M (``growth_<figure>``: the
1M value over the 100k value measured in the same run; target <= 2 for search and start-up). Written into
``benchmarks/out/latest.json`` beside the default run's figures.

Usage: ``python -m benchmarks.scale [sqlite|postgresql ...]``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.backends import BACKENDS, figure_name, working_database

SIZES = {100_000: "100k", 1_000_000: "1m"}
TARGETS = {"startup_ratio": "<= 2.0", "contact_search_ms": "<= 30", "segment_seed_query_ms": "<= 60",
           "dashboard_ms": "<= 600", "automation_run_s": None}
GROWTH_TARGETS = {"startup_ratio": "<= 2.0", "contact_search_ms": "<= 2.0"}


def _measure(url: str) -> dict[str, float]:
    from benchmarks import bench_automation, bench_dashboard, bench_search, bench_segments, bench_startup

    app_s = bench_startup.first_page_seconds(url, runs=5)
    return {  # the bare window's start measured beside the app's, as the machine is then
        "startup_ratio": round(app_s / bench_startup.bare_seconds(runs=5), 3),
        "contact_search_ms": float(bench_search.measure(url)["contact_search_ms_100k"]["value"]),  # type: ignore[arg-type]
        "segment_seed_query_ms": float(bench_segments.measure(url)["segment_seed_query_ms_100k"]["value"]),  # type: ignore[arg-type]
        "dashboard_ms": float(bench_dashboard.measure(url)["dashboard_ms_100k"]["value"]),  # type: ignore[arg-type]
        "automation_run_s": float(bench_automation.measure(url)["automation_run_s_100k"]["value"]),  # type: ignore[arg-type]
    }


def run(backends: tuple[str, ...] = BACKENDS) -> dict[str, dict[str, object]]:
    figures: dict[str, dict[str, object]] = {}
    for backend in backends:
        values: dict[int, dict[str, float]] = {}
        for size, label in SIZES.items():
            started = time.perf_counter()
            with working_database(backend, size) as url:
                values[size] = _measure(url)
            print(f"   {backend} {label}: {values[size]} ({time.perf_counter() - started:.0f} s)", flush=True)
            for name, value in values[size].items():
                target = TARGETS[name] if size == 1_000_000 else None
                figures[figure_name(f"{name}_{label}", backend)] = {
                    "value": value, "unit": name.rsplit("_", 1)[-1], **({"target": target} if target else {}),
                    "backend": backend, "contacts": size}
        for name in TARGETS:
            small, large = values[100_000][name], values[1_000_000][name]
            growth = GROWTH_TARGETS.get(name)
            figures[figure_name(f"growth_{name}", backend)] = {
                "value": round(large / small, 2) if small else 0.0, "unit": "ratio",
                **({"target": growth} if growth else {}), "backend": backend, "from": small, "to": large}
    return figures


def main(argv: list[str]) -> int:
    backends = tuple(a for a in argv[1:] if a in BACKENDS) or BACKENDS
    figures = run(backends)
    for name, data in figures.items():
        print(f"   {name:36s} {data['value']:>10} {data.get('unit', ''):6s} target {data.get('target', '')}")
    latest = Path(__file__).resolve().parent / "out" / "latest.json"
    previous = json.loads(latest.read_text()) if latest.exists() else {}
    previous.update(figures)
    latest.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
    print(f"wrote {latest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
