"""Small widgets used across the window: country pickers, a time-zone chooser, a table that
explains its emptiness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QTableView, QWidget

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.geography import countries, country_name, find_country
from diplomatic_calendar.domain.timing import zone_named


def to_qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def start_weeks_on(edit: QDateEdit, first_weekday: int) -> None:
    """Start the weeks of a date box's pop-up month on ``first_weekday`` (0 = Monday … 6 =
    Sunday), as the calendar's own views and navigator do."""
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek(first_weekday % 7 + 1))


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


@cache
def _country_labels() -> list[tuple[str, str]]:
    return sorted(
        ((f"{c.name} ({c.code})", c.code) for c in countries().values()),
        key=lambda pair: pair[0].casefold(),
    )


@cache
def _zones() -> list[str]:
    named = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    return [*named, "UTC"]


def _contains_completer(items: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(items, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class CountryComboBox(QComboBox):
    """Choose one country (or none), typing part of its name or code."""

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_none:
            self.addItem("", None)
        for label, code in _country_labels():
            self.addItem(label, code)
        self.setCompleter(_contains_completer([label for label, _ in _country_labels()], self))
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText("Country")

    def code(self) -> str | None:
        """The chosen ISO code; None when empty; ValidationError when the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        found = find_country(text.rsplit("(", 1)[-1].rstrip(")")) or find_country(text)
        if found is None:
            raise ValidationError(f"'{text}' is not a country")
        return found

    def set_code(self, code: str | None) -> None:
        """Select a country by ISO code (None clears)."""
        if not code:
            self.setCurrentIndex(0 if self.itemData(0) is None else -1)
            self.setEditText("")
            return
        index = self.findData(code)
        self.setCurrentIndex(index)


class CountryListEdit(QLineEdit):
    """Several countries, typed as codes or names separated by commas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("e.g. US, RU, Malaysia")

    def codes(self) -> tuple[str, ...]:
        """The ISO codes typed; ValidationError naming the first that is not a country."""
        out = []
        for part in self.text().split(","):
            part = part.strip()
            if not part:
                continue
            code = find_country(part)
            if code is None:
                raise ValidationError(f"'{part}' is not a country (use a name or an ISO code)")
            out.append(code)
        return tuple(dict.fromkeys(out))

    def set_codes(self, codes: tuple[str, ...]) -> None:
        """Show codes as the user would type them."""
        self.setText(", ".join(codes))
        self.setToolTip(", ".join(country_name(c) for c in codes))


class TimeZoneComboBox(QComboBox):
    """Choose an IANA time zone by typing part of its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(_zones())
        self.setCompleter(_contains_completer(_zones(), self))

    def zone_name(self) -> str:
        """The zone typed or chosen; a city typed alone ("Tokyo") is its zone (Asia/Tokyo)."""
        typed = self.currentText().strip()
        return zone_named(typed) or typed

    def set_zone_name(self, name: str) -> None:
        """Select a zone by name."""
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


class PlaceholderTableView(QTableView):
    """A table that says, in its empty space, why it has no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        """What to say while the model has no rows."""
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        """The text shown while the model has no rows."""
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._placeholder or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(8, 8, -8, -8)
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._placeholder)
        painter.end()


def follow_typed_text(
    combo: QComboBox,
    resolve: Callable[[str], object | None],
    chosen: Callable[[int], object],
) -> None:
    """Make an editable combo box take what its typed text names when editing ends.

    Text that names an item (its own text, or a name ``resolve`` turns into an item's data)
    calls ``chosen`` with that item's index; text that names nothing is replaced by the item
    already chosen, so that what the box says and what it does never disagree.
    """
    line = combo.lineEdit()
    if line is None:
        return

    def settle() -> None:
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if index < 0 and text:
            data = resolve(text)
            index = combo.findData(data) if data is not None else -1
        if index >= 0:
            combo.setEditText(combo.itemText(index))
            chosen(index)
        else:
            current = combo.currentIndex()
            combo.setEditText(combo.itemText(current) if current >= 0 else "")

    line.editingFinished.connect(settle)
