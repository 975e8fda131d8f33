"""The month grid as a Qt table model: six weeks of seven days, each with its events."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.layout import (
    Bar,
    assign_lanes,
    lane_order,
    local_days,
    sort_key,
    tooltip_html,
    tooltip_text,
)

DateRole = Qt.ItemDataRole.UserRole + 1
EventsRole = Qt.ItemDataRole.UserRole + 2
InMonthRole = Qt.ItemDataRole.UserRole + 3
IsTodayRole = Qt.ItemDataRole.UserRole + 4
SlotsRole = Qt.ItemDataRole.UserRole + 5

WEEKS = 6  # the most a month needs
_Index = QModelIndex | QPersistentModelIndex


def _setting_int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def weeks_needed(year: int, month: int, first_weekday: int = 0) -> int:
    """Rows from the week holding the 1st to the week holding the month's last day."""
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return (last - grid_start(year, month, first_weekday)).days // 7 + 1


def grid_start(year: int, month: int, first_weekday: int = 0) -> dt.date:
    """The first day shown for a month: the week's first day on or before the 1st."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=(first.weekday() - first_weekday) % 7)


class MonthModel(QAbstractTableModel):
    """Six rows of weeks, seven columns of days; asks the store for just the visible range."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._home = context.home_zone  # read once per reload: QSettings is slow per paint
        self._year, self._month = context.today().year, context.today().month
        self._first_weekday = _setting_int(context.settings.value("first_weekday", 0)) % 7
        self.event_filter = EventFilter()
        self._today = context.today()
        self._by_day: dict[dt.date, list[Event]] = {}
        self._slots: dict[dt.date, list[Event | None]] = {}
        self._bars: list[list[Bar]] = [[] for _ in range(WEEKS)]
        self._bar_ids: list[set[int]] = [set() for _ in range(WEEKS)]
        self._first_shown = grid_start(self._year, self._month, self._first_weekday)
        self._weeks = WEEKS
        self.reload()

    @property
    def month(self) -> tuple[int, int]:
        """The (year, month) shown."""
        return self._year, self._month

    @property
    def first_weekday(self) -> int:
        """0 for Monday (ISO), 6 for Sunday."""
        return self._first_weekday

    @property
    def home_zone(self) -> str:
        """The zone whose days and times the grid shows."""
        return self._home

    @property
    def first_shown(self) -> dt.date:
        """The first day of the grid."""
        return self._first_shown

    @property
    def end_shown(self) -> dt.date:
        """The day after the grid's last."""
        return self.first_shown + dt.timedelta(days=7 * self.weeks)

    @property
    def weeks(self) -> int:
        """How many week rows the month needs (four to six): no row shows only other months."""
        return self._weeks

    def set_month(self, year: int, month: int) -> None:
        """Show another month (the row count may change, so inside the reset)."""
        self.beginResetModel()
        self._year, self._month = year, month
        self._fetch()
        self.endResetModel()

    def set_first_weekday(self, weekday: int) -> None:
        """0 for Monday (ISO), 6 for Sunday."""
        if weekday % 7 == self._first_weekday:
            return  # nothing moves: spare the store a read (settings apply this at start-up)
        self.beginResetModel()
        self._first_weekday = weekday % 7
        self._fetch()
        self.endResetModel()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only events that pass ``event_filter``."""
        self.event_filter = event_filter
        self.reload()

    def reload(self) -> None:
        """Fetch the visible range again and lay it out (after a change, or outside writes)."""
        self.beginResetModel()
        self._fetch()
        self.endResetModel()

    def _fetch(self) -> None:
        # the grid's shape is asked for by every index() while painting: work it out once here
        self._first_shown = grid_start(self._year, self._month, self._first_weekday)
        self._weeks = weeks_needed(self._year, self._month, self._first_weekday)
        first, end = self.first_shown, self.end_shown
        home = self._home = self._context.home_zone
        self._today = self._context.today()
        events = self._context.store.events.between(first, end, home, self.event_filter)
        by_day: dict[dt.date, list[Event]] = defaultdict(list)
        spans = []
        for event in sorted(events, key=sort_key):
            day, last = local_days(event, home)
            if last > day:
                spans.append((event, day, last))
            day = max(day, first)
            while day <= last and day < end:
                by_day[day].append(event)
                day += dt.timedelta(days=1)
        self._by_day = dict(by_day)
        self._lay_out(spans)

    def _lay_out(self, spans: list[tuple[Event, dt.date, dt.date]]) -> None:
        """Bars keep one lane across a week row; single-day chips fill the lanes left over."""
        multi_day = {id(span[0]) for span in spans}
        spans = lane_order(spans)
        self._bars, self._slots, self._bar_ids = [], {}, []
        for row in range(self.weeks):
            row_start = self.first_shown + dt.timedelta(days=7 * row)
            bars = assign_lanes(spans, row_start, 7, ordered=True)
            self._bars.append(bars)
            self._bar_ids.append({id(b.event) for b in bars})
            for col in range(7):
                day = row_start + dt.timedelta(days=col)
                slots: list[Event | None] = []
                for bar in bars:
                    if bar.first <= col <= bar.last:
                        slots.extend([None] * (bar.lane + 1 - len(slots)))
                        slots[bar.lane] = bar.event
                singles = iter(e for e in self._by_day.get(day, []) if id(e) not in multi_day)
                slots = [s if s is not None else next(singles, None) for s in slots]
                slots.extend(singles)
                self._slots[day] = slots

    def bars(self, row: int) -> list[Bar]:
        """The multi-day bars of a week row, each in its lane."""
        return self._bars[row] if 0 <= row < len(self._bars) else []

    def is_bar(self, row: int, event: Event) -> bool:
        """Whether ``event`` is drawn as a bar across week row ``row`` (not as a chip)."""
        return 0 <= row < len(self._bar_ids) and id(event) in self._bar_ids[row]

    def slots_in_row(self, row: int) -> list[list[Event | None]]:
        """The lanes of each day of a week row, left to right."""
        start = self.first_shown + dt.timedelta(days=7 * row)
        return [self.slots_on(start + dt.timedelta(days=c)) for c in range(7)]

    def slots_on(self, day: dt.date) -> list[Event | None]:
        """What each lane of a day shows; a multi-day event's lane holds the event itself."""
        return self._slots.get(day, [])

    def date_at(self, index: _Index) -> dt.date:
        """The date of a cell."""
        return self.first_shown + dt.timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: dt.date) -> QModelIndex:
        """The cell of a date, or an invalid index when it is not shown."""
        offset = (day - self.first_shown).days
        if not 0 <= offset < 7 * self.weeks:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def events_on(self, day: dt.date) -> list[Event]:
        """The events shown on a day: deadlines, then all-day events, then by start."""
        return list(self._by_day.get(day, []))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.weeks

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
            return day == self._today
        if role == SlotsRole:
            return self.slots_on(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            home = self._home
            lines = [f"{day:%A %d %B %Y}"]
            lines += [tooltip_text(e, home).split("\n", 1)[0] for e in self.events_on(day)]
            return tooltip_html("\n".join(lines))
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
