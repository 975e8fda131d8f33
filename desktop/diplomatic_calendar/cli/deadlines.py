"""``deadlines`` lists upcoming deadlines and tariff dates, for a cron job or a morning briefing."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from diplomatic_calendar.cli._common import add_command, date_arg, home_zone, open_store
from diplomatic_calendar.domain.deadlines import Deadline, bloc_codes, countdown_text, parse_within
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.geography import check_country, country_name, trading_as


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``deadlines`` subcommand."""
    parser = add_command(
        sub, "deadlines", run_deadlines, "list deadlines and tariff effective dates coming up"
    )
    parser.add_argument(
        "--from",
        dest="first",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the first day (default: today)",
    )
    parser.add_argument(
        "--within",
        default="30d",
        metavar="SPAN",
        help="how far ahead to look, e.g. 30d or 2w (default 30d)",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--country", metavar="XX", help="only deadlines involving this ISO code")
    which.add_argument("--bloc", metavar="NAME", help="only deadlines involving a bloc's members")
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the zone whose days count (default: the home zone set in Settings, else this "
        "computer's, as the window and print use)",
    )
    parser.add_argument("--format", choices=("json", "text"), default="text")


def run_deadlines(args: argparse.Namespace) -> int:
    """Print the deadlines of the chosen span, soonest first."""
    from diplomatic_calendar.domain.clock import system_clock
    from diplomatic_calendar.domain.timing import zone

    args.timezone = args.timezone or home_zone()
    today = system_clock().astimezone(zone(args.timezone)).date()
    first: dt.date = args.first or today
    days = parse_within(args.within)
    if days < 1:
        raise UserError("--within must be at least one day")
    if days >= (dt.date.max - first).days:
        raise UserError(f"--within {args.within} reaches beyond the calendar's last day")
    codes = _wanted_codes(args)
    store = open_store(args, create=False)
    try:
        # "Within 7 days" takes in the seventh day, as the window's reminders count it.
        last = first + dt.timedelta(days=days)
        found = store.tariffs.deadlines(first, last + dt.timedelta(days=1), args.timezone)
    finally:
        store.close()
    if codes:
        found = [d for d in found if d.involves(codes)]
    if args.format == "json":
        print(json.dumps([deadline_dict(d, today) for d in found], ensure_ascii=False, indent=2))
    else:
        for deadline in found:
            print(format_deadline(deadline, today))
        if not found:
            print(f"no deadlines from {first.isoformat()} within {days} days")
    return 0


def _wanted_codes(args: argparse.Namespace) -> frozenset[str]:
    if args.country:
        return frozenset(trading_as(check_country(args.country)))
    if args.bloc:
        return bloc_codes(args.bloc)
    return frozenset()


def format_deadline(deadline: Deadline, today: dt.date) -> str:
    """One readable line; an overdue deadline says so first."""
    mark = "OVERDUE " if deadline.is_overdue(today) else ""
    return mark + deadline.describe(today)


def deadline_dict(deadline: Deadline, today: dt.date) -> dict[str, Any]:
    """A deadline as plain JSON values."""
    country = deadline.country
    return {
        "date": deadline.day.isoformat(),
        "countdown": countdown_text(deadline.day, today),
        "overdue": deadline.is_overdue(today),
        "title": deadline.title,
        "kind": deadline.kind.value,
        "country": country,
        "country_name": country_name(country) if country else None,
        "countries": list(deadline.countries),
        "imposer": deadline.imposer,
        "rate_percent": deadline.rate_percent,
        "status": (deadline.tariff_status or deadline.event_status).value,
        "event_id": deadline.event_id,
        "tariff_action_id": deadline.tariff_action_id,
    }
