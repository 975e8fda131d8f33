"""Week, work week and day: ranges, create at a time, drag to move and resize, time zones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.time_grid_model import TimeGridModel
from diplomatic_calendar.ui.views.grid_geometry import HOUR_HEIGHT
from tests.ui.views.test_month_grid import drag
from tests.ui.views.view_helpers import all_day, make_window, timed

JULY_8 = dt.date(2025, 7, 8)  # the Tuesday of the fixed clock's week


def test_time_grid_model_passes_the_model_tester(qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.store.events.add(timed("Talks", JULY_8, 9))
    context.store.events.add(all_day("Summit", JULY_8, JULY_8 + dt.timedelta(days=2)))
    model = TimeGridModel(context, 7)
    model.set_range(dt.date(2025, 7, 7), 7)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [b.event.title for b in model.band] == ["Summit"]
    assert model.band_lanes == 1


def test_week_work_week_and_day_show_their_ranges_and_step(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context, "week")
    model = window.pane.grid_model
    assert model.days[0] == dt.date(2025, 7, 7) and len(model.days) == 7
    assert "W28" in window.period_label.text()
    window.step(1)
    assert model.days[0] == dt.date(2025, 7, 14)
    window.actions_by_key["view_work_week"].trigger()
    assert [d.weekday() for d in model.days] == [0, 1, 2, 3, 4]
    window.actions_by_key["view_day"].trigger()
    assert window.current_view_name == "day" and len(model.days) == 1
    window.step(-1)
    assert model.days == [window.pane.anchor]


def test_sunday_first_week_setting(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue("first_weekday", 6)
    window = make_window(qtbot, context, "week")
    assert window.pane.grid_model.days[0] == dt.date(2025, 7, 6)


def test_opens_scrolled_to_working_hours_from_settings(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue("work_start_hour", 4)
    window = make_window(qtbot, context, "week")
    bar = window.pane.grid_view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 4 * HOUR_HEIGHT
    assert 3 * HOUR_HEIGHT < bar.value() < 4 * HOUR_HEIGHT


def test_current_time_line_is_drawn_on_today_at_now(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "week")
    assert window.pane.grid_view.canvas.now_line_y() == 9 * HOUR_HEIGHT  # 09:00 UTC
    window.step(1)
    assert window.pane.grid_view.canvas.now_line_y() is None


def test_double_click_on_an_empty_slot_asks_for_an_event_at_that_time(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context, "day")
    canvas = window.pane.grid_view.canvas
    where = QPoint(canvas.width() // 2, int(14.5 * HOUR_HEIGHT) + 3)
    with qtbot.waitSignal(window.pane.grid_view.slot_activated) as blocker:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    moment = blocker.args[0]
    assert moment == dt.datetime(2025, 7, 10, 14, 30, tzinfo=ZoneInfo("UTC"))
    dialog = window.editor_at(moment)
    qtbot.addWidget(dialog)
    assert dialog.start_time.time().toString("HH:mm") == "14:30"
    assert dialog.end_time.time().toString("HH:mm") == "15:30"


def rect_of(window, title: str):  # type: ignore[no-untyped-def]
    canvas = window.pane.grid_view.canvas
    return next(r for r, e in canvas.event_rects() if e.title == title)


def test_drag_moves_by_day_and_time_and_undo_puts_it_back(
    qtbot: QtBot, context: AppContext
) -> None:
    stored = context.store.events.add(timed("Talks", JULY_8, 10))
    window = make_window(qtbot, context, "week")
    canvas = window.pane.grid_view.canvas
    rect = rect_of(window, "Talks")
    start = rect.center()
    column = rect.width() + 3
    drag(qtbot, canvas, start, start + QPoint(column, 2 * HOUR_HEIGHT))
    moved = context.store.events.get(stored.id)
    assert moved is not None
    assert moved.start == dt.datetime(2025, 7, 9, 12, tzinfo=ZoneInfo("UTC"))
    assert moved.end - moved.start == dt.timedelta(hours=1)
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert context.store.events.get(stored.id).start == stored.start  # type: ignore[union-attr]


def test_dragging_the_lower_edge_changes_the_length_only(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(timed("Talks", JULY_8, 10))
    window = make_window(qtbot, context, "week")
    canvas = window.pane.grid_view.canvas
    rect = rect_of(window, "Talks")
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, canvas, edge, edge + QPoint(0, HOUR_HEIGHT // 2))
    resized = context.store.events.get(stored.id)
    assert resized is not None
    assert resized.start == stored.start
    assert resized.end - resized.start == dt.timedelta(minutes=90)
    assert "Resize" in context.undo_stack.undoText()


def test_overlapping_events_are_drawn_side_by_side(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("Long", JULY_8, 9, 180))
    context.store.events.add(timed("Short", JULY_8, 10, 60))
    window = make_window(qtbot, context, "week")
    long, short = rect_of(window, "Long"), rect_of(window, "Short")
    assert long.right() < short.left()
    assert abs(long.width() - short.width()) <= 1
    assert short.top() == 10 * HOUR_HEIGHT


def test_home_zone_places_an_event_by_its_home_time_across_a_dst_change(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings.setValue("home_zone", "Europe/Berlin")
    # 09:00 in New York is 15:00 in Berlin, except between 9 and 30 March 2025 (14:00).
    context.store.events.add(timed("Before", dt.date(2025, 3, 5), 9, zone="America/New_York"))
    context.store.events.add(timed("Between", dt.date(2025, 3, 12), 9, zone="America/New_York"))
    window = make_window(qtbot, context, "week")
    window.go_to(dt.date(2025, 3, 5))
    assert rect_of(window, "Before").top() == 15 * HOUR_HEIGHT
    window.step(1)
    assert rect_of(window, "Between").top() == 14 * HOUR_HEIGHT
    placed = window.pane.grid_model.placed[0]
    assert window.pane.grid_model.index(0).data() == "09:00 New York / 14:00 home Between"
    assert placed.day == 2


def test_all_day_band_lists_multi_day_events_and_double_click_creates_all_day(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(all_day("Summit", JULY_8, JULY_8 + dt.timedelta(days=1)))
    window = make_window(qtbot, context, "week")
    band = window.pane.grid_view.band
    ((rect, event, _s, _e),) = band.bar_rects()
    assert event.title == "Summit"
    with qtbot.waitSignal(window.pane.grid_view.event_activated) as blocker:
        qtbot.mouseDClick(band, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].title == "Summit"
    empty = QPoint(rect.right() + rect.width() // 2 + 10, rect.center().y())
    with qtbot.waitSignal(window.pane.grid_view.day_activated) as blocker:
        qtbot.mouseDClick(band, Qt.MouseButton.LeftButton, pos=empty)
    assert blocker.args[0] > JULY_8


def test_double_click_on_a_day_name_opens_that_day(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "week")
    band = window.pane.grid_view.band
    canvas = window.pane.grid_view.canvas
    column = (canvas.width() - 56) // 7
    qtbot.mouseDClick(band, Qt.MouseButton.LeftButton, pos=QPoint(56 + column * 4 + 10, 8))
    assert window.current_view_name == "day"
    assert window.pane.grid_model.days == [dt.date(2025, 7, 11)]
    assert "Friday 11 July 2025" in window.period_label.text()


def test_dragging_an_all_day_bar_moves_it_by_whole_days(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(all_day("Summit", JULY_8, JULY_8 + dt.timedelta(days=1)))
    window = make_window(qtbot, context, "week")
    band = window.pane.grid_view.band
    ((rect, _event, _s, _e),) = band.bar_rects()
    column = (window.pane.grid_view.canvas.width() - 56) / 7
    start = QPoint(rect.left() + 5, rect.center().y())
    drag(qtbot, band, start, start + QPoint(int(3 * column), 0))
    moved = context.store.events.get(stored.id)
    assert moved is not None
    assert (moved.start, moved.end) == (dt.date(2025, 7, 11), dt.date(2025, 7, 13))
    context.undo_stack.undo()
    assert context.store.events.get(stored.id).start == JULY_8  # type: ignore[union-attr]


def test_clicking_an_event_selects_it_for_delete(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(timed("Talks", JULY_8, 10))
    window = make_window(qtbot, context, "week")
    rect = rect_of(window, "Talks")
    qtbot.mouseClick(window.pane.grid_view.canvas, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pane.selected_event() == stored
    window.actions_by_key["delete_event"].trigger()
    assert window.pane.grid_model.placed == []
    context.undo_stack.undo()
    assert [p.event.id for p in window.pane.grid_model.placed] == [stored.id]


def test_a_call_across_midnight_shows_on_both_days_and_moves_as_one(
    qtbot: QtBot, context: AppContext
) -> None:
    stored = context.store.events.add(timed("Late call", JULY_8, 23, 90))
    window = make_window(qtbot, context, "week")
    canvas = window.pane.grid_view.canvas
    evening, morning = [r for r, e in canvas.event_rects() if e.title == "Late call"]
    assert evening.top() == 23 * HOUR_HEIGHT and morning.top() == 0
    assert morning.left() > evening.right()  # the next day's column
    assert window.pane.grid_view.model.band == []
    start = morning.center()
    drag(qtbot, canvas, start, start + QPoint(0, HOUR_HEIGHT))  # the morning piece, an hour on
    moved = context.store.events.get(stored.id)
    assert moved is not None
    assert moved.start == dt.datetime(2025, 7, 9, 0, tzinfo=ZoneInfo("UTC"))
    assert moved.end - moved.start == dt.timedelta(minutes=90)


def test_a_crowded_all_day_band_folds_behind_more_lines_and_unfolds_on_a_click(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.ui.views.all_day_band import FOLD_LANES

    for n in range(6):
        context.store.events.add(all_day(f"Item {n}", JULY_8))
    context.store.events.add(all_day("Other day", JULY_8 + dt.timedelta(days=2)))
    window = make_window(qtbot, context, "week")
    band = window.pane.grid_view.band
    assert band.folded()
    shown = [e.title for _r, e, _s, _e in band.bar_rects()]
    assert "Other day" in shown and len(shown) == 1 + FOLD_LANES - 1  # its lanes, one "+N"
    assert band.hidden_per_day() == {1: 6 - (FOLD_LANES - 1)}  # Tuesday's column
    folded_height = band.height()
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=band.toggle_rect(1).center())
    assert not band.folded() and len(band.bar_rects()) == 7
    assert band.height() > folded_height
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=band.toggle_rect(None).center())
    assert band.folded() and band.height() == folded_height


def test_a_band_with_few_lanes_never_folds(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui.views.all_day_band import FOLD_LANES

    for n in range(FOLD_LANES):
        context.store.events.add(all_day(f"Item {n}", JULY_8))
    window = make_window(qtbot, context, "week")
    band = window.pane.grid_view.band
    assert not band.folded() and band.hidden_per_day() == {}
    assert len(band.bar_rects()) == FOLD_LANES


def test_chip_text_wraps_between_words_and_never_inside_one(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from diplomatic_calendar.ui.views.painting import wrapped_lines

    metrics = QFontMetrics(QFont())
    text = "Overlap talks with the delegation\n09:00 · MTG"
    wide = wrapped_lines(metrics, text, metrics.horizontalAdvance("Overlap talks with") + 2, 400)
    assert wide == ["Overlap talks with", "the delegation", "09:00 · MTG"]
    narrow = wrapped_lines(metrics, text, metrics.horizontalAdvance("Overl…"), 400)
    assert narrow[0].startswith("Ove") and narrow[0].endswith("…")
    words = set(text.split())
    pieces = [piece for line in narrow for piece in line.split()]
    assert all(piece in words or piece.endswith("…") for piece in pieces)
    assert "talks" in pieces and "MTG" in pieces  # short words whole, long ones cut with "…"
    two_lines = wrapped_lines(metrics, text, 400, 2 * metrics.lineSpacing())
    assert two_lines == ["Overlap talks with the delegation", "09:00 · MTG"]
    one_line = wrapped_lines(metrics, text, 400, metrics.lineSpacing())
    assert len(one_line) == 1 and one_line[0].startswith("Overlap talks")
    assert wrapped_lines(metrics, text, metrics.horizontalAdvance("W…") - 1, 400) == []


def test_a_double_click_on_more_only_unfolds_the_band(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    for n in range(6):
        context.store.events.add(all_day(f"Item {n}", JULY_8))
    window = make_window(qtbot, context, "week")
    grid = window.pane.grid_view
    band = grid.band
    where = QPointF(band.toggle_rect(1).center())
    opened: list[object] = []
    grid.event_activated.connect(opened.append)
    grid.day_activated.connect(opened.append)
    left = Qt.MouseButton.LeftButton
    # what a widget receives for a double click: press, release, double-click, release
    for kind, held in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        QApplication.sendEvent(
            band,
            QMouseEvent(
                kind, where, band.mapToGlobal(where), left, held, Qt.KeyboardModifier.NoModifier
            ),
        )
    assert not band.folded()  # unfolded by the first press
    assert opened == []  # and nothing under the pointer was opened or created
