"""Dragging in the time grid: the part of an event cut at midnight, and the skipped hour."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import elapsed
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.views.grid_geometry import HOUR_HEIGHT
from tests.ui.views.view_helpers import make_window


def _y(hour: int, minute: int = 0) -> int:
    return int((hour * 60 + minute) / 60 * HOUR_HEIGHT)


def _drag(qtbot: QtBot, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for point in (start + QPoint(0, 8), (start + end) / 2, end):
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_resizing_the_part_cut_at_midnight_ends_the_event_there(
    qtbot: QtBot, context: AppContext
) -> None:
    start = dt.datetime(2025, 7, 15, 23, tzinfo=dt.UTC)
    call = context.store.events.add(
        Event("Late call", EventKind.CALL, start, start + dt.timedelta(hours=2))
    )
    window = make_window(qtbot, context, "week")
    window.go_to(dt.date(2025, 7, 15))
    canvas = window.pane.grid_view.canvas
    first = min((rect for rect, _event in canvas.event_rects()), key=lambda r: r.left())
    _drag(
        qtbot,
        canvas,
        QPoint(first.center().x(), first.bottom() - 2),
        QPoint(first.center().x(), _y(23, 30) + 2),
    )
    stored = context.store.events.get(call.id or 0)
    assert stored is not None
    assert (stored.start, stored.end) == (start, start + dt.timedelta(minutes=30))


def test_a_meeting_dropped_in_the_skipped_hour_keeps_its_length(
    qtbot: QtBot, context: AppContext
) -> None:
    london = ZoneInfo("Europe/London")
    context.settings.setValue("home_zone", "Europe/London")
    start = dt.datetime(2025, 3, 30, 9, tzinfo=london)
    meeting = context.store.events.add(
        Event("Trade talks", EventKind.MEETING, start, start + dt.timedelta(hours=1))
    )
    window = make_window(qtbot, context, "day")
    window.go_to(dt.date(2025, 3, 30))
    canvas = window.pane.grid_view.canvas
    (rect,) = [r for r, e in canvas.event_rects() if e.id == meeting.id]
    grab = QPoint(rect.center().x(), rect.top() + 4)
    _drag(qtbot, canvas, grab, QPoint(grab.x(), _y(1, 15) + 4))  # 01:15 does not exist there
    stored = context.store.events.get(meeting.id or 0)
    assert stored is not None
    assert isinstance(stored.start, dt.datetime) and isinstance(stored.end, dt.datetime)
    assert elapsed(stored.start, stored.end) == dt.timedelta(hours=1)
    assert stored.start.astimezone(london).hour == 2  # 01:15 GMT is 02:15 BST
