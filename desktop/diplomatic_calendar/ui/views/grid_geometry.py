"""Geometry shared by the time grid's parts: the hour gutter, row heights and day columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from diplomatic_calendar.ui.models.time_grid_model import TimeGridModel

GUTTER = 56
HOUR_HEIGHT = 44
LANE_HEIGHT = 20
HEADER = 24
SNAP_MINUTES = 15
EDGE = 6


class Columns:
    """Shared geometry: which x a day column starts at, for the band and the hours."""

    def __init__(self, widget: Callable[[], QWidget], model: TimeGridModel) -> None:
        self._widget, self._model = widget, model

    def width(self) -> float:
        return max(1.0, (self._widget().width() - GUTTER) / max(1, len(self._model.days)))

    def left(self, col: int) -> float:
        return GUTTER + col * self.width()

    def at(self, x: float) -> int:
        return min(len(self._model.days) - 1, max(0, int((x - GUTTER) // self.width())))
