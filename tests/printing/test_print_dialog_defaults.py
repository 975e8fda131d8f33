"""The print dialog starts from what the window shows: the country on show for a brief, today
onward for deadlines, and the paper each style needs."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.printing.options import PrintOptions
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.print_options import DEADLINES_AHEAD_DAYS, PrintOptionsDialog
from diplomatic_calendar.ui.features import printing
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.widgets import to_date

TODAY = dt.date(2025, 7, 10)


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_brief_is_of_the_country_the_panel_shows(qtbot: QtBot, ui_context: AppContext) -> None:
    window = _window(qtbot, ui_context)
    window.countries.show_country("ID")  # type: ignore[attr-defined]
    options = printing.default_options(window)
    assert options.country == "ID"
    dialog = PrintOptionsDialog(options, window)
    qtbot.addWidget(dialog)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("country"))
    assert dialog.options().country == "ID"


def test_without_a_country_on_show_the_one_country_filtered_to_is_the_brief_s(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    from diplomatic_calendar.domain.filters import EventFilter

    window = _window(qtbot, ui_context)
    assert printing.default_options(window).country is None
    window.pane.filter = EventFilter(countries=frozenset({"MY"}))
    assert printing.default_options(window).country == "MY"


def test_choosing_deadlines_reads_from_today_on_in_portrait(qtbot: QtBot) -> None:
    month = PrintOptions(
        "month", dt.date(2025, 6, 1), dt.date(2025, 6, 30), today=TODAY, landscape=True
    )
    dialog = PrintOptionsDialog(month)
    qtbot.addWidget(dialog)
    assert dialog.landscape_box.currentText() == "Landscape"
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("deadlines"))
    chosen = dialog.options()
    assert (chosen.first, chosen.last) == (TODAY, TODAY + dt.timedelta(DEADLINES_AHEAD_DAYS - 1))
    assert not chosen.landscape
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("week"))
    assert dialog.options().landscape
    # a week is that of the day in view (the range's first day, as today is not in it)
    assert to_date(dialog.first_edit.date()) == dt.date(2025, 5, 26)


def test_choosing_the_brief_reads_three_months_either_side(qtbot: QtBot) -> None:
    from diplomatic_calendar.ui.dialogs.print_options import BRIEF_DAYS

    month = PrintOptions("month", dt.date(2025, 7, 1), dt.date(2025, 7, 31), today=TODAY)
    dialog = PrintOptionsDialog(month)
    qtbot.addWidget(dialog)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("country"))
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("JP"))
    chosen = dialog.options()
    span = dt.timedelta(days=BRIEF_DAYS)
    assert (chosen.first, chosen.last) == (TODAY - span, TODAY + span)
