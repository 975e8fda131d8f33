"""Days side by side for the week, work-week and day views: an all-day band and timed events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.layout import (
    Bar,
    Placed,
    assign_lanes,
    in_all_day_band,
    local_days,
    place_timed,
    sort_key,
    time_label,
    tooltip_html,
    tooltip_text,
)

EventRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class TimeGridModel(QAbstractListModel):
    """One row per event shown; the layout (band lanes, columns) is worked out on reload."""

    def __init__(self, context: AppContext, days: int = 7, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._home = context.home_zone  # read once per reload: QSettings is slow per paint
        self._first = context.today()
        self._count = days
        self.event_filter = EventFilter()
        self.band: list[Bar] = []
        self.placed: list[Placed] = []
        self._rows: list[Event] = []

    @property
    def home_zone(self) -> str:
        """The zone whose clock the grid shows."""
        return self._home

    @property
    def days(self) -> list[dt.date]:
        """The days shown, left to right."""
        return [self._first + dt.timedelta(days=i) for i in range(self._count)]

    @property
    def first(self) -> dt.date:
        """The first day shown."""
        return self._first

    def set_range(self, first: dt.date, count: int) -> None:
        """Show ``count`` days from ``first``."""
        self._first, self._count = first, count
        self.reload()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only events that pass ``event_filter``."""
        self.event_filter = event_filter
        self.reload()

    def reload(self) -> None:
        """Fetch the shown days from the store and lay them out."""
        self.beginResetModel()
        home = self._home = self._context.home_zone
        end = self._first + dt.timedelta(days=self._count)
        events = sorted(
            self._context.store.events.between(self._first, end, home, self.event_filter),
            key=sort_key,
        )
        banded = [e for e in events if in_all_day_band(e)]
        spans = [(e, *local_days(e, home)) for e in banded]
        self.band = assign_lanes(spans, self._first, self._count)
        self.placed = place_timed([e for e in events if not in_all_day_band(e)], self.days, home)
        self._rows = [b.event for b in self.band] + [p.event for p in self.placed]
        self.endResetModel()

    @property
    def band_lanes(self) -> int:
        """How many lanes the all-day band needs."""
        return max((b.lane + 1 for b in self.band), default=0)

    def event_at_row(self, row: int) -> Event:
        """The event of a row."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{time_label(event, self.home_zone)} {event.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(tooltip_text(event, self.home_zone))
        if role == EventRole:
            return event
        return None
