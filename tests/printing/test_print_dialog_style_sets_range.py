"""Choosing the day, week or month style in the print dialog prints that period of the day in
view, unless the range was typed in; deadlines and the brief keep their own ranges."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.printing.options import PrintOptions
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.print_options import DEADLINES_AHEAD_DAYS, PrintOptionsDialog
from diplomatic_calendar.ui.features import printing
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.widgets import to_date, to_qdate

TODAY = dt.date(2025, 7, 10)
IN_VIEW = dt.date(2025, 8, 20)  # a Wednesday
AUGUST = PrintOptions(
    "month", dt.date(2025, 8, 1), dt.date(2025, 8, 31), today=TODAY, landscape=True
)


def _range(dialog: PrintOptionsDialog) -> tuple[dt.date, dt.date]:
    return to_date(dialog.first_edit.date()), to_date(dialog.last_edit.date())


def _choose(dialog: PrintOptionsDialog, style: str) -> None:
    dialog.style_box.setCurrentIndex(dialog.style_box.findData(style))


def _dialog(qtbot: QtBot, **kw) -> PrintOptionsDialog:  # type: ignore[no-untyped-def]
    dialog = PrintOptionsDialog(AUGUST, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_each_grid_style_prints_its_period_of_the_day_in_view(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, day=IN_VIEW)
    _choose(dialog, "day")
    assert _range(dialog) == (IN_VIEW, IN_VIEW)
    _choose(dialog, "week")
    assert _range(dialog) == (dt.date(2025, 8, 18), dt.date(2025, 8, 24))
    _choose(dialog, "month")
    assert _range(dialog) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    _choose(dialog, "agenda")
    assert _range(dialog) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))  # as it was
    _choose(dialog, "deadlines")
    assert _range(dialog) == (TODAY, TODAY + dt.timedelta(DEADLINES_AHEAD_DAYS - 1))
    _choose(dialog, "day")  # the day in view again, not the deadlines' first day
    assert dialog.options().first == dialog.options().last == IN_VIEW


def test_a_week_starts_on_the_weekday_chosen_for_weeks(qtbot: QtBot) -> None:
    dialog = PrintOptionsDialog(
        PrintOptions(
            "month", dt.date(2025, 8, 1), dt.date(2025, 8, 31), today=TODAY, first_weekday=6
        ),
        day=IN_VIEW,
    )
    qtbot.addWidget(dialog)
    _choose(dialog, "week")
    assert _range(dialog) == (dt.date(2025, 8, 17), dt.date(2025, 8, 23))


def test_a_range_typed_in_is_kept_when_the_style_changes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, day=IN_VIEW)
    dialog.first_edit.setDate(to_qdate(dt.date(2025, 8, 4)))
    dialog.last_edit.setDate(to_qdate(dt.date(2025, 8, 6)))
    _choose(dialog, "day")
    _choose(dialog, "week")
    assert _range(dialog) == (dt.date(2025, 8, 4), dt.date(2025, 8, 6))


def test_without_a_day_given_today_is_the_day_in_view_when_the_range_holds_it(
    qtbot: QtBot,
) -> None:
    july = PrintOptions("month", dt.date(2025, 7, 1), dt.date(2025, 7, 31), today=TODAY)
    dialog = PrintOptionsDialog(july)
    qtbot.addWidget(dialog)
    _choose(dialog, "day")
    assert _range(dialog) == (TODAY, TODAY)
    dialog = _dialog(qtbot)  # August: today is not in it
    _choose(dialog, "day")
    assert _range(dialog) == (dt.date(2025, 8, 1), dt.date(2025, 8, 1))


def test_day_style_chosen_over_the_month_view_prints_the_window_s_day(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.pane.go_to(IN_VIEW)
    dialog = printing.ask_options(window, lambda _w, _options: None)
    assert dialog.style_box.currentData() == "month"
    assert _range(dialog) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    _choose(dialog, "day")
    options = dialog.options()
    assert (options.style, options.first, options.last) == ("day", IN_VIEW, IN_VIEW)
    dialog.reject()
