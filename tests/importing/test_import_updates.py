"""Updating a stored event from an article adds what the article knows and keeps what was kept."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Location,
    Official,
    OfficialRef,
)
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.importing import Choice, apply, build_plan
from diplomatic_calendar.store import Store

JULY_7 = dt.date(2025, 7, 7)
KL = ZoneInfo("Asia/Kuala_Lumpur")


def _people(store: Store) -> tuple[OfficialRef, ...]:
    ana = store.officials.add(Official("Ana Ruiz", "Foreign Minister", "CL"))
    karl = store.officials.add(Official("Karl Imhof", "Foreign Minister", "CH"))
    return tuple(OfficialRef(o.id or 0, o.name) for o in (ana, karl))


def _update(store: Store, text: str, published: dt.date) -> Event:
    plan = build_plan(store, text, published)
    (draft,) = plan.events
    assert draft.match_id is not None and draft.choice == Choice.UPDATE
    apply(store, plan)
    updated = store.events.get(draft.match_id)
    assert updated is not None
    return updated


def test_an_article_does_not_overwrite_the_stored_time_title_or_a_firmer_status(
    store: Store,
) -> None:
    start = dt.datetime(2025, 7, 7, 18, tzinfo=KL)
    stored = store.events.add(
        Event(
            "Ruiz–Imhof talks on the summit sidelines",
            EventKind.MEETING,
            start,
            start + dt.timedelta(minutes=50),
            status=EventStatus.TENTATIVE,
            location=Location("Kuala Lumpur", "MY"),
            participants=_people(store),
            notes="Bring the fisheries file.",
        )
    )
    updated = _update(
        store,
        "Chilean Foreign Minister Ana Ruiz will meet Swiss Foreign Minister Karl Imhof on "
        "Monday in Geneva, officials said.",
        dt.date(2025, 7, 4),
    )
    assert (updated.title, updated.start, updated.end) == (stored.title, stored.start, stored.end)
    assert updated.status == EventStatus.TENTATIVE  # 'will meet' is no firmer than tentative
    assert updated.location == Location("Kuala Lumpur", "MY")
    assert updated.notes.startswith("Bring the fisheries file.")
    assert updated.evidence is not None  # the article is linked as a source


def test_an_article_reports_a_meeting_held_and_gives_a_bare_day_its_time(store: Store) -> None:
    start, end = all_day_span(JULY_7)
    stored = store.events.add(
        Event("Ruiz meets Imhof", EventKind.MEETING, start, end, participants=_people(store))
    )
    updated = _update(
        store,
        "Chilean Foreign Minister Ana Ruiz met Swiss Foreign Minister Karl Imhof on Monday at "
        "3 p.m. local time in Geneva.",
        dt.date(2025, 7, 8),
    )
    assert updated.status == EventStatus.HELD
    assert updated.start == dt.datetime(2025, 7, 7, 15, tzinfo=ZoneInfo("Europe/Zurich"))
    assert updated.location == Location("Geneva", "CH")  # an empty place is filled
    assert updated.title == stored.title
