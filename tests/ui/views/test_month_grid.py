"""The month view: navigation, chips and bars, "+N more", create, drag to move, filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import EventKind, EventStatus
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.month_model import MonthModel, SlotsRole
from tests.ui.views.view_helpers import all_day, make_window, timed

JULY_15 = dt.date(2025, 7, 15)


def test_month_model_passes_the_model_tester_with_bars_and_chips(
    qtmodeltester,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    context.store.events.add(all_day("Summit", dt.date(2025, 7, 4), dt.date(2025, 7, 8)))
    context.store.events.add(timed("Call", dt.date(2025, 7, 5), 9))
    model = MonthModel(context)
    qtmodeltester.check(model)
    # the summit crosses from week 27 into week 28 and keeps lane 0 in both rows
    assert [(b.first, b.last, b.lane) for b in model.bars(0)] == [(4, 6, 0)]
    assert [(b.first, b.last, b.lane) for b in model.bars(1)] == [(0, 1, 0)]
    slots = model.index_of(dt.date(2025, 7, 5)).data(SlotsRole)
    assert [e.title for e in slots] == ["Summit", "Call"]


def test_first_weekday_setting_starts_weeks_on_sunday(context: AppContext) -> None:
    context.settings.setValue("first_weekday", 6)
    model = MonthModel(context)
    assert model.first_shown == dt.date(2025, 6, 29)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Sun"


def test_navigation_steps_months_and_period_label_follows(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    assert window.current_view_name == "month"
    window.step(1)
    assert window.month_model.month == (2025, 8)
    assert "August 2025" in window.period_label.text()
    window.actions_by_key["previous"].trigger()
    window.actions_by_key["previous"].trigger()
    assert window.month_model.month == (2025, 6)
    window.go_to(dt.date(2024, 2, 29))
    window.step(12)
    assert window.month_model.month == (2025, 2)


# The offscreen platform cannot raise a popup or give it the keyboard; that is not our bug.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_overflowing_day_shows_more_and_a_click_lists_them_all(
    qtbot: QtBot, context: AppContext
) -> None:
    for hour in range(8, 18):
        context.store.events.add(timed(f"Meeting {hour}", JULY_15, hour))
    window = make_window(qtbot, context)
    view = window.month_view
    where = view.more_position(JULY_15)
    assert where is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.popup.isVisible()
    assert view.popup.list.count() == 10
    assert "10 events" in view.popup.title.text()
    with qtbot.waitSignal(view.event_activated) as blocker:
        view.popup.list.itemActivated.emit(view.popup.list.item(3))
    assert blocker.args[0].title == "Meeting 11"
    assert not view.popup.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_crowded_days_list_reads_by_the_clock(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("Filing due", JULY_15, 15, kind=EventKind.DEADLINE))
    for hour in (8, 9, 10, 11):
        context.store.events.add(timed(f"Meeting {hour}", JULY_15, hour))
    window = make_window(qtbot, context)
    view = window.month_view
    view.show_day_popup(JULY_15)
    texts = [view.popup.list.item(n).text() for n in range(view.popup.list.count())]
    assert [t.split()[0] for t in texts] == ["08:00", "09:00", "10:00", "11:00", "15:00"]


def test_double_click_on_an_empty_day_asks_to_create_there(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    view = window.month_view
    cell = view.visualRect(window.month_model.index_of(JULY_15))
    with qtbot.waitSignal(view.day_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert blocker.args == [JULY_15]


def test_double_click_on_a_chip_asks_to_edit_it(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(timed("Talks", JULY_15, 10))
    window = make_window(qtbot, context)
    view = window.month_view
    where = view.position_of(stored, JULY_15)
    assert where is not None
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args[0].id == stored.id


def drag(qtbot: QtBot, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    for point in (start + QPoint(0, 8), middle, end):
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_chip_to_another_day_moves_it_in_one_undo_step(
    qtbot: QtBot, context: AppContext
) -> None:
    stored = context.store.events.add(timed("Talks", JULY_15, 10, zone="Asia/Kuala_Lumpur"))
    window = make_window(qtbot, context)
    view = window.month_view
    start = view.position_of(stored, JULY_15)
    target = view.visualRect(window.month_model.index_of(dt.date(2025, 7, 17))).center()
    assert start is not None
    drag(qtbot, view.viewport(), start, target)
    moved = context.store.events.get(stored.id)
    assert moved is not None and moved.start == stored.start + dt.timedelta(days=2)
    assert moved.timezone == "Asia/Kuala_Lumpur" and moved.end - moved.start == dt.timedelta(
        hours=1
    )
    assert context.undo_stack.count() == 1
    assert "Move" in context.undo_stack.undoText()
    context.undo_stack.undo()
    assert context.store.events.get(stored.id).start == stored.start  # type: ignore[union-attr]
    assert [e.title for e in window.month_model.events_on(JULY_15)] == ["Talks"]


def _end_edge(view, event, day: dt.date) -> QPoint:  # type: ignore[no-untyped-def]
    inside = view.position_of(event, day)
    assert inside is not None
    rect = view._chip_rect_at(inside)
    return QPoint(rect.right() - 2, rect.center().y())


def test_dragging_the_end_of_a_bar_stretches_it_in_one_undo_step(
    qtbot: QtBot, context: AppContext
) -> None:
    stored = context.store.events.add(all_day("Summit", JULY_15, dt.date(2025, 7, 17)))
    assert stored.end == dt.date(2025, 7, 18)  # 15 to 17 July, the end exclusive
    window = make_window(qtbot, context)
    view = window.month_view
    edge = _end_edge(view, stored, dt.date(2025, 7, 16))  # the bar's right end is on the 17th
    assert view._end_edge_at(edge) is not None and view.event_at(edge).title == "Summit"
    target = view.visualRect(window.month_model.index_of(dt.date(2025, 7, 19))).center()
    drag(qtbot, view.viewport(), edge, target)
    stretched = context.store.events.get(stored.id)
    assert stretched is not None
    assert (stretched.start, stretched.end) == (JULY_15, dt.date(2025, 7, 20))
    assert "Resize" in context.undo_stack.undoText()
    context.undo_stack.undo()
    assert context.store.events.get(stored.id).end == dt.date(2025, 7, 18)  # type: ignore[union-attr]


def test_an_end_dragged_before_the_start_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(all_day("Visit", JULY_15, dt.date(2025, 7, 16)))
    window = make_window(qtbot, context)
    view = window.month_view
    edge = _end_edge(view, stored, JULY_15)
    target = view.visualRect(window.month_model.index_of(dt.date(2025, 7, 13))).center()
    drag(qtbot, view.viewport(), edge, target)
    assert context.store.events.get(stored.id) == stored
    assert context.undo_stack.count() == 0


def test_delete_key_removes_the_clicked_event_and_undo_restores_it(
    qtbot: QtBot, context: AppContext
) -> None:
    stored = context.store.events.add(timed("Talks", JULY_15, 10))
    window = make_window(qtbot, context)
    view = window.month_view
    where = view.position_of(stored, JULY_15)
    assert where is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    window.actions_by_key["delete_event"].trigger()
    assert window.month_model.events_on(JULY_15) == []
    window.actions_by_key["undo"].trigger()
    assert [e.id for e in window.month_model.events_on(JULY_15)] == [stored.id]


def test_filters_by_kind_status_and_bloc(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("ASEAN talks", JULY_15, 9, countries=("MY", "US")))
    context.store.events.add(timed("EU call", JULY_15, 11, kind=EventKind.CALL, countries=("DE",)))
    context.store.events.add(
        timed("Cancelled", JULY_15, 13, status=EventStatus.CANCELLED, countries=("FR",))
    )
    window = make_window(qtbot, context)
    bar = window.filter_bar  # type: ignore[attr-defined]

    def titles() -> list[str]:
        return sorted(e.title for e in window.month_model.events_on(JULY_15))

    bar.select_place("bloc:ASEAN")
    assert bar.current() == EventFilter.for_bloc("ASEAN")
    assert titles() == ["ASEAN talks"]
    bar.select_place(None)
    next(a for a in bar.kind_actions if a.data() == EventKind.CALL).setChecked(True)
    assert titles() == ["EU call"]
    bar.clear()
    next(a for a in bar.status_actions if a.data() == EventStatus.CANCELLED).setChecked(True)
    assert titles() == ["Cancelled"]
    window.go_to(JULY_15)
    window.set_view("week")
    assert [p.event.title for p in window.pane.grid_model.placed] == ["Cancelled"]


def test_a_month_gets_only_the_week_rows_it_needs(qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = MonthModel(context)
    assert model.rowCount() == 5  # July 2025: 30 June to 3 August
    model.set_month(2027, 2)  # 1 February 2027 is a Monday, and the month has 28 days
    assert model.rowCount() == 4 and model.end_shown == dt.date(2027, 3, 1)
    model.set_month(2025, 3)  # starts on a Saturday and ends on Monday the 31st
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    assert model.headerData(5, Qt.Orientation.Vertical) == "W14"


def test_a_change_keeps_the_month_when_a_day_of_the_next_month_is_chosen(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    edge = window.month_model.index_of(dt.date(2025, 8, 2))  # in July's last row
    qtbot.mouseClick(
        window.month_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.month_view.visualRect(edge).center(),
    )
    assert window.pane.anchor == dt.date(2025, 8, 2)
    context.store.events.add(timed("Talks", dt.date(2025, 8, 2), 9))
    context.signals.data_changed.emit()
    assert window.month_model.month == (2025, 7)
    assert [e.title for e in window.month_model.events_on(dt.date(2025, 8, 2))] == ["Talks"]
    window.go_to(dt.date(2025, 8, 2))
    assert window.month_model.month == (2025, 8)
