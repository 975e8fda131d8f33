"""The month grid as a Qt table model: six weeks of seven days, each with its events."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.ui.context import AppContext

DateRole = Qt.ItemDataRole.UserRole + 1
EventsRole = Qt.ItemDataRole.UserRole + 2
InMonthRole = Qt.ItemDataRole.UserRole + 3
IsTodayRole = Qt.ItemDataRole.UserRole + 4

WEEKS = 6
_Index = QModelIndex | QPersistentModelIndex


def local_days(event: Event, home_zone: str) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) an event occupies, as seen in the home zone."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        tz = zone(home_zone)
        first = event.start.astimezone(tz).date()
        last = (event.end - dt.timedelta(microseconds=1)).astimezone(tz).date()
        return first, max(first, last)
    return event.first_day, event.last_day


def grid_start(year: int, month: int, first_weekday: int = 0) -> dt.date:
    """The first day shown for a month: the week's first day on or before the 1st."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=(first.weekday() - first_weekday) % 7)


class MonthModel(QAbstractTableModel):
    """Six rows of weeks, seven columns of days; asks the store for just the visible range."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._year, self._month = context.today().year, context.today().month
        self._first_weekday = 0
        self._filter = EventFilter()
        self._by_day: dict[dt.date, list[Event]] = {}
        self.reload()

    @property
    def month(self) -> tuple[int, int]:
        """The (year, month) shown."""
        return self._year, self._month

    @property
    def first_shown(self) -> dt.date:
        """The first day of the grid."""
        return grid_start(self._year, self._month, self._first_weekday)

    def set_month(self, year: int, month: int) -> None:
        """Show another month."""
        self._year, self._month = year, month
        self.reload()

    def set_first_weekday(self, weekday: int) -> None:
        """0 for Monday (ISO), 6 for Sunday."""
        self._first_weekday = weekday
        self.reload()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only events that pass ``event_filter``."""
        self._filter = event_filter
        self.reload()

    def reload(self) -> None:
        """Fetch the visible range again (after a change, or to pick up outside writes)."""
        self.beginResetModel()
        first = self.first_shown
        end = first + dt.timedelta(days=7 * WEEKS)
        home = self._context.home_zone
        by_day: dict[dt.date, list[Event]] = defaultdict(list)
        for event in self._context.store.events.between(first, end, home, self._filter):
            day, last = local_days(event, home)
            day = max(day, first)
            while day <= last and day < end:
                by_day[day].append(event)
                day += dt.timedelta(days=1)
        self._by_day = dict(by_day)
        self.endResetModel()

    def date_at(self, index: _Index) -> dt.date:
        """The date of a cell."""
        return self.first_shown + dt.timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: dt.date) -> QModelIndex:
        """The cell of a date, or an invalid index when it is not shown."""
        offset = (day - self.first_shown).days
        if not 0 <= offset < 7 * WEEKS:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def events_on(self, day: dt.date) -> list[Event]:
        """The events shown on a day, all-day and deadlines first, then by start."""
        found = self._by_day.get(day, [])
        return sorted(found, key=lambda e: (not e.all_day, str(e.start), e.title))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.date_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DateRole:
            return day
        if role == EventsRole:
            return self.events_on(day)
        if role == InMonthRole:
            return day.month == self._month
        if role == IsTodayRole:
            return day == self._context.today()
        if role == Qt.ItemDataRole.ToolTipRole:
            events = self.events_on(day)
            lines = [f"{day:%A %d %B %Y}"] + [f"• {e.title}" for e in events]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{day:%A %d %B}, {len(self.events_on(day))} events"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            weekday = (section + self._first_weekday) % 7
            return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday]
        row_start = self.first_shown + dt.timedelta(days=section * 7)
        thursday = row_start + dt.timedelta(days=(3 - self._first_weekday) % 7)
        return f"W{thursday.isocalendar().week}"

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
