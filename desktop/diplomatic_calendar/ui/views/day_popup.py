"""The "+N more" popup: every event of one day, any of which opens for editing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.models.layout import (
    time_label,
    time_order_key,
    tooltip_html,
    tooltip_text,
)
from diplomatic_calendar.ui.palette import kind_colour, kind_tag

EventRole = Qt.ItemDataRole.UserRole + 1


class DayPopup(QFrame):
    """A popup list of a day's events; activating one emits ``event_activated``."""

    event_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)

    def show_events(self, day: dt.date, events: list[Event], home_zone: str, at: QPoint) -> None:
        """Fill the list with ``events`` and show it at ``at`` (global coordinates)."""
        self.title.setText(f"{day:%A %d %B %Y} · {len(events)} events")
        self.list.clear()
        for event in sorted(events, key=time_order_key):  # read down the day, by the clock
            tag = kind_tag(event.kind)
            text = f"{time_label(event, home_zone)}  {tag + ' · ' if tag else ''}{event.title}"
            item = QListWidgetItem(text)
            item.setData(EventRole, event)
            item.setData(Qt.ItemDataRole.DecorationRole, kind_colour(event.kind))
            item.setToolTip(tooltip_html(tooltip_text(event, home_zone)))
            self.list.addItem(item)
        self.resize(440, min(420, 60 + 22 * len(events)))
        self.move(at)
        self.show()
        self.list.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.hide()
        self.event_activated.emit(item.data(EventRole))
