"""The month grid: a table of days, each painted with coloured event chips."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.models.month_model import (
    DateRole,
    EventsRole,
    InMonthRole,
    IsTodayRole,
    MonthModel,
)
from diplomatic_calendar.ui.palette import kind_colour, kind_tag, text_on

_Index = QModelIndex | QPersistentModelIndex
CHIP_HEIGHT = 18
HEADER_HEIGHT = 20


def chip_rects(cell: QRect, count: int) -> tuple[list[QRect], bool]:
    """Where each chip of a day goes, and whether a "+N more" line is needed."""
    top = cell.top() + HEADER_HEIGHT
    room = max(0, (cell.bottom() - top - 2) // (CHIP_HEIGHT + 2))
    overflow = count > room
    shown = room - 1 if overflow and room > 0 else min(count, room)
    rects = [
        QRect(cell.left() + 3, top + i * (CHIP_HEIGHT + 2), cell.width() - 6, CHIP_HEIGHT)
        for i in range(max(0, shown))
    ]
    return rects, overflow


class MonthDelegate(QStyledItemDelegate):
    """Paints a day: its number, today's mark, and chips coloured (and tagged) by kind."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect = option.rect
        palette = option.palette
        day: dt.date = index.data(DateRole)
        in_month = bool(index.data(InMonthRole))
        base = palette.color(QPalette.ColorRole.Base)
        if day.weekday() >= 5:
            base = base.darker(104)
        if not in_month:
            base = palette.color(QPalette.ColorRole.AlternateBase)
        if option.state & QStyle.StateFlag.State_Selected:
            base = palette.color(QPalette.ColorRole.Highlight).lighter(170)
        painter.fillRect(rect, base)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        self._paint_day_number(painter, rect, palette, day, in_month, bool(index.data(IsTodayRole)))
        events: list[Event] = index.data(EventsRole) or []
        rects, overflow = chip_rects(rect, len(events))
        for chip, event in zip(rects, events, strict=False):
            self._paint_chip(painter, chip, event)
        if overflow:
            more = len(events) - len(rects)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            top = rects[-1].bottom() + 2 if rects else rect.top() + HEADER_HEIGHT
            painter.drawText(
                QRect(rect.left() + 4, top, rect.width() - 8, CHIP_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"+{more} more",
            )
        painter.restore()

    @staticmethod
    def _paint_day_number(
        painter: QPainter, rect: QRect, palette: QPalette, day: dt.date, in_month: bool, today: bool
    ) -> None:
        number_rect = QRect(rect.right() - 30, rect.top() + 2, 26, HEADER_HEIGHT - 4)
        font = QFont(painter.font())
        font.setBold(today)
        painter.setFont(font)
        if today:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(number_rect, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            role = QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
        label = str(day.day) if day.day != 1 else f"{day:%b} 1"
        if day.day == 1:
            number_rect = number_rect.adjusted(-24, 0, 0, 0)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, label)
        font.setBold(False)
        painter.setFont(font)

    @staticmethod
    def _paint_chip(painter: QPainter, chip: QRect, event: Event) -> None:
        colour = kind_colour(event.kind)
        if event.status.value == "cancelled":
            colour = QColor(colour)
            colour.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(text_on(colour))
        label = event.title
        if isinstance(event.start, dt.datetime):
            label = f"{event.start:%H:%M} {label}"
        tag = kind_tag(event.kind)
        if tag:
            label = f"{tag} · {label}"
        metrics = painter.fontMetrics()
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, chip.width() - 8)
        font = QFont(painter.font())
        font.setStrikeOut(event.status.value == "cancelled")
        painter.setFont(font)
        painter.drawText(
            chip.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        font.setStrikeOut(False)
        painter.setFont(font)


def event_tooltip(event: Event) -> str:
    """Plain-text details of an event, escaped so that titles never render as markup."""
    lines = [event.title, f"{event.kind.label} · {event.status.label}"]
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        lines.append(f"{event.start:%a %d %b %Y %H:%M}–{event.end:%H:%M} ({event.timezone})")
    else:
        lines.append(
            f"{event.first_day:%a %d %b %Y}"
            + (
                f" – {event.last_day:%a %d %b %Y}"
                if event.last_day != event.first_day
                else " (all day)"
            )
        )
    if str(event.location):
        lines.append(f"Where: {event.location}")
    if event.participants:
        lines.append("With: " + ", ".join(p.name for p in event.participants))
    if event.countries:
        lines.append("Countries: " + ", ".join(event.countries))
    if event.notes:
        lines.append(event.notes[:300])
    return "<p style='white-space:pre-wrap'>" + html.escape("\n".join(lines)) + "</p>"


class MonthView(QTableView):
    """A month grid; double-click a day to add, a chip to edit."""

    day_activated = Signal(object)
    event_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(MonthDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setMouseTracking(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setHighlightSections(False)
        self.verticalHeader().setMinimumWidth(36)
        self.setAccessibleName("Month")

    def month_model(self) -> MonthModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    def event_at(self, pos: QPoint) -> Event | None:
        """The event whose chip is under ``pos`` (viewport coordinates), if any."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        events: list[Event] = index.data(EventsRole) or []
        rects, _ = chip_rects(self.visualRect(index), len(events))
        for chip, event in zip(rects, events, strict=False):
            if chip.contains(pos):
                return event
        return None

    def selected_event(self) -> Event | None:
        """The first event of the selected day (for keyboard edit and delete)."""
        index = self.currentIndex()
        events: list[Event] = index.data(EventsRole) or [] if index.isValid() else []
        return events[0] if events else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        found = self.event_at(pos)
        if found is not None:
            self.event_activated.emit(found)
            return
        index = self.indexAt(pos)
        if index.isValid():
            self.day_activated.emit(index.data(DateRole))

    def viewportEvent(self, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QHelpEvent

        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            found = self.event_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), event_tooltip(found), self)
                return True
        return super().viewportEvent(event)  # type: ignore[arg-type]
