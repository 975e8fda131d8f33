"""An .ics DURATION counts hours as time that passes and days on the calendar (RFC 5545)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


def _import(store: Store, tmp_path: Path, start: str, duration: str) -> dt.timedelta:
    path = tmp_path / "one.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{start}{duration}@test\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start}\r\nDURATION:{duration}\r\n"
        "SUMMARY:Night talks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    import_calendar(store, path, home_zone="Europe/Berlin", today=dt.date(2026, 10, 1))
    (event,) = store.events.search("Night talks")
    assert isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime)
    store.events.delete(event.id or 0)
    return event.end.astimezone(UTC) - event.start.astimezone(UTC)


def test_two_hours_in_the_repeated_autumn_hour_are_two_hours(store: Store, tmp_path: Path) -> None:
    assert _import(store, tmp_path, "20261025T020000", "PT2H") == dt.timedelta(hours=2)


def test_a_day_is_the_same_clock_time_a_day_later(store: Store, tmp_path: Path) -> None:
    # 24 October 10:00 to 25 October 10:00 in Berlin spans the change: 25 hours pass.
    assert _import(store, tmp_path, "20261024T100000", "P1D") == dt.timedelta(hours=25)


def test_twenty_four_hours_are_time_not_a_calendar_day(store: Store, tmp_path: Path) -> None:
    assert _import(store, tmp_path, "20261024T120000", "PT24H") == dt.timedelta(hours=24)
    assert _import(store, tmp_path, "20261024T120000", "PT30H") == dt.timedelta(hours=30)
    assert _import(store, tmp_path, "20261024T120000", "P1DT6H") == dt.timedelta(hours=31)
