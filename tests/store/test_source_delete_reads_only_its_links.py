"""Deleting an article reads only the rows that cite it, however long the change log is."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind, Source
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store


def _steps_to_delete_a_source(store: Store, logged: int) -> int:
    first, end = all_day_span(dt.date(2025, 8, 1))
    store.events.add_many(Event(f"Talks {n}", EventKind.MEETING, first, end) for n in range(logged))
    source = store.sources.add(Source(f"An article among {logged} changes."))
    assert source.id is not None
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.db.conn.set_progress_handler(count, 100)
    try:
        store.sources.delete(source.id)
    finally:
        store.db.conn.set_progress_handler(None, 100)
    return steps[0]


def test_the_work_does_not_grow_with_the_change_log(store: Store) -> None:
    small = _steps_to_delete_a_source(store, 10)
    large = _steps_to_delete_a_source(store, 20_000)
    assert large <= small + 5
