"""Twelve small months; days with events are shaded, deadlines marked; a click opens the day.

From the keyboard, the arrow keys move a day cursor within the year shown (Home and End go to
its month's first and last day) and Enter opens the day under it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.models.year_model import YearModel
from diplomatic_calendar.ui.palette import kind_colour

COLUMNS, ROWS = 4, 3
TITLE = 22


class YearView(QWidget):
    """A 4 × 3 grid of mini months drawn from a YearModel."""

    day_clicked = Signal(object)
    cursor_moved = Signal(object)

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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cursor_day = today()
        model.modelReset.connect(self.update)

    def set_cursor(self, day: dt.date) -> None:
        """Put the keyboard's day cursor on ``day``."""
        self.cursor_day = day
        self.update()

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
        if day == self.cursor_day and self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
        role = QPalette.ColorRole.PlaceholderText if day.weekday() >= 5 else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def event(self, event: QEvent) -> bool:
        # Enter opens the day under the cursor here, before the window's "edit event" key.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _opening_keys()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in moves:
            self._move_cursor(self.cursor_day + dt.timedelta(days=moves[Qt.Key(key)]))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            month = self.cursor_day.replace(day=1)
            last = calendar.monthrange(month.year, month.month)[1]
            self._move_cursor(month if key == Qt.Key.Key_Home else month.replace(day=last))
        elif key in _opening_keys():
            self.day_clicked.emit(self.cursor_day)
        else:
            super().keyPressEvent(event)

    def _move_cursor(self, day: dt.date) -> None:
        if day.year != self.model.year:
            return  # Page Up and Page Down change the year
        self.set_cursor(day)
        self.cursor_moved.emit(day)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)


def _opening_keys() -> tuple[Qt.Key, ...]:
    return (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
