"""add_many: the same rows, links, history and search entries as add(), all or nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

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


def _events(store: Store) -> list[Event]:
    envoy = store.officials.add(Official("Jamieson Greer", "Trade Representative", "US"))
    source = store.sources.add(Source("Greer met Tengku Zafrul in Kuala Lumpur on Thursday."))
    assert envoy.id is not None and source.id is not None
    start = local_datetime(dt.date(2025, 7, 10), dt.time(18), "Asia/Kathmandu")
    first, end = all_day_span(dt.date(2025, 8, 1), dt.date(2025, 8, 3))
    return [
        Event(
            title="Greer meets Zafrul",
            kind=EventKind.MEETING,
            start=start,
            end=start + dt.timedelta(hours=1),
            location=Location("Kuala Lumpur", "MY"),
            countries=("US", "MY"),
            participants=(OfficialRef(envoy.id, envoy.name),),
            notes="Reciprocal tariff talks",
            evidence=Evidence(source.id, 0, 20, "Greer met Tengku Zafrul"),
        ),
        Event(title="Deadline for steel quotas", kind=EventKind.DEADLINE, start=first, end=end),
    ]


def test_add_many_stores_what_add_stores(store: Store) -> None:
    drafts = _events(store)
    stored = store.events.add_many(drafts)
    assert [e.title for e in stored] == [d.title for d in drafts]
    for event in stored:
        assert event.id is not None and event.uid
        assert store.events.get(event.id) == event
    assert stored[0].participants[0].name == "Jamieson Greer"
    assert stored[0].evidence is not None and stored[0].evidence.sentence.startswith("Greer")
    assert [c.action for c in store.history("event", stored[1].id or 0)] == ["insert"]


def test_add_many_rows_are_searchable_and_later_adds_still_are(store: Store) -> None:
    stored = store.events.add_many(_events(store))
    assert [e.id for e in store.events.search("zafrul")] == [stored[0].id]
    assert [e.id for e in store.events.search("quotas")] == [stored[1].id]
    start = local_datetime(dt.date(2025, 7, 11), dt.time(9), "UTC")
    later = store.events.add(
        Event(title="Call on semiconductors", kind=EventKind.CALL, start=start, end=start)
    )
    assert [e.id for e in store.events.search("semiconductors")] == [later.id]


def test_add_many_is_all_or_nothing(store: Store) -> None:
    drafts = _events(store)
    clash = drafts[1].with_changes(uid="same@example.org")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.events.add_many([clash, clash])
    assert store.events.count() == 0
    assert store.events.search("quotas") == []
    store.events.add(drafts[1])
    assert [e.title for e in store.events.search("quotas")] == [drafts[1].title]
