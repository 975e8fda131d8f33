"""The officials dock: filter by country, title and name; add, edit, delete, merge, open a page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.officials_model import OfficialsModel
from diplomatic_calendar.ui.models.record_table import RecordRole
from diplomatic_calendar.ui.widgets import CountryComboBox


class OfficialsPanel(QWidget):
    """A filtered list of officials; the buttons ask the feature to open editors and pages."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    merge_requested = Signal(object, object)
    page_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.country = CountryComboBox(self)
        self.country.setObjectName("officialsCountry")
        self.title_filter = QLineEdit(self)
        self.title_filter.setPlaceholderText("Title")
        self.name_filter = QLineEdit(self)
        self.name_filter.setPlaceholderText("Name")
        for edit in (self.title_filter, self.name_filter):
            edit.setClearButtonEnabled(True)
        self.model = OfficialsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("officialsTable")
        self.buttons = {
            key: QPushButton(text, self)
            for key, text in (
                ("add", "Add…"),
                ("edit", "Edit…"),
                ("delete", "Delete"),
                ("merge", "Merge two"),
                ("page", "Open page"),
            )
        }
        # Filled when first shown: the list starts behind the country panel's tab, and sorting
        # thousands of officials for a hidden tab slowed start-up.
        self._shown = False
        self._stale = True
        self._build()

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the rows in view: measuring all 5,000 officials cost 0.5 s at start-up.
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        self.buttons["merge"].setToolTip("Select two officials who are one person, then merge")
        # The country list's longest name must not squeeze the title and name fields.
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setMinimumContentsLength(12)
        filters = QHBoxLayout()
        for widget in (self.country, self.title_filter, self.name_filter):
            filters.addWidget(widget, 1)
        # Two rows of buttons, so that the dock (tabbed with the country panel) can stay narrow.
        row = QGridLayout()
        for number, button in enumerate(self.buttons.values()):
            row.addWidget(button, number // 3, number % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.country.currentIndexChanged.connect(self.reload)
        self.title_filter.textChanged.connect(self.reload)
        self.name_filter.textChanged.connect(self.reload)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons["add"].clicked.connect(self.add_requested.emit)
        self.buttons["edit"].clicked.connect(lambda: self._emit_one(self.edit_requested))
        self.buttons["delete"].clicked.connect(lambda: self._emit_one(self.delete_requested))
        self.buttons["page"].clicked.connect(lambda: self._emit_one(self.page_requested))
        self.buttons["merge"].clicked.connect(self._merge)

    def set_shown(self, shown: bool) -> None:
        """Told by the dock when its tab is selected or put away; catch up on any change."""
        self._shown = shown
        if shown and self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the officials again with the current filters (at once if shown, else when shown)."""
        if not self._shown:
            self._stale = True
            return
        self._stale = False
        try:
            country = self.country.code()
        except UserError:  # half-typed country: keep the list as it was until it names one
            return
        found = self._context.store.officials.filtered(
            country, self.title_filter.text(), self.name_filter.text()
        )
        self.model.set_records(found)
        self._update_buttons()

    def selected(self) -> list[Official]:
        """The selected officials, in table order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(RecordRole) for i in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        for key in ("edit", "delete", "page"):
            self.buttons[key].setEnabled(count == 1)
        self.buttons["merge"].setEnabled(count == 2)

    def _emit_one(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            signal.emit(chosen[0])

    def _merge(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            self.merge_requested.emit(chosen[0], chosen[1])

    def _activated(self, index: QModelIndex) -> None:
        official = index.data(RecordRole)
        if isinstance(official, Official):
            self.page_requested.emit(official)
