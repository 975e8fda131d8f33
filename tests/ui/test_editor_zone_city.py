"""The event editor takes a city typed as the time zone ("Tokyo")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog


def test_a_city_typed_for_the_zone_saves_in_its_zone(qtbot: QtBot) -> None:
    dialog = EventEditorDialog([], "Europe/Berlin", day=dt.date(2026, 3, 6))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Breakfast talks")
    dialog.zone.setEditText("Tokyo")
    dialog.start_time.setTime(QTime(10, 0))
    dialog.accept()
    saved = dialog.result_event()
    assert saved is not None and saved.timezone == "Asia/Tokyo"
    assert isinstance(saved.start, dt.datetime) and saved.start.hour == 10
