"""The ``diplomatic-calendar`` command: the window by default, or one job without a window."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from diplomatic_calendar import __version__, startup_trace
from diplomatic_calendar.cli._common import db_option
from diplomatic_calendar.cli._open import add_open_option, only_opens_the_window, window_argv
from diplomatic_calendar.domain.errors import UserError

# Each module registers one or more subcommands; modules import only light things at the top so
# that launching the window does not pay for printing, .ics or the extraction engine.
COMMAND_MODULES = (
    "events",
    "extract",
    "deadlines",
    "backup_cmd",
    "import_cmd",
    "print_cmd",
    "export_cmd",
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="diplomatic-calendar",
        description="Meetings, officials and tariff deadlines in one calendar. "
        "Without a command, opens the window.",
        parents=[db_option()],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_open_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The parser for starting the window: the full one without its subcommands.

    Building every subcommand takes longer than a start-up can spare; arguments that name no
    command, ask for no help and hold only calendar files are read with this one alone.
    """
    parser = argparse.ArgumentParser(prog="diplomatic-calendar", parents=[db_option()])
    add_open_option(parser)
    parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the chosen command; a user's mistake exits 2 with one line."""
    startup_trace.mark("Python, the command line and the domain loaded")
    given = sys.argv[1:] if argv is None else list(argv)
    parser = window_parser() if only_opens_the_window(given) else build_parser()
    args = parser.parse_args(window_argv(parser, given))
    try:
        if args.command is None:
            from diplomatic_calendar.app import run

            return run(args)
        result: int = args.func(args)
        sys.stdout.flush()  # here, so that a reader gone away (``| head``) is met below
        return result
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except UserError as err:
        print(f"diplomatic-calendar: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        from diplomatic_calendar.store import DatabaseError

        if not isinstance(err, DatabaseError):
            raise
        # A read-only file or folder, a disk that is full: the user's to fix, so one line.
        print(f"diplomatic-calendar: the calendar could not be changed ({err})", file=sys.stderr)
        return 2


def _quiet_stdout() -> None:
    """Point stdout at the null device: what is still buffered for a reader that has gone
    (``| head``) would otherwise raise again, with a traceback, as Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
