"""The event editor keeps an event's length when its start moves, reads an end earlier than the
start as the next morning, and saves a moment (an invitation with no end, a deadline) as one."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog

DAY = dt.date(2026, 12, 10)
BERLIN = ZoneInfo("Europe/Berlin")


def _editor(qtbot: QtBot, event: Event | None = None) -> EventEditorDialog:
    dialog = EventEditorDialog([], "Europe/Berlin", event=event, day=DAY)
    qtbot.addWidget(dialog)
    if event is None:
        dialog.title_edit.setText("Dinner with the ambassador")
    return dialog


def test_a_later_start_moves_the_end_with_it(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    assert (dialog.start_time.time(), dialog.end_time.time()) == (QTime(9, 0), QTime(10, 0))
    dialog.start_time.setTime(QTime(14, 0))
    assert dialog.end_time.time() == QTime(15, 0)
    dialog.start_time.setTime(QTime(23, 30))
    assert (dialog.end_date.date(), dialog.end_time.time()) == (QDate(2026, 12, 11), QTime(0, 30))
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.end - saved.start == dt.timedelta(hours=1)


def test_an_end_before_the_start_is_the_next_morning(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    dialog.start_time.setTime(QTime(22, 0))
    dialog.end_time.setTime(QTime(2, 0))
    assert dialog.end_date.date() == QDate(2026, 12, 11)
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None
    assert saved.end == dt.datetime(2026, 12, 11, 2, 0, tzinfo=BERLIN)
    dialog.end_time.setTime(QTime(23, 30))  # changed their mind: the same evening after all
    assert dialog.end_date.date() == QDate(2026, 12, 10)


def test_an_event_saved_with_no_end_can_be_edited_and_saved_as_it_is(qtbot: QtBot) -> None:
    start = dt.datetime(2026, 12, 16, 9, 0, tzinfo=BERLIN)
    stored = Event("Flag ceremony", EventKind.MEETING, start, start)
    dialog = _editor(qtbot, stored)
    dialog.notes.setPlainText("Bring the new flag")
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.start == saved.end == start
    assert saved.notes == "Bring the new flag"


def test_a_deadline_may_be_a_moment_but_a_new_meeting_needs_an_end(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    dialog.end_time.setTime(QTime(9, 0))
    dialog.accept()
    assert dialog.result_event() is None and "give it an end time" in dialog.error.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.DEADLINE))
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.start == saved.end


def test_a_new_deadline_is_a_moment_from_the_start(qtbot: QtBot) -> None:
    dialog = _editor(qtbot)
    dialog.start_time.setTime(QTime(23, 30))
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.DEADLINE))
    assert (dialog.end_date.date(), dialog.end_time.time()) == (QDate(2026, 12, 10), QTime(23, 30))
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.start == saved.end
