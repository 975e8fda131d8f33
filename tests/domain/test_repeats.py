"""Repeating an event lays out its copies on the days it repeats on, on its own zone's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.repeats import MAX_OCCURRENCES, repeat_days, repeated

BRUSSELS = ZoneInfo("Europe/Brussels")
MON = dt.date(2026, 10, 19)


def test_a_weekly_call_keeps_its_brussels_clock_time_across_the_change() -> None:
    start = dt.datetime(2026, 10, 19, 9, 0, tzinfo=BRUSSELS)
    call = Event("Weekly coordination call", EventKind.CALL, start, start + dt.timedelta(hours=1))
    copies = repeated(call, "weekly", dt.date(2026, 11, 9))
    assert [c.start.strftime("%d %b %H:%M %Z") for c in copies] == [  # type: ignore[union-attr]
        "19 Oct 09:00 CEST",
        "26 Oct 09:00 CET",
        "02 Nov 09:00 CET",
        "09 Nov 09:00 CET",
    ]
    assert all(c.end - c.start == dt.timedelta(hours=1) for c in copies)  # type: ignore[operator]
    assert all("repeats" in c.tags and c.id is None for c in copies)


@pytest.mark.parametrize(
    ("key", "until", "days"),
    [
        ("weekdays", dt.date(2026, 10, 26), [19, 20, 21, 22, 23, 26]),
        ("fortnightly", dt.date(2026, 11, 16), [19, 2, 16]),
        ("daily", dt.date(2026, 10, 21), [19, 20, 21]),
    ],
)
def test_the_days_of_each_way_to_repeat(key: str, until: dt.date, days: list[int]) -> None:
    assert [d.day for d in repeat_days(MON, key, until)] == days


def test_a_monthly_meeting_on_the_31st_skips_shorter_months() -> None:
    days = repeat_days(dt.date(2026, 1, 31), "monthly", dt.date(2026, 5, 31))
    assert days == [dt.date(2026, 1, 31), dt.date(2026, 3, 31), dt.date(2026, 5, 31)]


def test_an_all_day_event_repeats_whole_days_and_no_repeat_is_the_event() -> None:
    day = Event("Working group", EventKind.MEETING, MON, MON + dt.timedelta(days=2))
    copies = repeated(day, "weekly", dt.date(2026, 11, 2))
    assert [(c.start, c.end) for c in copies][1] == (dt.date(2026, 10, 26), dt.date(2026, 10, 28))
    assert repeated(day, "none", dt.date(2026, 11, 2)) == [day]


def test_a_repeat_that_ends_too_early_or_makes_too_many_is_refused() -> None:
    with pytest.raises(ValidationError, match="end before"):
        repeat_days(MON, "weekly", MON - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match=f"more than {MAX_OCCURRENCES}"):
        repeat_days(MON, "daily", MON + dt.timedelta(days=MAX_OCCURRENCES + 5))
