"""Work put off until a widget's first frame runs then, once."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.paint_probe import after_first_paint


class _Counted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_the_callback_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    widget = _Counted()
    qtbot.addWidget(widget)
    seen: list[int] = []
    after_first_paint(widget, lambda: seen.append(widget.paints))
    qtbot.wait(20)
    assert seen == []  # not shown, never painted: nothing runs
    widget.show()
    qtbot.waitUntil(lambda: seen == [1])
    widget.update()
    qtbot.waitUntil(lambda: widget.paints >= 2)
    qtbot.wait(20)
    assert seen == [1]
