"""startup_ratio_100k: process start to the main window painted with its first page of contacts.

The app opens a copy of the 100,000-contact benchmark database and logs ``window_painted`` once the
window (built with the first page of the contacts model) has painted; the baseline is a bare PySide6
script that shows an empty QMainWindow and reports its first paint the same way. Both are timed from
``Popen`` to the line on stderr, alternately, in the same run; the figure is the ratio of medians.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.datagen import benchmark_database

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: (print('{"event": "window_painted"}', file=sys.stderr, flush=True),
                                          app.quit()))
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""
RUNS = 7


def time_to_paint(cmd: list[str], env: dict[str, str], timeout_s: float = 120) -> float:
    """Seconds from ``Popen`` to the ``window_painted`` JSON line on the command's stderr (a start that hangs is
    killed after ``timeout_s``: RuntimeError)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stderr is not None
    elapsed = None
    watchdog = threading.Timer(timeout_s, proc.kill)  # ends the read loop
    watchdog.start()
    try:
        for line in proc.stderr:
            if line.startswith("{") and json.loads(line).get("event") == "window_painted":
                elapsed = time.perf_counter() - t0
                break
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()
    if elapsed is None:
        raise RuntimeError(f"no window_painted from {Path(cmd[0]).name} {' '.join(cmd[1:3])} (exit {proc.returncode})")
    return elapsed


def compile_sources() -> None:
    """Byte-compile the application's sources, as an installed application has them (pip compiles a wheel's
    modules when it installs it, the bundle holds them compiled): a checkout run with ``PYTHONDONTWRITEBYTECODE``
    (as CI machines often set) would otherwise compile every module at each start, about 40 ms of a 0.2 s start
    that no user pays."""
    import compileall

    import desktop

    compileall.compile_dir(str(Path(desktop.__file__).parent), quiet=1)


def bare_seconds(runs: int = RUNS) -> float:
    """Median seconds to the first paint of a bare PySide6 window: the baseline of the start-up ratios."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        time_to_paint([sys.executable, str(script)], env)
        return statistics.median(time_to_paint([sys.executable, str(script)], env) for _ in range(runs))


def first_page_seconds(url: str, runs: int = RUNS) -> float:
    """Median seconds from process start to the window painted with its first page, on the team database ``url``
    (given as the environment gives it: ``RELANCE_DATABASE_URL``)."""
    compile_sources()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELANCE_DATABASE_URL": url}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data), "--log-json", "--view", "contacts",
               "--screenshot", str(Path(tmp) / "shot.png")]
        time_to_paint(cmd, env)  # the first start on a fresh folder (welcome, caches)
        return statistics.median(time_to_paint(cmd, env) for _ in range(runs))


def run() -> dict[str, dict[str, object]]:
    source = benchmark_database(100_000)
    compile_sources()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RELANCE_DATABASE_URL", None)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        shutil.copy(source, data / "relance.sqlite")
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        app_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data), "--log-json", "--view", "contacts",
                   "--screenshot", str(Path(tmp) / "shot.png")]
        bare_cmd = [sys.executable, str(bare_script)]
        time_to_paint(app_cmd, env)  # warm the file cache once
        time_to_paint(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(RUNS):
            bare_times.append(time_to_paint(bare_cmd, env))
            app_times.append(time_to_paint(app_cmd, env))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    from benchmarks.backends import working_database

    with working_database("postgresql", 100_000) as url:  # the same set on a team server on this machine
        pg_s = first_page_seconds(url)
    return {
        "startup_ratio_100k": {"value": round(app_s / bare_s, 3), "unit": "ratio", "target": "<= 2.0",
                               "app_s": round(app_s, 3), "bare_s": round(bare_s, 3)},
        "startup_ratio_100k_pg": {"value": round(pg_s / bare_s, 3), "unit": "ratio", "target": "<= 2.0",
                                  "app_s": round(pg_s, 3), "bare_s": round(bare_s, 3), "backend": "postgresql"},
    }
