"""The application as a subprocess: ``relance --demo --screenshot`` paints and saves the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RELANCE_DATABASE_URL", None)
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--log-json",
                           *args], capture_output=True, text=True, timeout=120, env=env)
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    return proc, events


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.slow
@pytest.mark.parametrize("view", ["followups", "contacts", "companies", "quotes", "quote-editor", "pipeline",
                                  "dashboard"])
def test_screenshot_of_each_view_on_the_demo_set(tmp_path: Path, view: str) -> None:
    png = tmp_path / f"{view}.png"
    proc, events = _run(tmp_path, "--demo", "--screenshot", str(png), "--view", view)
    assert proc.returncode == 0, proc.stderr
    names = [e.get("event") for e in events]
    assert names.index("demo_filled") < names.index("window_painted") < names.index("screenshot_saved")
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600
    assert _distinct_colours(image) > 20  # a painted window, not a blank rectangle


@pytest.mark.slow
def test_unknown_view_is_a_clear_error(tmp_path: Path) -> None:
    proc, _events = _run(tmp_path, "--screenshot", str(tmp_path / "x.png"), "--view", "nowhere")
    assert proc.returncode == 2
    assert "unknown view 'nowhere'" in proc.stderr and "contacts" in proc.stderr


@pytest.mark.slow
def test_a_database_from_a_newer_relance_is_refused(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    proc, _ = _run(tmp_path, "--screenshot", str(tmp_path / "a.png"))
    assert proc.returncode == 0, proc.stderr
    with closing(sqlite3.connect(tmp_path / "data" / "relance.sqlite")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    proc, _ = _run(tmp_path, "--screenshot", str(tmp_path / "b.png"))
    assert proc.returncode == 2
    assert "newer version of Relance" in proc.stderr
    assert not (tmp_path / "b.png").exists()
