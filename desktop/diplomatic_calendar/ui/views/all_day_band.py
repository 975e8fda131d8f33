"""The all-day band of the time grid: day names, then all-day and multi-day events in lanes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.views.grid_geometry import GUTTER, HEADER, LANE_HEIGHT, Columns
from diplomatic_calendar.ui.views.painting import chip_label, paint_chip, paint_selection

if TYPE_CHECKING:
    from diplomatic_calendar.ui.views.time_grid_view import TimeGridView

# Beyond this many lanes the band folds: the first lanes, then "+N more" under each day, so that
# a crowded week does not push the hours off the screen. A click on "+N more" unfolds it.
FOLD_LANES = 4


class AllDayBand(QWidget):
    """Day names and the all-day and multi-day events of the days shown."""

    def __init__(self, grid: TimeGridView) -> None:
        super().__init__(grid)
        self._grid = grid
        # The band lines its columns up with the hours below, which lose a scroll bar's width.
        self._cols = Columns(lambda: grid.canvas, grid.model)
        self.setMouseTracking(True)
        self._press: tuple[QPoint, Event] | None = None
        self.unfolded = False
        # A double-click's first press already folded or unfolded the band; its second half
        # would land on whatever the new layout put under the pointer, and must do nothing.
        self._toggled = False

    def refit(self) -> None:
        """Grow or shrink to the lanes the band shows (a line more for "+N more" or "fewer")."""
        lanes = self._grid.model.band_lanes
        rows = max(1, lanes) if lanes <= FOLD_LANES else lanes + 1 if self.unfolded else FOLD_LANES
        self.setFixedHeight(HEADER + rows * (LANE_HEIGHT + 2) + 4)
        self.update()

    def set_unfolded(self, unfolded: bool) -> None:
        """Show every lane (True) or fold a crowded band to its first lanes and "+N more"."""
        self.unfolded = unfolded
        self.refit()

    def folded(self) -> bool:
        """Whether some lanes are hidden behind "+N more" lines."""
        return not self.unfolded and self._grid.model.band_lanes > FOLD_LANES

    def _shown_lanes(self) -> int:
        return FOLD_LANES - 1 if self.folded() else self._grid.model.band_lanes

    def hidden_per_day(self) -> dict[int, int]:
        """Per day column, how many of its band events the fold hides."""
        counts: dict[int, int] = {}
        if self.folded():
            shown = self._shown_lanes()
            for bar in self._grid.model.band:
                if bar.lane >= shown:
                    for col in range(bar.first, bar.last + 1):
                        counts[col] = counts.get(col, 0) + 1
        return counts

    def toggle_rect(self, col: int | None) -> QRect:
        """The "+N more" line of day column ``col``, or the gutter's "fewer" (``col`` None)."""
        lanes = self._grid.model.band_lanes
        top = HEADER + (FOLD_LANES - 1 if self.folded() else lanes) * (LANE_HEIGHT + 2)
        if col is None:
            return QRect(0, top, GUTTER - 4, LANE_HEIGHT)
        left = self._cols.left(col) + 2
        return QRectF(left, top, self._cols.left(col + 1) - 2 - left, LANE_HEIGHT).toRect()

    def _toggle_at(self, pos: QPoint) -> bool:
        if self.folded():
            return any(self.toggle_rect(col).contains(pos) for col in self.hidden_per_day())
        lanes = self._grid.model.band_lanes
        return self.unfolded and lanes > FOLD_LANES and self.toggle_rect(None).contains(pos)

    def bar_rects(self) -> list[tuple[QRect, Event, bool, bool]]:
        """Each shown band event's rectangle."""
        out = []
        shown = self._shown_lanes()
        for bar in self._grid.model.band:
            if bar.lane >= shown:
                continue
            left = self._cols.left(bar.first) + 2
            right = self._cols.left(bar.last + 1) - 2
            top = HEADER + bar.lane * (LANE_HEIGHT + 2)
            rect = QRectF(left, top, right - left, LANE_HEIGHT).toRect()
            out.append((rect, bar.event, bar.starts_here, bar.ends_here))
        return out

    def event_at(self, pos: QPoint) -> Event | None:
        """The band event under ``pos``."""
        return next((e for r, e, _s, _e in self.bar_rects() if r.contains(pos)), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        today = self._grid.today()
        for col, day in enumerate(self._grid.model.days):
            rect = QRectF(self._cols.left(col), 0, self._cols.width(), HEADER).toRect()
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            # Link, not Highlight: a dark theme keeps Highlight deep for the month's selection.
            colour = QPalette.ColorRole.Link if day == today else QPalette.ColorRole.Text
            painter.setPen(palette.color(colour))
            label = f"{day:%a %d %b}"
            if painter.fontMetrics().horizontalAdvance(label) > rect.width() - 4:
                label = f"{day:%a %d}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left(), 0, rect.left(), self.height())
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(0, HEADER, GUTTER - 4, LANE_HEIGHT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "all day",
        )
        for rect, found, starts, ends in self.bar_rects():
            label = chip_label(found) if starts else "◂ " + chip_label(found)
            paint_chip(painter, rect, found, label, round_left=starts, round_right=ends)
            if found is self._grid.selected_event():
                paint_selection(painter, rect, palette.color(QPalette.ColorRole.Text))
        self._paint_toggles(painter)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def _paint_toggles(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Link))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for col, count in self.hidden_per_day().items():
            painter.drawText(self.toggle_rect(col).adjusted(4, 0, 0, 0), left, f"+{count} more")
        if self.unfolded and self._grid.model.band_lanes > FOLD_LANES:
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(self.toggle_rect(None), right, "▴ fewer")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._toggled = event.button() == Qt.MouseButton.LeftButton and self._toggle_at(pos)
        if self._toggled:
            self.set_unfolded(not self.unfolded)
            return
        found = self.event_at(pos)
        self._grid.select(found)
        left = event.button() == Qt.MouseButton.LeftButton
        self._press = (pos, found) if found is not None and left else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Dropping a bar on another day moves the event by that many days (one undo step)."""
        press, self._press = self._press, None
        self.unsetCursor()
        if press is None:
            return
        start, found = press
        pos = event.position().toPoint()
        if (pos - start).manhattanLength() < QApplication.startDragDistance():
            return
        days = self._cols.at(pos.x()) - self._cols.at(start.x())
        if days:
            moved = found.moved_to(found.start + dt.timedelta(days=days))
            self._grid.event_changed.emit(found, moved, f"Move “{found.title}”")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._toggled or self._toggle_at(pos):
            self._toggled = False
            return
        found = self.event_at(pos)
        if found is not None:
            self._grid.event_activated.emit(found)
        elif pos.x() > GUTTER and pos.y() < HEADER:
            self._grid.day_opened.emit(self._grid.model.days[self._cols.at(pos.x())])
        elif pos.x() > GUTTER:
            self._grid.day_activated.emit(self._grid.model.days[self._cols.at(pos.x())])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._grid.request_menu(self.event_at(event.pos()), event.globalPos())

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            if self._toggle_at(event.pos()):
                tip = "Show every all-day event" if self.folded() else "Fold the all-day events"
                QToolTip.showText(event.globalPos(), tip, self)
                return True
            return self._grid.show_tip(self.event_at(event.pos()), event, self)
        return super().event(event)
