"""The sample calendar is offered only to an empty calendar, where it mixes with nothing of the
user's own (it is not one undoable step, so it must not land among real records)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.context import AppContext
from tests.ui.test_main_window import make_window

DAY = dt.date(2025, 7, 15)


def test_load_sample_is_offered_only_while_the_calendar_is_empty(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    sample = window.actions_by_key["load_sample"]
    assert sample.isEnabled()
    window.save_new(Event("My own meeting", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    assert not sample.isEnabled()
    context.undo_stack.undo()
    assert context.store.events.count() == 0 and sample.isEnabled()


def test_the_sample_is_one_step_that_undo_takes_away_whole(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    store = context.store
    window.actions_by_key["load_sample"].trigger()
    loaded = (store.events.count(), len(store.officials.all()), len(store.tariffs.all()))
    assert all(loaded)
    assert context.undo_stack.undoText() == "Load the sample calendar"
    context.undo_stack.undo()
    assert (store.events.count(), len(store.officials.all()), len(store.tariffs.all())) == (0, 0, 0)
    context.undo_stack.redo()
    assert store.events.count() == loaded[0]
