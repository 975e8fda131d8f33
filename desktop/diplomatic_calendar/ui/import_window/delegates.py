"""Editors for draft cells: a date editor, a country selector, kind and status lists, people."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import EventKind, EventStatus, TariffStatus
from diplomatic_calendar.importing import Choice, EventItem, OfficialItem, TariffItem
from diplomatic_calendar.ui.import_window.draft_model import (
    COUNTRY,
    DATE,
    DETAILS,
    KIND,
    STORED,
    WHERE,
    DraftRole,
)
from diplomatic_calendar.ui.widgets import CountryComboBox, CountryListEdit

Index = QModelIndex | QPersistentModelIndex


def _combo(parent: QWidget, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    for label, value in items:
        combo.addItem(label, value)
    return combo


class PeopleEditor(QListWidget):
    """Tick the officials who took part: the article's own and those already in the calendar."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def set_chosen(self, chosen: list[str]) -> None:
        """Tick ``chosen`` (adding any name not yet listed)."""
        listed = {self.item(row).text() for row in range(self.count())}
        for name in chosen:
            if name not in listed:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.insertItem(0, item)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.text() in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The ticked names, in list order."""
        return [
            self.item(row).text()
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


class PairEditor(QWidget):
    """Two editors side by side, edited as one cell: kind and status, or rate and imposer.

    Tab goes from the first to the second; Tab past the second (or Shift+Tab before the first)
    says ``left`` (True when going forward), so that the cell is kept and the next one opened.
    """

    left = Signal(bool)

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.second = first, second
        self._left = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(first)
        layout.addWidget(second)
        self.setFocusProxy(first)
        self.setAutoFillBackground(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._left:  # closing hides the editor, which moves focus on again: that is Qt's
            return super().focusNextPrevChild(next)
        focus = QApplication.focusWidget()
        inside_first = focus is not None and (focus is self.first or self.first.isAncestorOf(focus))
        if next and inside_first:
            self.second.setFocus(Qt.FocusReason.TabFocusReason)
        elif not next and focus is not None and not inside_first and self.isAncestorOf(focus):
            self.first.setFocus(Qt.FocusReason.BacktabFocusReason)
        else:
            self._left = True
            self.left.emit(next)
        return True

    def set_value(self, value: tuple[Any, Any]) -> None:
        """Show a pair of values."""
        for widget, part in zip((self.first, self.second), value, strict=True):
            _set(widget, part)

    def value(self) -> tuple[Any, Any]:
        """The pair the user chose; ValidationError for a country that is not one."""
        return _get(self.first), _get(self.second)


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, CountryListEdit):
        widget.set_codes(tuple(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, CountryComboBox):
        widget.set_code(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value or 0))


def _get(widget: QWidget) -> Any:
    if isinstance(widget, CountryListEdit):
        return widget.codes()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, CountryComboBox):
        return widget.code()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    return None


def _rate(parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 1000)
    spin.setDecimals(1)
    spin.setSuffix(" %")
    return spin


class DraftDelegate(QStyledItemDelegate):
    """Chooses the editor by column and draft type; ``people`` lists the officials to offer."""

    def __init__(self, people: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = self._editor(parent, index)
        if isinstance(editor, PairEditor):
            editor.left.connect(lambda forward: self._leave(editor, forward))
        return editor

    def _leave(self, editor: QWidget, forward: bool) -> None:
        """Keep the cell and open the next (or previous) one, as Tab does in a plain editor."""
        hint = QAbstractItemDelegate.EndEditHint
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint.EditNextItem if forward else hint.EditPreviousItem)

    def _editor(self, parent: QWidget, index: Index) -> QWidget:
        draft = index.data(DraftRole)
        column = index.column()
        if column == DATE:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if column == COUNTRY:
            return CountryComboBox(parent, allow_none=not isinstance(draft, TariffItem))
        if column == KIND and isinstance(draft, EventItem):
            kinds = _combo(parent, [(k.label, k) for k in EventKind])
            statuses = _combo(parent, [(s.label, s) for s in EventStatus])
            return PairEditor(kinds, statuses, parent)
        if column == KIND and isinstance(draft, TariffItem):
            return _combo(parent, [(s.label, s) for s in TariffStatus])
        if column == DETAILS and isinstance(draft, EventItem):
            return PeopleEditor(self._people(), parent)
        if column == DETAILS and isinstance(draft, TariffItem):
            imposer = CountryComboBox(parent)
            imposer.setToolTip("The country that imposes the tariff")
            return PairEditor(_rate(parent), imposer, parent)
        if column == STORED:
            return _combo(parent, [(c.label, c) for c in Choice])
        if column == WHERE:
            city = QLineEdit(parent)
            city.setPlaceholderText("City")
            return PairEditor(city, CountryListEdit(parent), parent)
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, PairEditor):
            editor.set_value(value)
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())
        elif isinstance(editor, CountryComboBox):
            editor.set_code(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, PeopleEditor):
            editor.set_chosen(list(value or []))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, PairEditor):
            try:
                value = editor.value()
            except ValidationError:
                return  # an unknown country name: keep what was there rather than guess
        elif isinstance(editor, QDateEdit):
            value = editor.date()
        elif isinstance(editor, CountryComboBox):
            try:
                value = editor.code()
            except ValidationError:
                return  # an unknown name: keep what was there rather than guess
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, PeopleEditor):
            value = editor.chosen()
        elif isinstance(editor, QDoubleSpinBox):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            draft = index.data(DraftRole)
            if not value.strip() and isinstance(draft, OfficialItem | EventItem):
                return  # an empty name or title is never what the user meant to save
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, PeopleEditor):
            # A list of people needs room to tick several; it opens below its cell.
            rect = rect.adjusted(0, 0, 80, 150)
        elif isinstance(editor, PairEditor):
            rect = rect.adjusted(0, 0, 200, 0)
        editor.setGeometry(rect)
