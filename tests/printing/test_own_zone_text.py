"""A printout gives an event's own-zone times with their days when it runs over midnight."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.printing._html import own_zone_text

BERLIN, TOKYO = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo")


def _event(start: dt.datetime, end: dt.datetime) -> Event:
    return Event("Talks", EventKind.MEETING, start, end)


def test_an_event_over_midnight_shows_both_days() -> None:
    event = _event(
        dt.datetime(2026, 12, 2, 15, tzinfo=BERLIN), dt.datetime(2026, 12, 3, 15, tzinfo=BERLIN)
    )
    assert own_zone_text(event, TOKYO) == "Wed 02 Dec 15:00–Thu 03 Dec 15:00 Europe/Berlin local"


def test_an_event_within_a_day_shows_only_times() -> None:
    event = _event(
        dt.datetime(2026, 12, 2, 15, tzinfo=BERLIN), dt.datetime(2026, 12, 2, 16, tzinfo=BERLIN)
    )
    assert own_zone_text(event, TOKYO) == "15:00–16:00 Europe/Berlin local"
    assert own_zone_text(event, BERLIN) == ""
