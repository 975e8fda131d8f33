"""A read-only table of records described by columns; the base of the country-side lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from diplomatic_calendar.ui.models.layout import tooltip_html

RecordRole = Qt.ItemDataRole.UserRole + 40
SortRole = Qt.ItemDataRole.UserRole + 41

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

# What a missing value sorts as; the proxy keeps such rows at the bottom in either order.
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
        self._ranks: dict[tuple[int, bool], list[int]] = {}

    def set_records(self, records: Sequence[T]) -> None:
        """Show ``records`` instead of what was shown."""
        self.beginResetModel()
        self._records = list(records)
        self._ranks.clear()
        self.endResetModel()

    def sort_value(self, row: int, column: int) -> Any:
        """What a cell sorts by: ``(0, value)``, or ``_LAST`` when it has none."""
        record, spec = self._records[row], self._columns[column]
        value = spec.sort(record) if spec.sort else spec.text(record).casefold()
        return _LAST if value is None else (0, value)

    def sort_ranks(self, column: int, ascending: bool) -> list[int]:
        """Each row's place when sorted by ``column``: equal values share one, missing go last.

        Worked out once per column and order (a sort compares rows thousands of times), and
        forgotten when the records change.
        """
        key = (column, ascending)
        if key not in self._ranks:
            values = [self.sort_value(row, column) for row in range(len(self._records))]
            present = [row for row, value in enumerate(values) if value != _LAST]
            try:
                present.sort(key=values.__getitem__)
            except TypeError:  # values of mixed kinds: compare them as text
                present.sort(key=lambda row: str(values[row]))
            last = len(values) + 1 if ascending else -1
            ranks = [last] * len(values)
            place, previous = 0, None
            for row in present:
                if values[row] != previous:
                    place, previous = place + 1, values[row]
                ranks[row] = place
            self._ranks[key] = ranks
        return self._ranks[key]

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
        if role == SortRole:
            return self.sort_value(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        warning = self._warn(record) if self._warn else ""
        if role == Qt.ItemDataRole.ForegroundRole and warning:
            return QBrush(QColor("#B00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(warning or column.text(record))
        return None


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key, with missing values last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            ranks = source.sort_ranks(left.column(), ascending)
            return ranks[left.row()] < ranks[right.row()]
        a, b = left.data(SortRole), right.data(SortRole)
        a_missing, b_missing = a == _LAST, b == _LAST
        if a_missing or b_missing:
            if self.sortOrder() == Qt.SortOrder.AscendingOrder:
                return b_missing and not a_missing
            return a_missing and not b_missing
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
