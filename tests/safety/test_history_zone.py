"""The History dialog writes times in the calendar's home zone, as the window does, not the
stored UTC text or the computer's own zone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diplomatic_calendar.store.changelog import Change
from diplomatic_calendar.ui.dialogs.history_dialog import HistoryDialog, history_rows


def _moved() -> list[Change]:
    before = {"title": "Talks", "start_at": "2026-12-03T09:00:00Z", "announced": "2026-11-30"}
    after = {**before, "start_at": "2026-12-03T13:00:00Z", "announced": "2026-12-01"}
    return [Change("2026-11-28T11:32:00Z", "update", before, after, None)]


def test_moves_and_the_moment_of_the_change_read_in_the_home_zone() -> None:
    rows = history_rows(_moved(), str, "Europe/Berlin")
    by_field = {row[2]: row for row in rows}
    assert by_field["start"][3:5] == ("Thu 03 Dec 2026 10:00", "Thu 03 Dec 2026 14:00")
    assert by_field["start"][0] == "Sat 28 Nov 2026 12:32"
    assert by_field["announced"][3:5] == ("Mon 30 Nov 2026", "Tue 01 Dec 2026")
    tokyo = {row[2]: row for row in history_rows(_moved(), str, "Asia/Tokyo")}
    assert tokyo["start"][3] == "Thu 03 Dec 2026 18:00"


def test_the_dialog_names_the_zone_its_times_are_in(qtbot: QtBot) -> None:
    dialog = HistoryDialog("Talks", _moved(), str, home_zone="America/New_York")
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Sat 28 Nov 2026 06:32"
    note = dialog.findChild(QLabel, "historyZone")
    assert note is not None and "America/New_York" in note.text()
