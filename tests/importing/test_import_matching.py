"""Matching drafts to stored records: notes kept, zones ahead of UTC, edits and choices kept."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.importing import Choice, apply, build_plan, rebase, rematch
from diplomatic_calendar.store import Store

MEETING = (
    "Indonesian Trade Minister Budi Santoso met Australian Trade Minister Don Farrell in "
    "Canberra on Thursday to discuss beef quotas.\n"
)
PUBLISHED = dt.date(2025, 7, 10)  # a Thursday


def _stored(store: Store, day: dt.date, **fields: object) -> Event:
    start, end = all_day_span(day)
    return store.events.add(
        Event("Santoso meets Farrell", EventKind.MEETING, start, end, **fields)  # type: ignore[arg-type]
    )


def test_updating_a_stored_event_keeps_its_own_notes(store: Store) -> None:
    stored = _stored(store, PUBLISHED, notes="Briefing memo in the shared drive.")
    plan = build_plan(store, MEETING, PUBLISHED)
    for official in plan.officials:
        official.accepted = False
    (draft,) = plan.events
    assert (draft.match_id, draft.choice) == (stored.id, Choice.UPDATE)
    apply(store, plan)
    after = store.events.get(stored.id or 0)
    assert after is not None
    assert after.notes.startswith("Briefing memo in the shared drive.")


def test_the_same_article_twice_adds_a_morning_meeting_in_tokyo_once(store: Store) -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya will meet Chinese Foreign Minister Wang Yi in "
        "Tokyo at 8 a.m. local time on July 15.\n"
    )
    apply(store, build_plan(store, text, PUBLISHED))
    again = build_plan(store, text, PUBLISHED)
    assert [e.choice for e in again.events] == [Choice.SKIP]
    apply(store, again)
    found = store.events.between(dt.date(2025, 7, 13), dt.date(2025, 7, 17))
    assert len(found) == 1


def test_a_new_publication_date_keeps_a_re_dated_draft_off_the_record_it_left(
    store: Store,
) -> None:
    stored = _stored(store, PUBLISHED)
    plan = build_plan(store, MEETING, PUBLISHED)
    (draft,) = plan.events
    assert draft.match_id == stored.id
    draft.set_day(dt.date(2025, 7, 3))  # the user knows it was the Thursday before
    rematch(store, plan, draft)
    assert draft.match_id is None
    moved = rebase(store, plan, dt.date(2025, 7, 11))
    (carried,) = moved.events
    assert carried.first == dt.date(2025, 7, 3)
    assert (carried.match_id, carried.choice) == (None, Choice.ADD)


def test_an_edit_that_keeps_the_match_keeps_the_users_choice(store: Store) -> None:
    stored = _stored(store, PUBLISHED)
    plan = build_plan(store, MEETING, PUBLISHED)
    (draft,) = plan.events
    draft.choice = Choice.SKIP
    draft.edit("notes", "Checked with the embassy")
    rematch(store, plan, draft)
    assert (draft.match_id, draft.choice) == (stored.id, Choice.SKIP)


def test_a_rate_up_from_an_older_one_keeps_it_as_its_previous_rate(store: Store) -> None:
    text = (
        "The United States will raise its tariff on Malaysian goods to 25% from Aug. 1, up "
        "from 10%, the White House said on Thursday.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    replaced = [t for t in plan.tariffs if t.status.value == "superseded"]
    assert [t.accepted for t in replaced] == [False]  # offered, not ticked
    apply(store, plan)
    (action,) = store.tariffs.all()
    assert (action.rate_percent, action.previous_rate_percent) == (25.0, 10.0)
