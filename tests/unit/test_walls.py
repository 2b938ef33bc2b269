"""The two walls of the architecture: no Qt below gui/, nothing of desktop/ in tracker/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _py_files(*folders: str) -> list[Path]:
    files = [p for f in folders for p in (ROOT / f).rglob("*.py")]
    assert files, f"no Python files under {folders}"
    return files


def test_core_db_services_and_tracker_import_no_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in _py_files("desktop/core", "desktop/db", "desktop/services", "tracker")
        if _imports(p) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_tracker_imports_nothing_of_desktop() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _py_files("tracker") if "desktop" in _imports(p)]
    assert offenders == []


def test_nothing_but_app_imports_gui() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in _py_files("desktop/core", "desktop/db", "desktop/services")
        if any(line.lstrip().startswith(("from desktop.gui", "import desktop.gui"))
               for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []


def test_the_wall_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert _imports(sample) == {"PySide6", "os"}
