"""``backup`` and ``restore``: copy the calendar safely, and put a good copy back."""

from __future__ import annotations

import argparse
from pathlib import Path

from diplomatic_calendar.cli._common import add_command, calendar_path
from diplomatic_calendar.domain.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``backup`` and ``restore`` subcommands."""
    parser = add_command(
        sub, "backup", run_backup, "copy the calendar (safe while the window is open)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the copy here (default: the backups folder beside the calendar)",
    )
    parser.add_argument(
        "--keep",
        type=_positive,
        default=None,
        metavar="N",
        help="keep only the newest N backups in the backups folder (default: remove none; "
        "the window keeps the number set in its Settings)",
    )
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser = add_command(
        sub,
        "restore",
        run_restore,
        "replace the calendar by a checked backup; the replaced file is kept beside it",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of at least 1")
    return value


def run_backup(args: argparse.Namespace) -> int:
    """Take a backup now, or list the backups there are."""
    from diplomatic_calendar.store import Store, backup

    path = calendar_path(args)
    if args.list:
        found = backup.list_backups(path)
        for item in found:
            print(f"{item.taken_at:%Y-%m-%d %H:%M:%S}Z  {item.reason:<20} {item.path}")
        if not found:
            print(f"no backups of {path} yet")
        return 0
    if not path.is_file():
        raise UserError(f"there is no calendar at {path} to back up")
    store = Store.open(path)
    try:
        if args.output is not None:
            target = args.output.expanduser()
            backup.export_store(store, target)
        else:
            # Without --keep nothing is pruned: the window prunes to the number set in Settings.
            target = backup.backup_store(store, "manual", keep=args.keep)
    finally:
        store.close()
    print(f"backed up {path} to {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Check a backup, keep the current calendar aside, and put the backup in its place."""
    from diplomatic_calendar.store import backup
    from diplomatic_calendar.ui.single_instance import window_is_open

    path = calendar_path(args)
    source = args.file.expanduser()
    backup.check_calendar_file(source)
    if window_is_open(path):
        raise UserError(f"{path} is open in a Diplomatic Calendar window; close it first")
    aside = backup.restore(source, path)
    print(f"restored {path} from {source}")
    if aside is not None:
        print(f"the calendar it replaced is kept as {aside}")
    return 0
