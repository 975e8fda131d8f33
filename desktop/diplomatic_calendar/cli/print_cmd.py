"""``diplomatic-calendar print``: a schedule as a PDF, without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from diplomatic_calendar.cli._common import (
    add_command,
    add_date_range,
    home_zone,
    open_store,
    working_hours,
)
from diplomatic_calendar.domain.errors import UserError

STYLES = ("agenda", "day", "week", "month", "deadlines", "country")
HELP = "print a schedule (agenda, day, week, month, deadlines or a country brief) to a PDF file"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``print`` subcommand."""
    parser = add_command(sub, "print", run, HELP)
    parser.add_argument("--style", choices=STYLES, default="agenda")
    add_date_range(parser)
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="XX",
        help="the country of a country brief; for other styles, only events involving it "
        "(repeat for several)",
    )
    parser.add_argument("--bloc", metavar="NAME", help="only events involving a bloc's members")
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="only events of this kind (repeat for several)",
    )
    parser.add_argument("--notes", action="store_true", help="include each event's notes")
    parser.add_argument("--landscape", action="store_true", help="landscape pages")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--week-starts",
        choices=WEEKDAYS,
        default="monday",
        help="the day week and month grids start on (default: monday)",
    )
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the zone times are shown in (default: the home zone set in Settings, else this "
        "computer's)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def _filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from diplomatic_calendar.domain.filters import EventFilter
    from diplomatic_calendar.domain.geography import check_country
    from diplomatic_calendar.domain.model import EventKind

    try:
        kinds = frozenset(EventKind(k.strip().lower().replace(" ", "_")) for k in args.kind)
    except ValueError:
        known = ", ".join(k.value for k in EventKind)
        raise UserError(f"unknown kind in --kind (known: {known})") from None
    countries: set[str] = set()
    alongside: frozenset[str] = frozenset()
    if args.bloc:
        countries |= EventFilter.for_bloc(args.bloc).countries
    if args.country and args.style != "country":
        # as the window's filter: a member state's printout carries the EU's deadlines
        alongside_all: set[str] = set()
        for code in args.country:
            one = EventFilter.for_country(check_country(code))
            countries |= one.countries
            alongside_all |= one.deadline_countries
        alongside = frozenset(alongside_all - countries)
    return EventFilter(kinds=kinds, countries=frozenset(countries), deadline_countries=alongside)


def run(args: argparse.Namespace) -> int:
    """Gather, lay out and write the PDF; say where it went and how many pages it has."""
    from diplomatic_calendar.domain.clock import system_clock
    from diplomatic_calendar.domain.timing import zone
    from diplomatic_calendar.printing import PrintOptions, print_to_pdf
    from diplomatic_calendar.printing.pdf import ensure_gui

    if args.style == "country" and not args.country and args.bloc:
        raise UserError(
            "a country brief is of one country: give --country XX (a bloc's members are "
            "briefed one by one; --bloc narrows the other styles)"
        )
    if args.style == "country" and len(args.country) > 1:
        raise UserError(
            f"a country brief is of one country, and {len(args.country)} were given: print "
            "one brief for each"
        )
    zone_key = args.timezone or home_zone()
    options = PrintOptions(
        style=args.style,
        first=args.first,
        last=args.last,
        zone=zone_key,
        event_filter=_filter(args),
        include_notes=args.notes,
        landscape=args.landscape,
        page_size=args.page_size,
        country=args.country[0] if args.country else None,
        today=system_clock().astimezone(zone(zone_key)).date(),
        first_weekday=WEEKDAYS.index(args.week_starts),
        working_hours=working_hours(),
    )
    ensure_gui()
    store = open_store(args, create=False)
    try:
        pages = print_to_pdf(store, options, args.output)
    finally:
        store.close()
    print(f"wrote {args.output} ({pages} page{'s' if pages != 1 else ''})")
    return 0
