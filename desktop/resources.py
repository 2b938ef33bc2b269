"""Where the shipped resources live: ``resources/`` in a checkout, ``desktop/_resources`` in a wheel."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder holding templates, fonts, translations and demo data."""
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(bundled, "resources") if bundled else None,
        _HERE / "_resources",
        _HERE.parent / "resources",
    ]
    for c in candidates:
        if c is not None and c.is_dir():
            return c
    raise FileNotFoundError("Relance resources folder not found")


def resource(*parts: str) -> Path:
    """Return the path of one shipped resource."""
    return resources_dir().joinpath(*parts)


def stylesheet_path() -> Path:
    """The application's stylesheet: ``ui/relance.qss`` in a checkout, beside the forms it styles
    (``ui/`` in the bundle, ``desktop/_ui`` in a wheel)."""
    bundled = getattr(sys, "_MEIPASS", None)
    for folder in (Path(bundled, "ui") if bundled else None, _HERE / "_ui", _HERE.parent / "ui"):
        if folder is not None and (folder / "relance.qss").is_file():
            return folder / "relance.qss"
    raise FileNotFoundError("Relance stylesheet (ui/relance.qss) not found")
