"""When another program replaces the calendar file (a restore from the command line) while the
window is open, the window opens the new file; nothing is written into the replaced one."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW

DAY = dt.date(2025, 7, 15)


def _event(title: str) -> Event:
    return Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))


@pytest.fixture
def window(db_path: Path, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    store = Store.open(db_path)
    store.events.add(_event("In the backup"))
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    yield shown
    context.store.close()


def test_a_restore_by_another_program_is_picked_up(
    window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    context = window.context
    taken = backup.backup_store(context.store, "manual")
    window.save_new(_event("Added after the backup"))
    assert context.undo_stack.count() == 1
    backup.restore(taken, db_path)  # as `diplomatic-calendar restore` does, from outside
    window._check_outside_changes()
    assert context.store.replaced_on_disk() is False
    assert [e.title for e in context.store.events.search("backup")] == ["In the backup"]
    assert context.undo_stack.count() == 0
    assert "replaced by another program" in window.statusBar().currentMessage()
    window.save_new(_event("Added after the restore"))
    reread = Store.open(db_path)
    try:
        titles = sorted(e.title for e in reread.events.search("added"))
    finally:
        reread.close()
    assert titles == ["Added after the restore"]


def test_a_calendar_file_taken_away_is_said_once(
    window: MainWindow, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(str(args[2])))
    os.replace(db_path, tmp_path / "moved.db")
    window._check_outside_changes()
    window._check_outside_changes()
    assert len(said) == 1 and "no longer there" in said[0] and "Save a copy" in said[0]
