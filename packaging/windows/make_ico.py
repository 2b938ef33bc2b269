"""Write ``resources/icons/relance.ico`` (Windows: executable, installer, shortcuts) from the 512 px PNG.

Usage: ``python packaging/windows/make_ico.py`` from the repository root (needs Pillow: the ``packaging``
extra). The result is committed, so a build on Windows needs no Pillow; run again when the PNG changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]


def main() -> int:
    source = ICONS / "relance-512.png"
    target = ICONS / "relance.ico"
    with Image.open(source) as image:
        image.convert("RGBA").save(target, format="ICO", sizes=SIZES)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
