"""The event editor: every field of an event, checked before it is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Location,
    Official,
    OfficialRef,
    Source,
)
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.domain.repeats import REPEATS, repeated
from diplomatic_calendar.domain.timing import (
    all_day_span,
    elapsed,
    exists,
    local_datetime,
    skipped_time_message,
)
from diplomatic_calendar.ui.import_window.provenance_view import ProvenanceView
from diplomatic_calendar.ui.theme import warning_style
from diplomatic_calendar.ui.widgets import (
    CountryComboBox,
    CountryListEdit,
    TimeZoneComboBox,
    start_weeks_on,
    to_date,
    to_qdate,
)


class EventEditorDialog(QDialog):
    """Create or edit one event; ``event()`` returns the checked result after Save."""

    def __init__(
        self,
        officials: list[Official],
        home_zone: str,
        *,
        event: Event | None = None,
        day: dt.date | None = None,
        provenance: Sequence[tuple[Source, str]] = (),
        parent: QWidget | None = None,
        first_weekday: int = 0,
    ) -> None:
        super().__init__(parent)
        self._first_weekday = first_weekday
        self.provenance = ProvenanceView(provenance)
        self.setWindowTitle("Edit event" if event else "New event")
        self.setMinimumWidth(520)
        self._original = event
        self._result: Event | None = None
        self._results: list[Event] = []
        self._officials = officials
        self._build(home_zone)
        if event is not None:
            self._load(event)
        else:
            self._load_defaults(day or dt.date.today(), home_zone)
        self.title_edit.setFocus()

    def _build(self, home_zone: str) -> None:
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(kind.label, kind)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Rubio meets Lavrov")
        self.all_day = QCheckBox("All day")
        self.start_date = QDateEdit()
        self.end_date = QDateEdit()
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            start_weeks_on(edit, self._first_weekday)
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for time_edit in (self.start_time, self.end_time):
            time_edit.setDisplayFormat("HH:mm")
        self.zone = TimeZoneComboBox()
        self.zone.set_zone_name(home_zone)
        self.repeat = QComboBox()
        for way in REPEATS:
            self.repeat.addItem(way.label, way.key)
        self.repeat.setToolTip(
            "Make a copy of the event on each day it repeats on, up to the day chosen; each "
            "copy is an event of its own, to move or cancel alone"
        )
        self.repeat_until = QDateEdit()
        self.repeat_until.setCalendarPopup(True)
        self.repeat_until.setDisplayFormat("ddd d MMM yyyy")
        start_weeks_on(self.repeat_until, self._first_weekday)
        self.repeat_until.setEnabled(False)
        self.repeat.currentIndexChanged.connect(self._repeat_chosen)
        self.status = QComboBox()
        for status in EventStatus:
            self.status.addItem(status.label, status)
        self.city = QLineEdit()
        self.city.setPlaceholderText("City")
        self.location_country = CountryComboBox()
        self.countries = CountryListEdit()
        self.participants = QListWidget()
        self.participants.setMaximumHeight(120)
        for official in self._officials:
            label = official.name + (f" — {official.title}" if official.title else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, official.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        if not self._officials:
            empty = QListWidgetItem("No officials yet: add them from View › Officials, or import")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.participants.addItem(empty)
        # A calendar keeps thousands of officials: typing part of a name, title or country
        # narrows the list (accents and case aside); those ticked always stay in view.
        self.participant_filter = QLineEdit()
        self.participant_filter.setObjectName("participantFilter")
        self.participant_filter.setPlaceholderText("Find by name, title or country")
        self.participant_filter.setClearButtonEnabled(True)
        self.participant_filter.textChanged.connect(self._filter_participants)
        self._searchable = {
            official.id: fold_name(
                " ".join(
                    (official.name, *official.aliases, official.title, _country_words(official))
                )
            )
            for official in self._officials
        }
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(warning_style())
        self.error.setWordWrap(True)
        self.all_day.toggled.connect(self._all_day_toggled)
        self._start_day = to_date(self.start_date.date())
        self.start_date.dateChanged.connect(self._start_day_changed)
        self._start_time = self.start_time.time()
        self._moving_end = False  # the end is being moved to follow the start
        self._end_pushed = False  # the end day was moved on to the next day by the editor
        self.start_time.timeChanged.connect(self._start_time_changed)
        self.end_time.timeChanged.connect(self._end_time_changed)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow("&Kind", self.kind)
        form.addRow("&Title", self.title_edit)
        form.addRow("", self.all_day)
        form.addRow("&Starts", _row(self.start_date, self.start_time))
        form.addRow("&Ends", _row(self.end_date, self.end_time))
        if self._original is None:  # a stored event is one day of a repeat, edited alone
            until = QLabel("&until")
            until.setBuddy(self.repeat_until)
            form.addRow("&Repeats", _row(self.repeat, until, self.repeat_until))
        form.addRow("Time &zone", self.zone)
        form.addRow("Stat&us", self.status)
        form.addRow("&Location", _row(self.city, self.location_country))
        form.addRow("&Countries", self.countries)
        participants = QWidget()
        column = QVBoxLayout(participants)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.participant_filter)
        column.addWidget(self.participants)
        form.addRow("&Participants", participants)
        label = form.labelForField(participants)
        if isinstance(label, QLabel):
            label.setBuddy(self.participant_filter)  # Alt+P goes to the search line
        form.addRow("&Notes", self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.provenance)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _all_day_toggled(self, on: bool) -> None:
        for widget in (self.start_time, self.end_time, self.zone):
            widget.setEnabled(not on)
        if not on and self.start_time.time() == self.end_time.time() == QTime(0, 0):
            # An all-day event made timed: an hour in the morning, not midnight to midnight.
            self.start_time.setTime(QTime(9, 0))
            self.end_time.setTime(QTime(10, 0))

    def _start_day_changed(self, value: QDate) -> None:
        """Moving the first day moves the last one with it: the event keeps its length."""
        day = to_date(value)
        moved = day - self._start_day
        self._start_day = day
        if moved:
            self.end_date.setDate(self.end_date.date().addDays(moved.days))

    def _start_time_changed(self, value: QTime) -> None:
        """A later or earlier start moves the end with it: the event keeps its length."""
        moved = self._start_time.secsTo(value)
        self._start_time = value
        if not moved:
            return
        end = QDateTime(self.end_date.date(), self.end_time.time()).addSecs(moved)
        self._moving_end = True
        try:
            self.end_date.setDate(end.date())
            self.end_time.setTime(end.time())
        finally:
            self._moving_end = False

    def _kind_chosen(self) -> None:
        """A new deadline is a moment: it ends as it starts (an hour would run past midnight
        for one due at 23:30 and make it due the next day)."""
        if self._original is not None or not EventKind(self.kind.currentData()).is_deadline:
            return
        self._moving_end = True
        try:
            self.end_date.setDate(self.start_date.date())
            self.end_time.setTime(self.start_time.time())
        finally:
            self._moving_end = False

    def _end_time_changed(self, value: QTime) -> None:
        """An end earlier in the day than the start, on the same day, is the next morning's
        (a dinner from 22:00 to 02:00); the day goes back if the end is then set later."""
        if self._moving_end:
            return
        start_day = self.start_date.date()
        if self.end_date.date() == start_day and value < self.start_time.time():
            self.end_date.setDate(start_day.addDays(1))
            self._end_pushed = True
        elif (
            self._end_pushed
            and self.end_date.date() == start_day.addDays(1)
            and value > self.start_time.time()
        ):
            self.end_date.setDate(start_day)
            self._end_pushed = False

    def _load_defaults(self, day: dt.date, home_zone: str) -> None:
        self.start_date.setDate(to_qdate(day))
        self.end_date.setDate(to_qdate(day))
        self.start_time.setTime(QTime(9, 0))
        self.end_time.setTime(QTime(10, 0))
        self.all_day.setChecked(False)
        self._all_day_toggled(False)

    def _load(self, event: Event) -> None:
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.title_edit.setText(event.title)
        self.all_day.setChecked(event.all_day)
        self._all_day_toggled(event.all_day)
        self.start_date.setDate(to_qdate(event.first_day))
        self.end_date.setDate(to_qdate(event.last_day))
        if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
            self.start_time.setTime(QTime(event.start.hour, event.start.minute))
            self.end_time.setTime(QTime(event.end.hour, event.end.minute))
            self.end_date.setDate(to_qdate(event.end.date()))
            self.zone.set_zone_name(event.timezone or "UTC")
        self.status.setCurrentIndex(self.status.findData(event.status))
        self.city.setText(event.location.city)
        self.location_country.set_code(event.location.country)
        self.countries.set_codes(event.countries)
        chosen = {p.id for p in event.participants}
        ticked = []
        for row in reversed(range(self.participants.count())):
            item = self.participants.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
                ticked.append(self.participants.takeItem(row))
        for item in ticked:  # the event's own people first, in the list's order
            self.participants.insertItem(0, item)
        self.notes.setPlainText(event.notes)

    def _filter_participants(self, text: str) -> None:
        wanted = fold_name(text).split()
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            found = self._searchable.get(key, "")
            shown = (
                not wanted
                or item.checkState() == Qt.CheckState.Checked
                or all(word in found for word in wanted)
            )
            item.setHidden(not shown)

    def _chosen_participants(self) -> tuple[OfficialRef, ...]:
        by_id = {o.id: o for o in self._officials}
        refs = []
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and (
                item.checkState() == Qt.CheckState.Checked
            ):
                official = by_id[item.data(Qt.ItemDataRole.UserRole)]
                assert official.id is not None
                refs.append(OfficialRef(official.id, official.name))
        return tuple(refs)

    def build_event(self) -> Event:
        """The event the fields describe; ValidationError with a clear message if they do not."""
        first, last = to_date(self.start_date.date()), to_date(self.end_date.date())
        start: dt.date | dt.datetime
        end: dt.date | dt.datetime
        if self.all_day.isChecked():
            if last < first:
                raise ValidationError("the event ends before it starts")
            start, end = all_day_span(first, last)
        else:
            zone_key = self.zone.zone_name()
            start = local_datetime(first, _pytime(self.start_time.time()), zone_key)
            end = local_datetime(last, _pytime(self.end_time.time()), zone_key)
            for moment in (start, end):
                if not exists(moment):
                    raise ValidationError(skipped_time_message(moment))
            # A moment (a deadline at 17:00, or an invitation saved with no end) is kept as one;
            # a meeting given no end time is more likely a slip, so it is asked for.
            instant = EventKind(self.kind.currentData()).is_deadline or (
                self._original is not None and self._original.start == self._original.end
            )
            if end == start and not instant:
                raise ValidationError("the event ends as it starts: give it an end time")
            length = elapsed(start, end)
            if length < dt.timedelta(0) or (length == dt.timedelta(0) and not instant):
                raise ValidationError("the event ends before it starts")
        fields = {
            "title": self.title_edit.text(),
            "kind": self.kind.currentData(),
            "start": start,
            "end": end,
            "status": self.status.currentData(),
            "location": Location(self.city.text(), self.location_country.code()),
            "countries": self.countries.codes(),
            "participants": self._chosen_participants(),
            "notes": self.notes.toPlainText(),
        }
        if self._original is not None:
            return self._original.with_changes(**fields)
        return Event(**fields)

    def _repeat_chosen(self) -> None:
        repeats = self.repeat.currentData() != "none"
        self.repeat_until.setEnabled(repeats)
        if repeats and self.repeat_until.date() <= self.start_date.date():
            # three months on, a common horizon for a series of calls or meetings
            self.repeat_until.setDate(self.start_date.date().addMonths(3))

    def accept(self) -> None:
        try:
            self._result = self.build_event()
            until = to_date(self.repeat_until.date())
            self._results = repeated(self._result, str(self.repeat.currentData()), until)
        except ValidationError as err:
            self.error.setText(str(err))
            return
        super().accept()

    def result_event(self) -> Event | None:
        """The saved event, once the dialog was accepted."""
        return self._result

    def result_events(self) -> list[Event]:
        """The saved event and, when it repeats, each of its copies (the first among them)."""
        return list(self._results)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _country_words(official: Official) -> str:
    """An official's country as code and name, so either can be typed to find them."""
    if not official.country:
        return ""
    return f"{official.country} {country_name(official.country)}"


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
