"""The time zone of a clock time in an article: '3 p.m. EDT', '9 a.m. local time' in Geneva.

Articles write zones as abbreviations or as 'local time'. Both become IANA names the calendar
can store, or None when the text does not settle the zone (the importer then keeps the day and
notes the time). An abbreviation is first read as the meeting place's own, if that place uses it
on the day ('CST' in Beijing is China's, in Chicago the US Central), then from the table.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplomatic_calendar.extraction.drafts import Location
from diplomatic_calendar.paths import resource_path

LOCAL = "local time"


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("data", "time_zones.json").read_text(encoding="utf-8")
    )
    return data


def place_zone(location: Location | None) -> str | None:
    """The zone of a meeting place: its city's where the table knows it, else its country's."""
    if location is None or not location.country:
        return None
    table = _table()
    by_city: dict[str, str] = table["cities"].get(location.country, {})
    if location.city and location.city in by_city:
        return by_city[location.city]
    found: str | None = table["countries"].get(location.country)
    return found


def _uses(zone: str, abbreviation: str, day: dt.date) -> bool:
    """Whether clocks in ``zone`` are called ``abbreviation`` around noon of ``day``."""
    try:
        noon = dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return noon.tzname() == abbreviation


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text and len(text) == 10 else None
    except ValueError:
        return None


def resolve_zone(written: str | None, location: Location | None, day: str | None) -> str | None:
    """The IANA zone a time's written zone means at ``location`` on ``day`` (ISO), or None."""
    if not written:
        return None
    if written.casefold() == LOCAL:
        return place_zone(location)
    token = written.strip("()").upper()
    here, when = place_zone(location), _day(day)
    if here is not None and when is not None and _uses(here, token, when):
        return here
    known: str | None = _table()["abbreviations"].get(token)
    return known
