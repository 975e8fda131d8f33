"""Pieces every subcommand shares: the --db option, date parsing, opening the store."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar.domain.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.store import Store

Handler = Callable[[argparse.Namespace], int]
ONE_DAY = dt.timedelta(days=1)
# Ranges end the day after their last day, which must exist too.
LAST_DAY = dt.date.max
# A day's midnight east of UTC is the day before in UTC: the first day of all has none.
FIRST_DAY = dt.date.min + dt.timedelta(days=1)


def db_option() -> argparse.ArgumentParser:
    """A parent parser with ``--db``, accepted before or after the subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the calendar database (default: $DIPLOMATIC_CALENDAR_DB, else the user data folder)",
    )
    return parent


def add_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--db`` and runs ``handler``."""
    parser = sub.add_parser(name, help=help_text, description=help_text, parents=[db_option()])
    parser.set_defaults(func=handler)
    return parser


def add_date_range(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--from`` and ``--to`` (both days included), read as ``args.first`` and ``args.last``."""
    parser.add_argument(
        "--from", dest="first", type=date_arg, required=required, metavar="YYYY-MM-DD"
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=date_arg,
        required=required,
        metavar="YYYY-MM-DD",
        help="the last day included",
    )


def parse_date(text: str) -> dt.date:
    """An ISO date from the command line, or one clear error."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise UserError(f"'{text}' is not a date; write it as YYYY-MM-DD, for example 2025-08-01")
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"'{text}' is not a real date (check the month and the day)") from None
    if day >= LAST_DAY:
        raise UserError(f"'{text}' is beyond the calendar's last day, {LAST_DAY - ONE_DAY}")
    if day < FIRST_DAY:
        raise UserError(f"'{text}' is before the calendar's first day, {FIRST_DAY}")
    return day


def date_arg(text: str) -> dt.date:
    """argparse ``type=`` for dates: a bad one becomes a usage error from argparse itself."""
    try:
        return parse_date(text)
    except UserError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def calendar_path(args: argparse.Namespace) -> Path:
    """``--db``, else $DIPLOMATIC_CALENDAR_DB, else the calendar chosen in the window's
    Settings, else the platform default: the order the window itself uses."""
    from diplomatic_calendar.app import chosen_calendar

    return chosen_calendar(getattr(args, "db", None))


def home_zone(settings: QSettings | None = None) -> str:
    """The home time zone set in the window's Settings, else this computer's: the zone the
    window counts days and shows times in, so that both say the same."""
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.app import APPLICATION, ORGANISATION
    from diplomatic_calendar.domain.timing import system_zone_name, zone

    chosen = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
    saved = str(chosen.value("home_zone", "") or "")
    if saved:
        try:
            zone(saved)
        except UserError:
            return system_zone_name()  # a zone this machine no longer knows
        return saved
    return system_zone_name()


def working_hours(settings: QSettings | None = None) -> tuple[int, int]:
    """The working day set in the window's Settings (8 to 18 unless changed there), for the
    printouts the command line makes to show the same hours as the window's."""
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.app import APPLICATION, ORGANISATION

    chosen = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

    def hour(key: str, default: int) -> int:
        try:
            return int(str(chosen.value(key, default)))
        except ValueError:
            return default

    start = min(23, max(0, hour("work_start_hour", 8)))
    return start, min(24, max(start + 1, hour("work_end_hour", 18)))


def open_store(args: argparse.Namespace, *, create: bool = True) -> Store:
    """The store named by ``--db``, the environment, Settings or the platform default.

    Commands that only read pass ``create=False``: a mistyped --db then says so instead of
    making a new, empty calendar that shows nothing.
    """
    from diplomatic_calendar.domain.errors import DamagedFileError
    from diplomatic_calendar.store import Store, backup

    path = calendar_path(args)
    if not create and not path.exists():
        raise UserError(f"there is no calendar at {path} (check --db)")
    try:
        return Store.open(path)
    except DamagedFileError as err:
        good = backup.latest_good_backup(path)
        if good is None:
            raise DamagedFileError(f"{err}; there is no good backup of it") from None
        raise DamagedFileError(
            f"{err}; the newest good backup is {good.path} (taken "
            f"{good.taken_at:%Y-%m-%d %H:%M} UTC): `diplomatic-calendar --db {path} restore "
            f"{good.path}` puts it back, keeping the damaged file beside it"
        ) from None
