"""Files dropped on the main window: one filter per kind of file, sharing how a drop is taken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from diplomatic_calendar.ui.main_window import MainWindow


class DropFilter(QObject):
    """Accepts a drag the subclass ``wants`` and hands the drop to its ``take``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def wants(self, mime: QMimeData) -> bool:
        """Whether a drag carries something this filter takes."""
        raise NotImplementedError

    def take(self, mime: QMimeData, event: QDropEvent | None = None) -> bool:
        """Take what was dropped; True when there was something to take."""
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if self.wants(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            return self.take(event.mimeData(), event)
        return False
