"""The bundle's entry point: the same command line as the installed ``diplomatic-calendar``."""

import sys

from diplomatic_calendar.cli import main

if __name__ == "__main__":
    sys.exit(main())
