"""Reading events back without re-checking them still gives exactly the events that were stored."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus, Location
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.store import Store
from diplomatic_calendar.store.event_rows import _stored


def test_read_back_events_equal_checked_ones_and_stay_frozen(store: Store) -> None:
    start = local_datetime(dt.date(2025, 7, 10), dt.time(23, 45), "Pacific/Chatham")
    stored = store.events.add(
        Event(
            title="  Call   on dairy quotas ",
            kind=EventKind.CALL,
            start=start,
            end=start + dt.timedelta(minutes=30),
            status=EventStatus.TENTATIVE,
            location=Location("Wellington", "nz"),
            countries=("NZ", "EU"),
            tags=("dairy",),
        )
    )
    again = store.events.get(stored.id or 0)
    assert again == stored
    assert again is not None and again.title == "Call on dairy quotas"
    assert again.with_changes(title="Renamed").title == "Renamed"
    with pytest.raises(AttributeError):
        again.title = "changed"  # type: ignore[misc]


def test_a_missing_field_fails_loudly() -> None:
    with pytest.raises(TypeError, match="exactly the fields"):
        _stored(title="No other fields")


def test_kind_filter_runs_in_the_query_and_keeps_multi_day_events(store: Store) -> None:
    first, end = all_day_span(dt.date(2025, 7, 8), dt.date(2025, 7, 12))
    store.events.add(Event(title="Quota deadline", kind=EventKind.DEADLINE, start=first, end=end))
    start = local_datetime(dt.date(2025, 7, 10), dt.time(9), "Asia/Kathmandu")
    store.events.add(
        Event(title="Call", kind=EventKind.CALL, start=start, end=start + dt.timedelta(hours=1))
    )
    only = EventFilter(kinds=frozenset({EventKind.DEADLINE}))
    found = store.events.between(dt.date(2025, 7, 10), dt.date(2025, 7, 11), "UTC", only)
    assert [e.title for e in found] == ["Quota deadline"]


def test_day_shading_follows_the_home_zone(store: Store) -> None:
    # 23:30 on 9 July in New York is already 10 July in Berlin.
    start = local_datetime(dt.date(2025, 7, 9), dt.time(23, 30), "America/New_York")
    store.events.add(
        Event(
            title="Late call", kind=EventKind.CALL, start=start, end=start + dt.timedelta(hours=2)
        )
    )
    first, end = all_day_span(dt.date(2025, 7, 1), dt.date(2025, 7, 2))
    store.events.add(Event(title="Deadline", kind=EventKind.DEADLINE, start=first, end=end))
    days = store.events.days_with_events(dt.date(2025, 7, 2), dt.date(2025, 7, 31), "Europe/Berlin")
    assert days == {
        dt.date(2025, 7, 2): {EventKind.DEADLINE},
        dt.date(2025, 7, 10): {EventKind.CALL},
    }
