"""Rows of the events table back into Event records, quickly: views read hundreds per step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import lru_cache

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Location,
    OfficialRef,
)
from diplomatic_calendar.domain.timing import from_utc_text, zone
from diplomatic_calendar.store._rows import Row

# Dict look-ups: calling an enum class per row costs more than most of reading the row.
KINDS = {kind.value: kind for kind in EventKind}
_STATUSES = {status.value: status for status in EventStatus}
_FIELDS = frozenset(f.name for f in dataclasses.fields(Event))


@lru_cache(maxsize=4096)
def _location(city: str, country: str | None) -> Location:
    """Locations repeat across thousands of events and are immutable: share them."""
    return Location(city, country)


def _stored(**values: object) -> Event:
    """An Event whose values passed Event's checks when they were written: not checked again.

    Building hundreds of events per view step through the checking constructor cost more than
    the query itself. Every field must be given, so a field added to Event fails loudly here.
    """
    if values.keys() != _FIELDS:
        raise TypeError(f"stored events need exactly the fields {sorted(_FIELDS)}")
    event = object.__new__(Event)
    for name, value in values.items():
        object.__setattr__(event, name, value)
    return event


def event_from_row(
    row: Row, countries: list[str], people: list[OfficialRef], evidence: Evidence | None
) -> Event:
    """The Event a row of ``events`` (with its links and first evidence) holds."""
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    if row["all_day"]:
        start = dt.date.fromisoformat(row["start_at"])
        end = dt.date.fromisoformat(row["end_at"])
    else:
        start = from_utc_text(row["start_at"], row["timezone"])
        end = from_utc_text(row["end_at"], row["timezone"])
    return _stored(
        id=row["id"],
        uid=row["uid"],
        kind=KINDS[row["kind"]],
        title=row["title"],
        start=start,
        end=end,
        status=_STATUSES[row["status"]],
        location=_location(row["city"], row["location_country"]),
        countries=tuple(sorted(countries)),
        participants=tuple(people),
        notes=row["notes"],
        tags=tuple(json.loads(row["tags"])) if row["tags"] != "[]" else (),
        evidence=evidence,
        tariff_action_id=row["tariff_action_id"],
    )


def local_day_span(row: Row, home_zone: str) -> tuple[dt.date, dt.date]:
    """First and last local day (inclusive) of a row's event, from its timing columns alone."""
    if row["all_day"]:
        first = dt.date.fromisoformat(row["start_at"])
        return first, dt.date.fromisoformat(row["end_at"]) - dt.timedelta(days=1)
    home = zone(home_zone)
    start = dt.datetime.fromisoformat(row["start_at"]).astimezone(home).date()
    end = dt.datetime.fromisoformat(row["end_at"]) - dt.timedelta(microseconds=1)
    return start, max(end.astimezone(home).date(), start)
