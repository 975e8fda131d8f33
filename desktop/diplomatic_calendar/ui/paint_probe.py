"""For start-up benchmarks: say "painted" on stdout once the first frame is drawn, then quit."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

ENV_VAR = "DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """Sees the first paint event of any widget; the frame is done when the queue drains."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(f"painted {time.perf_counter():.6f}", flush=True)
        self._app.removeEventFilter(self)
        self._app.quit()


def install_paint_probe(app: QApplication) -> None:
    """When $DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT is set, quit right after the first frame."""
    if os.environ.get(ENV_VAR):
        app.installEventFilter(_FirstPaint(app))
