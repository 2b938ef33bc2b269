"""Write ``resources/icons/relance.icns`` (macOS: the .app's icon, the .dmg's volume icon) from the 512 px PNG.

Usage: ``python packaging/macos/make_icns.py`` from the repository root (needs Pillow: the ``packaging``
extra; works on any system). The result is committed; run again when the PNG changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def main() -> int:
    source = ICONS / "relance-512.png"
    target = ICONS / "relance.icns"
    with Image.open(source) as opened:
        image = opened.convert("RGBA")
    # Pillow writes the PNG-based entries (16 to 1024 px) from the largest image and the appended ones.
    smaller = [image.resize((size, size), Image.Resampling.LANCZOS) for size in (16, 32, 64, 128, 256)]
    image.save(target, format="ICNS", append_images=smaller)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
