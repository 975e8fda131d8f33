"""The navigator: a small month in a side dock, and the "go to date" dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QWidget,
)

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


class GoToDateDialog(QDialog):
    """Ask for a date; ``chosen()`` is it after OK."""

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Go to date")
        self.date_edit = QDateEdit(to_qdate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow("Date:", self.date_edit)
        layout.addRow(self.buttons)

    def chosen(self) -> dt.date:
        """The date entered."""
        return to_date(self.date_edit.date())
