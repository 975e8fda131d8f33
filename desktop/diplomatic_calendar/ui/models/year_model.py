"""The year at a glance: twelve months, and for each day the kinds of event it holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.context import AppContext

MonthRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class YearModel(QAbstractListModel):
    """Twelve rows, one per month; ``kinds_on(day)`` says what shades a day."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._year = context.today().year
        self.event_filter = EventFilter()
        self._days: dict[dt.date, set[EventKind]] = {}

    @property
    def year(self) -> int:
        """The year shown."""
        return self._year

    def set_year(self, year: int) -> None:
        """Show another year."""
        self._year = year
        self.reload()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Shade only days with events that pass ``event_filter``."""
        self.event_filter = event_filter
        self.reload()

    def reload(self) -> None:
        """Ask the store which days of the year hold events."""
        self.beginResetModel()
        first, end = dt.date(self._year, 1, 1), dt.date(self._year + 1, 1, 1)
        home = self._context.home_zone
        if self.event_filter.is_empty:
            self._days = self._context.store.events.days_with_events(first, end, home)
        else:
            self._days = self._filtered(first, end, home)
        self.endResetModel()

    def _filtered(self, first: dt.date, end: dt.date, home: str) -> dict[dt.date, set[EventKind]]:
        from diplomatic_calendar.ui.models.layout import local_days

        out: dict[dt.date, set[EventKind]] = {}
        for event in self._context.store.events.between(first, end, home, self.event_filter):
            day, last = local_days(event, home)
            day = max(day, first)
            while day <= last and day < end:
                out.setdefault(day, set()).add(event.kind)
                day += dt.timedelta(days=1)
        return out

    def kinds_on(self, day: dt.date) -> set[EventKind]:
        """The kinds of event on a day (empty when none)."""
        return self._days.get(day, set())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 12

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < 12:
            return None
        month = dt.date(self._year, index.row() + 1, 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{month:%B}"
        if role == MonthRole:
            return month
        if role == Qt.ItemDataRole.ToolTipRole:
            busy = sum(1 for d in self._days if d.year == month.year and d.month == month.month)
            return f"{month:%B %Y}: {busy} days with events"
        return None
