"""``make reliability``: crash and fault figures against their targets, written to ``benchmarks/out``.

Figures (each section is a real run: processes killed with SIGKILL, real SMTP, real PostgreSQL, the real
tracker over HTTP):

- kills, lost, duplicated — senders killed mid-send, on SQLite and PostgreSQL (targets: 0 lost, duplicated
  <= kills), and team desktops starting while another one sends (0 lost, 0 duplicated);
- injected headers — hostile names and subjects through both message builders, from the import to the wire
  (target 0);
- 5xx answers — generated requests to every public and API route of the tracker (target 0).

Usage: ``python -m benchmarks.reliability [section ...]`` (sections: crash, injection, http). Exit 1 when a
target is missed.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "out" / "reliability.json"

Figures = dict[str, dict[str, object]]


def crash() -> Figures:
    from benchmarks.reliability.crash import kills, team_starts
    from desktop.db.engine import sqlite_url
    from tests.support.postgres import create_database, running_postgres

    figures: Figures = {}

    def record(prefix: str, found: dict[str, int]) -> None:
        events = found.get("kills", 0)
        for name, value in found.items():
            target = {"lost": "== 0", "duplicated": f"<= {events}"}.get(name, "")
            figures[f"{prefix}_{name}"] = {"value": value, "target": target}

    with tempfile.TemporaryDirectory() as folder:
        record("crash_sqlite", kills(sqlite_url(Path(folder) / "kills.sqlite")))
        record("team_starts_sqlite", team_starts(sqlite_url(Path(folder) / "team.sqlite")))
        figures["team_starts_sqlite_duplicated_lease0"] = {
            "value": team_starts(sqlite_url(Path(folder) / "team0.sqlite"), start_lease=0.0)["duplicated"],
            "target": "", "unit": "the start-up recovery of the last release (lease 0), for comparison"}
    with running_postgres() as server:
        record("crash_pg", kills(create_database(server, "kills")))
        record("team_starts_pg", team_starts(create_database(server, "team")))
        figures["team_starts_pg_duplicated_lease0"] = {
            "value": team_starts(create_database(server, "team0"), start_lease=0.0)["duplicated"], "target": "",
            "unit": "the start-up recovery of the last release (lease 0), for comparison"}
    return figures


def injection() -> Figures:
    from benchmarks.reliability.injection import builders, wire

    found = builders()
    sent = wire()
    return {
        "injection_builder_messages": {"value": found["built"], "target": "",
                                       "unit": f"built; {found['refused']} refused (CR, LF, NUL)"},
        "injection_builder_injected": {"value": found["injected"], "target": "== 0"},
        "injection_wire_received": {"value": sent["received"], "target": "",
                                    "unit": f"of {sent['imported']} imported, {sent['excluded']} unsendable"},
        "injection_wire_injected": {"value": sent["injected"], "target": "== 0"},
    }


def http() -> Figures:
    from benchmarks.reliability.http import fuzz

    found = fuzz()
    return {"http_requests": {"value": found["requests"], "target": ""},
            "http_5xx": {"value": found["server_errors"], "target": "== 0"},
            "http_broken_connections": {"value": found["broken"], "target": "== 0"}}


SECTIONS: dict[str, Callable[[], Figures]] = {"crash": crash, "injection": injection, "http": http}


def _met(value: object, target: object) -> bool:
    text = str(target)
    if not text or not isinstance(value, int | float):
        return True
    op, _, bound = text.partition(" ")
    limit = float(bound)
    return {"==": value == limit, "<=": value <= limit, ">=": value >= limit}[op]


def main(argv: list[str]) -> int:
    wanted = argv[1:] or list(SECTIONS)
    figures: Figures = {}
    for name in wanted:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        for figure, data in SECTIONS[name]().items():
            data["met"] = _met(data["value"], data.get("target"))
            figures[figure] = data
            mark = "" if data["met"] else "   <-- MISSED"
            print(f"   {figure:40s} {data['value']!s:>8} target {data.get('target') or '-'}{mark}", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    OUT.parent.mkdir(exist_ok=True)
    previous = json.loads(OUT.read_text()) if OUT.exists() else {}
    previous.update(figures)
    OUT.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
    print(f"wrote {OUT}")
    return 0 if all(d["met"] for d in figures.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
