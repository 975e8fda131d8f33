"""The month grid: a table of days with event chips, multi-day bars and "+N more"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.domain.timing import elapsed, settled, zone
from diplomatic_calendar.ui.models.layout import local_days, tooltip_html, tooltip_text
from diplomatic_calendar.ui.models.month_model import (
    DateRole,
    InMonthRole,
    IsTodayRole,
    MonthModel,
    SlotsRole,
)
from diplomatic_calendar.ui.views.painting import (
    chip_label,
    fitted_label,
    paint_chip,
    paint_selection,
)

if TYPE_CHECKING:
    from diplomatic_calendar.ui.views.day_popup import DayPopup

_Index = QModelIndex | QPersistentModelIndex
CHIP_HEIGHT = 18
HEADER_HEIGHT = 20
# The narrowest the grid goes: a day column with a few letters of a chip, the week number, and
# a week row with its day number and one chip.
MIN_DAY_WIDTH = 44
WEEK_COLUMN = 36
MIN_WEEK_HEIGHT = HEADER_HEIGHT + CHIP_HEIGHT + 4


# How near the right end of a chip or bar a press stretches the event instead of moving it.
STRETCH_EDGE = 6


def lane_rect(cell: QRect, lane: int) -> QRect:
    """Where lane ``lane`` of a day cell is drawn."""
    top = cell.top() + HEADER_HEIGHT + lane * (CHIP_HEIGHT + 2)
    return QRect(cell.left() + 3, top, cell.width() - 6, CHIP_HEIGHT)


def visible_lanes(cell: QRect, count: int) -> tuple[int, bool]:
    """How many lanes fit in a cell, and whether a "+N more" line takes the last one."""
    room = max(0, (cell.height() - HEADER_HEIGHT - 2) // (CHIP_HEIGHT + 2))
    if count <= room:
        return count, False
    return max(0, room - 1), True


def more_text(hidden: int, metrics: QFontMetrics, width: int) -> str:
    """'+3 more', or '+3' where a narrow day has no room for the word."""
    said = f"+{hidden} more"
    return said if metrics.horizontalAdvance(said) <= width else f"+{hidden}"


def more_rect(cell: QRect, shown: int) -> QRect:
    """Where the "+N more" line of a day is drawn."""
    return lane_rect(cell, shown)


def chip_rects(cell: QRect, count: int) -> tuple[list[QRect], bool]:
    """Where each of ``count`` lanes goes, and whether a "+N more" line is needed."""
    shown, overflow = visible_lanes(cell, count)
    return [lane_rect(cell, i) for i in range(shown)], overflow


def hidden_count(slots: list[Event | None], shown: int) -> int:
    """How many events of a day do not fit in its ``shown`` lanes."""
    return sum(1 for e in slots[shown:] if e is not None)


class MonthDelegate(QStyledItemDelegate):
    """Paints a day: its number, today's mark, single-day chips and "+N more"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect, palette = option.rect, option.palette
        day: dt.date = index.data(DateRole)
        in_month = bool(index.data(InMonthRole))
        base = palette.color(QPalette.ColorRole.Base)
        if day.weekday() >= 5:
            base = base.darker(106)
        if not in_month:
            base = palette.color(QPalette.ColorRole.AlternateBase).darker(103)
        if option.state & QStyle.StateFlag.State_Selected:
            base = palette.color(QPalette.ColorRole.Highlight).lighter(175)
        painter.fillRect(rect, base)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        _paint_day_number(painter, rect, palette, day, in_month, bool(index.data(IsTodayRole)))
        slots: list[Event | None] = index.data(SlotsRole) or []
        shown, overflow = visible_lanes(rect, len(slots))
        for lane in range(shown):
            event = slots[lane]
            if event is not None and not _is_bar(index, event):
                chip = lane_rect(rect, lane)
                label = fitted_label(event, _start_prefix(event, index), chip.width())
                paint_chip(painter, chip, event, label)
        if overflow:
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            area = more_rect(rect, shown).adjusted(2, 0, 0, 0)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                more_text(hidden_count(slots, shown), painter.fontMetrics(), area.width()),
            )
        painter.restore()


def _is_bar(index: _Index, event: Event) -> bool:
    model = index.model()
    return isinstance(model, MonthModel) and model.is_bar(index.row(), event)


def _start_prefix(event: Event, index: _Index) -> str:
    """The start as the home clock shows it (the tooltip adds the event's own time)."""
    model = index.model()
    if not isinstance(event.start, dt.datetime) or not isinstance(model, MonthModel):
        return ""
    return f"{event.start.astimezone(zone(model.home_zone)):%H:%M}"


def _paint_day_number(
    painter: QPainter, rect: QRect, palette: QPalette, day: dt.date, in_month: bool, today: bool
) -> None:
    label = str(day.day) if day.day != 1 else f"{day:%b} 1"
    width = painter.fontMetrics().horizontalAdvance(label) + 10
    number_rect = QRect(rect.right() - width - 3, rect.top() + 2, width, HEADER_HEIGHT - 4)
    font = QFont(painter.font())
    font.setBold(today)
    painter.setFont(font)
    if today:
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(number_rect, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    else:
        role = QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(role))
    painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, label)
    font.setBold(False)
    painter.setFont(font)


class MonthView(QTableView):
    """A month grid; double-click a day to add, a chip to edit; drag a chip to another day."""

    day_activated = Signal(object)
    event_activated = Signal(object)
    event_changed = Signal(object, object, str)
    context_requested = Signal(object, object)

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
        self.verticalHeader().setMinimumWidth(WEEK_COLUMN)
        self.horizontalHeader().setMinimumSectionSize(MIN_DAY_WIDTH)  # room for docks beside it
        self.setAccessibleName("Month")
        self._popup: DayPopup | None = None
        self._selected: Event | None = None
        self._selected_rect: QRect | None = None
        self._press: tuple[QPoint, Event, bool] | None = None  # where, what, stretching
        self._dragging = False

    def minimumSizeHint(self) -> QSize:
        """Seven days at their narrowest: docks beside the month give way before a weekend
        is cut off (the grid has no scroll bar)."""
        frame = 2 * self.frameWidth()
        width = WEEK_COLUMN + 7 * MIN_DAY_WIDTH + frame
        height = self.horizontalHeader().sizeHint().height() + 6 * MIN_WEEK_HEIGHT + frame
        return QSize(width, height)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            # a reload replaces every event object; the one remembered would be stale
            model.modelReset.connect(self._forget_selected)

    def _forget_selected(self) -> None:
        self._selected = None
        self._selected_rect = None

    def month_model(self) -> MonthModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    # Geometry -----------------------------------------------------------------------------

    def _bar_rects(self, row: int) -> list[tuple[QRect, Event, bool, bool]]:
        """Each bar of a week row as one rectangle over the cells it spans."""
        model = self.month_model()
        out: list[tuple[QRect, Event, bool, bool]] = []
        bars = model.bars(row)
        if not bars:
            return out
        # Cells of a row share one height, so one rectangle gives the room of all seven; the
        # header positions are cheaper than a model index per bar end.
        top, height = self.rowViewportPosition(row), self.rowHeight(row)
        lefts = [self.columnViewportPosition(c) for c in range(7)]
        rights = [lefts[c] + self.columnWidth(c) for c in range(7)]
        cell = QRect(lefts[0], top, rights[0] - lefts[0], height)
        counts = [len(slots) for slots in model.slots_in_row(row)]
        for bar in bars:
            shown = min(visible_lanes(cell, counts[c])[0] for c in range(bar.first, bar.last + 1))
            if bar.lane >= shown:
                continue
            rect = lane_rect(
                QRect(lefts[bar.first], top, rights[bar.first] - lefts[bar.first], height), bar.lane
            )
            rect.setRight(rights[bar.last] - 4)
            out.append((rect, bar.event, bar.starts_here, bar.ends_here))
        return out

    def event_at(self, pos: QPoint) -> Event | None:
        """The event whose chip or bar is under ``pos`` (viewport coordinates), if any."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        for rect, event, _s, _e in self._bar_rects(index.row()):
            if rect.contains(pos):
                return event
        slots: list[Event | None] = index.data(SlotsRole) or []
        shown, _ = visible_lanes(self.visualRect(index), len(slots))
        for lane in range(shown):
            if lane_rect(self.visualRect(index), lane).contains(pos):
                return slots[lane]
        return None

    def _chip_rect_at(self, pos: QPoint) -> QRect | None:
        """The rectangle of the chip or bar under ``pos``."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        for rect, _event, _s, _e in self._bar_rects(index.row()):
            if rect.contains(pos):
                return rect
        cell = self.visualRect(index)
        shown, _ = visible_lanes(cell, len(index.data(SlotsRole) or []))
        return next(
            (r for r in map(lambda n: lane_rect(cell, n), range(shown)) if r.contains(pos)), None
        )

    def _end_edge_at(self, pos: QPoint) -> Event | None:
        """The event whose last day's right edge is under ``pos``: dragging it changes the end."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        for rect, event, _starts, ends in self._bar_rects(index.row()):
            if rect.contains(pos):
                return event if ends and pos.x() >= rect.right() - STRETCH_EDGE else None
        chip = self._chip_rect_at(pos)
        if chip is not None and pos.x() >= chip.right() - STRETCH_EDGE:
            return self.event_at(pos)
        return None

    def _more_at(self, pos: QPoint) -> dt.date | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        cell = self.visualRect(index)
        shown, overflow = visible_lanes(cell, len(index.data(SlotsRole) or []))
        return index.data(DateRole) if overflow and more_rect(cell, shown).contains(pos) else None

    def more_position(self, day: dt.date) -> QPoint | None:
        """Where the "+N more" line of ``day`` is, if it has one (for tests and keyboard)."""
        index = self.month_model().index_of(day)
        if not index.isValid():
            return None
        cell = self.visualRect(index)
        shown, overflow = visible_lanes(cell, len(index.data(SlotsRole) or []))
        return more_rect(cell, shown).center() if overflow else None

    def position_of(self, event: Event, day: dt.date) -> QPoint | None:
        """The centre of ``event``'s chip on ``day``, when it is drawn."""
        index = self.month_model().index_of(day)
        if not index.isValid():
            return None
        slots = index.data(SlotsRole) or []
        shown, _ = visible_lanes(self.visualRect(index), len(slots))
        for lane in range(shown):
            if slots[lane] is not None and slots[lane].id == event.id:
                return lane_rect(self.visualRect(index), lane).center()
        return None

    def choose_event(self, event_id: int) -> bool:
        """Outline the chip of ``event_id`` as if it had been clicked, and make its day the
        chosen one (unless that is already one of the event's days). A day of the month shown
        is preferred to one of the weeks around it; an event hidden behind "+N more" gets that
        line outlined, so that Enter and Delete still visibly act on something."""
        model = self.month_model()
        year, month = model.month
        found: list[tuple[bool, bool, dt.date, Event]] = []
        for offset in range(7 * model.weeks):
            day = model.first_shown + dt.timedelta(days=offset)
            for event in model.slots_on(day):
                if event is not None and event.id == event_id:
                    drawn = self.position_of(event, day) is not None
                    found.append((not drawn, (day.year, day.month) != (year, month), day, event))
        if not found:
            return False
        hidden, _elsewhere, day, event = min(found, key=lambda f: (f[0], f[1], f[2]))
        first, last = local_days(event, model.home_zone)
        current = self.currentIndex()
        if not (current.isValid() and first <= current.data(DateRole) <= last):
            self.setCurrentIndex(model.index_of(day))
        cell = self.visualRect(model.index_of(day))
        if hidden:
            shown, _ = visible_lanes(cell, len(model.slots_on(day)))
            outline: QRect | None = more_rect(cell, shown)
        else:
            where = self.position_of(event, day)
            outline = self._chip_rect_at(where) if where is not None else None
        self._selected, self._selected_rect = event, outline
        self.viewport().update()
        return True

    def selected_event(self) -> Event | None:
        """The event last clicked (and outlined); None once another day is chosen."""
        return self._selected

    def currentChanged(self, current: _Index, previous: _Index) -> None:
        super().currentChanged(current, previous)
        # Keys that move to another day leave the clicked event behind: Delete and Enter must
        # not act on an event the user can no longer see chosen.
        chosen = self._selected
        if chosen is not None and current.isValid():
            day = current.data(DateRole)
            first, last = local_days(chosen, self.month_model().home_zone)
            if not first <= day <= last:
                self._forget_selected()
                self.viewport().update()

    # Painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for row in range(self.month_model().rowCount()):
            for rect, found, starts, ends in self._bar_rects(row):
                label = chip_label(found)
                if not starts:
                    label = "◂ " + label
                paint_chip(painter, rect, found, label, round_left=starts, round_right=ends)
        if self._selected_rect is not None and self._selected is not None:
            highlight = self.palette().color(QPalette.ColorRole.Text)
            paint_selection(painter, self._selected_rect, highlight)
        painter.end()

    # Mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        found = self.event_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        self._selected = found
        self._selected_rect = self._chip_rect_at(pos) if found is not None else None
        self.viewport().update()
        stretching = found is not None and self._end_edge_at(pos) is found
        self._press = (pos, found, stretching) if found is not None else None
        self._dragging = False
        more = self._more_at(pos)
        super().mousePressEvent(event)
        if more is not None and event.button() == Qt.MouseButton.LeftButton:
            self.show_day_popup(more)

    @property
    def popup(self) -> DayPopup:
        """The list of a crowded day's events, made the first time one is opened."""
        if self._popup is None:
            from diplomatic_calendar.ui.views.day_popup import DayPopup

            self._popup = DayPopup(self)
            self._popup.event_activated.connect(self.event_activated)
        return self._popup

    def show_day_popup(self, day: dt.date) -> None:
        """List every event of ``day`` in a small popup under its cell."""
        model = self.month_model()
        cell = self.visualRect(model.index_of(day))
        where = self.viewport().mapToGlobal(cell.bottomLeft())
        self.popup.show_events(day, model.events_on(day), model.home_zone, where)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (pos - self._press[0]).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._dragging = True
                stretching = self._press[2]
                self.viewport().setCursor(
                    Qt.CursorShape.SizeHorCursor if stretching else Qt.CursorShape.ClosedHandCursor
                )
            return
        if self._end_edge_at(pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        self.viewport().unsetCursor()
        if press is not None and dragging:
            self._drop(press, event.position().toPoint())
            return
        super().mouseReleaseEvent(event)

    def _drop(self, press: tuple[QPoint, Event, bool], pos: QPoint) -> None:
        start, dropped, stretching = press
        source, target = self.indexAt(start), self.indexAt(pos)
        if not (source.isValid() and target.isValid()):
            return
        days = (target.data(DateRole) - source.data(DateRole)).days
        if not days:
            return
        if stretching:
            stretched = _stretched(dropped, days)
            if stretched is not None:
                self.event_changed.emit(dropped, stretched, f"Resize “{dropped.title}”")
            return
        moved = dropped.moved_to(dropped.start + dt.timedelta(days=days))
        self.event_changed.emit(dropped, moved, f"Move “{dropped.title}”")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        found = self.event_at(pos)
        if found is not None:
            self.event_activated.emit(found)
            return
        index = self.indexAt(pos)
        if index.isValid() and self._more_at(pos) is None:
            self.day_activated.emit(index.data(DateRole))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.event_at(event.pos())
        if found is not None:
            self._selected = found
            self.context_requested.emit(found, event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            found = self.event_at(event.pos())
            if found is not None:
                text = tooltip_text(found, self.month_model().home_zone)
                QToolTip.showText(event.globalPos(), tooltip_html(text), self)
                return True
        return super().viewportEvent(event)


def _stretched(event: Event, days: int) -> Event | None:
    """``event`` ending ``days`` later (or earlier); None when that would end it before it starts.

    An all-day event keeps at least its first day; a timed one at least a quarter of an hour.
    """
    end = event.end + dt.timedelta(days=days)  # the same clock time, so many days on
    if isinstance(end, dt.datetime) and isinstance(event.start, dt.datetime):
        end = settled(end)
        if elapsed(event.start, end) < dt.timedelta(minutes=15):
            return None
    elif end - event.start < dt.timedelta(days=1):
        return None
    return event.with_changes(end=end)
