"""``python -m tracker``: the same as the ``relance-tracker`` command."""

import sys

from tracker.cli import main

sys.exit(main())
