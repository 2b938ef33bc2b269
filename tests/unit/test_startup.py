"""Start-up stays light: the window's import path never loads SQLAlchemy (it costs a third of a second)."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_and_its_views_import_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import desktop.cli, desktop.app, desktop.gui.shell.main_window, desktop.gui.contacts.view,"
        " desktop.gui.companies.view, desktop.services.database\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_the_probe_sees_sqlalchemy_when_it_is_imported() -> None:
    code = "import sys, desktop.db.engine\nprint('sqlalchemy' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
