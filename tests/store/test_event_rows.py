"""Reading events back without re-checking them still gives exactly the events that were stored."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.model import Event, EventKind, EventStatus, Location
from diplomatic_calendar.domain.timing import local_datetime
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
