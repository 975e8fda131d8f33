"""The colour legend: each kind's colour beside its name and the short tag chips carry."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.palette import kind_colour, kind_tag


def swatch(colour: QColor, size: int = 14) -> QIcon:
    """A square of one colour, as a menu icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


def legend_rows() -> list[tuple[EventKind, str]]:
    """(kind, "Meeting — MTG") for every kind, in the palette's order."""
    rows = []
    for kind in EventKind:
        tag = kind_tag(kind)
        rows.append((kind, f"{kind.label} — {tag}" if tag else kind.label))
    return rows


def build_legend_menu(parent: QWidget) -> QMenu:
    """A menu that only shows: one entry per kind with its colour."""
    menu = QMenu("Colour le&gend", parent)
    menu.setObjectName("legendMenu")
    for kind, text in legend_rows():
        action = menu.addAction(swatch(kind_colour(kind)), text)
        action.setToolTip(f"Chips of {kind.label.lower()} events have this colour and tag")
    menu.addSeparator()
    menu.addAction("Faded and struck through: cancelled").setEnabled(False)
    menu.addAction("Bar across days: a multi-day event").setEnabled(False)
    return menu
