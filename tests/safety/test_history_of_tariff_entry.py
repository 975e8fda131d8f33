"""Show history on a tariff's calendar entry shows the tariff action's history too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind, Source, TariffAction, TariffStatus
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.history_dialog import TARIFF_COLUMNS, HistoryDialog
from diplomatic_calendar.ui.main_window import MainWindow

DAY = dt.date(2025, 8, 1)


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _history_of(qtbot: QtBot, context: AppContext, event_id: int, day: dt.date) -> HistoryDialog:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(day)
    assert window.month_view.choose_event(event_id)
    window.actions_by_key["show_history"].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    return dialog


def test_the_entry_shows_the_status_rate_and_date_changes_and_why(
    qtbot: QtBot, context: AppContext
) -> None:
    store = context.store
    letter = store.sources.add(Source("The letter of 7 July sets 25%.", title="Letter of 7 July"))
    action = store.tariffs.add(
        TariffAction("US", "MY", 24.0, effective_date=dt.date(2025, 7, 9)),
        changed_on=dt.date(2025, 4, 2),
        note="Liberation Day list",
    )
    assert action.id is not None
    moved = store.tariffs.update(
        action.with_changes(rate_percent=25.0, effective_date=DAY),
        note="letter of 7 July",
        source_id=letter.id,
        changed_on=dt.date(2025, 7, 7),
    )
    store.tariffs.update(
        moved.with_changes(status=TariffStatus.PAUSED),
        note="paused per order of 27 July",
        changed_on=dt.date(2025, 7, 27),
    )
    (entry,) = [e for e in store.events.between(DAY, DAY + dt.timedelta(days=1))]
    dialog = _history_of(qtbot, context, entry.id or 0, DAY)
    assert dialog.tariff_table is not None
    assert dialog.tariff_table.columnCount() == len(TARIFF_COLUMNS)
    assert _cells(dialog.tariff_table) == [
        ["Wed 02 Apr 2025", "Announced", "24%", "Wed 09 Jul 2025", "Liberation Day list", ""],
        [
            "Mon 07 Jul 2025",
            "Announced",
            "24% → 25%",
            "Wed 09 Jul 2025 → Fri 01 Aug 2025",
            "letter of 7 July",
            "Letter of 7 July",
        ],
        [
            "Sun 27 Jul 2025",
            "Announced → Paused",
            "25%",
            "Fri 01 Aug 2025",
            "paused per order of 27 July",
            "",
        ],
    ]


def test_an_ordinary_event_has_no_tariff_history(qtbot: QtBot, context: AppContext) -> None:
    start, end = all_day_span(DAY)
    event = context.store.events.add(Event("Talks", EventKind.MEETING, start, end))
    dialog = _history_of(qtbot, context, event.id or 0, DAY)
    assert dialog.tariff_table is None
