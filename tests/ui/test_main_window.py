"""The window: create an event through the dialog, see it in the month, undo, reopen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.actions import SPECS, shortcut_rows
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.models.month_model import EventsRole, MonthModel
from tests.conftest import FIXED_NOW


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill_editor(qtbot: QtBot, dialog: EventEditorDialog, title: str) -> None:
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.MEETING))
    dialog.countries.setText("US, Russia")


def test_empty_calendar_shows_the_welcome_page(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.calendar_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.month_view


def test_sample_calendar_loads_into_the_current_month(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.month_view
    assert context.store.events.count() > 20
    assert window.month_model.month == (2025, 7)
    assert any(window.month_model.events_on(dt.date(2025, 7, 7)))


def test_create_through_dialog_shows_in_month_and_undo_removes(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    day = dt.date(2025, 7, 15)
    dialog = window._editor(day=day)
    qtbot.addWidget(dialog)
    fill_editor(qtbot, dialog, "Talks in Geneva")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    window.save_new(dialog.result_event())
    titles = [e.title for e in window.month_model.events_on(day)]
    assert titles == ["Talks in Geneva"]
    assert window.month_model.index_of(day).data(EventsRole)[0].countries == ("RU", "US")
    window.actions_by_key["undo"].trigger()
    assert window.month_model.events_on(day) == []
    window.actions_by_key["redo"].trigger()
    assert [e.title for e in window.month_model.events_on(day)] == ["Talks in Geneva"]


def test_editor_refuses_an_empty_title_and_a_backwards_end(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = EventEditorDialog([], "UTC", day=dt.date(2025, 7, 15))
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "title" in dialog.error.text()
    qtbot.keyClicks(dialog.title_edit, "Talks")
    dialog.end_date.setDate(dialog.start_date.date().addDays(-1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "ends before" in dialog.error.text()
    dialog.countries.setText("Narnia")
    dialog.end_date.setDate(dialog.start_date.date())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Narnia" in dialog.error.text()


def test_edit_and_delete_are_undoable(qtbot: QtBot, context: AppContext) -> None:
    start, end = all_day_span(dt.date(2025, 7, 20))
    stored = context.store.events.add(Event("Original", EventKind.DEADLINE, start, end))
    window = make_window(qtbot, context)
    from diplomatic_calendar.ui.commands import EditEventCommand

    context.undo_stack.push(EditEventCommand(context, stored, stored.with_changes(title="Renamed")))
    assert [e.title for e in window.month_model.events_on(dt.date(2025, 7, 20))] == ["Renamed"]
    window.delete_event(context.store.events.get(stored.id))
    assert window.month_model.events_on(dt.date(2025, 7, 20)) == []
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert [e.title for e in window.month_model.events_on(dt.date(2025, 7, 20))] == ["Original"]


def test_event_survives_closing_and_reopening(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    store = Store.open(db_path)
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    window = make_window(qtbot, context)
    start, end = all_day_span(dt.date(2025, 7, 11))
    window.save_new(Event("Kept across restarts", EventKind.SUMMIT, start, end))
    window.close()
    store.close()
    reopened = Store.open(db_path)
    context = AppContext(store=reopened, settings=settings, clock=fixed_clock(FIXED_NOW))
    window = make_window(qtbot, context)
    assert [e.title for e in window.month_model.events_on(dt.date(2025, 7, 11))] == [
        "Kept across restarts"
    ]
    reopened.close()


def test_navigation_and_today(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    window.step(1)
    assert window.month_model.month == (2025, 8)
    window.step(-13)
    assert window.month_model.month == (2024, 7)
    window.actions_by_key["today"].trigger()
    assert window.month_model.month == (2025, 7)
    assert "July 2025" in window.period_label.text()


def test_outside_writes_are_picked_up(qtbot: QtBot, db_path: Path, settings: QSettings) -> None:
    store = Store.open(db_path)
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    window = make_window(qtbot, context)
    other = Store.open(db_path)
    start, end = all_day_span(dt.date(2025, 7, 3))
    other.events.add(Event("Added by the CLI", EventKind.CALL, start, end))
    other.close()
    window._check_outside_changes()
    assert [e.title for e in window.month_model.events_on(dt.date(2025, 7, 3))] == [
        "Added by the CLI"
    ]
    store.close()


def test_shortcut_list_matches_the_actions(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    listed = dict(shortcut_rows())
    for spec in SPECS:
        action = window.actions_by_key[spec.key]
        keys = [k.toString() for k in action.shortcuts()]
        if spec.shortcuts:
            first_listed = listed[spec.text.replace("&", "").rstrip("…")].split(", ")[0]
            assert QKeySequence(first_listed).toString() == keys[0]


def test_month_model_passes_the_model_tester(qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    start, end = all_day_span(dt.date(2025, 7, 1), dt.date(2025, 7, 3))
    context.store.events.add(Event("Three days", EventKind.SUMMIT, start, end))
    model = MonthModel(context)
    qtmodeltester.check(model)
    assert len(model.events_on(dt.date(2025, 7, 2))) == 1
    assert model.headerData(0, Qt.Orientation.Vertical) == "W27"


def test_status_bar_counts_events_in_plain_english(qtbot: QtBot, context: AppContext) -> None:
    start, end = all_day_span(dt.date(2025, 7, 3))
    context.store.events.add(Event("Only one", EventKind.CALL, start, end))
    window = make_window(qtbot, context)
    assert window.status_label.text().startswith("1 event · home zone UTC")
    context.store.events.add(Event("Another", EventKind.CALL, start, end))
    window.refresh()
    assert window.status_label.text().startswith("2 events ·")


def test_editor_says_how_to_get_officials_when_there_are_none(qtbot: QtBot) -> None:
    dialog = EventEditorDialog([], "UTC", day=dt.date(2025, 7, 15))
    qtbot.addWidget(dialog)
    assert dialog.participants.count() == 1
    assert dialog.participants.item(0).text().startswith("No officials yet")
    qtbot.keyClicks(dialog.title_edit, "Talks")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_event() is not None
    assert dialog.result_event().participants == ()
