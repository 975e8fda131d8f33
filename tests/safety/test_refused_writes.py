"""A write the calendar cannot take just now (a full disk, a busy file) changes nothing, says so
in words, and leaves the Undo or Redo that met it ready to be tried again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.errors import WriteRefusedError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.commands import StoreCommand
from diplomatic_calendar.ui.context import AppContext

DAY = dt.date(2025, 7, 15)


def _event(title: str, notes: str = "") -> Event:
    return Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1), notes=notes)


def test_a_full_disk_is_said_plainly_and_nothing_is_half_saved(db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        store.events.add(_event("Geneva talks"))
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may grow no more
        with pytest.raises(WriteRefusedError, match="the disk is full"):
            _add_two(store)
        assert [e.title for e in store.events.search("talks")] == ["Geneva talks"]
        assert not store.db.conn.in_transaction
    finally:
        store.close()


def _add_two(store: Store) -> None:
    with store.transaction():
        store.events.add(_event("Lima talks", notes="agenda " * 4000))
        store.events.add(_event("Oslo talks", notes="agenda " * 4000))


class _Flaky:
    """A step that is refused the first ``times`` times it runs, then works."""

    def __init__(self, times: int) -> None:
        self.left, self.done = times, 0

    def __call__(self) -> None:
        if self.left:
            self.left -= 1
            raise WriteRefusedError("the calendar could not be changed: the disk is full")
        self.done += 1


def test_an_undo_refused_for_now_stays_on_the_stack_to_try_again(
    qtbot: QtBot, context: AppContext
) -> None:
    failures: list[str] = []
    context.signals.change_failed.connect(failures.append)
    stack = context.undo_stack
    revert = _Flaky(times=1)
    stack.push(StoreCommand(context, "Add “Lima talks”", lambda: None, revert))
    stack.undo()
    (failure,) = failures
    assert failure == "Undo Add “Lima talks”: the calendar could not be changed: the disk is full"
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert (stack.count(), stack.canUndo(), stack.undoText()) == (1, True, "Add “Lima talks”")
    assert not stack.canRedo()
    stack.undo()  # space freed: it works now
    assert revert.done == 1 and stack.index() == 0


def test_a_redo_refused_for_now_stays_ready_to_redo(qtbot: QtBot, context: AppContext) -> None:
    stack = context.undo_stack
    apply = _Flaky(times=0)
    stack.push(StoreCommand(context, "Delete “Lima talks”", apply, lambda: None))
    stack.undo()
    apply.left = 1
    stack.redo()
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert stack.canRedo() and stack.redoText() == "Delete “Lima talks”"
    stack.redo()
    assert apply.done == 2 and stack.index() == 1


def test_a_first_push_that_is_refused_leaves_no_step(context: AppContext) -> None:
    stack = context.undo_stack
    stack.push(StoreCommand(context, "Add “Lima talks”", _Flaky(times=1), lambda: None))
    assert stack.count() == 0
