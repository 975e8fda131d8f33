"""The agenda on screen marks an event that runs over midnight at home as the printout does:
its start with "–…" on the first day, "…–" and its end on the last, never the start twice."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.context import AppContext
from tests.ui.views.view_helpers import make_window

BERLIN, TOKYO = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo")


def _times_by_day(qtbot: QtBot, context: AppContext, first: dt.date) -> dict[str, list[str]]:
    context.settings.setValue("home_zone", "Europe/Berlin")
    window = make_window(qtbot, context, "agenda")
    window.go_to(first)
    model = window.pane.agenda_model
    found: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        shown = model.row_of(row)
        if shown.event is not None:
            text = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
            found.setdefault(f"{shown.day:%d}", []).append(f"{text} {shown.event.title}")
    return found


def test_a_late_call_shows_its_start_then_its_end(qtbot: QtBot, context: AppContext) -> None:
    start = dt.datetime(2025, 7, 8, 22, 30, tzinfo=BERLIN)
    context.store.events.add(
        Event("Call with Washington", EventKind.CALL, start, start + dt.timedelta(hours=2))
    )
    assert _times_by_day(qtbot, context, dt.date(2025, 7, 8)) == {
        "08": ["22:30 –… Call with Washington"],
        "09": ["…– 00:30 Call with Washington"],
    }


def test_an_event_in_its_own_zone_ends_in_both_clocks(qtbot: QtBot, context: AppContext) -> None:
    start = dt.datetime(2025, 7, 11, 7, 30, tzinfo=TOKYO)  # 00:30 in Berlin: one day there
    end = dt.datetime(2025, 7, 11, 6, 30, tzinfo=TOKYO)
    context.store.events.add(Event("Breakfast talks", EventKind.MEETING, end, start))
    assert _times_by_day(qtbot, context, dt.date(2025, 7, 10)) == {
        "10": ["06:30 Tokyo / 23:30 home –… Breakfast talks"],
        "11": ["…– 07:30 Tokyo / 00:30 home Breakfast talks"],
    }


def test_the_days_between_say_it_continues(qtbot: QtBot, context: AppContext) -> None:
    start = dt.datetime(2025, 7, 10, 14, 0, tzinfo=BERLIN)
    end = dt.datetime(2025, 7, 12, 11, 0, tzinfo=BERLIN)
    context.store.events.add(Event("Accession round", EventKind.MEETING, start, end))
    assert _times_by_day(qtbot, context, dt.date(2025, 7, 10)) == {
        "10": ["14:00 –… Accession round"],
        "11": ["… continues … Accession round"],
        "12": ["…– 11:00 Accession round"],
    }
