"""On a small screen the month keeps all seven days: docks give way, "+N more" shortens."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.views.month_view import MIN_DAY_WIDTH, more_text


def test_a_first_start_in_a_small_window_shows_the_whole_week(
    qtbot: QtBot, context: AppContext
) -> None:
    start, end = all_day_span(context.today())
    context.store.events.add(Event("Tariff talks", EventKind.MEETING, start, end))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(720, 540)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    qtbot.wait(100)  # the first start's dock widths are set once the window is shown
    month = window.pane.month_view
    dock = window.countries.deadlines_dock  # type: ignore[attr-defined]
    assert dock.width() < 440
    assert month.viewport().width() >= 7 * MIN_DAY_WIDTH
    header = month.horizontalHeader()
    last = header.sectionViewportPosition(6) + header.sectionSize(6)
    assert last <= month.viewport().width()


def test_a_narrow_day_says_how_many_more_without_the_word(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(qapp.font())
    assert more_text(4, metrics, 200) == "+4 more"
    assert more_text(4, metrics, metrics.horizontalAdvance("+4 mo")) == "+4"
