"""Enter, Delete, T and the page keys act on the calendar only, and only on the event chosen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.models.month_model import DateRole


def _meeting(context: AppContext, title: str, day: dt.date) -> Event:
    start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
    return context.store.events.add(
        Event(title, EventKind.MEETING, start, start + dt.timedelta(hours=1), countries=("MY",))
    )


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _titles(context: AppContext) -> list[str]:
    found = context.store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    return sorted(e.title for e in found)


def test_the_calendar_has_the_keys_from_the_start(qtbot: QtBot, context: AppContext) -> None:
    _meeting(context, "Talks", dt.date(2025, 7, 15))
    window = _window(qtbot, context)
    assert window.month_view.hasFocus()
    assert window.month_view.currentIndex().data(DateRole) == context.today()
    qtbot.keyClick(window.month_view, Qt.Key.Key_Right)  # on from today, not the first cell
    assert window.pane.anchor == context.today() + dt.timedelta(days=1)
    window.step(2)
    qtbot.keyClick(window.month_view, Qt.Key.Key_T)
    assert window.pane.anchor == context.today()


def test_moving_to_another_day_leaves_the_clicked_event_behind(
    qtbot: QtBot, context: AppContext
) -> None:
    clicked = _meeting(context, "Talks on the 15th", dt.date(2025, 7, 15))
    _meeting(context, "Call on the 17th", dt.date(2025, 7, 17))
    window = _window(qtbot, context)
    view = window.month_view
    where = view.position_of(clicked, dt.date(2025, 7, 15))
    assert where is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.selected_event() == clicked
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().data(DateRole) == dt.date(2025, 7, 17)
    assert view.selected_event() is None
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _titles(context) == ["Call on the 17th", "Talks on the 15th"]  # nothing chosen, kept


def test_delete_with_nothing_chosen_deletes_nothing(qtbot: QtBot, context: AppContext) -> None:
    _meeting(context, "Talks today", context.today())
    window = _window(qtbot, context)
    qtbot.keyClick(window.month_view, Qt.Key.Key_Delete)
    assert _titles(context) == ["Talks today"]


def test_delete_in_a_dock_does_not_reach_the_calendar(qtbot: QtBot, context: AppContext) -> None:
    event = _meeting(context, "Talks", dt.date(2025, 7, 15))
    window = _window(qtbot, context)
    assert window.month_view.choose_event(event.id or 0)
    table = window.countries.deadlines_panel.table  # type: ignore[attr-defined]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _titles(context) == ["Talks"]
    window.month_view.setFocus()
    qtbot.keyClick(window.month_view, Qt.Key.Key_Delete)
    assert _titles(context) == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # the results popup, offscreen
def test_enter_in_the_search_box_searches(qtbot: QtBot, context: AppContext) -> None:
    event = _meeting(context, "Geneva talks", dt.date(2025, 7, 15))
    window = _window(qtbot, context)
    assert window.month_view.choose_event(event.id or 0)
    edited: list[bool] = []
    window.actions_by_key["edit_event"].triggered.connect(lambda: edited.append(True))
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "Geneva")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert edited == []
    assert box.results.isVisible()


def test_typing_t_in_a_list_finds_a_country_instead_of_going_to_today(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    window.step(3)
    anchor = window.pane.anchor
    combo: QComboBox = window.filter_bar.place  # type: ignore[attr-defined]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_T)
    assert window.pane.anchor == anchor
    assert combo.currentText().startswith("T")


def test_the_country_key_follows_the_view_shown(qtbot: QtBot, context: AppContext) -> None:
    in_month = _meeting(context, "Talks in Kuala Lumpur", dt.date(2025, 7, 15))
    start = dt.datetime(2025, 7, 16, 9, tzinfo=dt.UTC)
    in_week = context.store.events.add(
        Event(
            "Talks in Lima",
            EventKind.MEETING,
            start,
            start + dt.timedelta(hours=1),
            countries=("PE",),
        )
    )
    window = _window(qtbot, context)
    assert window.month_view.choose_event(in_month.id or 0)
    window.go_to(dt.date(2025, 7, 16))
    window.pane.set_view("week")
    assert window.pane.grid_view.choose_event(in_week.id or 0)
    window.actions_by_key["show_country"].trigger()
    page = window.countries.country_panel.page  # type: ignore[attr-defined]
    assert "(PE)" in page.title.text()


def test_the_status_line_says_when_a_filter_hides_events(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.filters import EventFilter

    _meeting(context, "Talks", dt.date(2025, 7, 15))
    window = _window(qtbot, context)
    assert "filter on" not in window.status_label.text()
    window.filter_bar.filter_changed.emit(  # type: ignore[attr-defined]
        EventFilter(kinds=frozenset({EventKind.CALL}))
    )
    assert "1 event · filter on" in window.status_label.text()


def test_n_and_p_choose_events_in_the_month_in_the_order_they_happen(
    qtbot: QtBot, context: AppContext
) -> None:
    _meeting(context, "Early", dt.date(2025, 7, 2))  # before today (10 July)
    _meeting(context, "Soon", dt.date(2025, 7, 15))
    later = _meeting(context, "Later", dt.date(2025, 7, 22))
    window = _window(qtbot, context)
    view = window.month_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # nothing chosen: the first from the chosen day on
    assert view.selected_event().title == "Soon"  # type: ignore[union-attr]
    assert view.currentIndex().data(DateRole) == dt.date(2025, 7, 15)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.selected_event() == later
    qtbot.keyClick(view, Qt.Key.Key_N)  # the last: stays, and the status line says so
    assert view.selected_event() == later
    assert window.statusBar().currentMessage() == "No later event in this view"
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.selected_event().title == "Early"  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _titles(context) == ["Later", "Soon"]


def test_n_chooses_events_in_the_week_band_first_and_scrolls_to_a_late_one(
    qtbot: QtBot, context: AppContext
) -> None:
    from tests.ui.views.view_helpers import all_day, timed

    context.store.events.add(timed("Late call", dt.date(2025, 7, 10), 22))
    context.store.events.add(all_day("Summit", dt.date(2025, 7, 10)))
    context.store.events.add(timed("Breakfast", dt.date(2025, 7, 10), 8))
    window = _window(qtbot, context)
    window.set_view("week")
    grid = window.pane.grid_view
    grid.setFocus()
    chosen = []
    for _ in range(3):
        qtbot.keyClick(grid, Qt.Key.Key_N)
        chosen.append(grid.selected_event().title)  # type: ignore[union-attr]
    assert chosen == ["Summit", "Breakfast", "Late call"]
    bar = grid.scroll_area.verticalScrollBar()
    rect = next(r for r, e in grid.canvas.event_rects() if e.title == "Late call")
    assert bar.value() <= rect.top() and rect.bottom() <= bar.value() + grid.scroll_area.height()


def test_n_walks_the_agenda_rows_past_the_day_headings(qtbot: QtBot, context: AppContext) -> None:
    _meeting(context, "First", dt.date(2025, 7, 11))
    _meeting(context, "Second", dt.date(2025, 7, 12))
    window = _window(qtbot, context)
    window.set_view("agenda")
    view = window.pane.agenda_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.selected_event().title == "Second"  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.selected_event().title == "First"  # type: ignore[union-attr]


def test_the_year_view_has_a_day_cursor_for_the_arrows_and_enter(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    window.set_view("year")
    view = window.pane.year_view
    view.setFocus()
    assert view.cursor_day == context.today()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(view, key)
    assert view.cursor_day == dt.date(2025, 7, 19)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.cursor_day == dt.date(2025, 7, 31)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_view_name == "day"
    assert window.pane.grid_model.days == [dt.date(2025, 7, 31)]
    window.set_view("year")
    view.set_cursor(dt.date(2025, 12, 31))
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the year's end: Page Down changes the year
    assert view.cursor_day == dt.date(2025, 12, 31)


def test_n_reaches_events_behind_more_in_a_crowded_month_day(
    qtbot: QtBot, context: AppContext
) -> None:
    day = dt.date(2025, 7, 15)
    for hour in range(8, 20):
        _meeting(context, f"Talk at {hour:02d}", day)
    window = _window(qtbot, context)
    window.go_to(dt.date(2025, 7, 14))
    chosen = []
    while (event := window.choose_adjacent_event(1)) is not None and len(chosen) < 20:
        chosen.append(event.title)
    assert chosen == [f"Talk at {hour:02d}" for hour in range(8, 20)]
    assert window.statusBar().currentMessage() == "No later event in this view"
    window.choose_adjacent_event(-1)
    assert window.statusBar().currentMessage().startswith("Chosen: Talk at 18")
    assert window.month_view.selected_event().title == "Talk at 18"  # type: ignore[union-attr]


def test_n_onto_a_day_of_the_next_month_keeps_the_month_label(
    qtbot: QtBot, context: AppContext
) -> None:
    _meeting(context, "August talk", dt.date(2025, 8, 1))
    window = _window(qtbot, context)
    window.go_to(dt.date(2025, 7, 31))
    assert window.choose_adjacent_event(1) is not None
    assert window.month_model.month == (2025, 7)
    assert window.period_label.text().strip() == "July 2025"
