"""Weeks that start on Sunday: the work week inside the week shown, numbered like the grid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from tests.ui.views.view_helpers import make_window


def test_the_work_week_lies_inside_the_week_shown(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue("first_weekday", 6)
    window = make_window(qtbot, context, "week")
    window.go_to(dt.date(2025, 7, 13))  # a Sunday
    week = window.pane.grid_model.days
    assert (week[0], week[-1]) == (dt.date(2025, 7, 13), dt.date(2025, 7, 19))
    assert window.pane.period_text().endswith("W29")
    window.pane.set_view("work_week")
    work = window.pane.grid_model.days
    assert (work[0], work[-1]) == (dt.date(2025, 7, 14), dt.date(2025, 7, 18))
    window.pane.set_view("month")
    row = window.month_model.index_of(dt.date(2025, 7, 13)).row()
    assert window.month_model.headerData(row, Qt.Orientation.Vertical) == "W29"


def test_monday_weeks_are_numbered_as_before(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "work_week")
    window.go_to(dt.date(2025, 7, 13))
    assert window.pane.grid_model.days[0] == dt.date(2025, 7, 7)
    assert window.pane.period_text().endswith("W28")
