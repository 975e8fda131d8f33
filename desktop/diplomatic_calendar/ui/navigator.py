"""The navigator: a small month in a side dock, and the "go to date" dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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


class NavigatorDock(QDockWidget):
    """A mini month; clicking a day shows it in the current view."""

    def __init__(self, first_weekday: int, parent: QWidget | None = None) -> None:
        super().__init__("Navigator", parent)
        self.setObjectName("navigatorDock")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday % 7 + 1))
        self.setWidget(self.calendar)

    def show_date(self, day: dt.date) -> None:
        """Select ``day`` without announcing it (it came from the window)."""
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.blockSignals(False)


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
