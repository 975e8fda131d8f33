"""``events`` lists stored events in a range; ``add-event`` adds one."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from typing import TYPE_CHECKING

from diplomatic_calendar.cli._common import add_command, add_date_range, date_arg, open_store
from diplomatic_calendar.domain.errors import UserError, ValidationError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Location,
    Official,
    OfficialRef,
)

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``events`` and ``add-event`` subcommands."""
    listing = add_command(sub, "events", run_events, "list stored events in a date range")
    add_date_range(listing)
    listing.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="XX",
        help="only events involving this ISO code (repeat for several)",
    )
    listing.add_argument(
        "--timezone",
        default="UTC",
        metavar="ZONE",
        help="the zone whose days the range means (default UTC)",
    )
    listing.add_argument("--format", choices=("json", "text"), default="text")

    adding = add_command(sub, "add-event", run_add_event, "add one event")
    adding.add_argument("--title", required=True)
    adding.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    adding.add_argument("--date", type=date_arg, required=True, metavar="YYYY-MM-DD")
    adding.add_argument(
        "--end-date",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="last day of an all-day event spanning several days",
    )
    adding.add_argument(
        "--time", metavar="HH:MM", help="start time; without it the event is all-day"
    )
    adding.add_argument("--end-time", metavar="HH:MM", help="end time (default: one hour later)")
    adding.add_argument("--timezone", default="UTC", metavar="ZONE", help="IANA zone of --time")
    adding.add_argument("--status", choices=[s.value for s in EventStatus], default="planned")
    adding.add_argument("--city", default="")
    adding.add_argument("--location-country", metavar="XX")
    adding.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="XX",
        help="a country involved (repeat for several)",
    )
    adding.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="NAME",
        help="an official taking part (repeat; unknown names are added)",
    )
    adding.add_argument("--notes", default="")
    adding.add_argument("--format", choices=("json", "text"), default="text")


def run_events(args: argparse.Namespace) -> int:
    """Print the events of a range as JSON or text."""
    from diplomatic_calendar.domain.filters import EventFilter
    from diplomatic_calendar.domain.geography import check_country
    from diplomatic_calendar.domain.serialize import event_dict

    if args.last < args.first:
        raise UserError("--to comes before --from")
    wanted = [EventFilter.for_country(check_country(code)) for code in args.country]
    store = open_store(args, create=False)
    try:
        found = store.events.between(args.first, args.last + dt.timedelta(days=1), args.timezone)
        if wanted:
            # as the window's filter, `deadlines` and `print`: a member state's events take in
            # the EU's tariff dates and deadlines
            found = [e for e in found if any(one.accepts(e) for one in wanted)]
        if args.format == "json":
            out = [event_dict(e, _source_of(store, e)) for e in found]
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            for event in found:
                print(format_line(event))
            if not found:
                print("no events in that range")
    finally:
        store.close()
    return 0


def _source_of(store: Store, event: Event):  # type: ignore[no-untyped-def]
    if event.evidence is None:
        return None
    return store.sources.get(event.evidence.source_id)


def format_line(event: Event) -> str:
    """One readable line per event."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        ends = "%H:%M" if event.end.date() == event.start.date() else "%Y-%m-%d %H:%M"
        if event.start.utcoffset() != event.end.utcoffset():  # the clocks change in between
            starts, ends = "%Y-%m-%d %H:%M %Z", ends + " %Z"
        else:
            starts = "%Y-%m-%d %H:%M"
        when = f"{event.start.strftime(starts)}–{event.end.strftime(ends)} {event.timezone}"
    else:
        when = event.first_day.isoformat()
        if event.last_day != event.first_day:
            when += f"..{event.last_day.isoformat()}"
    parts = [when, event.kind.value, event.title]
    if event.countries:
        parts.append("[" + ", ".join(event.countries) + "]")
    if str(event.location):
        parts.append(f"@ {event.location}")
    if event.participants:
        parts.append("with " + ", ".join(p.name for p in event.participants))
    return "  ".join(parts)


def _time(text: str) -> dt.time:
    if not re.fullmatch(r"\d{1,2}:\d{2}", text):
        raise UserError(f"'{text}' is not a time; write it as HH:MM, for example 09:30")
    hours, minutes = map(int, text.split(":"))
    if hours > 23 or minutes > 59:
        raise UserError(f"'{text}' is not a time of day")
    return dt.time(hours, minutes)


def _existing(moment: dt.datetime) -> dt.datetime:
    """``moment`` if its wall time happens in its zone; a clear error in the hour skipped when
    the clocks go forward."""
    if moment.astimezone(dt.UTC).astimezone(moment.tzinfo).replace(tzinfo=None) != moment.replace(
        tzinfo=None
    ):
        raise UserError(
            f"{moment:%H:%M} does not happen on {moment:%Y-%m-%d} in {moment.tzinfo} "
            "(the clocks go forward then)"
        )
    return moment


def build_event(args: argparse.Namespace, people: tuple[OfficialRef, ...]) -> Event:
    """The event described by ``add-event``'s options."""
    from diplomatic_calendar.domain.timing import all_day_span, local_datetime

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    if args.time:
        start = _existing(local_datetime(args.date, _time(args.time), args.timezone))
        if args.end_time:
            last = args.end_date or args.date
            end = _existing(local_datetime(last, _time(args.end_time), args.timezone))
            if end == start:
                raise UserError("the event ends as it starts; give a later --end-time")
            if end < start and args.end_date is None:  # 23:00 to 01:00: past midnight
                end = _existing(
                    local_datetime(last + dt.timedelta(days=1), end.time(), args.timezone)
                )
        elif args.end_date is not None:
            raise UserError(
                "give --end-time with --end-date for a timed event, or leave out --time for "
                "days without times"
            )
        elif EventKind(args.kind).is_deadline:
            end = start  # a deadline at 23:30 is that moment, not an hour running past midnight
        else:  # an hour as the clock runs, even across a change of the clocks
            end = (start.astimezone(dt.UTC) + dt.timedelta(hours=1)).astimezone(start.tzinfo)
    elif args.end_time:
        raise UserError("give --time with --end-time, or leave out --end-time for a whole day")
    else:
        start, end = all_day_span(args.date, args.end_date)
    return Event(
        title=args.title,
        kind=EventKind(args.kind),
        start=start,
        end=end,
        status=EventStatus(args.status),
        location=Location(args.city, args.location_country),
        countries=tuple(args.country),
        participants=people,
        notes=args.notes,
    )


def run_add_event(args: argparse.Namespace) -> int:
    """Add one event (and any new participants) in one transaction."""
    from diplomatic_calendar.domain.serialize import event_dict

    build_event(args, ())  # check every field before touching the database
    store = open_store(args)
    try:
        new_people: list[str] = []
        with store.transaction():
            people = []
            for name in args.participant:
                found = store.officials.find_by_name(name)
                if found is None:
                    found = store.officials.add(Official(name))
                    new_people.append(found.name)
                assert found.id is not None
                people.append(OfficialRef(found.id, found.name))
            event = store.events.add(build_event(args, tuple(people)))
    except ValidationError:
        raise
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(event_dict(event), ensure_ascii=False, indent=2))
    else:
        print(f"added event {event.id}: {format_line(event)}")
        for name in new_people:  # so that a misspelt name does not pass unnoticed
            print(f"added official {name} (no title or country yet; not found on record)")
    return 0
