"""The search field: full-text search over titles, notes and cities, results in a popup list.

The best matches are listed as a calendar reads: what is coming up first, soonest at the top,
then what is past, latest at the top.
"""

from __future__ import annotations

import datetime as dt
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
from diplomatic_calendar.ui.models.layout import (
    day_order_key,
    local_days,
    span_label,
    tooltip_html,
    tooltip_text,
)
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
        self.summary.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        # long titles wrap instead of widening the rows behind a scroll bar that hid the last one
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    def show_results(
        self, query: str, found: list[Event], home_zone: str, today: dt.date, at: QPoint
    ) -> None:
        """List ``found``, coming up then earlier, and pop up at ``at`` (global)."""
        self.list.clear()
        more = f" (the best {LIMIT})" if len(found) >= LIMIT else ""
        self.summary.setText(
            f"{len(found)} {'event matches' if len(found) == 1 else 'events match'} “{query}”{more}"
            if found
            else f"Nothing matches “{query}”. Search looks in titles, notes and cities, at "
            "who takes part, and at the country named."
        )
        coming, earlier = split_by_today(found, home_zone, today)
        for heading, events in (("Coming up", coming), ("Earlier", earlier)):
            if events and coming and earlier:
                self._add_heading(heading)
            for event in events:
                item = QListWidgetItem(f"{event.title}\n{span_label(event, home_zone)}")
                item.setData(EventRole, event)
                item.setData(Qt.ItemDataRole.DecorationRole, kind_colour(event.kind))
                item.setToolTip(tooltip_html(tooltip_text(event, home_zone)))
                self.list.addItem(item)
        self.list.setVisible(bool(found))
        self.resize(460, 340)  # the width first: long titles wrap to it
        self._layout.activate()  # the minimum must already leave out a hidden list
        self.list.doItemsLayout()
        self.resize(460, max(self._fitted_height(), self.minimumSizeHint().height()))
        self.move(at)
        self.show()
        if found:
            first = next(r for r in range(self.list.count()) if self.list.item(r).data(EventRole))
            self.list.setCurrentRow(first)
            self.list.setFocus()

    def _fitted_height(self) -> int:
        """Tall enough for the summary and the rows, up to about seven results."""
        margins = self._layout.contentsMargins()
        height = margins.top() + margins.bottom() + self.summary.sizeHint().height()
        if self.list.count():
            items = (self.list.item(r) for r in range(min(self.list.count(), 9)))
            rows = sum(self.list.visualItemRect(item).height() for item in items)
            height += self._layout.spacing() + rows + 2 * self.list.frameWidth() + 2
        return min(height, 340)

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not choosable: the arrow keys pass over it
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        event = item.data(EventRole)
        if event is None:  # a heading
            return
        self.hide()
        self.event_chosen.emit(event)


def split_by_today(
    found: list[Event], home_zone: str, today: dt.date
) -> tuple[list[Event], list[Event]]:
    """Events not yet over (soonest first) and those that are (latest first), in ``home_zone``."""
    over = {id(e) for e in found if local_days(e, home_zone)[1] < today}
    coming = [e for e in found if id(e) not in over]
    earlier = [e for e in found if id(e) in over]
    coming.sort(key=lambda e: day_order_key(e, home_zone))
    earlier.sort(key=lambda e: day_order_key(e, home_zone), reverse=True)
    return coming, earlier


class SearchBox(QLineEdit):
    """Type and press Enter to search; ``event_chosen`` fires for the picked result."""

    event_chosen = Signal(object)

    def __init__(
        self,
        search: Callable[[str], list[Event]],
        home_zone: Callable[[], str],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._home_zone = home_zone
        self._today = today
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
            query,
            found,
            self._home_zone(),
            self._today(),
            self.mapToGlobal(QPoint(0, self.height())),
        )
        return found
