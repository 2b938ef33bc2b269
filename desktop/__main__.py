"""``python -m desktop``: the same as the ``relance`` command (and the bundle's entry script)."""

import sys

if getattr(sys, "frozen", False):  # a PyInstaller bundle: the PDF worker's spawned child re-enters here
    import multiprocessing

    multiprocessing.freeze_support()

from desktop.cli import main  # after freeze_support, which must run first

raise SystemExit(main())
