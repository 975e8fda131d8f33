"""Taking back an .ics import is refused, changing nothing, when an event it wrote was changed
after it (a later import of a newer file, an edit): that later change would be lost."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing.ics import import_calendar, revert_import
from diplomatic_calendar.store import Store

FILE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:one@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261210T090000Z\r\n"
    b"DTEND:20261210T100000Z\r\nSUMMARY:One week\r\nEND:VEVENT\r\n"
    b"BEGIN:VEVENT\r\nUID:two@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261211T090000Z\r\n"
    b"DTEND:20261211T100000Z\r\nSUMMARY:Two weeks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
TODAY = dt.date(2026, 11, 28)


def test_a_later_change_blocks_the_undo_and_nothing_moves(store: Store) -> None:
    report = import_calendar(store, FILE, home_zone="UTC", today=TODAY)
    (one,) = store.events.search("One week")
    store.events.update(one.with_changes(title="One week (moved to 11 Dec)"))
    with pytest.raises(UserError, match="was changed after this import"):
        revert_import(store, report)
    titles = sorted(e.title for e in store.events.search("week*"))
    assert titles == ["One week (moved to 11 Dec)", "Two weeks"]


def test_an_import_nothing_touched_since_is_taken_back(store: Store) -> None:
    report = import_calendar(store, FILE, home_zone="UTC", today=TODAY)
    revert_import(store, report)
    assert store.events.count() == 0
