"""Saving an import as one undo step: undo removes everything it added and restores updates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.importing import ImportPlan, ImportResult, apply, revert
from diplomatic_calendar.ui.context import AppContext


class ImportCommand(QUndoCommand):
    """An import already saved by :meth:`save`; the stack's first redo therefore does nothing."""

    def __init__(self, context: AppContext, plan: ImportPlan, result: ImportResult) -> None:
        super().__init__(f"Import from {result.source.citation}")
        self._context = context
        self._plan = plan
        self.result = result
        self._saved = True
        # Where undo and redo say what they did (the main window's status bar); the import's
        # own announcement would otherwise stay there, claiming records that are gone.
        self.announce: Callable[[str], None] = lambda _message: None

    @classmethod
    def save(cls, context: AppContext, plan: ImportPlan) -> ImportCommand:
        """Save the plan now (raising a UserError if it cannot be) and push it as one step.

        The save happens outside ``redo`` so that an error reaches the caller as an exception
        instead of being swallowed inside Qt's call into Python.
        """
        command = cls(context, plan, apply(context.store, plan))
        context.undo_stack.push(command)
        return command

    def redo(self) -> None:
        if self._saved:
            self._saved = False
        else:
            try:
                self.result = apply(self._context.store, self._plan)
            except UserError as err:
                self._failed(f"Redo {self.text()}: {err}")
                return
            self.announce(self.result.summary())
        self._context.signals.data_changed.emit()

    def undo(self) -> None:
        try:
            revert(self._context.store, self.result)
        except UserError as err:
            self._failed(f"Undo {self.text()}: {err}")
            return
        self._context.signals.data_changed.emit()
        self.announce(self.undone())

    def undone(self) -> str:
        """One line saying that the import was taken back, and what that removed."""
        result = self.result
        said = f"{_records(len(result.added))} it added removed"
        if result.updated:
            said += f", {_records(len(result.updated))} it updated put back as they were"
        return f"Undid the import from {result.source.citation}: {said}"

    def _failed(self, message: str) -> None:
        # Qt swallows exceptions raised here: drop the step so that it claims nothing, and say why.
        self.setObsolete(True)
        self._context.signals.change_failed.emit(message)


def _records(count: int) -> str:
    return f"{count} record" if count == 1 else f"{count} records"
