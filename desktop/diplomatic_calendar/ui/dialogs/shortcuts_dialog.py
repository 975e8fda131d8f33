"""Help > Keyboard shortcuts: a table built from the one list that defines the shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.ui.actions import shortcut_rows


def native_keys(portable: str) -> str:
    """'Ctrl+Shift+Z, Ctrl+Y' as this platform writes keys (⌘ on macOS, Ctrl elsewhere)."""
    return ", ".join(
        QKeySequence(part.strip()).toString(QKeySequence.SequenceFormat.NativeText)
        for part in portable.split(", ")
        if part.strip()
    )


class ShortcutsDialog(QDialog):
    """Every shortcut with its action, filterable by typing part of a name or a key."""

    def __init__(
        self, rows: list[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_rows() if rows is None else rows
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Type to filter, e.g. undo or Ctrl")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self._shown = [(name, native_keys(keys)) for name, keys in rows]
        for row, (name, keys) in enumerate(self._shown):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            "Page Up/Down, T, N, P, Enter and Delete act on the calendar while it has the "
            "focus; Enter and Delete on the event last clicked or chosen with N and P. In the "
            "year view the arrow keys move a day and Enter opens it.\n\n"
            "In the import window: Ctrl+S or Ctrl+Enter saves the ticked drafts and Esc closes; "
            "in the drafts list the arrow keys move between cells, F2 or Enter edits one, and "
            "Tab goes on to the next.",
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(480, 560)

    def visible_rows(self) -> list[tuple[str, str]]:
        """(action, keys as shown) of the rows the filter leaves showing."""
        return [row for number, row in enumerate(self._shown) if not self.table.isRowHidden(number)]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for number, (name, keys) in enumerate(self._shown):
            hidden = bool(needle) and needle not in f"{name} {keys}".casefold()
            self.table.setRowHidden(number, hidden)
