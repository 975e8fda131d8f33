"""The drafts list as a grid the keyboard can work: a current cell, not only a current row.

Left and Right move between the cells of a draft (opening or closing a group on its own row),
F2 or Enter edits the current cell whatever its column, and Tab in an open editor saves it and
opens the next editable cell of the same draft (Shift+Tab the one before), going on to the next
draft after the last.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTreeView, QWidget

_MOVE = QAbstractItemView.CursorAction


class DraftTreeView(QTreeView):
    """A tree of drafts whose cells are reached and edited one by one from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
            if current.isValid() and self.model().hasChildren(current):
                self.setExpanded(current, not self.isExpanded(current))
                return
        # On a draft, Right goes to its next cell; on a group row it opens the group as before.
        if plain and key == Qt.Key.Key_Right and current.parent().isValid():
            self._step(current, 1)
            return
        if plain and key == Qt.Key.Key_Left and current.column() > 0:
            self._step(current, -1)
            return
        super().keyPressEvent(event)

    def finish_editing(self) -> None:
        """Keep what the open cell editor holds and close it, as leaving the cell would."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _step(self, current: QModelIndex, by: int) -> None:
        """Move to the cell ``by`` columns over on the same row, if there is one."""
        column = current.column() + by
        if 0 <= column < self.model().columnCount(current.parent()):
            self.setCurrentIndex(current.siblingAtColumn(column))

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (_MOVE.MoveNext, _MOVE.MovePrevious):
            return self._next_editable(self.currentIndex(), action == _MOVE.MoveNext)
        return super().moveCursor(action, modifiers)

    def _next_editable(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) editable cell after ``index``, row by row through the drafts."""
        model = self.model()
        if not index.isValid():
            return QModelIndex()
        while True:
            column = index.column() + (1 if forward else -1)
            if 0 <= column < model.columnCount(index.parent()):
                index = index.siblingAtColumn(column)
            else:
                row = self.indexBelow(index) if forward else self.indexAbove(index)
                if not row.isValid():
                    return QModelIndex()
                last = model.columnCount(row.parent()) - 1
                index = row.siblingAtColumn(0 if forward else last)
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
