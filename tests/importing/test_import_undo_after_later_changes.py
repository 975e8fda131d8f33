"""Undoing an import is refused, changing nothing, when records it wrote were changed after it
by something else (another import, an edit, the command line): the later change would be lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.model import EventStatus
from diplomatic_calendar.importing import apply, build_plan, revert
from diplomatic_calendar.importing.apply import ChangedSinceError
from diplomatic_calendar.store import Store

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 7, 15)


def test_a_later_change_to_an_imported_record_blocks_the_undo(store: Store) -> None:
    result = apply(store, build_plan(store, ARTICLE, PUBLISHED))
    (_kind, event_id) = next(pair for pair in result.added if pair[0] == "event")
    event = store.events.get(event_id)
    assert event is not None
    store.events.update(event.with_changes(status=EventStatus.HELD))  # later, elsewhere
    counts = (store.events.count(), len(store.officials.all()), len(store.sources.all()))
    with pytest.raises(ChangedSinceError, match="was changed after this import"):
        revert(store, result)
    assert (store.events.count(), len(store.officials.all()), len(store.sources.all())) == counts
    kept = store.events.get(event_id)
    assert kept is not None and kept.status is EventStatus.HELD


def test_an_import_nothing_touched_since_is_undone_whole(store: Store) -> None:
    result = apply(store, build_plan(store, ARTICLE, PUBLISHED))
    revert(store, result)
    assert (store.events.count(), len(store.officials.all()), len(store.sources.all())) == (0, 0, 0)
