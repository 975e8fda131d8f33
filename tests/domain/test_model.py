"""Rules of the domain records: validation, all-day exclusivity, time zones across DST."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Location,
    Official,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span, day_bounds_utc, local_datetime

BERLIN = "Europe/Berlin"


def meeting(start: dt.date | dt.datetime, end: dt.date | dt.datetime, **kw: object) -> Event:
    return Event(title="Talks", kind=EventKind.MEETING, start=start, end=end, **kw)  # type: ignore[arg-type]


def test_all_day_end_is_exclusive() -> None:
    start, end = all_day_span(dt.date(2025, 8, 1))
    event = meeting(start, end)
    assert end == dt.date(2025, 8, 2)
    assert event.all_day
    assert event.first_day == event.last_day == dt.date(2025, 8, 1)


def test_all_day_event_needs_at_least_one_day() -> None:
    with pytest.raises(ValidationError, match="exclusive"):
        meeting(dt.date(2025, 8, 1), dt.date(2025, 8, 1))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        meeting(dt.datetime(2025, 8, 1, 9), dt.datetime(2025, 8, 1, 10))


def test_fixed_offset_zones_other_than_utc_are_refused() -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="IANA"):
        meeting(
            dt.datetime(2025, 8, 1, 9, tzinfo=plus_two),
            dt.datetime(2025, 8, 1, 10, tzinfo=plus_two),
        )


def test_mixed_date_and_time_is_refused() -> None:
    with pytest.raises(ValidationError, match="both"):
        meeting(dt.date(2025, 8, 1), local_datetime(dt.date(2025, 8, 1), dt.time(10), BERLIN))


def test_end_before_start_is_refused() -> None:
    start = local_datetime(dt.date(2025, 8, 1), dt.time(10), BERLIN)
    with pytest.raises(ValidationError, match="ends before"):
        meeting(start, start - dt.timedelta(hours=1))


def test_empty_title_is_refused() -> None:
    with pytest.raises(ValidationError, match="title"):
        Event(title="   ", kind=EventKind.CALL, start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 2))


def test_timed_event_reports_its_zone() -> None:
    start = local_datetime(dt.date(2025, 7, 10), dt.time(18), "Asia/Kuala_Lumpur")
    event = meeting(start, start + dt.timedelta(hours=1))
    assert event.timezone == "Asia/Kuala_Lumpur"
    assert not event.all_day


def test_wall_clock_length_across_dst_change() -> None:
    # Europe/Berlin leaves summer time on 26 October 2025 at 03:00 local.
    start = local_datetime(dt.date(2025, 10, 25), dt.time(12), BERLIN)
    end = local_datetime(dt.date(2025, 10, 26), dt.time(12), BERLIN)
    assert (end - start) == dt.timedelta(hours=24)  # same-zone arithmetic is wall-clock
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=25)


def test_day_bounds_follow_dst() -> None:
    lo, hi = day_bounds_utc(dt.date(2025, 3, 30), dt.date(2025, 3, 31), BERLIN)
    assert lo == "2025-03-29T23:00:00Z"
    assert hi == "2025-03-30T22:00:00Z"  # a 23-hour day


def test_moved_to_keeps_length() -> None:
    start = dt.datetime(2025, 7, 10, 9, tzinfo=ZoneInfo(BERLIN))
    event = meeting(start, start + dt.timedelta(minutes=90))
    moved = event.moved_to(start + dt.timedelta(days=2))
    assert moved.end - moved.start == dt.timedelta(minutes=90)
    assert moved.first_day == dt.date(2025, 7, 12)


def test_countries_are_checked_and_normalised() -> None:
    event = meeting(dt.date(2025, 1, 1), dt.date(2025, 1, 2), countries=("us", "RU", "US"))
    assert event.countries == ("RU", "US")
    with pytest.raises(ValidationError, match="country code"):
        meeting(dt.date(2025, 1, 1), dt.date(2025, 1, 2), countries=("XX",))


def test_location_text() -> None:
    assert str(Location("Kuala Lumpur", "my")) == "Kuala Lumpur, Malaysia"
    assert str(Location()) == ""


def test_official_aliases_drop_the_name_itself_and_repeats() -> None:
    official = Official(
        "Sergey Lavrov", aliases=("Sergei Lavrov", "Sergey Lavrov", "Sergei Lavrov")
    )
    assert official.aliases == ("Sergei Lavrov",)
    assert official.all_names == ("Sergey Lavrov", "Sergei Lavrov")


def test_tariff_rules() -> None:
    action = TariffAction("US", "MY", 25, effective_date=dt.date(2025, 8, 1))
    assert action.status is TariffStatus.ANNOUNCED
    assert action.title == "Malaysia: 25% US tariff"
    with pytest.raises(ValidationError, match="itself"):
        TariffAction("US", "US", 10)
    with pytest.raises(ValidationError, match="out of range"):
        TariffAction("US", "MY", -5)
