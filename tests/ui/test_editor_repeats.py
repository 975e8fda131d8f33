"""A new event can repeat: its copies are added as one step of Edit › Undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog
from diplomatic_calendar.ui.main_window import MainWindow
from tests.ui.test_main_window import make_window

DAY = dt.date(2025, 7, 14)  # a Monday


def _weekly(dialog: EventEditorDialog) -> None:
    dialog.title_edit.setText("Weekly coordination call")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    assert dialog.repeat_until.isEnabled()
    dialog.repeat_until.setDate(QDate(2025, 8, 4))


def test_a_weekly_event_is_four_events_and_one_undo_step(
    qtbot: QtBot, context: AppContext, monkeypatch: object
) -> None:
    window = make_window(qtbot, context)
    dialog = window._editor(day=DAY)
    qtbot.addWidget(dialog)
    _weekly(dialog)
    dialog.accept()
    events = dialog.result_events()
    assert [e.first_day.day for e in events] == [14, 21, 28, 4]
    monkeypatch.setattr(EventEditorDialog, "exec", lambda self: 1)  # type: ignore[attr-defined]
    monkeypatch.setattr(  # type: ignore[attr-defined]
        EventEditorDialog, "result_events", lambda self: events
    )
    MainWindow._run_new(window, dialog)
    assert len(context.store.events.search("coordination")) == 4
    assert context.undo_stack.undoText() == "Add “Weekly coordination call” (4 times)"
    context.undo_stack.undo()
    assert context.store.events.search("coordination") == []
    context.undo_stack.redo()
    assert len(context.store.events.search("coordination")) == 4


def test_a_stored_event_is_edited_alone_with_no_repeat_row(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    new = window._editor(day=DAY)
    qtbot.addWidget(new)
    new.title_edit.setText("Talks")
    new.accept()
    (event,) = new.result_events()
    stored = context.store.events.add(event)
    editing = window._editor(event=stored)
    qtbot.addWidget(editing)
    assert not editing.repeat.isVisible() and editing.repeat.parent() is None
