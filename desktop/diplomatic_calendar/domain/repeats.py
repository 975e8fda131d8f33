"""Repeating an event: a weekly call or a monthly meeting laid out as events of their own.

The calendar keeps no recurrence rule: each occurrence is an event that can be moved, edited or
cancelled alone (as the occurrences of an imported .ics series are). Times repeat on the clock of
the event's own zone, so a 09:00 Brussels call stays at 09:00 in Brussels across a change of the
clocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import Event

# The most occurrences one repeat makes: a daily event for over a year, a weekly one for ten.
MAX_OCCURRENCES = 550
REPEAT_TAG = "repeats"


@dataclass(frozen=True, slots=True)
class Repeat:
    """How often an event repeats: its key, the words for it, and the days it falls on."""

    key: str
    label: str


REPEATS = (
    Repeat("none", "Does not repeat"),
    Repeat("daily", "Every day"),
    Repeat("weekdays", "Every weekday (Monday to Friday)"),
    Repeat("weekly", "Every week"),
    Repeat("fortnightly", "Every two weeks"),
    Repeat("monthly", "Every month, on the same day"),
)


def repeat_days(first: dt.date, key: str, until: dt.date) -> list[dt.date]:
    """The days an event first held on ``first`` falls on, through ``until``, repeating as
    ``key`` says (a month without the day, such as 31 April, is left out)."""
    from dateutil import rrule

    if key == "none":
        return [first]
    if until < first:
        raise ValidationError("the repeats end before the event's first day")
    rules = {
        "daily": {"freq": rrule.DAILY},
        "weekdays": {"freq": rrule.DAILY, "byweekday": (0, 1, 2, 3, 4)},
        "weekly": {"freq": rrule.WEEKLY},
        "fortnightly": {"freq": rrule.WEEKLY, "interval": 2},
        "monthly": {"freq": rrule.MONTHLY, "bymonthday": first.day},
    }
    if key not in rules:
        raise ValidationError(f"'{key}' is not a way to repeat")
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(until, dt.time())
    found = rrule.rrule(dtstart=start, until=end, count=None, **rules[key])  # type: ignore[arg-type]
    days = []
    for moment in found:
        days.append(moment.date())
        if len(days) > MAX_OCCURRENCES:
            raise ValidationError(
                f"that repeat makes more than {MAX_OCCURRENCES} events; choose an earlier end"
            )
    return days


def repeated(event: Event, key: str, until: dt.date) -> list[Event]:
    """``event`` on each day it repeats on, each an event of its own; ``event`` alone when it
    does not repeat. Every copy keeps the length and the clock time of the first."""
    days = repeat_days(event.first_day, key, until)
    if len(days) == 1:
        return [event]
    tags = event.tags if REPEAT_TAG in event.tags else (*event.tags, REPEAT_TAG)
    out = []
    for day in days:
        start = event.start
        if isinstance(start, dt.datetime):
            moved = event.moved_to(start.replace(year=day.year, month=day.month, day=day.day))
        else:
            moved = event.moved_to(day)
        out.append(moved.with_changes(tags=tags))
    return out
