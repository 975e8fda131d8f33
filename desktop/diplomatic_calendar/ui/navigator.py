"""The navigator: a small month in a side dock, and the "go to date" dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from diplomatic_calendar.ui.views.pane import FIRST_SHOWABLE, LAST_SHOWABLE
from diplomatic_calendar.ui.widgets import to_date, to_qdate

# The mini month shows parts of the months either side: mark those days too.
_PAGE_MARGIN = dt.timedelta(days=14)
MARK_DELAY_MS = 150


class NavigatorDock(QDockWidget):
    """A mini month; days with events are bold, and clicking a day shows it in the view."""

    def __init__(
        self,
        first_weekday: int,
        parent: QWidget | None = None,
        busy_days: Callable[[dt.date, dt.date], Iterable[dt.date]] | None = None,
    ) -> None:
        super().__init__("Navigator", parent)
        self.setObjectName("navigatorDock")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.set_first_weekday(first_weekday)
        self.setWidget(self.calendar)
        self._busy_days = busy_days
        self._marked: set[dt.date] = set()
        # The marks wait until navigation pauses: stepping through months (Page Down held, or a
        # drag) should not pay for a decoration of the side panel on every step.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(MARK_DELAY_MS)
        self._pending.timeout.connect(self.mark_busy_days)
        self.calendar.currentPageChanged.connect(lambda _year, _month: self.schedule_marks())
        self.schedule_marks()

    def set_first_weekday(self, first_weekday: int) -> None:
        """Start the weeks on ``first_weekday`` (0 = Monday … 6 = Sunday), as the views do."""
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday % 7 + 1))

    def schedule_marks(self) -> None:
        """Mark the busy days once navigation has paused (after a change or a turn)."""
        if self._busy_days is not None:
            self._pending.start()

    def mark_busy_days(self) -> None:
        """Make the days of the shown page that have events bold, now."""
        if self._busy_days is None:
            return
        first = dt.date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start, end = first - _PAGE_MARGIN, first + dt.timedelta(days=31) + _PAGE_MARGIN
        busy = set(self._busy_days(start, end))
        plain, bold = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for day in self._marked - busy:
            self.calendar.setDateTextFormat(to_qdate(day), plain)
        for day in busy - self._marked:
            self.calendar.setDateTextFormat(to_qdate(day), bold)
        self._marked = busy

    def marked_days(self) -> set[dt.date]:
        """The days shown bold."""
        return set(self._marked)

    def show_date(self, day: dt.date) -> None:
        """Select ``day`` without announcing it (it came from the window)."""
        page = (self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.blockSignals(False)
        if (self.calendar.yearShown(), self.calendar.monthShown()) != page:
            self.schedule_marks()


def parse_typed_date(text: str, near: dt.date) -> dt.date | None:
    """A day typed the way people write one: "31 December 2026", "Dec 31, 2026", "2026-12-31",
    "31/12/2026" (the day first, unless the year comes first), "December 2026" (its first day),
    "31 Dec" (in ``near``'s year), "today", "tomorrow", "yesterday". None when it is not a day."""
    words = " ".join(text.split()).strip().lower()
    if not words:
        return None
    relative = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if words in relative:
        return dt.date.today() + dt.timedelta(days=relative[words])
    if words.isdigit() and len(words) == 4:
        return dt.date(int(words), 1, 1) if int(words) >= 1 else None  # a year: its first day
    weekday = _WEEKDAYS.get(words.rstrip("."))
    if weekday is not None:  # "tue": the next one from the day in view, as people mean it
        return near + dt.timedelta(days=(weekday - near.weekday()) % 7 or 7)
    from dateutil import parser

    default = dt.datetime(near.year, near.month, 1)
    try:
        parsed = parser.parse(words, dayfirst=True, default=default)
    except (ValueError, OverflowError):
        return None
    if parsed.time() != dt.time() or parsed.tzinfo is not None:
        return None  # "10:30" or "UTC" is not a day
    return parsed.date()


_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}


class GoToDateDialog(QDialog):
    """Ask for a date, typed in words or figures or picked on a month; ``chosen()`` after OK."""

    def __init__(self, day: dt.date, parent: QWidget | None = None, first_weekday: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle("Go to date")
        self._near = day
        self._chosen: dt.date | None = day
        self.date_edit = QLineEdit(f"{day.day} {day:%B %Y}")
        self.date_edit.setPlaceholderText("e.g. 31 December 2026 or 2026-12-31")
        self.date_edit.setToolTip(
            "A day in words or figures (the day before the month): 31 December 2026, "
            "31/12/2026, 2026-12-31, December 2026, today"
        )
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setDateRange(to_qdate(FIRST_SHOWABLE), to_qdate(LAST_SHOWABLE))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday % 7 + 1))
        self.calendar.setSelectedDate(to_qdate(day))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow("&Date:", self.date_edit)
        layout.addRow("", self.hint)
        layout.addRow(self.calendar)
        layout.addRow(self.buttons)
        self.date_edit.textEdited.connect(self._typed)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(lambda _day: self.accept())
        self.date_edit.selectAll()
        self._show(day)

    def _typed(self, text: str) -> None:
        day = parse_typed_date(text, self._near)
        if day is None:
            self._chosen = None
            self.hint.setText("Not a date yet: try 31 December 2026 or 2026-12-31")
        elif not FIRST_SHOWABLE <= day <= LAST_SHOWABLE:
            self._chosen = None
            self.hint.setText(
                f"The calendar shows days from {FIRST_SHOWABLE:%d %b} {FIRST_SHOWABLE.year} "
                f"to {LAST_SHOWABLE:%d %b %Y}"
            )
        else:
            self._chosen = day
            self.calendar.setSelectedDate(to_qdate(day))
            self._show(day)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._chosen is not None)

    def _picked(self, qdate: object) -> None:
        day = to_date(qdate)  # type: ignore[arg-type]
        self._chosen = day
        self.date_edit.setText(f"{day.day} {day:%B %Y}")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._show(day)

    def _show(self, day: dt.date) -> None:
        self.hint.setText(f"{day:%A} {day.day} {day:%B} {day.year}")

    def chosen(self) -> dt.date:
        """The date entered (the one the dialog opened on, if none was)."""
        return self._chosen or self._near
