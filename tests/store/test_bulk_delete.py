"""delete_events: what delete() does to each event, done for all of them at once."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
)
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.store import Store
from diplomatic_calendar.store.bulk import delete_events

TABLES = {
    "events": "SELECT id, title, start_at FROM events ORDER BY id",
    "event_countries": "SELECT * FROM event_countries ORDER BY 1, 2",
    "event_participants": "SELECT * FROM event_participants ORDER BY 1, 2",
    "provenance": "SELECT record_type, record_id, sentence FROM provenance ORDER BY 1, 2",
    "change_log": "SELECT record_type, record_id, action, old_values, new_values, source_id "
    "FROM change_log ORDER BY id",
}


def _fill(store: Store) -> list[int]:
    envoy = store.officials.add(Official("Jamieson Greer", "Trade Representative", "US"))
    source = store.sources.add(Source("Greer met Tengku Zafrul in Kuala Lumpur on Thursday."))
    assert envoy.id is not None and source.id is not None
    drafts = []
    for n in range(30):
        start = local_datetime(dt.date(2025, 7, 1 + n % 28), dt.time(9 + n % 8), "Asia/Kathmandu")
        drafts.append(
            Event(
                title=f"Greer meets Zafrul round {n}",
                kind=EventKind.MEETING,
                start=start,
                end=start + dt.timedelta(hours=1),
                location=Location("Kuala Lumpur", "MY"),
                countries=("US", "MY"),
                participants=(OfficialRef(envoy.id, envoy.name),),
                notes=f"Reciprocal tariff talks, note {n}",
                evidence=Evidence(source.id, 0, 20, "Greer met Tengku Zafrul"),
            )
        )
        first, end = all_day_span(dt.date(2025, 8, 1 + n % 28))
        drafts.append(Event(f"Steel quota deadline {n}", EventKind.DEADLINE, first, end))
    return [e.id or 0 for e in store.events.add_many(drafts)]


@pytest.fixture
def twin() -> Iterator[Store]:
    """A second calendar, to do the same deletes one at a time."""
    opened = Store.memory()
    yield opened
    opened.close()


def _state(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {name: store.db.execute(sql).fetchall() for name, sql in TABLES.items()}


def test_deleting_many_leaves_what_deleting_each_leaves(store: Store, twin: Store) -> None:
    ids = _fill(store)
    assert _fill(twin) == ids
    going = [*ids[::3], 999_999]  # an id not stored is passed over
    gone = delete_events(store.db, going)
    for event_id in going:
        twin.events.delete(event_id)
    assert [e.id for e in gone] == sorted(ids[::3])
    assert _state(store) == _state(twin)
    assert _state(store)["change_log"][-1][2] == "delete"


def test_deleted_events_leave_the_search_index_and_the_others_stay_in_it(store: Store) -> None:
    ids = _fill(store)
    delete_events(store.db, ids[:40])
    store.db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    found = {e.id for e in store.events.search("zafrul")}
    assert found == {i for i in ids[40:] if store.events.get(i).kind == EventKind.MEETING}
    assert not {e.id for e in store.events.search("quota")} & set(ids[:40])
    # the index's delete trigger is back: a single delete still updates the index
    store.events.delete(ids[-2])
    store.db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")


def test_a_failed_bulk_delete_changes_nothing(store: Store) -> None:
    ids = _fill(store)
    before = _state(store)
    store.db.execute(
        "CREATE TRIGGER refuse AFTER DELETE ON events WHEN old.id = "
        f"{ids[5]} BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        delete_events(store.db, ids)
    assert _state(store) == before
    store.db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert "events_fts_delete" in names


def test_deleted_ids_are_not_given_out_again(store: Store) -> None:
    ids = _fill(store)
    delete_events(store.db, ids[-5:])
    first, end = all_day_span(dt.date(2025, 9, 1))
    assert (store.events.add(Event("Later", EventKind.DEADLINE, first, end)).id or 0) > ids[-1]
