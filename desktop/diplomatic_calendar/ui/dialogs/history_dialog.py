"""A record's change log: when it changed, which fields, from what to what, and from where."""

from __future__ import annotations

import datetime as dt
import json
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

from diplomatic_calendar.store.changelog import Change
from diplomatic_calendar.ui.models.layout import tooltip_html

COLUMNS = ("When", "What", "Field", "Before", "After", "Source")
_ACTIONS = {"insert": "Created", "update": "Changed", "delete": "Deleted"}
_FIELD_NAMES = {
    "start_at": "start",
    "end_at": "end",
    "location_country": "country of venue",
    "tariff_action_id": "tariff action",
}

SourceNamer = Callable[[int], str]


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _when(at: str) -> str:
    try:
        moment = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return at
    return f"{moment.astimezone():%a %d %b %Y %H:%M}"


def history_rows(changes: list[Change], source_name: SourceNamer) -> list[tuple[str, ...]]:
    """One row per changed field (a creation or deletion is one row), oldest first."""
    found: list[tuple[str, ...]] = []
    for change in changes:
        when, what = _when(change.at), _ACTIONS.get(change.action, change.action)
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
            found.append((when, what, label, _shown(old.get(name)), _shown(new.get(name)), source))
    return found


class HistoryDialog(QDialog):
    """Shows why a record looks as it does now; every cell is plain text."""

    def __init__(
        self,
        title: str,
        changes: list[Change],
        source_name: SourceNamer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("History")
        layout = QVBoxLayout(self)
        heading = QLabel(f"History of “{title}”", self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        found = history_rows(changes, source_name)
        self.table = QTableWidget(len(found), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, values in enumerate(found):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip_html(text))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long notes would push the source out of sight: old and new values share the room left.
        for column in (COLUMNS.index("Before"), COLUMNS.index("After")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table)
        if not found:
            layout.addWidget(QLabel("No changes are recorded for this record.", self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420)
