"""Events in the store: round trips, range queries in a home zone, links, search, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
)
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.store import Store


def timed(title: str, day: dt.date, hour: int, zone: str, **kw: object) -> Event:
    start = local_datetime(day, dt.time(hour), zone)
    return Event(
        title=title, kind=EventKind.MEETING, start=start, end=start + dt.timedelta(hours=1), **kw
    )  # type: ignore[arg-type]


def all_day(title: str, first: dt.date, last: dt.date | None = None, **kw: object) -> Event:
    start, end = all_day_span(first, last)
    return Event(title=title, kind=EventKind.DEADLINE, start=start, end=end, **kw)  # type: ignore[arg-type]


def test_round_trip_keeps_every_field(store: Store) -> None:
    rubio = store.officials.add(Official("Marco Rubio", "Secretary of State", "US"))
    assert rubio.id is not None
    event = timed(
        "Rubio meets Lavrov",
        dt.date(2025, 7, 10),
        18,
        "Asia/Kuala_Lumpur",
        location=Location("Kuala Lumpur", "MY"),
        countries=("US", "RU"),
        participants=(OfficialRef(rubio.id, rubio.name),),
        status=EventStatus.HELD,
        notes="First meeting since February",
        tags=("asean",),
    )
    stored = store.events.add(event)
    assert stored.id is not None and stored.uid
    again = store.events.get(stored.id)
    assert again == stored
    assert again.start.utcoffset() == dt.timedelta(hours=8)


def test_range_query_uses_home_zone_days(store: Store) -> None:
    # 23:30 in New York on 9 July is 05:30 on 10 July in Berlin.
    store.events.add(timed("Late call", dt.date(2025, 7, 9), 23, "America/New_York"))
    in_berlin = store.events.between(dt.date(2025, 7, 10), dt.date(2025, 7, 11), "Europe/Berlin")
    in_new_york = store.events.between(
        dt.date(2025, 7, 10), dt.date(2025, 7, 11), "America/New_York"
    )
    assert [e.title for e in in_berlin] == ["Late call"]
    assert in_new_york == []


def test_all_day_events_overlap_by_date_with_exclusive_end(store: Store) -> None:
    store.events.add(all_day("Summit", dt.date(2025, 7, 8), dt.date(2025, 7, 11)))
    assert store.events.between(dt.date(2025, 7, 11), dt.date(2025, 7, 12))
    assert not store.events.between(dt.date(2025, 7, 12), dt.date(2025, 7, 13))
    assert not store.events.between(dt.date(2025, 7, 1), dt.date(2025, 7, 8))


def test_long_event_started_long_before_the_range_is_found(store: Store) -> None:
    store.events.add(all_day("Negotiating round", dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    store.events.add(all_day("Short", dt.date(2025, 3, 1)))
    found = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert [e.title for e in found] == ["Negotiating round"]


def test_range_query_uses_an_index(store: Store) -> None:
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE all_day = 0 AND start_at >= ? "
        "AND start_at < ? AND end_at > ?",
        ("a", "b", "c"),
    ).fetchall()
    assert any("events_range" in str(row) for row in plan)


def test_filter_by_bloc_and_kind(store: Store) -> None:
    store.events.add(timed("MY talks", dt.date(2025, 7, 10), 9, "UTC", countries=("MY",)))
    store.events.add(timed("FR talks", dt.date(2025, 7, 10), 10, "UTC", countries=("FR",)))
    asean = store.events.between(
        dt.date(2025, 7, 10), dt.date(2025, 7, 11), "UTC", EventFilter.for_bloc("ASEAN")
    )
    assert [e.title for e in asean] == ["MY talks"]
    calls = store.events.between(
        dt.date(2025, 7, 10),
        dt.date(2025, 7, 11),
        "UTC",
        EventFilter(kinds=frozenset({EventKind.CALL})),
    )
    assert calls == []


def test_update_delete_and_restore_keep_identity(store: Store) -> None:
    stored = store.events.add(all_day("Deadline", dt.date(2025, 8, 1)))
    assert stored.id is not None
    moved = store.events.update(stored.moved_to(dt.date(2025, 8, 7)))
    assert store.events.get(stored.id).first_day == dt.date(2025, 8, 7)
    deleted = store.events.delete(stored.id)
    assert deleted == moved
    assert store.events.get(stored.id) is None
    store.events.add(deleted)
    assert store.events.get(stored.id) == moved
    actions = [c.action for c in store.history("event", stored.id)]
    assert actions == ["insert", "update", "delete", "insert"]
    update = store.history("event", stored.id)[1]
    assert "start_at" in update.changed_fields()


def test_full_text_search_treats_punctuation_as_data(store: Store) -> None:
    store.events.add(all_day("Tariff talks with Malaysia", dt.date(2025, 7, 1)))
    store.events.add(all_day("Robert'); DROP TABLE events;--", dt.date(2025, 7, 2)))
    assert [e.title for e in store.events.search("malay")] == ["Tariff talks with Malaysia"]
    assert len(store.events.search("DROP TABLE")) == 1
    assert store.events.search('"*()') == []
    assert store.events.count() == 2


def test_failed_write_leaves_nothing_behind(store: Store) -> None:
    def save_then_fail() -> None:
        with store.transaction():
            store.events.add(all_day("Half saved", dt.date(2025, 7, 1)))
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        save_then_fail()
    assert store.events.count() == 0


def test_provenance_is_kept_and_shown(store: Store) -> None:
    text = "Officials met on Thursday. Nothing else happened."
    source = store.sources.add(Source(text, outlet="Wire", published=dt.date(2025, 7, 10)))
    assert source.id is not None
    event = all_day(
        "Officials met", dt.date(2025, 7, 10), evidence=Evidence(source.id, 0, 26, text[0:26])
    )
    stored = store.events.add(event)
    assert stored.id is not None
    assert store.events.get(stored.id).evidence == Evidence(source.id, 0, 26, text[0:26])
    [(found, sentence)] = store.sources.evidence_of("event", stored.id)
    assert found.citation == "Wire, 10 July 2025"
    assert sentence == "Officials met on Thursday."
    # The same article again is the same source.
    assert store.sources.add(Source(text + "  ")).id == source.id


def test_on_disk_store_survives_reopen(db_path: Path) -> None:
    store = Store.open(db_path)
    store.events.add(all_day("Kept", dt.date(2025, 7, 1)))
    store.close()
    reopened = Store.open(db_path)
    assert [e.title for e in reopened.events.between(dt.date(2025, 7, 1), dt.date(2025, 7, 2))] == [
        "Kept"
    ]
    reopened.close()


def test_an_event_spanning_centuries_does_not_break_the_views(store: Store) -> None:
    store.events.add(
        Event("Standing treaty", EventKind.OTHER, dt.date(2025, 1, 1), dt.date(4100, 1, 1))
    )
    start = local_datetime(dt.date(2025, 1, 1), dt.time(9), "Europe/Berlin")
    store.events.add(Event("Endless talks", EventKind.MEETING, start, start.replace(year=4100)))
    store.events.add(timed("Ordinary", dt.date(2026, 1, 5), 10, "Europe/Berlin"))
    found = store.events.between(dt.date(2026, 1, 1), dt.date(2026, 2, 1), "Europe/Berlin")
    assert {e.title for e in found} == {"Standing treaty", "Endless talks", "Ordinary"}


def test_years_before_1000_keep_their_place_in_time_order(store: Store) -> None:
    store.events.add(timed("Early", dt.date(999, 3, 1), 9, "UTC"))
    store.events.add(timed("Later", dt.date(1999, 3, 1), 9, "UTC"))
    (early,) = store.events.between(dt.date(999, 3, 1), dt.date(999, 3, 2), "UTC")
    assert early.title == "Early" and early.start == local_datetime(
        dt.date(999, 3, 1), dt.time(9), "UTC"
    )
    both = store.events.between(dt.date(900, 1, 1), dt.date(2000, 1, 1), "UTC")
    assert [e.title for e in both] == ["Early", "Later"]
