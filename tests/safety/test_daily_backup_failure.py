"""A day's backup that cannot be made is said in the window, not only written to a log."""

from __future__ import annotations

import datetime as dt
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
from diplomatic_calendar.ui.features.safety import start_daily_backup
from diplomatic_calendar.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW

DAY = dt.date(2025, 7, 15)


@pytest.fixture
def window(db_path: Path, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    store = Store.open(db_path)
    store.events.add(Event("Geneva talks", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    context.store.close()


def test_a_failed_daily_backup_is_told_and_the_calendar_is_untouched(
    window: MainWindow, db_path: Path, qtbot: QtBot
) -> None:
    context = window.context
    backup.backup_folder(db_path).write_text("a file where the backups folder should be")
    before = db_path.read_bytes()
    worker = start_daily_backup(
        context.store, context.settings, FIXED_NOW, context.signals.backup_failed.emit
    )
    assert worker is not None
    worker.join(timeout=30)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Today's backup could not be made"
    )
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert "backup of the calendar could not be made: cannot create" in box.text()
    assert "Back up now" in box.text()
    assert db_path.read_bytes() == before
