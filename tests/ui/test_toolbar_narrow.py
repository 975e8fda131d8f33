"""In a narrow window filter and search move to a row of their own rather than slipping behind
the toolbar's "»", where the search box could not be seen or typed into."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from tests.ui.test_main_window import make_window


def test_search_stays_in_sight_in_a_narrow_window_and_rejoins_in_a_wide_one(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    second = window.filter_toolbar  # type: ignore[attr-defined]
    search = window.search_box  # type: ignore[attr-defined]
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.toolBarBreak(second))
    qtbot.waitUntil(search.isVisible)
    assert search.visibleRegion().boundingRect().width() >= 150  # whole, not behind "»"
    window.resize(1700, 900)
    qtbot.waitUntil(lambda: not window.toolBarBreak(second))
    assert search.isVisible()
    qtbot.waitUntil(lambda: second.y() == window.navigation_bar.y())  # one row again
