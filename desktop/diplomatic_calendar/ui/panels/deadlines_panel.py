"""The deadlines dock: every coming deadline and tariff date, soonest first, with filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.deadlines import Deadline, bloc_codes
from diplomatic_calendar.domain.geography import blocs, countries, trading_as
from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.deadlines_model import DeadlinesModel
from diplomatic_calendar.ui.models.record_table import RecordRole
from diplomatic_calendar.ui.widgets import PlaceholderTableView, follow_typed_text

TITLE_COLUMN, TITLE_WIDTH = 1, 170
# How far the list looks back (for overdue items) and ahead.
LOOK_BACK_DAYS = 30
LOOK_AHEAD_DAYS = 365


class DeadlinesPanel(QWidget):
    """A sortable list of deadlines; activating a row shows its day and its country's panel."""

    deadline_activated = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = DeadlinesModel(context.today, self)
        self.where = QComboBox(self)
        self.where.setObjectName("deadlinesWhere")
        self.where.setToolTip("Only deadlines involving this country or bloc")
        self.kind = QComboBox(self)
        self.kind.setObjectName("deadlinesKind")
        self.show_past = QCheckBox("Show overdue", self)
        self.show_past.setToolTip(f"Also show the last {LOOK_BACK_DAYS} days' pending deadlines")
        self.show_past.setChecked(True)
        self.table = PlaceholderTableView(self)
        self.table.setObjectName("deadlinesTable")
        self._build()
        self.reload()

    def _build(self) -> None:
        self.where.addItem("All countries", None)
        for bloc in blocs().values():
            self.where.addItem(f"Bloc: {bloc.key}", f"bloc:{bloc.key}")
        for country in sorted(countries().values(), key=lambda c: c.name.casefold()):
            self.where.addItem(f"{country.name} ({country.code})", country.code)
        # Typing part of a name finds a country among the 250 entries.
        self.where.setEditable(True)
        self.where.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.where.model(), self.where)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.where.setCompleter(completer)
        follow_typed_text(self.where, self._where_data, self.where.setCurrentIndex)
        self.where.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # narrow enough that the docks and the calendar fit a 1200-pixel window side by side
        self.where.setMinimumContentsLength(8)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(6)
        self.kind.addItem("All kinds", None)
        self.kind.addItem("Tariff dates", EventKind.TARIFF_DEADLINE)
        self.kind.addItem("Other deadlines", EventKind.DEADLINE)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows in view, not a long overdue list
        header.setStretchLastSection(True)
        # A long title would push the countdown and status out of a narrow dock: it is cut
        # short instead (whole in its tooltip), and can be dragged wider.
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE_COLUMN, TITLE_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activated)
        filters = QHBoxLayout()
        for widget in (self.where, self.kind, self.show_past):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.where.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.show_past.toggled.connect(self.reload)

    @staticmethod
    def _where_data(text: str) -> str | None:
        """What a typed name stands for: a country's code, or 'bloc:KEY', as the country
        chooser reads it (loaded only when someone types: that panel is built on demand)."""
        from diplomatic_calendar.ui.panels.country_panel import resolve_key

        return None if text.casefold() in ("all", "all countries") else resolve_key(text)

    def set_where(self, key: str | None) -> None:
        """Filter by a country code or 'bloc:KEY' (None, or a key not listed, for all)."""
        self.where.setCurrentIndex(max(self.where.findData(key), 0))

    def deadlines(self) -> list[Deadline]:
        """The deadlines the filters let through, soonest first."""
        today = self._context.today()
        first = today - dt.timedelta(days=LOOK_BACK_DAYS if self.show_past.isChecked() else 0)
        found = self._context.store.tariffs.deadlines(
            first, today + dt.timedelta(days=LOOK_AHEAD_DAYS), self._context.home_zone
        )
        found = [d for d in found if d.day >= today or d.is_overdue(today)]
        kind = self.kind.currentData()
        if kind is not None:
            found = [d for d in found if d.kind == kind]
        where = self.where.currentData()
        if where:
            codes = bloc_codes(where[5:]) if where.startswith("bloc:") else set(trading_as(where))
            found = [d for d in found if d.involves(codes)]
        return found

    def reload(self) -> None:
        """Read the deadlines again (after a change, or when the day turns)."""
        self.model.set_records(self.deadlines())
        filtered = self.where.currentData() is not None or self.kind.currentData() is not None
        self.table.set_placeholder(
            "No deadlines match these filters."
            if filtered
            else "No deadlines in the coming year. Tariff dates and deadlines you add or import "
            "appear here, soonest first."
        )

    def _activated(self, index: QModelIndex) -> None:
        deadline = index.data(RecordRole)
        if isinstance(deadline, Deadline):
            self.deadline_activated.emit(deadline)
            self._context.signals.date_requested.emit(deadline.day)
            if deadline.country:
                self._context.signals.country_requested.emit(deadline.country)
