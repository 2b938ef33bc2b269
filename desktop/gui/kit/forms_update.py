"""``python -m desktop.gui.kit.forms_update [--check]``: generate the Python of the Designer forms.

Each ``ui/<feature>/<name>.ui`` becomes ``desktop/gui/generated/<feature>/ui_<name>.py`` (``pyside6-uic``,
no auto-connection: slots are connected by the code that uses the form). The generated files are
committed, excluded from lint and types, and never edited by hand: change the ``.ui`` in Qt Designer
(``.venv/bin/pyside6-designer``) and run ``make forms``. ``--check`` regenerates into a temporary folder
and exits 1, naming the files, when a committed file differs from what its form gives (a test runs it).
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "ui"
GENERATED = ROOT / "desktop" / "gui" / "generated"
HEADER = "# Generated from {source} by `make forms` (pyside6-uic): do not edit.\n"


def _uic() -> str:
    found = Path(sys.executable).with_name("pyside6-uic")
    return str(found) if found.exists() else "pyside6-uic"


def _normalised(text: str) -> str:
    """The generated text without the compiler's version line (the same form gives the same code)."""
    return "".join(line for line in text.splitlines(keepends=True) if "Qt User Interface Compiler version" not in line)


def generate(form: Path, target: Path) -> None:
    """Compile one form into its Python module."""
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([_uic(), "--no-autoconnection", str(form)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {form}: {done.stderr.strip()}")
    source = form.relative_to(ROOT).as_posix()
    target.write_text(HEADER.format(source=source) + _normalised(done.stdout), encoding="utf-8")


def targets() -> dict[Path, Path]:
    """Every form and the module it generates."""
    return {form: GENERATED / form.parent.relative_to(FORMS) / f"ui_{form.stem}.py"
            for form in sorted(FORMS.rglob("*.ui"))}


def _ensure_packages(folder: Path) -> None:
    for package in [folder, *[p for p in folder.parents if GENERATED in (p, *p.parents)]]:
        init = package / "__init__.py"
        if not init.exists():
            init.write_text('"""Generated from ui/ by `make forms`: do not edit."""\n', encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="forms_update", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a committed module is out of date")
    args = parser.parse_args(argv)
    if not args.check:
        for form, target in targets().items():
            generate(form, target)
            _ensure_packages(target.parent)
        known = set(targets().values())
        for stale in GENERATED.rglob("ui_*.py"):
            if stale not in known:
                stale.unlink()
        return 0
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for form, target in targets().items():
            fresh = Path(tmp) / target.name
            generate(form, fresh)
            if not target.exists():
                problems.append(f"{target.relative_to(ROOT)} is missing")
                continue
            want, have = fresh.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")
            if _normalised(want) != _normalised(have):
                diff = "".join(difflib.unified_diff(have.splitlines(True), want.splitlines(True), str(target),
                                                    "regenerated", n=1))
                problems.append(f"{target.relative_to(ROOT)} differs from its form:\n{diff[:2000]}")
        known = set(targets().values())
        problems += [f"{p.relative_to(ROOT)} has no form" for p in GENERATED.rglob("ui_*.py") if p not in known]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
