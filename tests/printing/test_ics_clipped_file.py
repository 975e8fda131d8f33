"""A file cut short (a clipped attachment) imports its whole events and says it ends early."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.printing.ics_parse import parse
from diplomatic_calendar.store import Store

TODAY = dt.date(2026, 11, 28)
CUT_OFF = "the file ends in the middle of it, so it is not whole"
WHOLE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a@test\r\nSUMMARY:First\r\nDTSTART;VALUE=DATE:20261201\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@test\r\nSUMMARY:Second\r\nDTSTART;VALUE=DATE:20261202\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _titles(store: Store) -> list[str]:
    return sorted(e.title for e in store.events.every())


@pytest.mark.parametrize("cut", ["END:VCALENDAR\r\n", "CALENDAR\r\n", "VCALENDAR\r\n"])
def test_a_file_missing_only_its_last_line_imports_everything(store: Store, cut: str) -> None:
    report = import_calendar(store, WHOLE.removesuffix(cut).encode(), today=TODAY)
    assert _titles(store) == ["First", "Second"]
    assert report.ends_early and report.unreadable == []
    assert "the file ends early" in report.summary


@pytest.mark.parametrize("at", ["END:VEVENT\r\nEND:VCALENDAR", "NT\r\nEND:VCALENDAR", ":2026"])
def test_an_event_the_file_cuts_off_is_skipped_with_a_note(store: Store, at: str) -> None:
    clipped = WHOLE[: WHOLE.rindex(at)]
    report = import_calendar(store, clipped.encode(), today=TODAY)
    assert _titles(store) == ["First"]
    assert report.ends_early
    assert report.unreadable == [("Second", CUT_OFF)]


@pytest.mark.parametrize(
    "damaged",
    [
        WHOLE.replace("END:VEVENT\r\nBEGIN:VEVENT", "END:VTODO\r\nBEGIN:VEVENT", 1),
        WHOLE.replace("END:VCALENDAR", "END:VEVENT"),
        "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no calendar\r\n",
    ],
    ids=["mismatched-end", "wrong-last-end", "no-calendar-around"],
)
def test_anything_more_damaged_is_still_refused_and_changes_nothing(
    store: Store, damaged: str
) -> None:
    with pytest.raises(UserError, match=r"not a readable iCalendar file|not an iCalendar file"):
        import_calendar(store, damaged.encode(), today=TODAY)
    assert store.events.count() == 0


def test_parsing_a_whole_file_still_refuses_a_file_that_stops() -> None:
    with pytest.raises(UserError, match="never ends"):
        parse(WHOLE.removesuffix("END:VCALENDAR\r\n").encode())


def test_a_zone_definition_the_file_cuts_off_is_not_used(store: Store) -> None:
    clipped = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:c@test\r\nSUMMARY:Call\r\n"
        "DTSTART;TZID=Own:20261201T100000\r\nDTEND;TZID=Own:20261201T110000\r\nEND:VEVENT\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Own\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\n"
    )
    report = import_calendar(store, clipped.encode(), today=TODAY)
    assert report.ends_early and report.added == 0
    assert report.unreadable == [("Call", "its time zone 'Own' is unknown")]
