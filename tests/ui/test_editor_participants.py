"""Finding participants among many officials: typing narrows the list, ticked ones stay, and
an event's own people come first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind, Official, OfficialRef
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog

OFFICIALS = [
    Official("Maroš Šefčovič", "Trade Commissioner", "EU", id=1),
    Official("Sergey Lavrov", "Foreign Minister", "RU", id=2),
    Official("Wang Yi", "Foreign Minister", "CN", id=3),
    Official("Ana Ruiz", "Ambassador", "ES", id=4),
]


def _shown(dialog: EventEditorDialog) -> list[str]:
    names = []
    for row in range(dialog.participants.count()):
        item = dialog.participants.item(row)
        if not item.isHidden():
            names.append(item.text().split(" — ")[0])
    return names


def test_typing_narrows_the_list_by_name_title_or_country(qtbot: QtBot) -> None:
    dialog = EventEditorDialog(OFFICIALS, "UTC", day=dt.date(2025, 7, 15))
    qtbot.addWidget(dialog)
    dialog.participant_filter.setText("sefcovic")
    assert _shown(dialog) == ["Maroš Šefčovič"]
    dialog.participant_filter.setText("foreign minister")
    assert _shown(dialog) == ["Sergey Lavrov", "Wang Yi"]
    dialog.participant_filter.setText("china")
    assert _shown(dialog) == ["Wang Yi"]
    dialog.participant_filter.setText("")
    assert len(_shown(dialog)) == 4


def test_the_people_ticked_stay_in_view_and_an_events_own_come_first(qtbot: QtBot) -> None:
    start, end = all_day_span(dt.date(2025, 7, 15))
    event = Event("Talks", EventKind.MEETING, start, end, participants=(OfficialRef(3, "Wang Yi"),))
    dialog = EventEditorDialog(OFFICIALS, "UTC", event=event, day=dt.date(2025, 7, 15))
    qtbot.addWidget(dialog)
    first = dialog.participants.item(0)
    assert first.text().startswith("Wang Yi") and first.checkState() == Qt.CheckState.Checked
    dialog.participant_filter.setText("lavrov")
    assert _shown(dialog) == ["Wang Yi", "Sergey Lavrov"]
    assert [p.name for p in dialog.build_event().participants] == ["Wang Yi"]
