"""``relance check`` renders the sample quote through the real PDF worker process and names the keyring."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.services.selfcheck import email_package_is_fixed, has_header_fix, run_check

ROOT = Path(__file__).resolve().parents[2]


def _check(tmp_path: Path, backend: str) -> tuple[int, dict[str, Any]]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
    proc = subprocess.run([sys.executable, "-m", "desktop", "check", "--pdf", str(tmp_path / "s.pdf")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    return proc.returncode, json.loads(proc.stdout.strip().splitlines()[-1])


def test_check_command_renders_a_readable_quote_pdf(tmp_path: Path) -> None:
    code, found = _check(tmp_path, "tests.support.memkeyring.MemoryKeyring")
    assert code == 0, found
    assert found["problems"] == []
    # the one warning this machine may give: a Python without the email header fix (the bundle's interpreter)
    fixed = email_package_is_fixed()
    assert found["warnings"] == ([] if fixed else [w for w in found["warnings"] if "CVE-2024-6923" in w])
    assert len(found["warnings"]) == (0 if fixed else 1)
    assert found["python"] == f"{platform.python_version()} (CVE-2024-6923 {'fixed' if fixed else 'not fixed'})"
    assert found["keyring_backend"] == "tests.support.memkeyring.MemoryKeyring"
    assert found["postgres_driver"].startswith("psycopg ")
    assert (found["facturx"], found["seal"]) == ("EN 16931", "PAdES-B-B")  # an invoice and a seal made and checked
    assert {"relance_en.qm", "relance_fr.qm"} <= set(found["translations"])
    reader = PdfReader(tmp_path / "s.pdf")
    assert len(reader.pages) == found["pdf_pages"] >= 1
    assert "DEVIS" in reader.pages[0].extract_text().upper()


def test_a_missing_keyring_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    code, found = _check(tmp_path, "keyring.backends.fail.Keyring")
    assert code == 0
    assert found["keyring_backend"] == "keyring.backends.fail.Keyring"
    assert any("keyring" in w for w in found["warnings"])


def test_a_pdf_worker_that_does_not_start_is_a_problem() -> None:
    report = run_check(None, timeout=0.001)  # the worker cannot start and warm up in a millisecond
    assert report.problems and report.problems[0].startswith("PDF:")
    assert report.pdf_bytes == 0


@pytest.mark.parametrize(("version", "fixed"), [
    ((3, 11, 7), False), ((3, 11, 9), False), ((3, 11, 10), True), ((3, 11, 14), True), ((3, 12, 1), False),
    ((3, 12, 4), False), ((3, 12, 5), True), ((3, 13, 0), True), ((3, 14, 2), True), ((3, 10, 20), False),
    ((3, 9, 25), False),
])
def test_the_python_check_knows_which_releases_have_the_header_fix(version: tuple[int, int, int],
                                                                    fixed: bool) -> None:
    assert has_header_fix(version) is fixed


PYENV = Path("/root/.pyenv/versions")


@pytest.mark.parametrize("interpreter", sorted(str(p) for p in PYENV.glob("3.1[1-9]*/bin/python")) or ["none"])
def test_the_probe_of_the_email_package_agrees_with_the_release_table(interpreter: str) -> None:
    """On every CPython of this machine (pyenv builds: no backported fix), the probe matches the version."""
    if interpreter == "none":
        pytest.skip("no pyenv interpreters here")
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); from desktop.services.selfcheck import "
             "email_package_is_fixed as f, has_header_fix as h; print(f(), h(sys.version_info[:3]))")
    out = subprocess.run([interpreter, "-c", probe, str(ROOT)], capture_output=True, text=True, timeout=60,
                         check=True).stdout.split()
    assert out[0] == out[1], (interpreter, out)
