"""Week, work week and day: hours down, days across, an all-day band on top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QVBoxLayout, QWidget

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.domain.timing import elapsed, settled, shifted, zone
from diplomatic_calendar.ui.models.layout import time_label, tooltip_html, tooltip_text
from diplomatic_calendar.ui.models.time_grid_model import TimeGridModel
from diplomatic_calendar.ui.palette import kind_tag
from diplomatic_calendar.ui.views.all_day_band import AllDayBand
from diplomatic_calendar.ui.views.grid_geometry import (
    EDGE,
    GUTTER,
    HOUR_HEIGHT,
    LANE_HEIGHT,
    SNAP_MINUTES,
    Columns,
)
from diplomatic_calendar.ui.views.painting import paint_chip, paint_selection

# The height of a mark for events scrolled out of sight above or below.
MARK_HEIGHT = 18


def chip_in_view(rect: QRect, visible: QRect) -> QRect:
    """Where to draw an event's chip: an event begun above what is in view is drawn from the
    top of the view down, so that its title stays in sight (the part above is unseen anyway)."""
    if rect.top() < visible.top() < rect.bottom() - LANE_HEIGHT // 2:
        return QRect(rect.left(), visible.top(), rect.width(), rect.bottom() - visible.top() + 1)
    return rect


class HoursCanvas(QWidget):
    """Twenty-four hours of the days shown, with timed events placed by start and length."""

    def __init__(self, grid: TimeGridView) -> None:
        super().__init__(grid)
        self._grid = grid
        self._cols = Columns(lambda: self, grid.model)
        self.setMouseTracking(True)
        self.setFixedHeight(24 * HOUR_HEIGHT)
        # what is dragged, the event, where the press was, and how far above the bottom edge
        self._drag: tuple[str, Event, QPoint, int] | None = None
        self._preview: QRect | None = None
        # where a press on empty time was: a drag from there marks out a new event
        self._create_from: QPoint | None = None
        self._preview_text = ""

    def event_rects(self) -> list[tuple[QRect, Event]]:
        """Each timed event's rectangle, overlapping ones side by side."""
        out = []
        for item in self._grid.model.placed:
            share = self._cols.width() / item.columns
            left = self._cols.left(item.day) + item.column * share + 1
            top = item.top / 60 * HOUR_HEIGHT
            height = max(LANE_HEIGHT - 4, (item.bottom - item.top) / 60 * HOUR_HEIGHT - 1)
            out.append((QRectF(left, top, share * item.span - 3, height).toRect(), item.event))
        return out

    def event_at(self, pos: QPoint) -> Event | None:
        """The event under ``pos``; the last drawn wins."""
        found = [e for r, e in self.event_rects() if r.contains(pos)]
        return found[-1] if found else None

    def moment_at(self, pos: QPoint) -> dt.datetime:
        """The home-zone time under ``pos``, snapped to the quarter hour."""
        day = self._grid.model.days[self._cols.at(pos.x())]
        minutes = int(pos.y() / HOUR_HEIGHT * 60) // SNAP_MINUTES * SNAP_MINUTES
        minutes = min(max(0, minutes), 24 * 60 - SNAP_MINUTES)
        local = dt.datetime.combine(day, dt.time(), tzinfo=zone(self._grid.model.home_zone))
        return settled(local + dt.timedelta(minutes=minutes))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._paint_background(painter, event.rect())
        visible = self.visibleRegion().boundingRect()
        placed = self.event_rects()  # laid out once for the chips, the outline and the marks
        for rect, found in placed:
            if rect.intersects(event.rect()):
                drawn = chip_in_view(rect, visible)
                paint_chip(
                    painter,
                    drawn,
                    found,
                    self._label(found, drawn),
                    wrap=drawn.height() >= 2 * LANE_HEIGHT,
                )
        chosen = self._grid.selected_event()
        if chosen is not None:
            colour = self.palette().color(QPalette.ColorRole.Text)
            for rect, found in placed:
                if found is chosen:
                    paint_selection(painter, rect, colour)
        if self._preview is not None:
            painter.setPen(
                QPen(self.palette().color(QPalette.ColorRole.Link), 2, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._preview)
            if self._create_from is not None and self._preview_text:
                painter.drawText(
                    self._preview.adjusted(4, 2, -2, -2),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    self._preview_text,
                )
        self._paint_now(painter)
        self._paint_hidden_marks(painter, placed, visible)
        painter.end()

    def hidden_marks(
        self,
        placed: list[tuple[QRect, Event]] | None = None,
        visible: QRect | None = None,
    ) -> list[tuple[QRect, str, QRect]]:
        """Per day, a mark at the top ("▲ 2 earlier") or foot ("▼ 1 later") of what is in view
        for the events scrolled out of sight, with the first such event's rectangle: a day
        that looks empty at 08:00 may hold a 02:00 call with Tokyo."""
        visible = visible if visible is not None else self.visibleRegion().boundingRect()
        if visible.isEmpty():
            return []
        placed = placed if placed is not None else self.event_rects()
        above: dict[int, list[QRect]] = {}
        below: dict[int, list[QRect]] = {}
        for item, (rect, _event) in zip(self._grid.model.placed, placed, strict=True):
            if rect.bottom() < visible.top() + MARK_HEIGHT:
                above.setdefault(item.day, []).append(rect)
            elif rect.top() > visible.bottom() - MARK_HEIGHT:
                below.setdefault(item.day, []).append(rect)
        marks = []
        for found, earlier in ((above, True), (below, False)):
            for day, rects in found.items():
                left, width = int(self._cols.left(day)) + 3, int(self._cols.width()) - 6
                top = visible.top() + 2 if earlier else visible.bottom() - MARK_HEIGHT - 1
                words = "earlier" if earlier else "later"
                text = f"{'▲' if earlier else '▼'} {len(rects)}"
                if width >= 90:
                    text += f" {words}"
                target = max(rects, key=QRect.top) if earlier else min(rects, key=QRect.top)
                marks.append((QRect(left, top, width, MARK_HEIGHT), text, target))
        return marks

    def _paint_hidden_marks(
        self, painter: QPainter, placed: list[tuple[QRect, Event]], visible: QRect
    ) -> None:
        palette = self.palette()
        for rect, text, _target in self.hidden_marks(placed, visible):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def _mark_at(self, pos: QPoint) -> QRect | None:
        """The hidden event a mark under ``pos`` leads to."""
        for rect, _text, target in self.hidden_marks():
            if rect.contains(pos):
                return target
        return None

    def _label(self, event: Event, rect: QRect) -> str:
        """The title first (the position already tells the time); time and tag when room."""
        when = time_label(event, self._grid.model.home_zone)
        tag = kind_tag(event.kind)
        details = f"{when} · {tag}" if tag else when
        if rect.height() >= 2 * LANE_HEIGHT:
            return f"{event.title}\n{details}"
        return f"{event.title} · {details}" if rect.width() >= 300 else event.title

    def _paint_background(self, painter: QPainter, clip: QRect) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        off = palette.color(QPalette.ColorRole.AlternateBase).darker(104)
        start, end = self._grid.working_hours()
        for col, day in enumerate(self._grid.model.days):
            left, width = self._cols.left(col), self._cols.width()
            painter.fillRect(QRectF(left, 0, width, self.height()), off)
            if day.weekday() < 5:
                work = QRectF(left, start * HOUR_HEIGHT, width, (end - start) * HOUR_HEIGHT)
                painter.fillRect(work, base)
        painter.fillRect(
            QRect(0, 0, GUTTER, self.height()), palette.color(QPalette.ColorRole.Window)
        )
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            if y + HOUR_HEIGHT < clip.top() or y > clip.bottom():
                continue
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(GUTTER - 6, y, self.width(), y)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(0, y + 2, GUTTER - 8, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00"
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for col in range(len(self._grid.model.days)):
            x = int(self._cols.left(col))
            painter.drawLine(x, 0, x, self.height())

    def _paint_now(self, painter: QPainter) -> None:
        now = self._grid.now()
        days = self._grid.model.days
        if now.date() not in days:
            return
        col = days.index(now.date())
        y = int((now.hour * 60 + now.minute) / 60 * HOUR_HEIGHT)
        painter.setPen(QPen(QColor("#D0021B"), 2))
        left = int(self._cols.left(col))
        painter.drawLine(left, y, int(left + self._cols.width()), y)
        painter.setBrush(QColor("#D0021B"))
        painter.drawEllipse(QPoint(left, y), 4, 4)

    def now_line_y(self) -> int | None:
        """Where the current-time line is drawn, when today is shown."""
        now = self._grid.now()
        if now.date() not in self._grid.model.days:
            return None
        return int((now.hour * 60 + now.minute) / 60 * HOUR_HEIGHT)

    # Mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hidden = self._mark_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        if hidden is not None:
            # the mark leads to the nearest event out of sight, with a little of the hour above
            self._grid.scroll_area.verticalScrollBar().setValue(
                max(0, hidden.top() - HOUR_HEIGHT // 2)
            )
            return
        found = self.event_at(pos)
        self._grid.select(found)
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = next(r for r, e in self.event_rects() if e is found and r.contains(pos))
            mode = "resize" if pos.y() >= rect.bottom() - EDGE else "move"
            self._drag = (mode, found, pos, rect.bottom() + 1 - pos.y())
        elif found is None and event.button() == Qt.MouseButton.LeftButton and pos.x() > GUTTER:
            self._create_from = pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._create_from is not None:
            span = self.span_between(self._create_from, pos)
            self._preview = self._span_rect(*span) if span is not None else None
            self._preview_text = f"{span[0]:%H:%M}–{span[1]:%H:%M}" if span is not None else ""
            self.update()
            return
        if self._drag is None:
            on_edge = any(
                abs(pos.y() - r.bottom()) <= EDGE and r.left() <= pos.x() <= r.right()
                for r, _e in self.event_rects()
            )
            self.setCursor(Qt.CursorShape.SizeVerCursor if on_edge else Qt.CursorShape.ArrowCursor)
            return
        mode, found, start, grab = self._drag
        if (pos - start).manhattanLength() < QApplication.startDragDistance():
            return
        changed = self._dragged(mode, found, start, pos, grab)
        self._preview = self._rect_for(changed)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag, self._preview = self._drag, None, None
        create_from, self._create_from = self._create_from, None
        self.update()
        if create_from is not None:
            span = self.span_between(create_from, event.position().toPoint())
            if span is not None:
                self._grid.span_chosen.emit(*span)
            return
        if drag is None:
            return
        mode, found, start, grab = drag
        pos = event.position().toPoint()
        if (pos - start).manhattanLength() < QApplication.startDragDistance():
            return
        changed = self._dragged(mode, found, start, pos, grab)
        if changed != found:
            verb = "Resize" if mode == "resize" else "Move"
            self._grid.event_changed.emit(found, changed, f"{verb} “{found.title}”")

    def edge_at(self, pos: QPoint) -> dt.datetime:
        """The home-zone time a bottom edge at ``pos`` stands for, to the nearest quarter hour
        (midnight at the foot of a day included)."""
        day = self._grid.model.days[self._cols.at(pos.x())]
        quarters = round(pos.y() / HOUR_HEIGHT * 60 / SNAP_MINUTES)
        minutes = min(max(0, quarters * SNAP_MINUTES), 24 * 60)
        local = dt.datetime.combine(day, dt.time(), tzinfo=zone(self._grid.model.home_zone))
        return settled(local + dt.timedelta(minutes=minutes))

    def _dragged(self, mode: str, found: Event, start: QPoint, pos: QPoint, grab: int) -> Event:
        """The event as it would be if dropped at ``pos``."""
        if mode == "resize":
            # The bottom edge goes where it was dragged: the event's end, or the foot of the
            # part drawn in one day's column when the event goes on past midnight.
            assert isinstance(found.end, dt.datetime) and isinstance(found.start, dt.datetime)
            end = self.edge_at(QPoint(pos.x(), pos.y() + grab)).astimezone(found.end.tzinfo)
            shortest = shifted(found.start, dt.timedelta(minutes=SNAP_MINUTES))
            if elapsed(shortest, end) < dt.timedelta(0):
                end = shortest.astimezone(found.end.tzinfo)
            return found.with_changes(end=end)
        # The time that passes between the two grid positions: across a change of the clocks
        # that is not what their clock faces differ by.
        return _shifted(found, elapsed(self.moment_at(start), self.moment_at(pos)))

    def span_between(self, press: QPoint, pos: QPoint) -> tuple[dt.datetime, dt.datetime] | None:
        """The home-zone start and end of a new event marked out by a drag from ``press`` to
        ``pos`` in the pressed day's column, up or down, to the quarter hour; None for a
        drag too short to mean one."""
        if (pos - press).manhattanLength() < QApplication.startDragDistance():
            return None
        top, bottom = sorted((press.y(), pos.y()))
        start = self.moment_at(QPoint(press.x(), top))
        end = self.edge_at(QPoint(press.x(), bottom))
        if elapsed(start, end) < dt.timedelta(minutes=SNAP_MINUTES):
            end = shifted(start, dt.timedelta(minutes=SNAP_MINUTES))
        return start, end

    def _rect_for(self, event: Event) -> QRect | None:
        if not isinstance(event.start, dt.datetime) or not isinstance(event.end, dt.datetime):
            return None
        return self._span_rect(event.start, event.end)

    def _span_rect(self, start: dt.datetime, end: dt.datetime) -> QRect | None:
        home = zone(self._grid.model.home_zone)
        start, end = start.astimezone(home), end.astimezone(home)
        if start.date() not in self._grid.model.days:
            return None
        col = self._grid.model.days.index(start.date())
        top = (start.hour * 60 + start.minute) / 60 * HOUR_HEIGHT
        height = max(8.0, (end - start).total_seconds() / 3600 * HOUR_HEIGHT)
        return QRectF(self._cols.left(col) + 1, top, self._cols.width() - 3, height).toRect()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        found = self.event_at(pos)
        if found is not None:
            self._grid.event_activated.emit(found)
        elif pos.x() > GUTTER:
            self._grid.slot_activated.emit(self.moment_at(pos))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._grid.request_menu(self.event_at(event.pos()), event.globalPos())

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            return self._grid.show_tip(self.event_at(event.pos()), event, self)
        return super().event(event)


def _shifted(event: Event, shift: dt.timedelta) -> Event:
    """``event`` moved on by ``shift`` of elapsed time, kept in its own zone."""
    assert isinstance(event.start, dt.datetime)
    return event.moved_to(shifted(event.start, shift))


class TimeGridView(QWidget):
    """The all-day band over a scrolling day of hours; reads everything from its model."""

    day_activated = Signal(object)
    day_opened = Signal(object)
    slot_activated = Signal(object)
    # A drag on empty time: the start and end (home zone) of a new event.
    span_chosen = Signal(object, object)
    event_activated = Signal(object)
    event_changed = Signal(object, object, str)
    context_requested = Signal(object, object)

    def __init__(
        self,
        model: TimeGridModel,
        now: Callable[[], dt.datetime],
        working_hours: Callable[[], tuple[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.now = now
        self.working_hours = working_hours
        self._selected: Event | None = None
        self.canvas = HoursCanvas(self)
        self.band = AllDayBand(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.band)
        layout.addWidget(self.scroll_area)
        model.modelReset.connect(self._model_reset)
        # the marks for events out of sight stay at the edges of what is in view as it scrolls
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _y: self.canvas.update())
        self.band.refit()
        # the current-time line moves on by itself
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.canvas.update)
        self._clock.start()

    def today(self) -> dt.date:
        """Today, in the home zone."""
        return self.now().date()

    def _model_reset(self) -> None:
        self._selected = None
        self.band.refit()
        self.canvas.update()

    def scroll_to_working_hours(self) -> None:
        """Show the start of the working day at the top."""
        start, _end = self.working_hours()
        self.scroll_area.verticalScrollBar().setValue(
            max(0, start * HOUR_HEIGHT - HOUR_HEIGHT // 2)
        )

    def select(self, event: Event | None) -> None:
        """Remember the event clicked, for Delete and Edit, and outline it."""
        self._selected = event
        self.canvas.update()
        self.band.update()

    def choose_event(self, event_id: int) -> bool:
        """Outline the shown event with ``event_id``, unfolding or scrolling to it if need be."""
        rows = (self.model.event_at_row(r) for r in range(self.model.rowCount()))
        found = next((e for e in rows if e.id == event_id), None)
        if found is None:
            return False
        self.select(found)
        if any(bar.event is found for bar in self.model.band):
            if not any(e is found for _r, e, _s, _e in self.band.bar_rects()):
                self.band.set_unfolded(True)
        else:
            rect = next(r for r, e in self.canvas.event_rects() if e is found)
            middle = rect.center()
            self.scroll_area.ensureVisible(middle.x(), middle.y(), 0, rect.height() // 2 + 8)
        return True

    def selected_event(self) -> Event | None:
        """The event last clicked in this view."""
        return self._selected

    def request_menu(self, event: Event | None, where: QPoint) -> None:
        """Ask for the event menu (the window builds it)."""
        if event is not None:
            self._selected = event
            self.context_requested.emit(event, where)

    def show_tip(self, event: Event | None, help_event: QHelpEvent, widget: QWidget) -> bool:
        """Show ``event``'s details as a plain-text tool tip."""
        if event is None:
            QToolTip.hideText()
            help_event.ignore()
            return True
        text = tooltip_text(event, self.model.home_zone)
        QToolTip.showText(help_event.globalPos(), tooltip_html(text), widget)
        return True
