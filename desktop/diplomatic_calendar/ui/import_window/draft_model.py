"""The drafts of an import plan as a tree: officials, events and tariffs, each row editable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import EventKind, EventStatus, TariffStatus
from diplomatic_calendar.importing import Choice, EventItem, ImportPlan, OfficialItem, TariffItem
from diplomatic_calendar.importing.items import Draft, Precision
from diplomatic_calendar.ui.models.layout import tooltip_html
from diplomatic_calendar.ui.theme import caution_colour
from diplomatic_calendar.ui.widgets import to_date, to_qdate

Index = QModelIndex | QPersistentModelIndex

DRAFT, STORED, DATE, COUNTRY, KIND, DETAILS, WHERE = range(7)
HEADERS = (
    "Draft",
    "In calendar?",
    "Date",
    "Country",
    "Office, or kind · status",
    "People · rate",
    "City · countries involved",
)
LAST = len(HEADERS) - 1
GROUPS = ("Officials", "Events", "Tariff actions")
# The custom role an editor reads to know which draft it edits.
DraftRole = Qt.ItemDataRole.UserRole + 1


class DraftTreeModel(QAbstractItemModel):
    """Three group rows, each holding its drafts; internalId 0 marks a group, n+1 a child of n."""

    def __init__(
        self,
        parent: QObject | None = None,
        rematch: Callable[[ImportPlan, Draft], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        # Looks a draft up in the calendar again after an edit that changes what it matches.
        self._rematch = rematch

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Show another plan (after extracting again); views are told to start over."""
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def _group(self, group: int) -> list[Any]:
        if self.plan is None:
            return []
        groups: list[list[Any]] = [self.plan.officials, self.plan.events, self.plan.tariffs]
        return groups[group]

    def draft_at(self, index: Index) -> Draft | None:
        """The draft on a row, or None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        items = self._group(index.internalId() - 1)
        return items[index.row()] if index.row() < len(items) else None

    def index_of(self, draft: Draft, column: int = DRAFT) -> QModelIndex:
        """Where a draft is shown."""
        for group in range(len(GROUPS)):
            for row, item in enumerate(self._group(group)):
                if item is draft:
                    return self.createIndex(row, column, group + 1)
        return QModelIndex()

    # Structure -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if child is None:
            return QModelIndex()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if self.plan is None:
            return 0
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._group(parent.row()))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    # Reading ---------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft = self.draft_at(index)
        if draft is None:
            return self._group_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(draft, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return _edit_value(draft, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == DRAFT:
            return Qt.CheckState.Checked if draft.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _tooltip(draft, index.column())  # may quote a stored title: show it as text
            return tooltip_html(tip) if tip else ""
        if role == Qt.ItemDataRole.ForegroundRole and _warns(draft, index.column()):
            return QBrush(caution_colour())  # paired with a text cue
        if role == DraftRole:
            return draft
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.column() != DRAFT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            items = self._group(index.row())
            chosen = sum(1 for d in items if d.will_save)
            return f"{GROUPS[index.row()]} ({chosen} of {len(items)} to save)"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        draft = self.draft_at(index)
        if draft is None:
            return base
        if index.column() == DRAFT:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if _editable(draft, index.column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # Writing ---------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        draft = self.draft_at(index)
        if draft is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == DRAFT:
            draft.accepted = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and _editable(draft, index.column()):
            _apply_edit(draft, index.column(), value)
            if index.column() in _MATCH_COLUMNS and self._rematch and self.plan is not None:
                self._rematch(self.plan, draft)
        else:
            return False
        self._row_changed(index)
        return True

    def set_all(self, accepted: bool) -> None:
        """Accept or reject every draft at once."""
        if self.plan is None:
            return
        self.plan.set_all(accepted)
        for group in range(len(GROUPS)):
            count = len(self._group(group))
            if count:
                parent = self.index(group, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, LAST, parent))
            self.dataChanged.emit(self.index(group, 0), self.index(group, 0))

    def _row_changed(self, index: Index) -> None:
        parent = index.parent()
        self.dataChanged.emit(
            self.index(index.row(), 0, parent), self.index(index.row(), LAST, parent)
        )
        self.dataChanged.emit(parent, parent)


# Edits that change which stored record a draft is: its name or title, date, kind, people,
# a tariff's target, rate and imposer.
_MATCH_COLUMNS = frozenset({DRAFT, DATE, COUNTRY, KIND, DETAILS})


def _display(draft: Draft, column: int) -> str:
    if column == DRAFT:
        return draft.label
    if column == DATE:
        return getattr(draft, "when", "")
    if column == COUNTRY:
        code = _country(draft)
        return country_name(code) if code else ""
    if column == KIND:
        if isinstance(draft, OfficialItem):
            return draft.title
        if isinstance(draft, EventItem):
            return f"{draft.kind.label} · {draft.status.label}"
        assert isinstance(draft, TariffItem)
        return draft.status.label
    if column == DETAILS:
        if isinstance(draft, EventItem):
            return ", ".join(draft.participants)
        if isinstance(draft, TariffItem):
            return f"{draft.rate_percent:g}% · imposed by {draft.imposer or '?'}"
        return ", ".join(draft.aliases) if isinstance(draft, OfficialItem) else ""
    if column == WHERE:
        if not isinstance(draft, EventItem):
            return ""
        return " · ".join(part for part in (draft.city, ", ".join(draft.countries)) if part)
    if draft.problem:
        return f"Cannot save: {draft.problem}"
    if draft.match_id is None:
        return "New"
    again = draft.match_has_source and draft.choice == Choice.SKIP
    return draft.choice.label + (" (this article again)" if again else "")


def _country(draft: Draft) -> str | None:
    if isinstance(draft, OfficialItem):
        return draft.country
    if isinstance(draft, EventItem):
        return draft.location_country
    assert isinstance(draft, TariffItem)
    return draft.target


def _editable(draft: Draft, column: int) -> bool:
    if column == DRAFT:
        return not isinstance(draft, TariffItem)
    if column == DATE:
        return not isinstance(draft, OfficialItem)
    if column == STORED:
        return draft.match_id is not None
    if column == DETAILS:
        return not isinstance(draft, OfficialItem)
    if column == WHERE:
        return isinstance(draft, EventItem)
    return True


def _edit_value(draft: Draft, column: int) -> Any:
    if column == DATE:
        day = draft.first if isinstance(draft, EventItem) else getattr(draft, "effective", None)
        return to_qdate(day) if day else None
    if column == COUNTRY:
        return _country(draft)
    if column == KIND:
        if isinstance(draft, OfficialItem):
            return draft.title
        if isinstance(draft, EventItem):
            return (draft.kind, draft.status)
        assert isinstance(draft, TariffItem)
        return draft.status
    if column == DETAILS:
        if isinstance(draft, EventItem):
            return list(draft.participants)
        assert isinstance(draft, TariffItem)
        return (draft.rate_percent, draft.imposer)
    if column == STORED:
        return draft.choice
    if column == WHERE and isinstance(draft, EventItem):
        return (draft.city, draft.countries)
    return draft.label


def _apply_edit(draft: Draft, column: int, value: Any) -> None:
    if column == DRAFT:
        draft.edit("name" if isinstance(draft, OfficialItem) else "title", str(value).strip())
    elif column == DATE:
        day = to_date(value) if value else None
        if isinstance(draft, EventItem) and day is not None:
            draft.set_day(day)
        elif isinstance(draft, TariffItem):
            draft.edit("effective", day)
    elif column == COUNTRY:
        field = {OfficialItem: "country", EventItem: "location_country", TariffItem: "target"}
        draft.edit(field[type(draft)], value or None)
    elif column == KIND:
        # Combo boxes hand enum members back as plain strings.
        if isinstance(draft, EventItem):
            draft.edit("kind", EventKind(value[0]))
            draft.edit("status", EventStatus(value[1]))
        elif isinstance(draft, TariffItem):
            draft.edit("status", TariffStatus(value))
        else:
            draft.edit("title", str(value).strip())
    elif column == DETAILS:
        if isinstance(draft, EventItem):
            draft.edit("participants", list(value))
        else:
            draft.edit("rate_percent", float(value[0]))
            draft.edit("imposer", value[1] or None)
    elif column == STORED:
        draft.choice = Choice(value)
    elif column == WHERE:
        draft.edit("city", " ".join(str(value[0]).split()))
        draft.edit("countries", tuple(value[1]))


def _warns(draft: Draft, column: int) -> bool:
    if draft.problem:
        return True
    if column == DATE and isinstance(draft, EventItem):
        return draft.precision != Precision.DAY
    if column == DATE and isinstance(draft, TariffItem):
        return draft.effective is None and bool(draft.effective_text)
    return column == STORED and draft.match_id is not None


def _tooltip(draft: Draft, column: int) -> str:
    if draft.problem:
        return f"Cannot be saved yet: {draft.problem}"
    if column == DATE and isinstance(draft, EventItem) and draft.precision == Precision.MONTH:
        return (
            "The article names only the month: it will be saved as an all-day entry spanning "
            "the month, tagged month-only. Pick a day to narrow it."
        )
    if column == DATE and isinstance(draft, EventItem) and draft.precision == Precision.WEEK:
        return (
            f"The article names only the {draft.period}: it will be saved as an all-day entry "
            f"spanning the {draft.period}, tagged week-only. Pick a day to narrow it."
        )
    if column == DATE and isinstance(draft, TariffItem) and draft.effective is None:
        return "The article gives no effective day: the tariff is saved without one. Pick a day."
    if column == STORED and draft.match_id is not None:
        return draft.match_label + "\nUpdate it, add this as a new record, or skip it."
    return ""
