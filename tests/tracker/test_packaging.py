"""The tracker installs from its minimal requirements into a fresh venv and serves, without Qt."""

from __future__ import annotations

import shutil
import signal
import subprocess
import venv
from pathlib import Path

import pytest

from tests.tracker.test_real_server import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging" / "tracker"


def test_packaging_files_are_there() -> None:
    lines = (PACKAGING / "requirements.txt").read_text(encoding="utf-8").lower().splitlines()
    requirements = [line for line in lines if line.strip() and not line.startswith("#")]
    assert requirements and not [r for r in requirements if "pyside" in r or "qt" in r]
    assert "ExecStart=" in (PACKAGING / "relance-tracker.service").read_text(encoding="utf-8")
    assert "python -m tracker" in (PACKAGING / "Containerfile").read_text(encoding="utf-8")
    assert "reverse proxy" in (PACKAGING / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_minimal_requirements_install_and_serve(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", str(PACKAGING / "requirements.txt")], check=True, timeout=150)
    app_dir = tmp_path / "app"
    shutil.copytree(ROOT / "tracker", app_dir / "tracker", ignore=shutil.ignore_patterns("__pycache__"))
    installed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True,
                               text=True, check=True).stdout.lower()
    assert "pyside6" not in installed
    port = free_port()
    proc = subprocess.Popen([str(python), "-m", "tracker", "serve", "--port", str(port), "--database-url",
                             f"sqlite:///{tmp_path / 'db.sqlite'}", "--log-level", "warning"], cwd=app_dir)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert proc.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after a clean shutdown
