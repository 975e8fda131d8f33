"""File › Save a copy…: the calendar as it is now, in a file the user names, whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features import safety
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
    yield shown
    context.store.close()


def _answer(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Answer the save dialog with ``name``; returns the start names it was offered."""
    offered: list[str] = []

    def chosen(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return name, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen)
    return offered


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warn(parent: object, title: str, text: str, *args: object) -> None:
        said.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return said


def _titles(path: Path) -> list[str]:
    store = Store.open(path)
    try:
        return [e.title for e in store.events.search("talks")]
    finally:
        store.close()


def test_the_copy_holds_the_calendar_and_the_window_stays_on_the_original(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = _answer(monkeypatch, str(tmp_path / "for colleagues"))
    window.actions_by_key["save_copy"].trigger()
    target = tmp_path / "for colleagues.db"
    assert offered == [str(tmp_path / "calendar copy.db")]
    assert _titles(target) == ["Geneva talks"]
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    assert str(target) in window.statusBar().currentMessage()
    assert window.context.store.path == tmp_path / "calendar.db"
    assert "Save a &copy…" in [a.text() for a in window.menus["File"].actions()]


def test_a_file_the_dialog_agreed_to_replace_is_replaced_whole(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "old.db"
    target.write_bytes(b"an older copy")
    _answer(monkeypatch, str(target))
    assert safety.save_copy(window) == target
    assert _titles(target) == ["Geneva talks"]


def test_the_open_calendar_itself_is_never_written_over(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = db_path.read_bytes()
    _answer(monkeypatch, str(db_path))
    said = _warnings(monkeypatch)
    assert safety.save_copy(window) is None
    assert said and "open calendar itself" in said[0]
    assert db_path.read_bytes() == before
    assert _titles(db_path) == ["Geneva talks"]


def test_a_copy_that_cannot_be_written_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, str(tmp_path / "no such folder" / "copy.db"))
    said = _warnings(monkeypatch)
    assert safety.save_copy(window) is None
    assert said and said[0].startswith("The copy was not saved.")


def test_cancelling_the_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, "")
    assert safety.save_copy(window) is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["calendar.db"]
