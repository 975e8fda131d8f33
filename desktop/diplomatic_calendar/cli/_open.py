"""Calendar files handed to the app: ``--open FILE.ics`` or, as desktops pass them, bare paths."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")
_TAKES_A_VALUE = ("--db", "--open")


def add_open_option(parser: argparse.ArgumentParser) -> None:
    """``--open FILE`` (repeatable): import these iCalendar files once the window is up."""
    parser.add_argument(
        "--open",
        action="append",
        type=Path,
        default=[],
        metavar="FILE.ics",
        help="import an iCalendar file into the calendar when the window opens (repeatable)",
    )


def _is_calendar_file(token: str) -> bool:
    return token.lower().endswith(CALENDAR_SUFFIXES) or Path(token).is_file()


def files_as_options(argv: Sequence[str], commands: Iterable[str]) -> list[str]:
    """Turn bare file paths before any subcommand into ``--open PATH`` pairs.

    A desktop starts us as ``diplomatic-calendar FILE…``; argparse cannot tell such a path from
    a subcommand name, so paths are recognised here: after a subcommand nothing is touched.
    """
    known = set(commands)
    out: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in known or token == "--":
            out.append(token)
            out.extend(tokens)
            break
        if token in _TAKES_A_VALUE:
            out.append(token)
            value = next(tokens, None)
            if value is not None:
                out.append(value)
        elif not token.startswith("-") and _is_calendar_file(token):
            out.extend(("--open", token))
        else:
            out.append(token)
    return out


def only_opens_the_window(argv: Sequence[str]) -> bool:
    """True when ``argv`` can only mean "open the window": ``--db``, ``--open`` and calendar
    files, and nothing else (a command, ``--help``, ``--version`` or a mistake is not)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _TAKES_A_VALUE:
            if next(tokens, None) is None:
                return False  # the full parser says what is missing
        elif token.startswith(tuple(f"{option}=" for option in _TAKES_A_VALUE)):
            continue
        elif token.startswith("-") or not _is_calendar_file(token):
            return False
    return True


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The subcommand names ``parser`` knows."""
    names: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names.extend(action.choices)
    return names


def window_argv(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> list[str]:
    """The arguments to parse, with calendar files given bare turned into ``--open``."""
    given = sys.argv[1:] if argv is None else list(argv)
    return files_as_options(given, command_names(parser))
