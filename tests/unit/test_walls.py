"""The walls of the architecture: no Qt below gui/, nothing of desktop/ in tracker/, no SQLAlchemy and no ORM model
in gui/, no GUI module past 500 lines."""

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


def _gui_files() -> list[Path]:
    """The GUI's hand-written modules (the generated forms excluded)."""
    return [p for p in _py_files("desktop/gui") if "generated" not in p.relative_to(ROOT / "desktop/gui").parts]


def _orm_model_imports(path: Path) -> set[str]:
    """The ORM model modules of desktop/db a file imports (``desktop.db.models``, ``desktop.db.quote_models``...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
        if isinstance(node, ast.ImportFrom) and node.module == "desktop.db":
            names += [f"desktop.db.{alias.name}" for alias in node.names]
        found.update(n for n in names if n.startswith("desktop.db.") and n.split(".")[2].endswith("models"))
    return found


def _sqlalchemy_in_gui() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in _gui_files() if "sqlalchemy" in _imports(p))


def _orm_models_in_gui() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in _gui_files() if _orm_model_imports(p))


GUI_MAX_LINES = 500


def _long_in_gui() -> list[str]:
    return sorted(f"{p.relative_to(ROOT)} ({n})" for p in _gui_files()
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > GUI_MAX_LINES)


# The walls of issue 14: the GUI leaves the ORM to db/ and services/, and no module of it passes 500 lines.
def test_the_gui_imports_no_sqlalchemy() -> None:
    # the GUI hands sessions to db/ and services/ (desktop.gui.kit.db_op); the ORM code lives there
    assert _sqlalchemy_in_gui() == []


def test_the_gui_names_no_orm_model() -> None:
    # ``session.get(Quote, id)`` is ORM code even without ``import sqlalchemy``: db/ and services/ do it
    assert _orm_models_in_gui() == []


def test_no_gui_module_passes_500_lines() -> None:
    assert _long_in_gui() == []


def test_the_gui_wall_checkers_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from sqlalchemy import select\nfrom desktop.db.quote_models import Quote\n"
                      "from desktop.db import models, contacts\nimport desktop.db.contacts\n", encoding="utf-8")
    assert "sqlalchemy" in _imports(sample)
    assert _orm_model_imports(sample) == {"desktop.db.quote_models", "desktop.db.models"}
    assert all("generated" not in p.parts for p in _gui_files())
