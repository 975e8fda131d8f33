"""The event editor: the skipped hour, moving the first day, and an all-day event made timed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog
from diplomatic_calendar.ui.widgets import to_qdate


def _editor(qtbot: QtBot, event: Event | None = None) -> EventEditorDialog:
    dialog = EventEditorDialog([], "Europe/London", event=event, day=dt.date(2025, 3, 30))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Call with Brussels")
    return dialog


def test_a_time_the_clocks_skip_is_refused_with_the_time_to_use(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    dialog.start_time.setTime(QTime(1, 30))
    dialog.end_time.setTime(QTime(2, 30))
    dialog.accept()
    assert dialog.result_event() is None
    assert "01:30 does not exist on Sun 30 Mar 2025 in Europe/London" in dialog.error.text()
    assert "02:30" in dialog.error.text()
    dialog.start_time.setTime(QTime(2, 30))
    dialog.end_time.setTime(QTime(3, 15))
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.end > saved.start


def test_no_length_is_named_as_such(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    dialog.start_time.setTime(QTime(9, 0))
    dialog.end_time.setTime(QTime(9, 0))
    dialog.accept()
    assert "ends as it starts" in dialog.error.text()


def test_moving_the_first_day_moves_the_last(qtbot: QtBot) -> None:
    start = dt.datetime(2025, 7, 17, 9, tzinfo=dt.UTC)
    meeting = Event("Talks", EventKind.MEETING, start, start + dt.timedelta(hours=1), id=7)
    dialog = _editor(qtbot, meeting)
    dialog.start_date.setDate(QDate(2025, 7, 16))
    assert dialog.end_date.date() == QDate(2025, 7, 16)
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None
    assert (saved.start, saved.end) == (
        start - dt.timedelta(days=1),
        start - dt.timedelta(days=1) + dt.timedelta(hours=1),
    )


def test_an_all_day_event_made_timed_gets_an_hour(qtbot: QtBot) -> None:
    day = dt.date(2025, 7, 17)
    event = Event("Summit", EventKind.SUMMIT, day, day + dt.timedelta(days=1), id=8)
    dialog = _editor(qtbot, event)
    assert dialog.start_date.date() == to_qdate(day)
    dialog.all_day.setChecked(False)
    assert (dialog.start_time.time(), dialog.end_time.time()) == (QTime(9, 0), QTime(10, 0))
    dialog.accept()
    assert dialog.result_event() is not None
