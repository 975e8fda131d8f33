"""A read-only table of records described by columns; the base of the country-side lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from diplomatic_calendar.ui.models.layout import tooltip_html
from diplomatic_calendar.ui.theme import warning_colour

RecordRole = Qt.ItemDataRole.UserRole + 40

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

# What a missing value sorts as; such rows stay at the bottom in either order.
_LAST = (1, "")


@dataclass(frozen=True)
class Column(Generic[T]):
    """A header, how a record reads in it, and (optionally) what it sorts by."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    numeric: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records; ``warn`` marks rows that need attention (red text and a tool tip)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        warn: Callable[[T], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._warn = warn
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_records(self, records: Sequence[T]) -> None:
        """Show ``records`` instead of what was shown, in the order last asked for."""
        self.beginResetModel()
        self._records = list(records)
        if self._sort_column >= 0:
            self._records = [self._records[r] for r in self._sorted_rows()]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (a view with sorting enabled calls this on a click).

        One Python sort by key: far cheaper than a proxy asking for two values per comparison,
        which took a quarter of a second over 5,000 officials. Rows with no value go last in
        either order; equal values keep their order.
        """
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < len(self._columns) or not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        rows = self._sorted_rows()
        self._records = [self._records[r] for r in rows]
        moved = {old: new for new, old in enumerate(rows)}
        for index in self.persistentIndexList():
            if index.isValid():
                self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def sort_value(self, row: int, column: int) -> Any:
        """What a cell sorts by: ``(0, value)``, or ``_LAST`` when it has none."""
        record, spec = self._records[row], self._columns[column]
        value = spec.sort(record) if spec.sort else spec.text(record).casefold()
        return _LAST if value is None else (0, value)

    def _sorted_rows(self) -> list[int]:
        """Today's row numbers in the order of the chosen column and direction."""
        column = self._sort_column
        values = [self.sort_value(row, column) for row in range(len(self._records))]
        present = [row for row, value in enumerate(values) if value != _LAST]
        missing = [row for row, value in enumerate(values) if value == _LAST]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            present.sort(key=values.__getitem__, reverse=descending)
        except TypeError:  # values of mixed kinds: compare them as text
            present.sort(key=lambda row: str(values[row]), reverse=descending)
        return present + missing

    def records(self) -> list[T]:
        """What is shown, in model order."""
        return list(self._records)

    def record(self, row: int) -> T:
        """The record of a row."""
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The views ask for a dozen roles per cell as they paint; only two depend on the warning.
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(warning_colour()) if self._warn and self._warn(record) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            warning = self._warn(record) if self._warn else ""
            return tooltip_html(warning or column.text(record))
        return None
