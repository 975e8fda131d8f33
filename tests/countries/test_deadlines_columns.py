"""The deadlines list shows what each deadline is within a narrow dock's width."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.panels.deadlines_panel import DeadlinesPanel


def test_the_title_is_the_second_column_and_in_view_at_dock_width(
    qtbot: QtBot, context: AppContext
) -> None:
    start, end = all_day_span(context.today() + dt.timedelta(days=3))
    title = "Public comment period closes on the steel safeguard review"
    context.store.events.add(Event(title, EventKind.DEADLINE, start, end))
    panel = DeadlinesPanel(context)
    qtbot.addWidget(panel)
    panel.resize(440, 400)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Date", "Deadline", "Countdown"]
    cell = panel.table.visualRect(model.index(0, 1))
    assert panel.table.viewport().rect().contains(cell)
    assert model.index(0, 1).data() == title
    assert title in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
