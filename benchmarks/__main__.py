"""Run every benchmark module and write ``benchmarks/out/latest.json``.

Each module ``benchmarks/bench_*.py`` exposes ``run() -> dict[str, dict]`` returning figures as
``{"figure_name": {"value": number, "unit": "...", "target": "<= 2.0", ...}}``. Figures are ratios
against a baseline measured in the same run wherever the issue asks for one.
Usage: ``python -m benchmarks [name-substring ...]``.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    figures: dict[str, dict[str, object]] = {}
    failed = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            result = module.run()
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        for fig, data in result.items():
            figures[fig] = data
            target = data.get("target", "")
            print(f"   {fig:32s} {data['value']:>12.4g} {data.get('unit', ''):8s} target {target}", flush=True)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    latest = out_dir / "latest.json"
    previous = json.loads(latest.read_text()) if latest.exists() and wanted else {}
    previous.update(figures)
    latest.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
    print(f"wrote {latest}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
