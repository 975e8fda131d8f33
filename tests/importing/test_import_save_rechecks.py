"""Saving drafts looks them up again first: when the calendar changed under them (the same
article saved elsewhere, a backup restored, a record replaced) nothing is saved, and the drafts
show the calendar as it is now."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.importing import Choice, StaleDraftsError, apply, build_plan
from diplomatic_calendar.store import Store

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 7, 15)


def _counts(store: Store) -> tuple[int, int, int, int]:
    return (
        store.events.count(),
        len(store.officials.all()),
        len(store.tariffs.all()),
        len(store.sources.all()),
    )


def test_the_same_article_saved_meanwhile_is_not_added_twice(store: Store) -> None:
    open_here = build_plan(store, ARTICLE, PUBLISHED)
    apply(store, build_plan(store, ARTICLE, PUBLISHED))  # the command line, meanwhile
    after_first = _counts(store)
    with pytest.raises(StaleDraftsError, match="changed since these drafts were looked up"):
        apply(store, open_here)
    assert _counts(store) == after_first
    assert all(d.match_id is not None for d in open_here.drafts())
    assert all(d.choice == Choice.SKIP for d in open_here.drafts())
    result = apply(store, open_here)  # saved again, as the message says: nothing is doubled
    assert (result.added, result.updated) == ([], [])
    assert _counts(store) == after_first


def test_an_update_never_lands_on_a_record_put_where_its_match_was(store: Store) -> None:
    apply(store, build_plan(store, ARTICLE, PUBLISHED))
    retold = ARTICLE.replace("port investment", "harbour investment")
    plan = build_plan(store, retold, PUBLISHED)
    draft = plan.events[0]
    assert draft.choice == Choice.UPDATE and draft.match_id is not None
    matched = store.events.get(draft.match_id)
    assert matched is not None
    # Restored from a backup taken before the first import: the meeting is gone, and the id
    # it had now names a record of the user's own.
    store.events.delete(draft.match_id)
    own = dataclasses.replace(
        Event("My own meeting", EventKind.CALL, PUBLISHED, PUBLISHED + dt.timedelta(days=1)),
        id=draft.match_id,
    )
    store.db.execute("DELETE FROM retired_ids")  # a restored file has not seen the later ids
    store.events.add(own)
    stale_id = draft.match_id
    before = store.events.get(stale_id)
    with pytest.raises(StaleDraftsError):
        apply(store, plan)
    assert store.events.get(stale_id) == before  # the user's own record is untouched
    assert (draft.match_id, draft.choice) == (None, Choice.ADD)  # looked up again
