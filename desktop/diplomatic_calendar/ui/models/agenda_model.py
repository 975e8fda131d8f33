"""The agenda: the events of N days as a table, grouped under a row per day, deadlines first.

Only days with events get a heading, and today, so that the eye finds where it is; a range with
nothing in it says so in one line instead of listing empty days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.layout import (
    local_days,
    time_label_on,
    time_order_key,
    tooltip_html,
    tooltip_text,
)
from diplomatic_calendar.ui.palette import kind_colour

EventRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2
IsDayRole = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("Time", "Kind", "Title", "Countries", "Participants", "Location")
DEFAULT_DAYS = 14
_Index = QModelIndex | QPersistentModelIndex


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        EventRole,
        DateRole,
        IsDayRole,
    }
)


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@cache
def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


@cache
def _deadline_band(kind: EventKind) -> QColor:
    band = QColor(kind_colour(kind))
    band.setAlpha(40)
    return band


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """A day heading (``event`` None) or one event under it.

    ``empty`` marks the one heading of a range that has no events at all.
    """

    day: dt.date
    event: Event | None = None
    empty: bool = False


class AgendaModel(QAbstractTableModel):
    """Days from ``first`` over ``count`` days; each heading is followed by its deadlines."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._first = context.today()
        self._count = DEFAULT_DAYS
        self.event_filter = EventFilter()
        self._rows: list[AgendaRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._today = context.today()
        self._quiet = True  # today has no events
        self._home = context.home_zone

    @property
    def first(self) -> dt.date:
        """The first day listed."""
        return self._first

    @property
    def count(self) -> int:
        """How many days are listed."""
        return self._count

    def set_range(self, first: dt.date, count: int) -> None:
        """List ``count`` days from ``first``."""
        self._first, self._count = first, max(1, count)
        self.reload()

    def set_filter(self, event_filter: EventFilter) -> None:
        """List only events that pass ``event_filter``."""
        self.event_filter = event_filter
        self.reload()

    def reload(self) -> None:
        """Fetch the listed days from the store."""
        self.beginResetModel()
        home = self._home = self._context.home_zone
        self._today = self._context.today()
        end = self._first + dt.timedelta(days=self._count)
        by_day: dict[dt.date, list[Event]] = defaultdict(list)
        found = self._context.store.events.between(self._first, end, home, self.event_filter)
        for event in sorted(found, key=time_order_key):
            day, last = local_days(event, home)
            day = max(day, self._first)
            while day <= last and day < end:
                by_day[day].append(event)
                day += dt.timedelta(days=1)
        self._rows = []
        for offset in range(self._count):
            day = self._first + dt.timedelta(days=offset)
            todays = by_day.get(day, [])
            if todays or day == self._today:
                self._rows.append(AgendaRow(day))
                self._rows.extend(AgendaRow(day, e) for e in todays)
        self._quiet = not by_day.get(self._today)
        if not by_day:
            self._rows = [AgendaRow(self._first, empty=True)]
        self._texts = [
            tuple(self._cell_text(r.event, c, home, r.day) for c in range(len(COLUMNS)))
            if r.event
            else ()
            for r in self._rows
        ]
        self.endResetModel()

    def time_texts(self) -> set[str]:
        """The distinct texts of the Time column."""
        return {texts[0] for texts in self._texts if texts}

    def row_of(self, row: int) -> AgendaRow:
        """What a row shows."""
        return self._rows[row]

    def heading_row(self, day: dt.date) -> int:
        """The row of a day's heading, or -1 (a day with no events has none, unless today)."""
        return next((i for i, r in enumerate(self._rows) if r.day == day and not r.event), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell asks for a dozen roles; answering the unused ones first keeps paint cheap.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and row.event is not None:
            return self._texts[index.row()][index.column()]
        if role == DateRole:
            return row.day
        if role == IsDayRole:
            return row.event is None
        if role == EventRole:
            return row.event
        if row.event is None:
            return self._heading_data(row, index.column(), role)
        return self._event_data(row.event, index.column(), role)

    def _heading_data(self, row: AgendaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self._heading_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.empty:
            return "Double-click to add an event on the first day"
        if role == Qt.ItemDataRole.FontRole and not row.empty:
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(128, 128, 128, 40)  # reads as a band on light and dark themes alike
        return None

    def _heading_text(self, row: AgendaRow) -> str:
        if row.empty:
            last = self._first + dt.timedelta(days=self._count - 1)
            filtered = "" if self.event_filter.is_empty else " (a filter is on)"
            if last == self._first:
                return f"No events on {self._first:%A %d %B %Y}{filtered}"
            return f"No events from {self._first:%d %B %Y} to {last:%d %B %Y}{filtered}"
        if row.day != self._today:
            return f"{row.day:%A %d %B %Y}"
        return f"{row.day:%A %d %B %Y} · today" + (" · nothing scheduled" if self._quiet else "")

    def _event_data(self, event: Event, column: int, role: int) -> Any:
        home = self._home
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(tooltip_text(event, home))
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return kind_colour(event.kind)
        if role == Qt.ItemDataRole.BackgroundRole and event.kind.is_deadline:
            return _deadline_band(event.kind)
        if role == Qt.ItemDataRole.FontRole and event.status is EventStatus.CANCELLED:
            return _struck()  # as the printed agenda marks it
        return None

    @staticmethod
    def _cell_text(event: Event, column: int, home: str, day: dt.date) -> str:
        if column == 0:
            if event.kind.is_deadline and event.all_day:
                return "Deadline"
            return time_label_on(event, day, home)
        if column == 1:
            return event.kind.label
        if column == 2:
            if event.status in (EventStatus.PLANNED, EventStatus.CONFIRMED):
                return event.title
            return f"{event.title} ({event.status.label})"
        if column == 3:
            return ", ".join(country_name(c) for c in event.countries)
        if column == 4:
            return ", ".join(p.name for p in event.participants)
        return str(event.location)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
