"""bundle_startup_ratio: the PyInstaller bundle's start to painted main window, over ``relance`` from the venv.

Both commands open the same copy of a benchmark database (10,000 contacts) with ``--log-json`` and
``--screenshot``, and are timed from ``Popen`` to the ``window_painted`` JSON line on stderr (as
``bench_startup``), alternately, in the same run, after one warm-up start each; the figure is the ratio
of the medians. The bundle is ``dist/relance/relance``; when it is missing, or older than a source file
it is built from (``desktop/``, ``resources/``, the spec), it is built first with
``packaging/build_bundle.sh`` (bounded in time), so that it knows the database schema of the sources.
When it cannot be built or started, the figure is NaN with an ``error`` field, so that the other
benchmarks still report.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_startup import compile_sources, time_to_paint
from benchmarks.datagen import benchmark_database

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "relance" / "relance"
BUILD_TIMEOUT_S = 900
START_TIMEOUT_S = 120
CONTACTS = 10_000
RUNS = 11
TARGET = "<= 1.2"


def _venv_relance() -> list[str]:
    script = Path(sys.executable).with_name("relance")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


SOURCES = ("desktop", "resources", "packaging/pyinstaller", "pyproject.toml")


def _stale_because() -> str | None:
    """Why the bundle must be (re)built, or None when it is newer than every file it is built from."""
    if not BUNDLE.exists():
        return "missing"
    built = BUNDLE.stat().st_mtime
    for name in SOURCES:
        top = ROOT / name
        for path in [top] if top.is_file() else top.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm" \
                    and path.stat().st_mtime > built:
                return f"older than {path.relative_to(ROOT)}"
    return None


def _build_bundle() -> str | None:
    """Build the bundle; returns an error message, or None when it was built."""
    try:
        proc = subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")], cwd=ROOT, capture_output=True,
                              text=True, timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return f"packaging/build_bundle.sh did not finish in {BUILD_TIMEOUT_S} s"
    except OSError as exc:
        return f"packaging/build_bundle.sh could not run: {exc}"
    if proc.returncode != 0 or not BUNDLE.exists():
        tail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-5:])
        return f"packaging/build_bundle.sh failed (exit {proc.returncode}): {tail}"
    return None


def _failed(error: str, **extra: object) -> dict[str, dict[str, object]]:
    return {"bundle_startup_ratio": {"value": math.nan, "unit": "ratio", "target": TARGET, "error": error, **extra}}


def run() -> dict[str, dict[str, object]]:
    reason = _stale_because()
    build_s = None
    if reason is not None:
        print(f"   building the bundle ({reason})", flush=True)
        t0 = time.perf_counter()
        error = _build_bundle()
        if error is not None:
            return _failed(error, rebuild_reason=reason)
        build_s = round(time.perf_counter() - t0, 1)
    source = benchmark_database(CONTACTS)
    compile_sources()  # the venv's start as installed: its bytecode compiled, as the bundle's is
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RELANCE_DATABASE_URL", None)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        shutil.copy(source, data / "relance.sqlite")
        common = ["--data-dir", str(data), "--log-json", "--view", "contacts", "--screenshot", str(Path(tmp) / "s.png")]
        bundle_cmd = [str(BUNDLE), *common]
        venv_cmd = [*_venv_relance(), *common]
        try:
            time_to_paint(venv_cmd, env, START_TIMEOUT_S)  # warm the file cache once each
            time_to_paint(bundle_cmd, env, START_TIMEOUT_S)
            bundle_times, venv_times = [], []
            for _ in range(RUNS):
                venv_times.append(time_to_paint(venv_cmd, env, START_TIMEOUT_S))
                bundle_times.append(time_to_paint(bundle_cmd, env, START_TIMEOUT_S))
        except (RuntimeError, OSError) as exc:
            return _failed(str(exc))
    bundle_s, venv_s = statistics.median(bundle_times), statistics.median(venv_times)
    extra: dict[str, object] = {"bundle_s": round(bundle_s, 3), "venv_s": round(venv_s, 3), "runs": RUNS,
                                "contacts": CONTACTS}
    if build_s is not None:
        extra.update(build_s=build_s, rebuild_reason=reason)
    return {"bundle_startup_ratio": {"value": round(bundle_s / venv_s, 3), "unit": "ratio", "target": TARGET,
                                     **extra}}
