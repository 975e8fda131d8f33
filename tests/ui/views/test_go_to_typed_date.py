"""Go to date takes a day as people type one, refuses what is not a day, and never goes past
the days every view can show (the far end of the year 9999 broke the month, week and year)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui import view_controls
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.navigator import GoToDateDialog, parse_typed_date
from diplomatic_calendar.ui.views.pane import LAST_SHOWABLE
from tests.ui.views.view_helpers import make_window

NEAR = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("31 December 2026", dt.date(2026, 12, 31)),
        ("December 31, 2026", dt.date(2026, 12, 31)),
        ("2026-12-31", dt.date(2026, 12, 31)),
        ("31/12/2026", dt.date(2026, 12, 31)),
        ("29 February 2028", dt.date(2028, 2, 29)),
        ("31 January 2027", dt.date(2027, 1, 31)),
        ("December 2026", dt.date(2026, 12, 1)),
        ("3 Mar", dt.date(2026, 3, 3)),
        ("tue", dt.date(2026, 12, 1)),  # the next Tuesday after Saturday 28 November
        ("Saturday", dt.date(2026, 12, 5)),
        ("2027", dt.date(2027, 1, 1)),
    ],
)
def test_days_typed_in_words_or_figures(typed: str, day: dt.date) -> None:
    assert parse_typed_date(typed, NEAR) == day


@pytest.mark.parametrize("typed", ["", "next", "31 February 2027", "10:30", "banana bread"])
def test_what_is_not_a_day_is_refused(typed: str) -> None:
    assert parse_typed_date(typed, NEAR) is None


def test_typing_a_day_over_the_open_one_goes_to_it(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    dialog = view_controls.open_go_to_date(window)
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "31 December 2026")
    assert "Thursday 31 December 2026" in dialog.hint.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.pane.anchor == dt.date(2026, 12, 31)
    assert window.month_model.month == (2026, 12)


def test_ok_waits_for_a_day_and_the_last_years_are_out_of_reach(qtbot: QtBot) -> None:
    dialog = GoToDateDialog(NEAR)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "31 Febr")
    assert not ok.isEnabled() and dialog.hint.text().startswith("Not a date")
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "1 December 9999")
    assert not ok.isEnabled() and "to 31 Dec 9998" in dialog.hint.text()


def test_the_picker_starts_its_weeks_on_the_chosen_day(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    dialog = GoToDateDialog(NEAR, first_weekday=6)
    qtbot.addWidget(dialog)
    assert dialog.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


@pytest.mark.parametrize("view", ["month", "week", "day", "agenda", "year"])
def test_every_view_stops_at_the_last_day_it_can_show(
    qtbot: QtBot, context: AppContext, view: str
) -> None:
    window = make_window(qtbot, context, view)
    window.go_to(dt.date(9999, 12, 1))
    assert window.pane.anchor == LAST_SHOWABLE
    for _ in range(3):
        window.step(1)
    assert window.pane.anchor == LAST_SHOWABLE
    window.go_to(dt.date(1, 1, 1))
    window.step(-2)
    assert window.pane.anchor.year == 2


def test_the_editor_and_print_pickers_start_their_weeks_on_the_chosen_day(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtCore import Qt

    from diplomatic_calendar.ui.dialogs.print_options import PrintOptionsDialog
    from diplomatic_calendar.ui.features.printing import default_options

    context.settings.setValue("first_weekday", 6)
    window = make_window(qtbot, context)
    editor = window._editor(day=NEAR)
    qtbot.addWidget(editor)
    assert editor.start_date.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert editor.end_date.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    printing = PrintOptionsDialog(default_options(window), window)
    qtbot.addWidget(printing)
    assert printing.first_edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
