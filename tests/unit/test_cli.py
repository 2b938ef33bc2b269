"""The command line: global options before or after the sub-command, as people write them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import split_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "command", "rest"), [
    (["check"], "check", []),
    (["--data-dir", "X", "check"], "check", ["--data-dir", "X"]),
    (["--data-dir", "check", "check", "--pdf", "a.pdf"], "check", ["--data-dir", "check", "--pdf", "a.pdf"]),
    (["--data-dir=X", "automation", "run"], "automation", ["--data-dir=X", "run"]),
    (["--lang", "en", "--debug", "automation", "run", "--database-url", "postgresql://u@h/d"], "automation",
     ["--lang", "en", "--debug", "run", "--database-url", "postgresql://u@h/d"]),
    (["--data-dir", "X", "--demo"], None, ["--data-dir", "X", "--demo"]),
    (["--view", "contacts"], None, ["--view", "contacts"]),
    ([], None, []),
])
def test_the_sub_command_is_found_wherever_it_is(argv: list[str], command: str | None, rest: list[str]) -> None:
    assert split_command(argv) == (command, rest)


@pytest.mark.parametrize("order", ["before", "after"])
def test_automation_run_takes_the_data_folder_before_or_after(tmp_path: Path, order: str) -> None:
    data = tmp_path / "data"
    options = ["--data-dir", str(data)]
    argv = [*options, "automation", "run"] if order == "before" else ["automation", "run", *options]
    done = subprocess.run([sys.executable, "-m", "desktop", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={"PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.MemoryKeyring",
                                            "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["errors"] == 0
    assert (data / "relance.sqlite").exists()  # the folder given was used, not the user's own
