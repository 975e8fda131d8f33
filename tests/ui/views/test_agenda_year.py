"""Agenda and year: grouping by day with deadlines first, shading, click to open a day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.agenda_model import AgendaModel, IsDayRole
from diplomatic_calendar.ui.models.year_model import YearModel
from tests.ui.views.view_helpers import all_day, make_window, timed

JULY_11 = dt.date(2025, 7, 11)


def test_agenda_model_passes_the_model_tester(qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.store.events.add(timed("Talks", JULY_11, 9, countries=("MY",)))
    model = AgendaModel(context)
    model.set_range(dt.date(2025, 7, 10), 14)
    qtmodeltester.check(model)


def test_agenda_groups_by_day_with_deadlines_first_and_all_columns(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(
        timed("Talks", JULY_11, 9, zone="Asia/Kuala_Lumpur", countries=("MY", "US"))
    )
    context.store.events.add(
        all_day("Tariff takes effect", JULY_11, kind=EventKind.TARIFF_DEADLINE)
    )
    context.store.events.add(timed("Far away", dt.date(2025, 8, 30), 9))
    window = make_window(qtbot, context, "agenda")
    model = window.pane.agenda_model
    assert model.first == dt.date(2025, 7, 10) and model.count == 14
    rows = [model.row_of(r) for r in range(model.rowCount())]
    # today (the 10th, nothing on it) and the 11th: the twelve empty days get no heading
    assert [r.day for r in rows if r.event is None] == [dt.date(2025, 7, 10), JULY_11]
    assert model.index(0, 0).data() == "Thursday 10 July 2025 · today · nothing scheduled"
    heading = model.heading_row(JULY_11)
    assert model.index(heading, 0).data(IsDayRole)
    assert "Friday 11 July 2025" in model.index(heading, 0).data()
    deadline, talk = heading + 1, heading + 2
    assert model.index(deadline, 0).data() == "Deadline"
    assert model.index(deadline, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [model.index(talk, c).data() for c in range(4)] == [
        "09:00 Kuala Lumpur / 01:00 home",
        "Meeting",
        "Talks",
        "Malaysia, United States",
    ]
    assert all(r.event is None or r.event.title != "Far away" for r in rows)
    window.step(1)
    assert model.first == dt.date(2025, 7, 24)


def test_an_agenda_range_without_events_says_so_in_one_row(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.events.add(timed("Later", dt.date(2025, 9, 1), 9))
    window = make_window(qtbot, context, "agenda")
    model = window.pane.agenda_model
    model.set_range(dt.date(2025, 8, 1), 14)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "No events from 01 August 2025 to 14 August 2025"
    assert model.index(0, 0).data(IsDayRole)
    view = window.pane.agenda_view
    with qtbot.waitSignal(view.day_activated) as blocker:
        view.doubleClicked.emit(model.index(0, 0))
    assert blocker.args == [dt.date(2025, 8, 1)]
    model.set_range(dt.date(2025, 9, 1), 3)
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [None, "Later"]
    assert model.index(0, 0).data() == "Monday 01 September 2025"
    from diplomatic_calendar.domain.filters import EventFilter

    model.set_filter(EventFilter(kinds=frozenset({EventKind.SUMMIT})))
    assert model.index(0, 0).data() == (
        "No events from 01 September 2025 to 03 September 2025 (a filter is on)"
    )


def test_agenda_double_click_on_an_event_asks_to_edit_it(qtbot: QtBot, context: AppContext) -> None:
    context.store.events.add(timed("Talks", JULY_11, 9))
    window = make_window(qtbot, context, "agenda")
    view = window.pane.agenda_view
    index = window.pane.agenda_model.index(window.pane.agenda_model.heading_row(JULY_11) + 1, 2)
    with qtbot.waitSignal(view.event_activated) as blocker:
        view.doubleClicked.emit(index)
    assert blocker.args[0].title == "Talks"


def test_year_model_shades_days_with_events(qtmodeltester, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    context.store.events.add(all_day("Tariff", dt.date(2025, 8, 1), kind=EventKind.TARIFF_DEADLINE))
    context.store.events.add(timed("Talks", JULY_11, 9))
    model = YearModel(context)
    model.set_year(2025)
    qtmodeltester.check(model)
    assert model.kinds_on(dt.date(2025, 8, 1)) == {EventKind.TARIFF_DEADLINE}
    assert model.kinds_on(JULY_11) == {EventKind.MEETING}
    assert model.kinds_on(dt.date(2025, 7, 12)) == set()


def test_year_click_opens_that_day(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "year")
    view = window.pane.year_view
    assert window.period_label.text().strip() == "2025"
    target = dt.date(2025, 3, 18)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.day_rect(target).center())
    assert window.current_view_name == "day"
    assert window.pane.grid_model.days == [target]
    window.set_view("year")
    window.step(-1)
    assert window.pane.year_model.year == 2024


def test_agenda_length_can_be_chosen(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui import view_controls

    window = make_window(qtbot, context, "agenda")
    view_controls.set_agenda_days(window, 30)
    assert window.pane.agenda_model.count == 30
    assert "08 Aug 2025" in window.period_label.text()
    window.step(1)
    assert window.pane.agenda_model.first == dt.date(2025, 8, 9)


def test_agenda_reads_down_the_day_and_marks_cancelled_events(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.domain.model import EventStatus

    context.store.events.add(timed("Filing due", JULY_11, 15, kind=EventKind.DEADLINE))
    context.store.events.add(timed("Breakfast talks", JULY_11, 8))
    context.store.events.add(timed("Called-off call", JULY_11, 10, status=EventStatus.CANCELLED))
    window = make_window(qtbot, context, "agenda")
    model = window.pane.agenda_model
    heading = model.heading_row(JULY_11)
    titles = [model.index(heading + n, 2).data() for n in (1, 2, 3)]
    assert titles == ["Breakfast talks", "Called-off call (Cancelled)", "Filing due"]
    font = model.index(heading + 2, 2).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()


def test_a_crowded_month_cell_shows_live_events_before_cancelled_ones(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.domain.model import EventStatus

    for hour in (8, 9, 10):
        context.store.events.add(
            timed(f"Cancelled {hour}", JULY_11, hour, status=EventStatus.CANCELLED)
        )
    context.store.events.add(timed("Live at noon", JULY_11, 12))
    window = make_window(qtbot, context, "month")
    shown = [e.title for e in window.month_model.slots_on(JULY_11) if e is not None]
    assert shown[0] == "Live at noon"


def test_the_agenda_time_column_fits_its_texts_until_the_user_sizes_it(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context, "agenda")
    view = window.pane.agenda_view
    narrow = view.columnWidth(0)
    context.store.events.add(timed("Talks", JULY_11, 9, zone="Asia/Kuala_Lumpur"))
    window.pane.agenda_model.reload()
    text = "09:00 Kuala Lumpur / 01:00 home"
    assert view.fontMetrics().horizontalAdvance(text) < view.columnWidth(0)
    assert view.columnWidth(0) > narrow
    view.horizontalHeader().resizeSection(0, 300)
    window.pane.agenda_model.reload()
    assert view.columnWidth(0) == 300
