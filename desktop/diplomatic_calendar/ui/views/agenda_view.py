"""The agenda: a table of the coming days, a heading per day spanning the row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.models.agenda_model import (
    COLUMNS,
    AgendaModel,
    DateRole,
    EventRole,
    IsDayRole,
)


class AgendaView(QTableView):
    """Double-click an event to edit it, a day heading to add an event on that day."""

    day_activated = Signal(object)
    event_activated = Signal(object)
    context_requested = Signal(object, object)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        for column, width in enumerate((90, 130, 300, 150, 170)):
            self.setColumnWidth(column, width)
        self._fitting = False
        self._time_width_set_by_user = False
        header.sectionResized.connect(self._note_user_width)
        self.setAccessibleName("Agenda")
        model.modelReset.connect(self._span_headings)
        model.modelReset.connect(self._fit_time_column)
        self.doubleClicked.connect(self._activated)

    def agenda_model(self) -> AgendaModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, AgendaModel)
        return model

    def _span_headings(self) -> None:
        self.clearSpans()
        model = self.agenda_model()
        for row in range(model.rowCount()):
            if model.row_of(row).event is None:
                self.setSpan(row, 0, 1, len(COLUMNS))

    def _fit_time_column(self) -> None:
        """As wide as the longest time shown ("09:00 Kuala Lumpur / 01:00 home" or just "09:00"),
        unless the user has set the width; the distinct texts are few, so this stays cheap."""
        if self._time_width_set_by_user:
            return
        texts = self.agenda_model().time_texts()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self._fitting = True
        self.setColumnWidth(0, max(widest + 24, metrics.horizontalAdvance("Deadline") + 24, 90))
        self._fitting = False

    def _note_user_width(self, column: int, _old: int, _new: int) -> None:
        if column == 0 and not self._fitting:
            self._time_width_set_by_user = True

    def _activated(self, index: QModelIndex) -> None:
        if index.data(IsDayRole):
            self.day_activated.emit(index.data(DateRole))
        else:
            self.event_activated.emit(index.data(EventRole))

    def choose_event(self, event_id: int) -> bool:
        """Select the row of ``event_id`` and scroll to it."""
        model = self.agenda_model()
        for row in range(model.rowCount()):
            event = model.row_of(row).event
            if event is not None and event.id == event_id:
                self.setCurrentIndex(model.index(row, 2))
                self.scrollTo(model.index(row, 2))
                return True
        return False

    def selected_event(self) -> Event | None:
        """The event of the selected row."""
        index = self.currentIndex()
        return index.data(EventRole) if index.isValid() else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        found = index.data(EventRole) if index.isValid() else None
        if found is not None:
            self.setCurrentIndex(index)
            self.context_requested.emit(found, event.globalPos())
