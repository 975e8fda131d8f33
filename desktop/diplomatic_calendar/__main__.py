"""Run the command line (and so the window) with ``python -m diplomatic_calendar``."""

import sys

from diplomatic_calendar.cli import main

sys.exit(main())
