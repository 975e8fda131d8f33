"""``diplomatic-calendar export``: the calendar as iCalendar, CSV or JSON for other programs."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from diplomatic_calendar.cli._common import add_command, add_date_range, open_store
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import TariffAction

HELP = "export events to an iCalendar (.ics), CSV or JSON file"
# Without --from and --to the export takes every event; with one of them, these stand in
# for the other.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2200, 1, 1)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` subcommand."""
    parser = add_command(sub, "export", run, HELP)
    parser.add_argument("--format", choices=("ics", "csv", "json"), required=True)
    add_date_range(parser, required=False)
    parser.add_argument(
        "--timezone",
        default="UTC",
        metavar="ZONE",
        help="the zone whose days the range means and CSV times are shown in (default UTC)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the file; - for stdout"
    )


def run(args: argparse.Namespace) -> int:
    """Read the range, write the file, say how many events went into it."""
    from diplomatic_calendar.printing.exports import export_bytes, written

    first, last = args.first or EARLIEST, args.last or LATEST
    if last < first:
        raise UserError("--to comes before --from")
    store = open_store(args, create=False)
    try:
        undated: list[TariffAction] = []
        if args.first is None and args.last is None:
            events = store.events.every()  # the whole calendar, however far back or ahead
            undated = store.tariffs.without_date()  # on no day, so in no range
        else:
            events = store.events.between(first, last + dt.timedelta(days=1), args.timezone)
        data = export_bytes(store, events, args.format, args.timezone, undated)
    finally:
        store.close()
    if str(args.output) == "-":
        sys.stdout.buffer.write(data)
        return 0
    try:
        args.output.write_bytes(data)
    except OSError as err:
        raise UserError(f"cannot write {args.output}: {err.strerror}") from None
    print(f"wrote {written(len(events), len(undated))} to {args.output}")
    return 0
