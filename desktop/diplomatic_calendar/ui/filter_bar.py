"""The filter bar: kinds, statuses and a country or bloc, combined into one EventFilter."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QWidget

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import blocs, countries
from diplomatic_calendar.domain.model import EventKind, EventStatus


class FilterBar(QWidget):
    """Checkable kinds and statuses in a menu, and a country/bloc chooser beside it."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setText("Filter")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip("Show only some kinds or statuses of event")
        self.menu = QMenu(self)
        self.kind_actions = self._checkables("Kinds", [(k.label, k) for k in EventKind])
        self.menu.addSeparator()
        self.status_actions = self._checkables("Statuses", [(s.label, s) for s in EventStatus])
        self.menu.addSeparator()
        self.menu.addAction("Show everything", self.clear)
        self.button.setMenu(self.menu)
        self.place = QComboBox(self)
        self.place.setToolTip("Only events involving a country, or any member of a bloc")
        self.place.addItem("All countries", None)
        for key, bloc in sorted(blocs().items()):
            label = key if bloc.name == key else f"{key} — {bloc.name}"
            self.place.addItem(label, f"bloc:{key}")
        for country in sorted(countries().values(), key=lambda c: c.name):
            self.place.addItem(country.name, f"country:{country.code}")
        self.place.setMaximumWidth(220)
        self.place.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.place.setMinimumContentsLength(16)
        self.place.currentIndexChanged.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.place)

    def _checkables(self, title: str, items: list[tuple[str, object]]) -> list[QAction]:
        self.menu.addSection(title)
        actions = []
        for label, value in items:
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._changed)
            actions.append(action)
        return actions

    def current(self) -> EventFilter:
        """The filter the controls describe."""
        kinds = frozenset(EventKind(a.data()) for a in self.kind_actions if a.isChecked())
        statuses = frozenset(EventStatus(a.data()) for a in self.status_actions if a.isChecked())
        place = self.place.currentData()
        where = EventFilter()
        if isinstance(place, str) and place.startswith("bloc:"):
            where = EventFilter.for_bloc(place[5:])
        elif isinstance(place, str):
            where = EventFilter.for_country(place[8:])
        return dataclasses.replace(where, kinds=kinds, statuses=statuses)

    def select_place(self, value: str | None) -> None:
        """Choose "bloc:ASEAN", "country:MY" or None for all."""
        self.place.setCurrentIndex(max(0, self.place.findData(value)))

    def clear(self) -> None:
        """Let every event through."""
        for action in (*self.kind_actions, *self.status_actions):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self.place.setCurrentIndex(0)
        self._changed()

    def _changed(self) -> None:
        event_filter = self.current()
        active = not event_filter.is_empty
        self.button.setText("Filter ●" if active else "Filter")
        self.filter_changed.emit(event_filter)
