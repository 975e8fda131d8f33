"""An all-day event whose DTEND is its DTSTART (as Outlook writes one day) is a one-day event."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.store import Store

SAME_DAY = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VEVENT\r
UID:edge-same-date\r
SUMMARY:All-day with DTEND equal to DTSTART\r
DTSTART;VALUE=DATE:20261218\r
DTEND;VALUE=DATE:20261218\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_all_day_event_ending_on_its_start_day_is_imported_as_that_one_day(
    store: Store,
) -> None:
    report = import_calendar(store, SAME_DAY, today=dt.date(2026, 11, 28))
    assert (report.added, report.unreadable) == (1, [])
    event = store.events.get_by_uid("edge-same-date")
    assert event is not None
    assert (event.start, event.end) == (dt.date(2026, 12, 18), dt.date(2026, 12, 19))


def test_an_all_day_event_ending_before_it_starts_is_still_refused(store: Store) -> None:
    backwards = SAME_DAY.replace(b"DTEND;VALUE=DATE:20261218", b"DTEND;VALUE=DATE:20261217")
    report = import_calendar(store, backwards, today=dt.date(2026, 11, 28))
    assert report.added == 0 and len(report.unreadable) == 1
