"""An .ics file opened from the desktop (double-click, `diplomatic-calendar FILE.ics`) is one
step of Edit › Undo, as File › Import is; a one-page printout says "1 page"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features import desktop
from diplomatic_calendar.ui.features.printing import pages_text
from tests.ui.test_main_window import make_window

INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:one@test\r\nDTSTAMP:20250701T000000Z\r\nDTSTART:20250715T090000Z\r\n"
    "DTEND:20250715T100000Z\r\nSUMMARY:Trade talks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_opened_calendar_file_can_be_undone_and_redone(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE, encoding="utf-8")
    window = make_window(qtbot, context)
    assert desktop.open_calendar_file(window, path)
    july = (dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert [e.title for e in context.store.events.between(*july)] == ["Trade talks"]
    assert context.undo_stack.undoText() == "Import invite.ics"
    context.undo_stack.undo()
    assert context.store.events.between(*july) == []
    context.undo_stack.redo()
    assert [e.title for e in context.store.events.between(*july)] == ["Trade talks"]


def test_page_counts_read_as_words() -> None:
    assert (pages_text(1), pages_text(2)) == ("1 page", "2 pages")
