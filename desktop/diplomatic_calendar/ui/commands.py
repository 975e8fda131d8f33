"""Undoable changes: each user action is one QUndoCommand over the store."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from diplomatic_calendar.domain.errors import StorageError, UserError, WriteRefusedError
from diplomatic_calendar.domain.model import Event, Official, TariffAction
from diplomatic_calendar.store import DatabaseError
from diplomatic_calendar.store.removal import Removed
from diplomatic_calendar.ui.context import AppContext

log = logging.getLogger(__name__)


class StoreCommand(QUndoCommand):
    """A change made by ``apply`` and taken back by ``revert``; views refresh after either."""

    def __init__(
        self, context: AppContext, text: str, apply: Callable[[], None], revert: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._context = context
        self._apply = apply
        self._revert = revert

    error: UserError | None = None
    _pushed = False
    # Set when an undo or redo could not be written just now: the stack has moved past this
    # step although the calendar has not, so the stack is moved back at once, without writing.
    _stand_still = False

    def redo(self) -> None:
        if self._stand_still:
            self._stand_still = False
            return
        first, self._pushed = not self._pushed, True
        if self._run(self._apply, keep=not first):
            self._context.signals.data_changed.emit()
        elif not first:  # on a push the caller reports it; on Redo nobody else would
            self._context.signals.change_failed.emit(f"{self.text()}: {self.error}")
            self._step_back_later(forward=False)

    def undo(self) -> None:
        if self._stand_still:
            self._stand_still = False
            return
        if self._run(self._revert, keep=True):
            self._context.signals.data_changed.emit()
        else:
            self._context.signals.change_failed.emit(f"Undo {self.text()}: {self.error}")
            self._step_back_later(forward=True)

    def _step_back_later(self, *, forward: bool) -> None:
        """After a refused write that may succeed later (a full disk, a busy file), put the
        stack back where it was, so that the same Undo or Redo can be tried again."""
        if self.isObsolete():
            return
        stack = self._context.undo_stack

        def step_back() -> None:
            if stack.index() != (self._index_after(stack, forward)):
                return  # the user has moved on meanwhile
            self._stand_still = True
            if forward:
                stack.redo()
            else:
                stack.undo()
            self._stand_still = False

        QTimer.singleShot(0, step_back)

    def _index_after(self, stack: QUndoStack, forward: bool) -> int:
        """Where the stack stands once it has moved past this command in the failed direction."""
        for position in range(stack.count()):
            if stack.command(position) is self:
                return position if forward else position + 1
        return -1

    def _run(self, step: Callable[[], None], *, keep: bool = False) -> bool:
        # Qt swallows an exception raised in redo()/undo(), so the step that failed (the calendar
        # busy, a rule broken) would stay on the stack as if done. Keep the error for the caller
        # and make the command obsolete, which makes the stack drop it; a write refused only for
        # now (``keep``: not the first push) keeps the step, to be tried again.
        try:
            step()
        except WriteRefusedError as err:
            log.warning("%s failed: %s", self.text(), err)
            self.error = err
            if keep:
                return False
        except UserError as err:
            log.warning("%s failed: %s", self.text(), err)
            self.error = err
        except KeyError:
            # The record went meanwhile (deleted in another window or program).
            log.warning("%s failed: the record is gone", self.text())
            self.error = StorageError("the record is no longer in the calendar")
        except DatabaseError as err:
            # A rule the database enforces (a record changed under us by another program, say):
            # still the user's step that did not happen, so it is told, not lost.
            log.exception("%s failed", self.text())
            self.error = StorageError(f"the change could not be saved ({err})")
        else:
            return True
        self.setObsolete(True)
        return False


class AddEventCommand(StoreCommand):
    """Add an event; undo removes it, redo puts back the very same record (id and uid)."""

    def __init__(self, context: AppContext, event: Event) -> None:
        self.event = event
        super().__init__(context, f"Add “{event.title}”", self._add, self._remove)

    def _add(self) -> None:
        self.event = self._context.store.events.add(self.event)

    def _remove(self) -> None:
        assert self.event.id is not None
        self._context.store.events.delete(self.event.id)


class AddEventsCommand(StoreCommand):
    """Add several events at once (a repeating event's copies) as one step; undo removes them
    all, redo puts back the very same records."""

    def __init__(self, context: AppContext, events: list[Event]) -> None:
        self.events = list(events)
        title = events[0].title if events else ""
        super().__init__(
            context, f"Add “{title}” ({len(events)} times)", self._add_all, self._remove_all
        )

    def _add_all(self) -> None:
        store = self._context.store
        with store.transaction():
            self.events = [store.events.add(event) for event in self.events]

    def _remove_all(self) -> None:
        store = self._context.store
        with store.transaction():
            for event in self.events:
                assert event.id is not None
                store.events.delete(event.id)


# What an edit may change; the id and uid name the event, and evidence is kept by the store.
# What names a record or is kept by the store, not the user's to edit.
_NOT_EDITED = frozenset({"id", "uid", "evidence"})
_Record = TypeVar("_Record", Event, Official, TariffAction)


def changed_fields(before: _Record, after: _Record) -> dict[str, Any]:
    """The fields an edit changed, with their new values: what an undo or redo of it sets on
    the record as it is then, so that changes saved meanwhile elsewhere stay."""
    return {
        f.name: getattr(after, f.name)
        for f in dataclasses.fields(after)
        if f.name not in _NOT_EDITED and getattr(before, f.name) != getattr(after, f.name)
    }


def still_stored(record: _Record | None, name: str) -> _Record:
    """``record`` as read back for an undo or redo; a clear error when it went meanwhile."""
    if record is None:
        raise StorageError(
            f"“{name}” is no longer in the calendar (it was deleted in another window or program)"
        )
    return record


class EditEventCommand(StoreCommand):
    """Change an event's fields; undo puts back the old values of those fields only.

    Only what this step changed goes back and forth: notes or countries another window or
    program added meanwhile stay, whichever way the step is undone or redone.
    """

    def __init__(self, context: AppContext, old: Event, new: Event, text: str = "") -> None:
        self.old, self.new = old, new
        self._forward, self._backward = changed_fields(old, new), changed_fields(new, old)
        super().__init__(context, text or f"Edit “{new.title}”", self._save_new, self._save_old)

    def _save_new(self) -> None:
        self._set(self._forward)

    def _save_old(self) -> None:
        self._set(self._backward)

    def _set(self, values: dict[str, Any]) -> None:
        assert self.new.id is not None
        events = self._context.store.events
        with self._context.store.transaction():
            current = still_stored(events.get(self.new.id), self.new.title)
            events.update(current.with_changes(**values))


class DeleteEventCommand(StoreCommand):
    """Delete an event; undo restores it with the same id, uid, links and every article's
    evidence."""

    def __init__(self, context: AppContext, event: Event) -> None:
        self.event = event
        self._removed: Removed | None = None
        super().__init__(context, f"Delete “{event.title}”", self._delete, self._restore)

    def _delete(self) -> None:
        assert self.event.id is not None
        self._removed = self._context.store.events.remove(self.event.id)

    def _restore(self) -> None:
        if self._removed is not None:
            self.event = self._context.store.events.restore(self._removed)


class Removable(Protocol):
    """A repository whose deletions can be put back (officials, tariff actions)."""

    def remove(self, record_id: int, /) -> Removed | None: ...
    def restore(self, removed: Removed, /) -> object: ...


class RemoveRecordCommand(StoreCommand):
    """Delete a record with everything tied to it; undo puts all of it back, same id and links."""

    def __init__(
        self, context: AppContext, text: str, records: Removable, record_id: int | None
    ) -> None:
        self._records, self._id = records, record_id or 0
        self._removed: Removed | None = None
        super().__init__(context, text, self._remove, self._restore)

    def _remove(self) -> None:
        self._removed = self._records.remove(self._id)

    def _restore(self) -> None:
        if self._removed is not None:
            self._records.restore(self._removed)


class IcsImportCommand(StoreCommand):
    """An .ics file imported as one step: undo takes the whole import back (what it added
    removed, what it changed or removed put back as it was); redo reads the same file again,
    giving the events it adds their ids of before.

    The file's bytes, the day and the zone are kept, so that a redo does what the import did
    whatever has become of the file since. An import that wrote nothing is no step at all.
    """

    def __init__(self, context: AppContext, name: str, data: bytes) -> None:
        from diplomatic_calendar.printing.ics import IcsImportReport

        self._data, self._today, self._zone = data, context.today(), context.home_zone
        self.report = IcsImportReport()
        self._ids: dict[str, int] = {}
        self._undone = False
        # Where undo and redo say what they did (the window's status bar), so that the import's
        # own announcement does not stay up claiming events that are gone.
        self.announce: Callable[[str], None] = lambda _message: None
        super().__init__(context, f"Import {name}", self._import, self._take_back)

    def _import(self) -> None:
        from diplomatic_calendar.printing.ics import import_calendar

        self.report = import_calendar(
            self._context.store, self._data, home_zone=self._zone, today=self._today, ids=self._ids
        )
        if self.report.changes is None or not self.report.changes:
            self.setObsolete(True)
        elif self._undone:
            self.announce(f"Redid {self.text()}: {self.report.summary}")

    def _take_back(self) -> None:
        from diplomatic_calendar.printing.ics import revert_import

        revert_import(self._context.store, self.report)
        if self.report.changes is not None:
            self._ids = self.report.changes.events_added
        self._undone = True
        self.announce(self.undone())

    def undone(self) -> str:
        """One line saying that the import was taken back, and what that did."""
        report = self.report
        said = [f"{_counted(report.added, 'event')} it added removed"]
        changed = report.updated + report.cancelled
        if changed:
            said.append(f"{_counted(changed, 'event')} it changed put back")
        if report.removed:
            said.append(f"{_counted(report.removed, 'event')} it removed restored")
        if report.tariffs_added:
            said.append(f"{_counted(report.tariffs_added, 'tariff action')} it added removed")
        return f"Undid {self.text()}: " + ", ".join(said)


def _counted(count: int, what: str) -> str:
    return f"{count} {what}{'s' if count != 1 else ''}"
