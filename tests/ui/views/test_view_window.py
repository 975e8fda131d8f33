"""The window around the views: shortcuts, go to date, navigator, search, the event menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import EventStatus
from diplomatic_calendar.ui import view_controls
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.views.event_menu import build_event_menu
from diplomatic_calendar.ui.views.pane import VIEW_NAMES
from tests.ui.views.view_helpers import make_window, timed

JULY_11 = dt.date(2025, 7, 11)


def test_ctrl_1_to_6_switch_views_in_order(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    for number, name in enumerate(VIEW_NAMES, start=1):
        action = window.actions_by_key[f"view_{name}"]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert window.current_view_name == name
        assert action.isChecked()
        assert window.stack.currentWidget() is window.pane.current_view()


def test_page_keys_step_the_current_view(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "day")
    assert window.actions_by_key["next"].shortcut() == QKeySequence("PgDown")
    window.actions_by_key["next"].trigger()
    assert window.pane.anchor == dt.date(2025, 7, 11)
    window.actions_by_key["today"].trigger()
    assert window.pane.anchor == dt.date(2025, 7, 10)


def test_go_to_date_dialog_and_navigator(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    dialog = view_controls.open_go_to_date(window)
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "15 January 2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.month_model.month == (2026, 1)
    navigator = window.navigator  # type: ignore[attr-defined]
    assert navigator.objectName() == "navigatorDock"
    assert navigator.calendar.selectedDate() == QDate(2026, 1, 15)
    navigator.calendar.clicked.emit(QDate(2025, 9, 3))
    assert window.month_model.month == (2025, 9)


def test_navigator_marks_the_days_that_have_events(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("Talks", JULY_11, 10))
    window = make_window(qtbot, context)
    navigator = window.navigator  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: navigator.marked_days() == {JULY_11})
    weight = navigator.calendar.dateTextFormat(QDate(2025, 7, 11)).fontWeight()
    assert weight == QFont.Weight.Bold
    added = context.store.events.add(timed("Call", dt.date(2025, 7, 22), 9))
    context.signals.data_changed.emit()
    assert navigator.marked_days() == {JULY_11}  # not yet: the marks wait for a pause
    qtbot.waitUntil(lambda: navigator.marked_days() == {JULY_11, dt.date(2025, 7, 22)})
    context.store.events.delete(added.id or 0)
    context.signals.data_changed.emit()
    qtbot.waitUntil(lambda: navigator.marked_days() == {JULY_11})
    assert navigator.calendar.dateTextFormat(QDate(2025, 7, 22)).fontWeight() != QFont.Weight.Bold
    navigator.calendar.setCurrentPage(2025, 12)  # paging reads the new month
    qtbot.waitUntil(lambda: navigator.marked_days() == set())


# The offscreen platform cannot raise a popup or give it the keyboard; that is not our bug.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_search_lists_matches_and_jumps_to_the_chosen_one(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(timed("Tariff talks in Geneva", dt.date(2025, 11, 4), 9))
    context.store.events.add(timed("Lunch", dt.date(2025, 11, 5), 12))
    window = make_window(qtbot, context)
    search = window.search_box  # type: ignore[attr-defined]
    window.actions_by_key["search"].trigger()
    qtbot.keyClicks(search, "genev")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    results = search.results
    assert results.list.count() == 1
    assert results.list.item(0).text().startswith("Tariff talks in Geneva")
    results.list.itemActivated.emit(results.list.item(0))
    assert window.month_model.month == (2025, 11)
    assert window.pane.anchor == dt.date(2025, 11, 4)
    chosen = window.pane.selected_event()
    assert chosen is not None and chosen.title == "Tariff talks in Geneva"
    window.set_view("agenda")
    assert window.pane.select_event(chosen.id)  # type: ignore[arg-type]
    assert window.pane.selected_event() == chosen
    window.set_view("week")
    assert window.pane.select_event(chosen.id)  # type: ignore[arg-type]
    assert window.pane.selected_event() == chosen


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_search_lists_what_is_coming_up_soonest_first_then_what_is_past(
    qtbot: QtBot, context: AppContext
) -> None:
    # the fixed clock's today is 10 July 2025
    for title, day in (
        ("Geneva round one", dt.date(2025, 3, 1)),
        ("Geneva round three", dt.date(2025, 9, 1)),
        ("Geneva round two", dt.date(2025, 6, 1)),
        ("Geneva round four", dt.date(2025, 12, 1)),
        ("Geneva today", dt.date(2025, 7, 10)),
    ):
        context.store.events.add(timed(title, day, 9))
    window = make_window(qtbot, context)
    search = window.search_box  # type: ignore[attr-defined]
    search.setText("geneva")
    search.run()
    results = search.results
    lines = [results.list.item(r).text().split("\n")[0] for r in range(results.list.count())]
    assert lines == [
        "Coming up",
        "Geneva today",
        "Geneva round three",
        "Geneva round four",
        "Earlier",
        "Geneva round two",
        "Geneva round one",
    ]
    assert results.list.currentRow() == 1  # the first event, not the heading
    heading = results.list.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    with qtbot.assertNotEmitted(results.event_chosen):
        results.list.itemActivated.emit(heading)
    assert results.summary.text() == "5 events match “geneva”"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_search_results_with_long_titles_wrap_and_none_is_cut_off(
    qtbot: QtBot, context: AppContext
) -> None:
    for n in range(3):
        title = f"Geneva round {n} " + "on the long list of open questions " * 5
        context.store.events.add(timed(title, dt.date(2025, 7, 12 + n), 9))
    window = make_window(qtbot, context)
    search = window.search_box  # type: ignore[attr-defined]
    search.setText("geneva")
    search.run()
    listed = search.results.list
    assert not listed.horizontalScrollBar().isVisible()
    bottom = listed.viewport().rect().bottom()
    assert all(
        listed.visualItemRect(listed.item(r)).bottom() <= bottom for r in range(listed.count())
    )


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_search_that_finds_nothing_shows_a_message_and_no_empty_list(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(timed("Lunch", JULY_11, 12))
    window = make_window(qtbot, context)
    search = window.search_box  # type: ignore[attr-defined]
    search.setText("zanzibar")
    assert search.run() == []
    results = search.results
    assert results.summary.text().startswith("Nothing matches “zanzibar”")
    assert results.list.isHidden()
    assert results.height() < 60
    search.setText("lunch")
    search.run()
    assert not results.list.isHidden() and results.list.count() == 1  # one kind only: no headings


def test_jumping_to_an_event_the_filter_hides_clears_the_filter(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.domain.model import EventKind

    call = context.store.events.add(timed("Call with Ottawa", JULY_11, 9))
    window = make_window(qtbot, context)
    only_summits = window.filter_bar.kind_actions  # type: ignore[attr-defined]
    next(a for a in only_summits if a.data() == EventKind.SUMMIT).setChecked(True)
    assert not window.pane.filter.accepts(call)
    view_controls.jump_to_event(window, call)
    assert window.pane.filter.is_empty
    assert window.pane.selected_event() == call
    assert "Filter cleared" in window.statusBar().currentMessage()


def test_event_menu_duplicates_marks_and_shows_country(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(timed("Talks", JULY_11, 9, countries=("MY", "US")))
    window = make_window(qtbot, context)
    menu = build_event_menu(window, stored, view_controls.menu_handlers(window))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Edit…", "Duplicate", "Delete"]
    by_text = {a.text(): a for a in menu.actions()}
    by_text["Duplicate"].trigger()
    assert [e.title for e in window.month_model.events_on(JULY_11)] == ["Talks", "Talks"]
    by_text["Mark as held"].trigger()
    assert context.store.events.get(stored.id).status is EventStatus.HELD  # type: ignore[union-attr]
    shown = by_text["Show country"].menu()
    with qtbot.waitSignal(context.signals.country_requested) as blocker:
        shown.actions()[0].trigger()
    assert blocker.args == ["MY"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert [e.status for e in window.month_model.events_on(JULY_11)] == [EventStatus.PLANNED]


def test_tooltips_are_plain_text(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("<b>Bold</b> & co", JULY_11, 9))
    window = make_window(qtbot, context)
    tip = window.month_model.index_of(JULY_11).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in tip
    assert "<b>" not in tip


def test_right_click_on_a_chip_asks_for_the_event_menu(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    stored = context.store.events.add(timed("Talks", JULY_11, 9))
    window = make_window(qtbot, context)
    view = window.month_view
    where = view.position_of(stored, JULY_11)
    assert where is not None
    received = []
    window.pane.context_requested.disconnect()
    window.pane.context_requested.connect(lambda event, at: received.append(event.id))
    menu_event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(view.viewport(), menu_event)
    assert received == [stored.id]
    assert view.selected_event() == stored
    empty = QPoint(where.x(), view.viewport().height() - 3)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, empty, view.viewport().mapToGlobal(empty)
        ),
    )
    assert received == [stored.id]


def test_legend_names_every_kind_with_its_tag(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.model import EventKind
    from diplomatic_calendar.ui.views.legend import legend_rows

    rows = dict(legend_rows())
    assert set(rows) == set(EventKind)
    assert rows[EventKind.TARIFF_DEADLINE] == "Tariff deadline — TARIFF"
    window = make_window(qtbot, context)
    menus = [a.menu() for a in window.menus["View"].actions() if a.menu()]
    assert any(m.objectName() == "legendMenu" for m in menus)


def test_month_chips_show_the_home_time(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui.views.month_view import _start_prefix

    context.settings.setValue("home_zone", "Europe/Berlin")
    stored = context.store.events.add(timed("Talks", JULY_11, 18, zone="Asia/Kuala_Lumpur"))
    window = make_window(qtbot, context)
    index = window.month_model.index_of(JULY_11)
    assert _start_prefix(stored, index) == "12:00"


def test_the_view_left_open_is_shown_at_the_next_start(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui.main_window import MainWindow

    window = make_window(qtbot, context, "agenda")
    window.close()
    reopened = MainWindow(context)
    qtbot.addWidget(reopened)
    assert reopened.current_view_name == "agenda"
    assert reopened.actions_by_key["view_agenda"].isChecked()


def test_a_reload_forgets_the_clicked_event(qtbot: QtBot, context: AppContext) -> None:
    stored = context.store.events.add(timed("Talks", JULY_11, 9))
    window = make_window(qtbot, context)
    view = window.month_view
    where = view.position_of(stored, JULY_11)
    assert where is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.selected_event() == stored
    window.step(1)
    assert view.selected_event() is None


def test_page_down_pressed_in_the_month_grid_moves_a_month(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.month_view.setFocus()
    qtbot.keyClick(window.month_view, Qt.Key.Key_PageDown)
    assert window.month_model.month == (2025, 8)
    qtbot.keyClick(window.month_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.month_view, Qt.Key.Key_PageUp)
    assert window.month_model.month == (2025, 6)
