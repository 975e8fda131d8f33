"""Taking an .ics import back: what it added goes, what it changed or removed comes back."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.printing.ics import export_calendar, import_calendar, revert_import
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 7, 10)

OUTLOOK = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VEVENT\r
UID:weekly-1\r
SUMMARY:EU delegation weekly\r
DTSTART:20250707T090000Z\r
DTEND:20250707T100000Z\r
RRULE:FREQ=WEEKLY;COUNT=6\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:known-1\r
SUMMARY:Trade talks (moved)\r
DTSTART:20250715T130000Z\r
DTEND:20250715T140000Z\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:new-1\r
SUMMARY:Reception\r
DTSTART;VALUE=DATE:20250720\r
END:VEVENT\r
END:VCALENDAR\r
"""


def known_event(store: Store) -> Event:
    return store.events.add(
        Event(
            uid="known-1",
            title="Trade talks",
            kind=EventKind.MEETING,
            start=dt.datetime(2025, 7, 14, 13, tzinfo=dt.UTC),
            end=dt.datetime(2025, 7, 14, 14, tzinfo=dt.UTC),
            notes="Written here.",
        )
    )


def state(store: Store) -> tuple[object, ...]:
    return (
        sorted(store.events.every(), key=lambda e: e.id or 0),
        store.officials.all(),
        store.tariffs.all(),
        store.sources.all(),
    )


def test_taking_an_import_back_leaves_the_calendar_as_it_was(store: Store) -> None:
    known_event(store)
    before = state(store)
    report = import_calendar(store, OUTLOOK, today=TODAY)
    assert (report.added, report.updated) == (7, 1)
    revert_import(store, report)
    assert state(store) == before


def test_an_import_of_our_own_file_is_taken_back_with_its_officials_tariffs_and_sources(
    filled: Store,
) -> None:
    data = export_calendar(filled, filled.events.every())
    empty = Store.memory()
    before = state(empty)
    report = import_calendar(empty, data, today=TODAY)
    assert report.added and empty.officials.all() and empty.sources.all()
    revert_import(empty, report)
    assert state(empty) == before


def test_occurrences_an_import_retired_come_back_with_its_undo(store: Store) -> None:
    import_calendar(store, OUTLOOK, today=TODAY)
    shorter = OUTLOOK.replace(b"COUNT=6", b"COUNT=2")
    before = state(store)
    report = import_calendar(store, shorter, today=TODAY)
    assert report.removed == 4
    revert_import(store, report)
    assert state(store) == before


def test_an_event_deleted_since_the_import_does_not_stop_its_undo(store: Store) -> None:
    known = known_event(store)
    report = import_calendar(store, OUTLOOK, today=TODAY)
    assert known.id is not None
    store.events.delete(known.id)
    revert_import(store, report)
    assert store.events.count() == 0
