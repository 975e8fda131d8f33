"""Twelve small months; days with events are shaded, deadlines marked; a click opens the day."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.models.year_model import YearModel
from diplomatic_calendar.ui.palette import kind_colour

COLUMNS, ROWS = 4, 3
TITLE = 22


class YearView(QWidget):
    """A 4 × 3 grid of mini months drawn from a YearModel."""

    day_clicked = Signal(object)

    def __init__(
        self,
        model: YearModel,
        today: Callable[[], dt.date],
        first_weekday: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._today = today
        self._first_weekday = first_weekday
        self.setAccessibleName("Year")
        model.modelReset.connect(self.update)

    def _month_rect(self, month: int) -> QRect:
        width, height = self.width() // COLUMNS, self.height() // ROWS
        col, row = (month - 1) % COLUMNS, (month - 1) // COLUMNS
        return QRect(col * width, row * height, width, height).adjusted(8, 6, -8, -6)

    def _cell(self, month_rect: QRect) -> tuple[int, int]:
        return month_rect.width() // 7, max(10, (month_rect.height() - TITLE - 18) // 6)

    def day_rect(self, day: dt.date) -> QRect:
        """Where a day of the shown year is drawn."""
        rect = self._month_rect(day.month)
        width, height = self._cell(rect)
        first = day.replace(day=1)
        offset = (first.weekday() - self._first_weekday()) % 7 + day.day - 1
        top = rect.top() + TITLE + 18
        return QRect(
            rect.left() + (offset % 7) * width, top + (offset // 7) * height, width, height
        )

    def day_at(self, pos: QPoint) -> dt.date | None:
        """The day under ``pos``, if any."""
        for month in range(1, 13):
            if self._month_rect(month).contains(pos):
                for number in range(1, calendar.monthrange(self.model.year, month)[1] + 1):
                    day = dt.date(self.model.year, month, number)
                    if self.day_rect(day).contains(pos):
                        return day
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        for month in range(1, 13):
            self._paint_month(painter, palette, month)
        painter.end()

    def _paint_month(self, painter: QPainter, palette: QPalette, month: int) -> None:
        rect = self._month_rect(month)
        width, _height = self._cell(rect)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QRect(rect.left(), rect.top(), rect.width(), TITLE)
        painter.drawText(
            title,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            dt.date(self.model.year, month, 1).strftime("%B"),
        )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for col in range(7):
            name = "MTWTFSS"[(col + self._first_weekday()) % 7]
            painter.drawText(
                QRect(rect.left() + col * width, rect.top() + TITLE, width, 18),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        for number in range(1, calendar.monthrange(self.model.year, month)[1] + 1):
            self._paint_day(painter, palette, dt.date(self.model.year, month, number))

    def _paint_day(self, painter: QPainter, palette: QPalette, day: dt.date) -> None:
        cell = self.day_rect(day).adjusted(1, 1, -1, -1)
        kinds = self.model.kinds_on(day)
        if kinds:
            shade = QColor(palette.color(QPalette.ColorRole.Link))
            shade.setAlpha(60)
            painter.fillRect(cell, shade)
        deadline = next(
            (k for k in (EventKind.TARIFF_DEADLINE, EventKind.DEADLINE) if k in kinds), None
        )
        if deadline is not None:
            painter.setPen(QPen(kind_colour(deadline), 2))
            painter.drawLine(cell.bottomLeft(), cell.bottomRight())
        if day == self._today():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 2))
            painter.drawRect(cell)
        role = QPalette.ColorRole.PlaceholderText if day.weekday() >= 5 else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)
