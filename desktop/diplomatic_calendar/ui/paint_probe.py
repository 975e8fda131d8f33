"""For start-up benchmarks: say "painted" on stdout once the first frame is drawn, then quit;
and, when start-up is traced, list its phases then."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from diplomatic_calendar import startup_trace

ENV_VAR = "DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """Sees the first paint event of any widget; the frame is done when the queue drains."""

    def __init__(self, app: QApplication, quit_after: bool) -> None:
        super().__init__(app)
        self._app = app
        self._quit_after = quit_after
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        painted = time.perf_counter()
        self._app.removeEventFilter(self)
        if startup_trace.ENABLED:
            startup_trace.mark("first frame painted")
            print(startup_trace.report(), file=sys.stderr, flush=True)
        if self._quit_after:
            print(f"painted {painted:.6f}", flush=True)
            self._app.quit()


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``widget`` has painted for the first time (work the first frame
    need not wait for)."""
    widget.installEventFilter(_AfterFirstPaint(widget, callback))


def install_paint_probe(app: QApplication) -> None:
    """When $DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT is set, quit right after the first frame;
    when start-up is traced, report its phases then."""
    quit_after = bool(os.environ.get(ENV_VAR))
    if quit_after or startup_trace.ENABLED:
        app.installEventFilter(_FirstPaint(app, quit_after))
