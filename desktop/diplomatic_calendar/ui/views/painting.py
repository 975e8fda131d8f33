"""Drawing shared by every view: an event chip coloured and tagged by kind."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

from diplomatic_calendar.domain.model import Event, EventKind, EventStatus
from diplomatic_calendar.ui.palette import kind_colour, kind_tag, text_on


def chip_colour(event: Event) -> QColor:
    """The kind's colour, faded for a cancelled event."""
    return _chip_colours(event)[0]


def _chip_colours(event: Event) -> tuple[QColor, QColor]:
    cancelled = event.status is EventStatus.CANCELLED
    # A faded chip is its colour mixed into the window's background, so it depends on the theme.
    base = QApplication.palette().color(QPalette.ColorRole.Base).rgb() if cancelled else 0
    return _colours(event.kind, cancelled, base)


@cache
def _colours(kind: EventKind, faded: bool, base: int) -> tuple[QColor, QColor]:
    """Fill and text colour of a chip, worked out once per kind and theme (painting asks very
    often). A cancelled event's chip is a pale mix of its colour into the background, opaque,
    so that its text is chosen against what the eye sees, in either theme."""
    colour = kind_colour(kind)
    if faded:
        under = QColor.fromRgb(base)
        share = 0.35
        colour = QColor.fromRgbF(
            colour.redF() * share + under.redF() * (1 - share),
            colour.greenF() * share + under.greenF() * (1 - share),
            colour.blueF() * share + under.blueF() * (1 - share),
        )
    return colour, text_on(colour)


def chip_label(event: Event, prefix: str = "") -> str:
    """'TARIFF · 09:00 Title': the kind's text cue, so colour is never the only one."""
    label = f"{prefix} {event.title}".strip()
    tag = kind_tag(event.kind)
    return f"{tag} · {label}" if tag else label


def fitted_label(event: Event, prefix: str, width: int) -> str:
    """The fullest label a chip of ``width`` pixels can show usefully: the title comes first."""
    if width < 110:
        return event.title  # the colour and the tool tip carry the kind here
    if width < 170:
        return chip_label(event)
    return chip_label(event, prefix)


def paint_chip(
    painter: QPainter,
    rect: QRect,
    event: Event,
    label: str,
    *,
    round_left: bool = True,
    round_right: bool = True,
    wrap: bool = False,
) -> None:
    """A filled rounded rectangle with the label elided (or wrapped) to fit."""
    cancelled = event.status is EventStatus.CANCELLED
    colour, text_colour = _chip_colours(event)
    # save/restore only when the font or clip changes: plain chips are the many, and cheap
    keep = wrap or cancelled
    if keep:
        painter.save()
    _paint_shape(painter, rect, colour, round_left, round_right)
    painter.setPen(text_colour)
    if cancelled:
        font = QFont(painter.font())
        font.setStrikeOut(True)
        painter.setFont(font)
    inner = rect.adjusted(4, 1, -4, -1)
    if wrap:
        painter.setClipRect(rect)
        metrics = painter.fontMetrics()
        top = inner.top()
        for line in wrapped_lines(metrics, label, inner.width(), inner.height()):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                line,
            )
            top += metrics.lineSpacing()
    else:
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    if keep:
        painter.restore()


def wrapped_lines(metrics: QFontMetrics, text: str, width: int, height: int) -> list[str]:
    """``text`` broken between words into the lines ``height`` holds, never inside a word.

    A word wider than the chip and the last line, when more text follows, end in "…"; a chip too
    narrow for a letter and "…" gets no text at all (its colour and tool tip still tell).
    """
    if width < metrics.horizontalAdvance("W…"):
        return []
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            joined = f"{line} {word}" if line else word
            if not line or metrics.horizontalAdvance(joined) <= width:
                line = joined
            else:
                lines.append(line)
                line = word
        lines.append(line)
    room = max(1, height // max(1, metrics.lineSpacing()))
    if len(lines) > room:
        lines = [*lines[: room - 1], " ".join(lines[room - 1 :]) + " …"]
    elide = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, elide, width) for line in lines]


def _paint_shape(
    painter: QPainter, rect: QRect, colour: QColor, round_left: bool, round_right: bool
) -> None:
    """Rounded ends only where the event really starts or ends (bars cut by a week are square)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 3, 3)
    if not round_left:
        painter.drawRect(rect.adjusted(0, 0, -rect.width() // 2, 0))
    if not round_right:
        painter.drawRect(rect.adjusted(rect.width() // 2, 0, 0, 0))


def paint_selection(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """An outline around the chosen chip, so Delete and Enter visibly act on it."""
    painter.save()
    painter.setPen(QPen(colour, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
    painter.restore()
