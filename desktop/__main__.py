"""``python -m desktop``: the same as the ``relance`` command."""

from desktop.cli import main

raise SystemExit(main())
