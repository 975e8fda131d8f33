"""Other programs' tasks are counted in the import's summary; an empty file says it is empty."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.printing.ics_read import report_json
from diplomatic_calendar.store import Store

TODAY = dt.date(2026, 11, 28)
THUNDERBIRD_TASKS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r
BEGIN:VTODO\r
UID:todo-1\r
SUMMARY:Send note verbale to MFA\r
DUE;VALUE=DATE:20261204\r
END:VTODO\r
BEGIN:VTODO\r
UID:todo-2\r
SUMMARY:Book the interpreter\r
END:VTODO\r
BEGIN:VEVENT\r
UID:ev-1\r
SUMMARY:Reception\r
DTSTART;VALUE=DATE:20261210\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_the_summary_says_how_many_tasks_were_left_out_and_why(store: Store) -> None:
    report = import_calendar(store, THUNDERBIRD_TASKS, today=TODAY)
    assert report.added == 1 and report.tasks_skipped == 2
    assert "2 tasks left out (to-dos are not events)" in report.summary
    assert json.loads(report_json(report))["tasks_skipped"] == 2


@pytest.mark.parametrize("data", [b"", b"\r\n  \n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_said_to_be_empty_and_changes_nothing(store: Store, data: bytes) -> None:
    with pytest.raises(UserError, match="the file is empty"):
        import_calendar(store, data, today=TODAY)
    assert store.events.count() == 0
