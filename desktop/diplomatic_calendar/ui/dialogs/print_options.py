"""File › Print…: what to print (style, days, filters, notes) and how (zone, paper, layout)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import blocs, check_country, countries
from diplomatic_calendar.domain.model import EventKind, EventStatus
from diplomatic_calendar.printing.options import (
    PAGE_SIZES,
    STYLE_TITLES,
    STYLES,
    PrintOptions,
    period_of,
)
from diplomatic_calendar.ui.widgets import start_weeks_on, to_date, to_qdate

# How far ahead a deadlines printout reaches when that style is chosen here.
DEADLINES_AHEAD_DAYS = 90
# How far back and ahead a country brief's meetings reach when that style is chosen here.
BRIEF_DAYS = 91


@cache
def _zone_names() -> list[str]:
    return sorted(available_timezones())


class PrintOptionsDialog(QDialog):
    """Collects PrintOptions; a choice that cannot be printed is said under the form, not raised.

    ``day`` is the day the window is on: choosing the day, week or month style prints that
    day, its week or its month, until the range is edited by hand.
    """

    def __init__(
        self, defaults: PrintOptions, parent: QWidget | None = None, day: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print")
        self._today = defaults.today
        today = defaults.today
        if day is None:  # today if the range holds it, else the range's first day
            day = today if today and defaults.first <= today <= defaults.last else defaults.first
        self._day = day
        self._range_edited = False
        self._setting_range = False
        self._first_weekday = defaults.first_weekday
        self._chosen: PrintOptions | None = None
        self.style_box = QComboBox()
        for style in STYLES:
            self.style_box.addItem(STYLE_TITLES[style], style)
        self.first_edit = self._date_edit(defaults.first)
        self.last_edit = self._date_edit(defaults.last)
        self.country_box = QComboBox()
        for code, country in sorted(countries().items(), key=lambda kv: kv[1].name):
            self.country_box.addItem(f"{country.name} ({code})", code)
        self.kinds_list = QListWidget()
        for kind in EventKind:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setCheckState(Qt.CheckState.Checked)
            self.kinds_list.addItem(item)
        # Tall enough for every kind, so that none hides below a scroll bar.
        rows = self.kinds_list.sizeHintForRow(0) * self.kinds_list.count()
        self.kinds_list.setFixedHeight(rows + 2 * self.kinds_list.frameWidth() + 4)
        self.bloc_box = QComboBox()
        self.bloc_box.addItem("Any bloc", "")
        # sized for short names: the long ones show in full in the open list
        self.bloc_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.bloc_box.setMinimumContentsLength(16)
        for key, bloc in blocs().items():
            self.bloc_box.addItem(f"{bloc.name} ({key})", key)
        self.statuses_label = QLabel("All statuses")
        self.statuses_label.setToolTip("As filtered in the window (Filter menu)")
        self._statuses: frozenset[EventStatus] = frozenset()
        self.countries_edit = QLineEdit()
        self.countries_edit.setPlaceholderText(hint := "and ISO codes, e.g. MY, SG")
        self.countries_edit.setMinimumWidth(
            self.countries_edit.fontMetrics().horizontalAdvance(hint) + 24
        )
        self.countries_edit.setToolTip(
            "Print only events of these countries (and of the bloc's members); empty: every country"
        )
        self.notes_check = QCheckBox("Include notes")
        self.landscape_box = QComboBox()
        self.landscape_box.addItems(["Portrait", "Landscape"])
        self.page_box = QComboBox()
        self.page_box.addItems(list(PAGE_SIZES))
        self.zone_edit = QLineEdit()
        completer = QCompleter(_zone_names(), self.zone_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone_edit.setCompleter(completer)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self._set(defaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.style_box.currentIndexChanged.connect(self._style_chosen)
        self.first_edit.dateChanged.connect(self._range_changed)
        self.last_edit.dateChanged.connect(self._range_changed)
        self._style_changed()

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")  # as the event editor writes a day
        start_weeks_on(edit, self._first_weekday)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow("Style", self.style_box)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.last_edit)
        form.addRow("Days", dates)
        # The brief's own country shows only for the brief; the filter is one row, a bloc
        # and any further countries, so that three country boxes never sit one above another.
        form.addRow("Brief of", self.country_box)
        form.addRow("Kinds", self.kinds_list)
        form.addRow("Statuses", self.statuses_label)
        only = QHBoxLayout()
        only.addWidget(self.bloc_box)
        only.addWidget(self.countries_edit, 1)
        form.addRow("Countries", only)
        form.addRow("", self.notes_check)
        form.addRow("Time zone", self.zone_edit)
        paper = QHBoxLayout()
        paper.addWidget(self.page_box)
        paper.addWidget(self.landscape_box)
        form.addRow("Paper", paper)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _set(self, options: PrintOptions) -> None:
        self.style_box.setCurrentIndex(STYLES.index(options.style))
        if options.country:
            self.country_box.setCurrentIndex(max(0, self.country_box.findData(options.country)))
        self.notes_check.setChecked(options.include_notes)
        self.landscape_box.setCurrentIndex(1 if options.landscape else 0)
        self.page_box.setCurrentText(options.page_size)
        self.zone_edit.setText(options.zone)
        if options.event_filter.countries:
            self.countries_edit.setText(", ".join(sorted(options.event_filter.countries)))
        if options.event_filter.kinds:
            for i in range(self.kinds_list.count()):
                item = self.kinds_list.item(i)
                wanted = item.data(Qt.ItemDataRole.UserRole) in options.event_filter.kinds
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self._first_weekday = options.first_weekday
        # The window's status filter has no control here: it is kept, and said.
        self._statuses = options.event_filter.statuses
        self.statuses_label.setText(
            ", ".join(sorted(s.label for s in self._statuses)) or "All statuses"
        )

    def _style_changed(self) -> None:
        brief = self.style_box.currentData() == "country"
        self._form.setRowVisible(self.country_box, brief)
        if self.isVisible():
            self.adjustSize()  # no gap where the row was

    def _range_changed(self) -> None:
        if not self._setting_range:
            self._range_edited = True

    def _set_range(self, first: dt.date, last: dt.date) -> None:
        """Show a range the dialog chose (not one typed in, which later styles keep)."""
        self._setting_range = True
        try:
            self.first_edit.setDate(to_qdate(first))
            self.last_edit.setDate(to_qdate(last))
        finally:
            self._setting_range = False

    def _style_chosen(self) -> None:
        """A style picked here brings the paper and range it needs: seven columns want
        landscape, lists portrait; a day, a week or a month is that of the day in view unless
        the range was typed in, and deadlines are read from today on."""
        self._style_changed()
        style = self.style_box.currentData()
        self.landscape_box.setCurrentIndex(1 if style in ("week", "month") else 0)
        if style in ("day", "week", "month") and not self._range_edited:
            self._set_range(*period_of(style, self._day, self._first_weekday))
        elif style == "deadlines" and self._today is not None:
            ahead = self._today + dt.timedelta(days=DEADLINES_AHEAD_DAYS - 1)
            self._set_range(self._today, ahead)
        elif style == "country" and self._today is not None:
            # the brief's meetings: the last three months and the next three
            brief = dt.timedelta(days=BRIEF_DAYS)
            self._set_range(self._today - brief, self._today + brief)

    def options(self) -> PrintOptions:
        """The choices as PrintOptions; a UserError says what cannot be printed."""
        kinds = frozenset(
            self.kinds_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.kinds_list.count())
            if self.kinds_list.item(i).checkState() == Qt.CheckState.Checked
        )
        if not kinds:
            raise UserError("choose at least one kind of event")
        codes = {
            check_country(c)
            for c in self.countries_edit.text().replace(";", ",").split(",")
            if c.strip()
        }
        if self.bloc_box.currentData():
            codes |= EventFilter.for_bloc(self.bloc_box.currentData()).countries
        every_kind = len(kinds) == self.kinds_list.count()
        return PrintOptions(
            style=self.style_box.currentData(),
            first=to_date(self.first_edit.date()),
            last=to_date(self.last_edit.date()),
            zone=self.zone_edit.text().strip() or "UTC",
            event_filter=EventFilter(
                kinds=frozenset() if every_kind else kinds,
                countries=frozenset(codes),
                statuses=self._statuses,
            ),
            include_notes=self.notes_check.isChecked(),
            landscape=self.landscape_box.currentIndex() == 1,
            page_size=self.page_box.currentText(),
            country=self.country_box.currentData()
            if self.style_box.currentData() == "country"
            else None,
            today=self._today,
            first_weekday=self._first_weekday,
        )

    @property
    def chosen(self) -> PrintOptions | None:
        """What was accepted, or None before (or without) OK."""
        return self._chosen

    def accept(self) -> None:
        """Close only on choices that can be printed; otherwise say why under the form."""
        try:
            self._chosen = self.options()
        except UserError as err:
            self.problem.setText(str(err))
            return
        super().accept()
