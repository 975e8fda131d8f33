"""The search field: full-text search over titles, notes and cities, results in a popup list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.models.layout import span_label, tooltip_html, tooltip_text
from diplomatic_calendar.ui.palette import kind_colour

EventRole = Qt.ItemDataRole.UserRole + 1
LIMIT = 100


class SearchResults(QFrame):
    """A popup under the search field; activating a result announces its event."""

    event_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    def show_results(self, query: str, found: list[Event], home_zone: str, at: QPoint) -> None:
        """List ``found`` and pop up at ``at`` (global)."""
        self.list.clear()
        more = " (first 100)" if len(found) >= LIMIT else ""
        self.summary.setText(
            f"{len(found)} events match “{query}”{more}" if found else f"Nothing matches “{query}”"
        )
        for event in found:
            item = QListWidgetItem(f"{event.title}\n{span_label(event, home_zone)}")
            item.setData(EventRole, event)
            item.setData(Qt.ItemDataRole.DecorationRole, kind_colour(event.kind))
            item.setToolTip(tooltip_html(tooltip_text(event, home_zone)))
            self.list.addItem(item)
        self.resize(460, 340)
        self.move(at)
        self.show()
        if found:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.hide()
        self.event_chosen.emit(item.data(EventRole))


class SearchBox(QLineEdit):
    """Type and press Enter to search; ``event_chosen`` fires for the picked result."""

    event_chosen = Signal(object)

    def __init__(
        self,
        search: Callable[[str], list[Event]],
        home_zone: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._home_zone = home_zone
        self.setPlaceholderText("Search (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(260)
        self.setObjectName("searchField")
        self.results = SearchResults(self)
        self.results.event_chosen.connect(self.event_chosen)
        # Searching on Enter only: a popup that opened while typing would take the keyboard.
        self.returnPressed.connect(self.run)

    def run(self) -> list[Event]:
        """Search for the text typed and show what matches."""
        query = self.text().strip()
        if len(query) < 2:
            self.results.hide()
            return []
        found = self._search(query)
        self.results.show_results(
            query, found, self._home_zone(), self.mapToGlobal(QPoint(0, self.height()))
        )
        return found
