"""Saving an import as one undo step: undo removes everything it added and restores updates."""

from __future__ import annotations

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
        self._context.signals.data_changed.emit()

    def undo(self) -> None:
        try:
            revert(self._context.store, self.result)
        except UserError as err:
            self._failed(f"Undo {self.text()}: {err}")
            return
        self._context.signals.data_changed.emit()

    def _failed(self, message: str) -> None:
        # Qt swallows exceptions raised here: drop the step so that it claims nothing, and say why.
        self.setObsolete(True)
        self._context.signals.change_failed.emit(message)
