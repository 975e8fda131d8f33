"""The guard against shiboken6 dropping references to None keeps None alive when it must."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect

import diplomatic_calendar.ui.views  # noqa: F401  (importing the views applies the guard)
from diplomatic_calendar.qt_binding import keep_none_alive, leaks_none


def test_many_void_qt_calls_cannot_use_up_none() -> None:
    rect = QRect()
    for _ in range(50_000):
        rect.setLeft(0)
    if sys.version_info < (3, 12) and leaks_none():
        assert sys.getrefcount(None) > 1 << 39
    assert keep_none_alive() is False  # applied at most once
