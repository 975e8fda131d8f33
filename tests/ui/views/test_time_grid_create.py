"""Dragging on empty time in the week or day view marks out a new event, as in other
desktop calendars; a click does not."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.views.grid_geometry import HOUR_HEIGHT
from tests.ui.views.test_month_grid import drag
from tests.ui.views.view_helpers import make_window

UTC = ZoneInfo("UTC")


def _at(canvas, hours: float) -> QPoint:  # type: ignore[no-untyped-def]
    return QPoint(canvas.width() // 2, int(hours * HOUR_HEIGHT) + 2)


def test_a_drag_down_over_empty_time_offers_that_span(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "day")
    canvas = window.pane.grid_view.canvas
    with qtbot.waitSignal(window.pane.span_chosen) as blocker:
        drag(qtbot, canvas, _at(canvas, 14), _at(canvas, 16.5))
    start, end = blocker.args
    assert start == dt.datetime(2025, 7, 10, 14, 0, tzinfo=UTC)
    assert end == dt.datetime(2025, 7, 10, 16, 30, tzinfo=UTC)
    dialog = window.editor_at(start, end)
    qtbot.addWidget(dialog)
    assert dialog.start_time.time().toString("HH:mm") == "14:00"
    assert dialog.end_time.time().toString("HH:mm") == "16:30"
    assert dialog.end_date.date().day() == 10


def test_a_drag_up_gives_the_same_span_the_right_way_round(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context, "day")
    canvas = window.pane.grid_view.canvas
    with qtbot.waitSignal(window.pane.span_chosen) as blocker:
        drag(qtbot, canvas, _at(canvas, 11), _at(canvas, 9))
    start, end = blocker.args
    assert (start.hour, end.hour) == (9, 11)


def test_a_click_on_empty_time_marks_out_nothing(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "day")
    canvas = window.pane.grid_view.canvas
    with qtbot.assertNotEmitted(window.pane.span_chosen):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, 10))
    assert context.store.events.count() == 0
