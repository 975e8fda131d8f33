"""Small builders shared by the view tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow


def timed(
    title: str,
    day: dt.date,
    hour: int,
    minutes: int = 60,
    zone: str = "UTC",
    kind: EventKind = EventKind.MEETING,
    **fields: object,
) -> Event:
    start = dt.datetime.combine(day, dt.time(hour), tzinfo=ZoneInfo(zone))
    return Event(title, kind, start, start + dt.timedelta(minutes=minutes), **fields)  # type: ignore[arg-type]


def all_day(
    title: str,
    first: dt.date,
    last: dt.date | None = None,
    kind: EventKind = EventKind.SUMMIT,
    **fields: object,
) -> Event:
    start, end = all_day_span(first, last)
    return Event(title, kind, start, end, **fields)  # type: ignore[arg-type]


def make_window(qtbot: QtBot, context: AppContext, view: str = "month") -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.set_view(view)
    # The window answers these by opening a modal editor; the tests check the requests instead.
    for signal in (
        window.pane.day_activated,
        window.pane.slot_activated,
        window.pane.span_chosen,
        window.pane.event_activated,
    ):
        signal.disconnect()
    return window
