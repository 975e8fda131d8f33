"""The calendar pane: every view in one stack, the day it is anchored on, and stepping."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.agenda_model import DEFAULT_DAYS, AgendaModel
from diplomatic_calendar.ui.models.layout import day_order_key, local_days
from diplomatic_calendar.ui.models.month_model import DateRole, MonthModel
from diplomatic_calendar.ui.models.time_grid_model import TimeGridModel
from diplomatic_calendar.ui.models.year_model import YearModel
from diplomatic_calendar.ui.views.agenda_view import AgendaView
from diplomatic_calendar.ui.views.month_view import MonthView
from diplomatic_calendar.ui.views.time_grid_view import TimeGridView
from diplomatic_calendar.ui.views.year_view import YearView

VIEW_NAMES = ("day", "week", "work_week", "month", "agenda", "year")
VIEW_LABELS = {
    "day": "Day",
    "week": "Week",
    "work_week": "Work week",
    "month": "Month",
    "agenda": "Agenda",
    "year": "Year",
}
_GRID_DAYS = {"day": 1, "week": 7, "work_week": 5}
# The first and last days every view can show whole (a month grid reaches into the weeks
# either side; a year view needs the year after for its end): going further stops here.
FIRST_SHOWABLE = dt.date(2, 1, 1)
LAST_SHOWABLE = dt.date(9998, 12, 31)


def within_showable(day: dt.date) -> dt.date:
    """``day``, or the nearest day every view can show."""
    return min(max(day, FIRST_SHOWABLE), LAST_SHOWABLE)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class CalendarPane(QStackedWidget):
    """Shows one view at a time; only that view's model asks the store, for its range only."""

    day_activated = Signal(object)
    slot_activated = Signal(object)
    span_chosen = Signal(object, object)
    event_activated = Signal(object)
    event_changed = Signal(object, object, str)
    context_requested = Signal(object, object)
    view_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.anchor = context.today()
        self.filter = EventFilter()
        self.current_view_name = "month"
        self.month_model = MonthModel(context, self)
        self.month_view = MonthView(self)
        self.month_view.setModel(self.month_model)
        # Today is the chosen day from the start: the arrows and N move on from it, not from
        # the grid's first cell, which the table would pick when it first gets the keyboard.
        self.month_view.setCurrentIndex(self.month_model.index_of(self.anchor))
        self.grid_model = TimeGridModel(context, 7, self)
        self.grid_view = TimeGridView(self.grid_model, context.now, self.working_hours, self)
        self.agenda_model = AgendaModel(context, self)
        self.agenda_view = AgendaView(self.agenda_model, self)
        self.year_model = YearModel(context, self)
        self.year_view = YearView(self.year_model, context.today, self.first_weekday, self)
        for view in (self.month_view, self.grid_view, self.agenda_view, self.year_view):
            self.addWidget(view)
        self._wire()
        self._scrolled = False
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        """The page shown decides: a hidden page (the wide welcome text) must not keep the
        calendar from narrowing when a dock opens beside it, nor push the window wider."""
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()

    def _wire(self) -> None:
        for view in (self.month_view, self.grid_view, self.agenda_view):
            view.day_activated.connect(self.day_activated)
            view.event_activated.connect(self.event_activated)
            view.context_requested.connect(self.context_requested)
        for view in (self.month_view, self.grid_view):
            view.event_changed.connect(self.event_changed)
        self.grid_view.slot_activated.connect(self.slot_activated)
        self.grid_view.span_chosen.connect(self.span_chosen)
        self.grid_view.day_opened.connect(self.open_day)
        self.year_view.day_clicked.connect(self.open_day)
        self.year_view.cursor_moved.connect(self._cursor_moved)
        selection = self.month_view.selectionModel()
        selection.currentChanged.connect(lambda current, _previous: self._day_chosen(current))

    def _cursor_moved(self, day: dt.date) -> None:
        self.anchor = day

    def _day_chosen(self, index: QModelIndex) -> None:
        """A day picked in the month (mouse or keys) becomes the day other views open on."""
        if index.isValid():
            self.anchor = index.data(DateRole)

    # Settings -----------------------------------------------------------------------------

    def first_weekday(self) -> int:
        """0 = Monday … 6 = Sunday, from the "first_weekday" setting."""
        return _int_setting(self._context, "first_weekday", 0) % 7

    def working_hours(self) -> tuple[int, int]:
        """(start, end) hours of the working day, from settings; 8–18 by default."""
        start = min(23, max(0, _int_setting(self._context, "work_start_hour", 8)))
        end = min(24, max(start + 1, _int_setting(self._context, "work_end_hour", 18)))
        return start, end

    def agenda_days(self) -> int:
        """How many days the agenda lists."""
        return max(1, _int_setting(self._context, "agenda_days", DEFAULT_DAYS))

    # Views --------------------------------------------------------------------------------

    def current_view(self) -> QWidget:
        """The widget of the view shown."""
        if self.current_view_name in _GRID_DAYS:
            return self.grid_view
        return {"month": self.month_view, "agenda": self.agenda_view, "year": self.year_view}[
            self.current_view_name
        ]

    def set_view(self, name: str) -> None:
        """Show the view called ``name`` (one of VIEW_NAMES) around the anchor day."""
        if name not in VIEW_NAMES:
            raise ValueError(f"unknown view {name!r}")
        self.current_view_name = name
        self.load()
        focused = QApplication.focusWidget()
        kept_focus = focused is not None and (focused is self or self.isAncestorOf(focused))
        self.setCurrentWidget(self.current_view())
        if kept_focus:  # the keys that act on the calendar keep working in the view shown now
            self.current_view().setFocus()
        if name in _GRID_DAYS and not self._scrolled:
            self.grid_view.scroll_to_working_hours()
            self._scrolled = True
        self.view_changed.emit(name)

    def open_day(self, day: dt.date) -> None:
        """Show ``day`` in the day view."""
        self.anchor = day
        self.set_view("day")

    def grid_first(self) -> dt.date:
        """The first day a time grid shows for the anchor."""
        if self.current_view_name == "day":
            return self.anchor
        if self.current_view_name == "work_week":
            # The Monday of the week shown around the anchor (which may start on a Sunday).
            week_start = self.anchor - dt.timedelta(
                days=(self.anchor.weekday() - self.first_weekday()) % 7
            )
            return week_start + dt.timedelta(days=(0 - self.first_weekday()) % 7)
        return self.anchor - dt.timedelta(days=(self.anchor.weekday() - self.first_weekday()) % 7)

    def load(self) -> None:
        """Have the current view's model fetch its range (and nothing else)."""
        name = self.current_view_name
        if name in _GRID_DAYS:
            self.grid_model.set_range(self.grid_first(), _GRID_DAYS[name])
        elif name == "month":
            if self.month_model.first_weekday != self.first_weekday():
                self.month_model.set_first_weekday(self.first_weekday())
            self.month_model.set_month(self.anchor.year, self.anchor.month)
            self.month_view.setCurrentIndex(self.month_model.index_of(self.anchor))
        elif name == "agenda":
            self.agenda_model.set_range(self.anchor, self.agenda_days())
        else:
            self.year_model.set_year(self.anchor.year)
            self.year_view.set_cursor(self.anchor)

    def refresh(self) -> None:
        """Re-read the shown period after a change; the month stays if an edge day is chosen."""
        shown = self.month_model.first_shown <= self.anchor < self.month_model.end_shown
        if self.current_view_name == "month" and shown:
            self.month_model.reload()
            self.month_view.setCurrentIndex(self.month_model.index_of(self.anchor))
        else:
            self.load()

    def step(self, periods: int) -> None:
        """Move by ``periods`` of the current view (days, weeks, months, agenda spans, years)."""
        name = self.current_view_name
        try:
            if name == "month":
                year, month = self.month_model.month
                shown = (self.anchor.year, self.anchor.month) == (year, month)
                start = self.anchor if shown else dt.date(year, month, 1)
                anchor = add_months(start, periods)
            elif name == "year":
                anchor = add_months(self.anchor, 12 * periods)
            elif name == "agenda":
                anchor = self.anchor + dt.timedelta(days=self.agenda_days() * periods)
            else:
                anchor = self.anchor + dt.timedelta(days=(1 if name == "day" else 7) * periods)
        except (OverflowError, ValueError):  # past the first or last day Python knows
            anchor = LAST_SHOWABLE if periods > 0 else FIRST_SHOWABLE
        self.anchor = within_showable(anchor)
        self.load()

    def go_to(self, day: dt.date) -> None:
        """Show the period holding ``day`` (the nearest day every view can show, at the ends)."""
        self.anchor = within_showable(day)
        self.load()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only events passing ``event_filter`` in every view."""
        self.filter = event_filter
        for model in (self.month_model, self.grid_model, self.agenda_model, self.year_model):
            model.event_filter = event_filter  # each reloads when it is next shown
        self.load()

    def select_event(self, event_id: int) -> bool:
        """Choose the shown event with ``event_id`` (after a search jump); False if not shown."""
        view = self.current_view()
        chooser = getattr(view, "choose_event", None)
        return bool(chooser(event_id)) if chooser is not None else False

    def shown_events(self) -> list[Event]:
        """The events the current view shows, each once, in the order they happen."""
        name = self.current_view_name
        found: dict[int | None, Event] = {}
        if name == "month":
            model = self.month_model
            for offset in range(7 * model.weeks):
                day = model.first_shown + dt.timedelta(days=offset)
                for event in filter(None, model.slots_on(day)):
                    found.setdefault(event.id, event)  # behind "+N more" too
        elif name in _GRID_DAYS:
            for row in range(self.grid_model.rowCount()):
                event = self.grid_model.event_at_row(row)
                found.setdefault(event.id, event)
        elif name == "agenda":
            for row in range(self.agenda_model.rowCount()):
                listed = self.agenda_model.row_of(row).event
                if listed is not None:
                    found.setdefault(listed.id, listed)
        home = self._context.home_zone
        return sorted(found.values(), key=lambda e: day_order_key(e, home))

    def choose_adjacent_event(self, step: int) -> Event | None:
        """Choose the event after (``step`` 1) or before (-1) the chosen one in the view; with
        none chosen, the first from the day chosen on, or the last up to it. None if there is
        no such event."""
        events = self.shown_events()
        ids = [e.id for e in events]
        chosen = self.selected_event()
        if chosen is not None and chosen.id in ids:
            position = ids.index(chosen.id) + step
        else:
            home = self._context.home_zone
            starts = [local_days(e, home)[0] for e in events]
            if step > 0:
                position = next((i for i, d in enumerate(starts) if d >= self.anchor), len(events))
            else:
                position = max((i for i, d in enumerate(starts) if d <= self.anchor), default=-1)
        if not 0 <= position < len(events):
            return None
        target = events[position]
        return target if target.id is not None and self.select_event(target.id) else None

    def selected_event(self) -> Event | None:
        """The event selected in the current view, if any."""
        view = self.current_view()
        return getattr(view, "selected_event", lambda: None)()

    def period_text(self) -> str:
        """What the toolbar says is shown: "July 2025", "7 – 13 Jul 2025 · W28", …"""
        name, day = self.current_view_name, self.anchor
        if name == "month":  # the month shown, even when a day of the weeks around it is chosen
            year, month = self.month_model.month
            return f"{dt.date(year, month, 1):%B %Y}"
        if name == "year":
            return f"{day:%Y}"
        if name == "day":
            return f"{day:%A %d %B %Y}"
        if name == "agenda":
            last = day + dt.timedelta(days=self.agenda_days() - 1)
            return f"{day:%d %b} – {last:%d %b %Y}"
        first = self.grid_first()
        last = first + dt.timedelta(days=_GRID_DAYS[name] - 1)
        return f"{first:%d %b} – {last:%d %b %Y} · W{self.week_number(first)}"

    def week_number(self, day: dt.date) -> int:
        """The number the month grid gives the week ``day`` is in: the ISO week of its Thursday
        (so a week that starts on Sunday is numbered as the month grid numbers its row)."""
        start = day - dt.timedelta(days=(day.weekday() - self.first_weekday()) % 7)
        return (start + dt.timedelta(days=(3 - self.first_weekday()) % 7)).isocalendar().week


def _int_setting(context: AppContext, key: str, default: int) -> int:
    value = context.settings.value(key, default)
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
