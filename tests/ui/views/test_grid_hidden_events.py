"""The day and week views, opened at the working day, mark the events scrolled out of sight
above and below, and a click on a mark scrolls to them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.views.grid_geometry import HOUR_HEIGHT
from tests.ui.views.view_helpers import make_window, timed

DAY = dt.date(2025, 7, 11)  # a Friday


def test_a_night_call_is_marked_above_and_a_click_scrolls_to_it(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(timed("Call with Tokyo", DAY, 1))
    context.store.events.add(timed("Late vote in Washington", DAY, 23))
    window = make_window(qtbot, context, "day")
    window.resize(1000, 520)  # a laptop's window: the hours do not all fit
    window.go_to(DAY)
    grid = window.pane.grid_view
    qtbot.waitUntil(lambda: grid.scroll_area.viewport().height() < 12 * HOUR_HEIGHT)
    grid.scroll_to_working_hours()
    canvas = grid.canvas
    bar = grid.scroll_area.verticalScrollBar()
    assert bar.value() >= 7 * HOUR_HEIGHT  # opened at the working day
    canvas.repaint()
    marks = canvas.hidden_marks()
    texts = sorted(text for _rect, text, _target in marks)
    assert texts == ["▲ 1 earlier", "▼ 1 later"]
    (above,) = [rect for rect, text, _target in marks if text.startswith("▲")]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=above.center())
    assert bar.value() <= 1 * HOUR_HEIGHT
    canvas.repaint()
    assert [text for _rect, text, _target in canvas.hidden_marks()] == ["▼ 1 later"]


def test_a_day_with_everything_in_sight_has_no_marks(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("Morning talks", DAY, 10))
    window = make_window(qtbot, context, "day")
    window.go_to(DAY)
    window.pane.grid_view.canvas.repaint()
    assert window.pane.grid_view.canvas.hidden_marks() == []


def test_an_event_begun_above_the_view_is_drawn_from_its_top_with_its_title() -> None:
    from PySide6.QtCore import QRect

    from diplomatic_calendar.ui.views.time_grid_view import chip_in_view

    visible = QRect(0, 8 * HOUR_HEIGHT, 800, 6 * HOUR_HEIGHT)
    begun_before = QRect(60, 7 * HOUR_HEIGHT, 100, 2 * HOUR_HEIGHT)  # 07:00 to 09:00
    drawn = chip_in_view(begun_before, visible)
    assert (drawn.top(), drawn.bottom()) == (visible.top(), begun_before.bottom())
    inside = QRect(60, 10 * HOUR_HEIGHT, 100, HOUR_HEIGHT)
    assert chip_in_view(inside, visible) == inside
