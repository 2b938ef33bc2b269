"""The application as a subprocess: ``relance --demo --screenshot`` paints and saves the window, reading its
JSON log for the events it waits for; any ERROR it logs unexpectedly fails the test (``app_process``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tests.e2e.testprocess import AppProcess

Start = Callable[..., AppProcess]


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.slow
@pytest.mark.parametrize("view", ["followups", "contacts", "companies", "quotes", "quote-editor", "pipeline",
                                  "dashboard"])
def test_screenshot_of_each_view_on_the_demo_set(app_process: Start, tmp_path: Path, view: str) -> None:
    png = tmp_path / f"{view}.png"
    app = app_process("--demo", "--screenshot", str(png), "--view", view)
    app.wait_for(event="demo_filled")
    app.wait_for(event="window_painted")
    saved = app.wait_for(event="screenshot_saved")
    assert saved.data["ok"] is True
    assert app.wait_exit() == 0, app.log_text()
    names = app.events()
    assert names.index("demo_filled") < names.index("window_painted") < names.index("screenshot_saved")
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600
    assert _distinct_colours(image) > 20  # a painted window, not a blank rectangle


@pytest.mark.slow
def test_unknown_view_is_a_clear_error(app_process: Start, tmp_path: Path) -> None:
    app = app_process("--screenshot", str(tmp_path / "x.png"), "--view", "nowhere")
    app.expect("ERROR", "unknown view 'nowhere'*")
    refused = app.wait_for(level="ERROR", message="unknown view*")
    assert "contacts" in refused.message
    assert app.wait_exit() == 2


@pytest.mark.slow
def test_a_database_from_a_newer_relance_is_refused(app_process: Start, tmp_path: Path) -> None:
    first = app_process("--screenshot", str(tmp_path / "a.png"))
    first.wait_for(event="screenshot_saved")
    assert first.wait_exit() == 0, first.log_text()
    with sqlite3.connect(tmp_path / "data" / "relance.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    second = app_process("--screenshot", str(tmp_path / "b.png"))
    second.expect("ERROR", "database refused:*")
    refused = second.wait_for(level="ERROR", message="database refused:*")
    assert "newer version of Relance" in refused.message
    assert second.wait_exit() == 2
    assert not (tmp_path / "b.png").exists()


@pytest.mark.slow
def test_the_fixture_fails_on_an_error_nobody_expected(tmp_path: Path) -> None:
    # the same process as above, read without declaring its error: the fixture would fail the test
    app = AppProcess(tmp_path / "data").start("--screenshot", str(tmp_path / "x.png"), "--view", "nowhere")
    try:
        assert app.wait_exit() == 2
    finally:
        app.terminate()
    [bad] = app.unexpected_errors()
    assert bad.level == "ERROR" and bad.message.startswith("unknown view 'nowhere'")
    app.expect("ERROR", "unknown view*")
    assert app.unexpected_errors() == []


@pytest.mark.slow
@pytest.mark.postgres
def test_a_team_start_remembers_that_its_server_signs_in_without_a_password(
        app_process: Start, tmp_path: Path, postgres_url: str) -> None:
    """The suite's server trusts its users: the first start signs in without a password and writes that down (the
    next start then signs in without opening the keyring: ``test_the_keyring_is_read_at_start_only_for_a_server_
    that_asks_for_a_password``), and the second keeps it so."""
    import json

    for run, png in enumerate(("a.png", "b.png")):
        app = app_process("--screenshot", str(tmp_path / png), "--view", "contacts", "--database-url", postgres_url)
        assert app.wait_for(event="screenshot_saved").data["ok"] is True
        assert app.wait_exit() == 0, app.log_text()
        stored = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
        assert stored["team_server_asks_password"] is False, run
        assert "database_url" not in stored  # the command line's URL is not written down
