"""A record's change log: when it changed, which fields, from what to what, and from where;
for a tariff action's calendar entry, the action's own history (status, rate, date, and why)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.model import TariffChange
from diplomatic_calendar.domain.timing import from_utc_text
from diplomatic_calendar.store.changelog import Change
from diplomatic_calendar.ui.models.layout import tooltip_html

COLUMNS = ("When", "What", "Field", "Before", "After", "Source")
TARIFF_COLUMNS = ("Changed on", "Status", "Rate", "Effective", "Why", "Source")
_ACTIONS = {"insert": "Created", "update": "Changed", "delete": "Deleted"}
_FIELD_NAMES = {
    "start_at": "start",
    "end_at": "end",
    "location_country": "country of venue",
    "tariff_action_id": "tariff action",
}

SourceNamer = Callable[[int], str]
_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_STORED_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _shown(value: Any, home_zone: str) -> str:
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        with contextlib.suppress(ValueError):  # a list kept as JSON text (spellings, tags)
            value = json.loads(value)
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return _moment_or_text(value, home_zone)
    return json.dumps(value, ensure_ascii=False)


def _moment_or_text(value: str, home_zone: str) -> str:
    """A stored time (UTC) as the window writes it in the home zone, a stored day with its
    weekday; any other text as it is."""
    if _STORED_TIME.fullmatch(value):
        return _when(value, home_zone)
    if _STORED_DAY.fullmatch(value):
        try:
            return f"{dt.date.fromisoformat(value):%a %d %b %Y}"
        except ValueError:
            return value
    return value


def _last_day(name: str, values: dict[str, Any]) -> Any:
    """The field's value; an all-day end is stored as the day after, and shown as the last
    day itself, as the window shows it."""
    value = values.get(name)
    if name == "end_at" and isinstance(value, str) and _STORED_DAY.fullmatch(value):
        try:
            return (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
        except (ValueError, OverflowError):
            return value
    return value


def _when(at: str, home_zone: str) -> str:
    try:
        moment = from_utc_text(at, home_zone)
    except (ValueError, OverflowError):
        return at
    return f"{moment:%a %d %b %Y %H:%M}"


def history_rows(
    changes: list[Change], source_name: SourceNamer, home_zone: str = "UTC"
) -> list[tuple[str, ...]]:
    """One row per changed field (a creation or deletion is one row), oldest first; times in
    ``home_zone``, as the window shows them."""
    found: list[tuple[str, ...]] = []
    for change in changes:
        when, what = _when(change.at, home_zone), _ACTIONS.get(change.action, change.action)
        source = source_name(change.source_id) if change.source_id is not None else ""
        if change.action != "update":
            found.append((when, what, "", "", "", source))
            continue
        old, new = change.old_values or {}, change.new_values or {}
        changed = set(change.changed_fields())
        if not changed:  # saved again as it was: only a newly cited article is worth a row
            if source:
                found.append((when, "Cited", "", "", "", source))
            continue
        ordered = [name for name in {**new, **old} if name in changed]
        for name in ordered:
            label = _FIELD_NAMES.get(name, name.replace("_", " "))
            before, after = (_shown(_last_day(name, v), home_zone) for v in (old, new))
            found.append((when, what, label, before, after, source))
    return found


def tariff_rows(changes: list[TariffChange], source_name: SourceNamer) -> list[tuple[str, ...]]:
    """One row per step of a tariff action's history, oldest first: each of status, rate and
    effective date as it became ("before → after" where the step changed it), why, and the
    article it came from."""
    found: list[tuple[str, ...]] = []
    for change in changes:
        first = change.old_status is None
        status = _moved(
            None if first or change.old_status is None else change.old_status.label,
            change.new_status.label,
        )
        rate = _moved(
            None if first else _rate(change.old_rate_percent), _rate(change.new_rate_percent)
        )
        effective = _moved(
            None if first else _day(change.old_effective_date), _day(change.new_effective_date)
        )
        source = source_name(change.source_id) if change.source_id is not None else ""
        found.append(
            (f"{change.changed_on:%a %d %b %Y}", status, rate, effective, change.note, source)
        )
    return found


def _moved(before: str | None, after: str) -> str:
    return after if before is None or before == after else f"{before} → {after}"


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:g}%"


def _day(day: dt.date | None) -> str:
    return "no date" if day is None else f"{day:%a %d %b %Y}"


def _table(parent: QWidget, columns: tuple[str, ...], found: list[tuple[str, ...]]) -> QTableWidget:
    """A read-only table of plain text, each cell's whole text in its tool tip."""
    table = QTableWidget(len(found), len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for row, values in enumerate(found):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip_html(text))
            table.setItem(row, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


class HistoryDialog(QDialog):
    """Shows why a record looks as it does now; every cell is plain text."""

    def __init__(
        self,
        title: str,
        changes: list[Change],
        source_name: SourceNamer,
        parent: QWidget | None = None,
        home_zone: str = "UTC",
        tariff: tuple[str, list[TariffChange]] | None = None,
    ) -> None:
        """``tariff``: the title and history of the tariff action the record is the calendar
        entry of; the entry's own log says only when the calendar showed it, the action's
        says what happened to the tariff and why."""
        super().__init__(parent)
        self.setWindowTitle("History")
        layout = QVBoxLayout(self)
        heading = QLabel(f"History of “{title}”", self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        zone_note = QLabel(f"Times in {home_zone}, the calendar's home zone", self)
        zone_note.setObjectName("historyZone")
        layout.addWidget(zone_note)
        found = history_rows(changes, source_name, home_zone)
        self.table = _table(self, COLUMNS, found)
        header = self.table.horizontalHeader()
        # Long notes would push the source out of sight: old and new values share the room left.
        for column in (COLUMNS.index("Before"), COLUMNS.index("After")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        if not found:
            layout.addWidget(QLabel("No changes are recorded for this record.", self))
        self.tariff_table: QTableWidget | None = None
        if tariff is not None:
            self._add_tariff_history(layout, *tariff, source_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420 if tariff is None else 580)

    def _add_tariff_history(
        self,
        layout: QVBoxLayout,
        title: str,
        changes: list[TariffChange],
        source_name: SourceNamer,
    ) -> None:
        heading = QLabel(f"History of the tariff action “{title}”", self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.tariff_table = _table(self, TARIFF_COLUMNS, tariff_rows(changes, source_name))
        self.tariff_table.horizontalHeader().setSectionResizeMode(
            TARIFF_COLUMNS.index("Why"), QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.tariff_table)
