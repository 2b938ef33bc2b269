"""Quote template designs: the shipped ones and the user's copies in ``<data dir>/templates``.

A design is a folder holding ``quote.html`` (and its assets). Shipped designs live in
``resources/templates/quotes``; "Dupliquer le modèle" copies one into the user's folder under a new name,
where it can be edited (with the shipped partials it includes written into it). A quote stores the design's
name; :func:`template_location` finds its folder, the user's copies first (their names never clash with a
shipped one).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from desktop.services.pdf.templating import PARTIALS, TEMPLATE_FILE, templates_root

SHIPPED = ("classic", "modern")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")


def user_root(data_dir: Path) -> Path:
    """The folder of the user's template copies."""
    return data_dir / "templates"


def user_templates(data_dir: Path) -> list[str]:
    """The names of the user's copies, sorted."""
    root = user_root(data_dir)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / TEMPLATE_FILE).is_file() and _NAME.match(p.name))


def all_templates(data_dir: Path) -> list[str]:
    """Shipped designs first, then the user's copies."""
    return [*SHIPPED, *user_templates(data_dir)]


def template_location(name: str, data_dir: Path) -> tuple[str, Path]:
    """The design name and the root folder the renderer loads it from (a shipped design when unknown)."""
    if name not in SHIPPED and _NAME.match(name) and (user_root(data_dir) / name / TEMPLATE_FILE).is_file():
        return name, user_root(data_dir)
    return (name if name in SHIPPED else SHIPPED[0]), templates_root()


def template_file(name: str, data_dir: Path) -> Path:
    """The ``quote.html`` of a design."""
    design, root = template_location(name, data_dir)
    return root / design / TEMPLATE_FILE


def duplicate_template(name: str, data_dir: Path) -> str:
    """Copy a design into the user's folder as ``<name>-copie`` (``-copie-2``…); the new name."""
    design, root = template_location(name, data_dir)
    base = f"{design.split('-copie')[0]}-copie"
    target_root = user_root(data_dir)
    target_root.mkdir(parents=True, exist_ok=True)
    existing = set(user_templates(data_dir)) | {p.name for p in target_root.iterdir()}
    new = base
    counter = 2
    while new in existing:
        new = f"{base}-{counter}"
        counter += 1
    shutil.copytree(root / design, target_root / new)
    copy = target_root / new / TEMPLATE_FILE
    copy.write_text(inline_partials(copy.read_text(encoding="utf-8")), encoding="utf-8")
    return new


_INCLUDE = re.compile(r'\{%-?\s*include\s+"(' + PARTIALS + r'/[a-z0-9_-]+\.html)"\s*-?%\}\n?')


def inline_partials(source: str) -> str:
    """Write the shipped partials a design includes into it, so that a user's copy holds its whole document."""
    shipped = templates_root()
    return _INCLUDE.sub(lambda m: (shipped / m.group(1)).read_text(encoding="utf-8"), source)


def is_user_template(name: str, data_dir: Path) -> bool:
    return template_location(name, data_dir)[1] == user_root(data_dir)
