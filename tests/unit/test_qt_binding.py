"""The Qt binding the project installs must not leak references to None (PySide6 6.12.0 on Python 3.11 did:
after a few thousand calls the process aborted with "none_dealloc")."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = sys.getrefcount(None)
for _ in range(20000):
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_twenty_thousand_qt_calls_keep_none_alive() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 100
