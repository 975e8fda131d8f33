"""Times around a change of the clocks: the skipped hour, elapsed time, and moving events."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import (
    all_day_span,
    check_span,
    elapsed,
    exists,
    settled,
    skipped_time_message,
)

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
SPRING = dt.date(2025, 3, 30)  # both go forward an hour that night (01:00 UTC)


def test_the_skipped_hour_does_not_exist_and_settles_after_it() -> None:
    gap = dt.datetime.combine(SPRING, dt.time(2, 30), tzinfo=BERLIN)
    assert not exists(gap)
    assert settled(gap) == dt.datetime.combine(SPRING, dt.time(3, 30), tzinfo=BERLIN)
    fine = dt.datetime.combine(SPRING, dt.time(3, 30), tzinfo=BERLIN)
    assert exists(fine) and settled(fine) is fine
    autumn = dt.datetime(2025, 10, 26, 2, 30, tzinfo=BERLIN)  # happens twice: it exists
    assert exists(autumn)
    message = skipped_time_message(gap)
    assert "02:30 does not exist on Sun 30 Mar 2025 in Europe/Berlin" in message
    assert "03:30" in message


def test_spans_are_ordered_by_instants_not_clock_faces() -> None:
    start = dt.datetime.combine(SPRING, dt.time(0, 30), tzinfo=LONDON)
    end = dt.datetime.combine(SPRING, dt.time(2, 15), tzinfo=LONDON)
    assert elapsed(start, end) == dt.timedelta(minutes=45)
    check_span(start, end)
    gap_start = dt.datetime.combine(SPRING, dt.time(1, 30), tzinfo=LONDON)  # 01:30 GMT
    with pytest.raises(ValidationError, match="ends before it starts"):
        check_span(gap_start, dt.datetime.combine(SPRING, dt.time(2, 15), tzinfo=LONDON))


def test_moving_onto_the_change_keeps_the_time_that_passes() -> None:
    saturday = dt.datetime(2025, 3, 29, 2, 30, tzinfo=BERLIN)
    meeting = Event("Call", EventKind.CALL, saturday, saturday + dt.timedelta(hours=1))
    moved = meeting.moved_to(dt.datetime.combine(SPRING, dt.time(2, 30), tzinfo=BERLIN))
    assert (moved.start.hour, moved.start.minute) == (3, 30)  # type: ignore[union-attr]
    assert elapsed(moved.start, moved.end) == dt.timedelta(hours=1)  # type: ignore[arg-type]
    across = meeting.moved_to(dt.datetime.combine(SPRING, dt.time(1, 30), tzinfo=BERLIN))
    assert across.end == dt.datetime.combine(SPRING, dt.time(3, 30), tzinfo=BERLIN)


def test_the_last_day_the_calendar_holds() -> None:
    assert all_day_span(dt.date(9999, 12, 30))[1] == dt.date(9999, 12, 31)
    with pytest.raises(ValidationError, match="30 Dec 9999"):
        all_day_span(dt.date(9999, 12, 31))


def test_a_span_whose_end_cannot_be_shown_in_the_start_s_zone_is_refused() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    start = dt.datetime(2025, 7, 1, 9, tzinfo=tokyo)
    last_hours = dt.datetime(9999, 12, 31, 20, tzinfo=dt.UTC)  # in Tokyo: the year 10000
    with pytest.raises(ValidationError, match="years 1 to 9999"):
        check_span(start, last_hours)
    with pytest.raises(ValidationError, match="years 1 to 9999"):
        Event("Far", EventKind.MEETING, start, last_hours)
    check_span(start, dt.datetime(9999, 12, 31, 12, tzinfo=dt.UTC))  # 21:00 in Tokyo: fine
    first_hours = dt.datetime(1, 1, 1, 3, tzinfo=tokyo)  # before the year 1 in UTC
    with pytest.raises(ValidationError, match="years 1 to 9999"):
        check_span(first_hours, start)
