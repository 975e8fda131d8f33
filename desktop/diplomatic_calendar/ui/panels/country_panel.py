"""The country panel: pick a country or a bloc; a country shows its dossier, a bloc its members."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.geography import EU, blocs, countries, find_country, trading_as
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.models.bloc_model import BlocMembersModel, MemberRow
from diplomatic_calendar.ui.models.record_table import RecordRole
from diplomatic_calendar.ui.panels.country_page import CountryPage
from diplomatic_calendar.ui.widgets import follow_typed_text

BLOC_PREFIX = "bloc:"
# The panel reopens on what it showed last.
LAST_SHOWN_KEY = "country_panel/shown"
# A bloc's "next deadline" looks this far ahead.
BLOC_HORIZON_DAYS = 365


def resolve_key(key: str) -> str | None:
    """A country code or 'bloc:KEY' for what ``key`` names (code, bloc key or name); else None.

    A bare code is a country first: "EU" opens the EU as a trading party, whose page links to
    the bloc of its members.
    """
    text = key.strip()
    explicit = text.startswith(BLOC_PREFIX)
    if explicit:
        text = text[len(BLOC_PREFIX) :]
    elif text.upper() in countries():
        return text.upper()
    for bloc in blocs().values():
        if text.casefold() in (bloc.key.casefold(), bloc.name.casefold()):
            return BLOC_PREFIX + bloc.key
    return None if explicit else find_country(text)


class BlocPage(QWidget):
    """A bloc's members with rate, status and next deadline, sortable by any column."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.key = ""
        self.title = QLabel(self)
        self.title.setObjectName("blocTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.model = BlocMembersModel(context.today, self)
        self.table = QTableView(self)
        self.table.setObjectName("blocTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows in view, not every row
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def show_bloc(self, key: str) -> None:
        """Fill the table for bloc ``key``."""
        self.key = key
        bloc = blocs()[key]
        today = self._context.today()
        store = self._context.store
        upcoming = store.tariffs.deadlines(
            today, today + dt.timedelta(days=BLOC_HORIZON_DAYS), self._context.home_zone
        )
        rows = []
        for code in bloc.members:
            parties = trading_as(code)  # an EU member faces the tariffs on the EU too
            mine = [d for d in upcoming if d.faces(parties)]  # as the row's other columns
            rows.append(
                MemberRow(code, store.tariffs.current_position(*parties), next(iter(mine), None))
            )
        self.model.set_records(rows)
        states = [code for code in bloc.members if code != EU]
        # the EU sits at the G7 and G20 beside their member states: counted apart, not as one
        also = " and the EU" if len(states) < len(bloc.members) and bloc.key != EU else ""
        self.title.setText(f"{bloc.label} · {len(states)} members{also}")

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(RecordRole)
        if isinstance(row, MemberRow):
            self._context.signals.country_requested.emit(row.code)


class CountryPanel(QWidget):
    """What the country dock shows; ``show_key`` takes an ISO code or a bloc key."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.key = ""
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("countryChooser")
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.chooser.setToolTip("A country or a bloc; type part of its name")
        # not as wide as the longest name: the dock would push the window wider on opening
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(16)
        for bloc in blocs().values():
            self.chooser.addItem(bloc.label, BLOC_PREFIX + bloc.key)
        for country in sorted(countries().values(), key=lambda c: c.name.casefold()):
            self.chooser.addItem(f"{country.name} ({country.code})", country.code)
        self.chooser.setCurrentIndex(-1)
        self.page = CountryPage(context, self)
        self.bloc_page = BlocPage(context, self)
        self.empty = QLabel("Choose a country or a bloc above, or open one from an event.", self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        for widget in (self.empty, self.page, self.bloc_page):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.chooser)
        layout.addWidget(self.stack, 1)
        self.chooser.activated.connect(self._chosen)
        follow_typed_text(self.chooser, resolve_key, self._chosen)
        self.page.bloc_requested.connect(lambda key: self.show_key(BLOC_PREFIX + key))
        last = str(context.settings.value(LAST_SHOWN_KEY, "") or "")
        if last:
            self.show_key(last)

    def show_key(self, key: str) -> bool:
        """Show a country (ISO code or name) or a bloc; False when ``key`` names neither."""
        resolved = resolve_key(key)
        if resolved is None:
            return False
        self.key = resolved
        self._context.settings.setValue(LAST_SHOWN_KEY, resolved)
        self.chooser.setCurrentIndex(self.chooser.findData(resolved))
        self.reload()
        return True

    def reload(self) -> None:
        """Read again what is shown (after a change, or when the day turns)."""
        if not self.key:
            self.stack.setCurrentWidget(self.empty)
        elif self.key.startswith(BLOC_PREFIX):
            self.bloc_page.show_bloc(self.key[len(BLOC_PREFIX) :])
            self.stack.setCurrentWidget(self.bloc_page)
        else:
            self.page.show_country(self.key)
            self.stack.setCurrentWidget(self.page)

    def _chosen(self, index: int) -> None:
        data = self.chooser.itemData(index)
        if data:
            self.show_key(str(data))
