"""A calendar may be read while its start-up check runs; nothing is written before the verdict."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.store.database import Migration, known_migrations
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.recovery_dialog import Recovery
from diplomatic_calendar.ui.features import safety
from diplomatic_calendar.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW

DAY = dt.date(2025, 7, 15)


def _event(title: str) -> Event:
    return Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))


def _saved(db_path: Path, *titles: str) -> Path:
    store = Store.open(db_path)
    for title in titles:
        store.events.add(_event(title))
    store.close()
    return db_path


def _held_check(release: threading.Event, outcome: str | None = None) -> Callable[[Path], None]:
    """A check that gives its verdict only once released: the real one, or ``outcome`` failing."""

    def check(path: Path) -> None:
        assert release.wait(10), "the test never released the check"
        if outcome is not None:
            raise StorageError(f"{path} is damaged ({outcome})")
        backup.check_calendar_file(path, thorough=False, allow_blank=True)

    return check


def _release_later(release: threading.Event, seconds: float = 0.05) -> threading.Timer:
    timer = threading.Timer(seconds, release.set)
    timer.start()
    return timer


def test_a_sound_file_reads_at_once_and_writes_after_the_verdict(db_path: Path) -> None:
    _saved(db_path, "Trade talks")
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)
    try:
        assert not store.check_finished()  # opened although the check still runs
        assert [e.title for e in store.events.search("Trade")] == ["Trade talks"]
        _release_later(release)
        store.events.add(_event("Added while the check ran"))  # waits for the verdict
        assert store.check_finished()
        assert store.db.execute("PRAGMA query_only").fetchone()[0] == 0
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()
    reopened = Store.open(db_path)
    assert len(reopened.events.search("Added while")) == 1
    reopened.close()


def test_a_file_found_damaged_is_never_written(db_path: Path) -> None:
    _saved(db_path, "Trade talks")
    before = db_path.read_bytes()
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release, "test damage"))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)
    try:
        _release_later(release)
        with pytest.raises(StorageError, match="it was not changed"):
            store.events.add(_event("Must not land"))
        with pytest.raises(StorageError, match="test damage"):
            store.settle()  # and every later write is refused the same way
        with pytest.raises(StorageError, match="test damage"):
            backup.backup_store(store, "manual")
        assert backup.list_backups(db_path) == []
    finally:
        store.close()
    assert db_path.read_bytes() == before


def test_the_connection_itself_refuses_writes_before_the_verdict(db_path: Path) -> None:
    _saved(db_path)
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)
    try:
        # Even a statement that bypasses the store's transactions cannot write yet.
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
            store.db.execute("DELETE FROM events")
    finally:
        release.set()
        store.close()


def test_a_file_that_needs_an_upgrade_waits_for_the_verdict(db_path: Path) -> None:
    _saved(db_path, "Trade talks")
    newer = [*known_migrations(), Migration(9999, "later_change", "CREATE TABLE later (x);")]
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release, "test damage"))
    _release_later(release)
    # An upgrade writes, so the open waits and gets the failing verdict rather than a store.
    with pytest.raises(StorageError, match="test damage"):
        Store.open(db_path, checked=ahead, read_before_verdict=True, migrations=newer)
    reopened = Store.open(db_path)
    assert "later" not in reopened.db.table_names()
    reopened.close()


def _early_window(
    qtbot: QtBot, db_path: Path, settings: QSettings, release: threading.Event
) -> MainWindow:
    ahead = backup.CheckAhead(db_path, check=_held_check(release))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)
    assert not store.check_finished()
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_takes_the_days_backup_once_the_file_is_sound(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    _saved(db_path, "Trade talks")
    release = threading.Event()
    window = _early_window(qtbot, db_path, settings, release)
    sound: list[bool] = []
    safety.finish_check(window, lambda: sound.append(True))
    qtbot.wait(3 * safety.CHECK_POLL_MS)
    assert sound == []  # nothing happens before the verdict
    release.set()
    qtbot.waitUntil(lambda: sound == [True])
    assert window.isVisible()
    window.context.store.events.add(_event("Written after the verdict"))
    window.context.store.close()


def test_a_file_found_damaged_after_the_window_opened_is_recovered(
    qtbot: QtBot, db_path: Path, tmp_path: Path, settings: QSettings
) -> None:
    _saved(db_path, "Trade talks")
    other = _saved(tmp_path / "other.db", "In the other calendar")
    release = threading.Event()
    window = _early_window(qtbot, db_path, settings, release)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])  # the damage the running check will find
    damaged = db_path.read_bytes()
    asked: list[str] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        asked.append(problem)
        assert not window.isVisible()  # the damaged calendar is not left on screen meanwhile
        return Recovery.OPEN_OTHER, other

    sound: list[bool] = []
    safety.finish_check(
        window, lambda: sound.append(True), ask=ask, tell=print, give_up=pytest.fail
    )
    release.set()
    qtbot.waitUntil(lambda: window.isVisible() and bool(asked))
    assert "damaged" in asked[0] or "malformed" in asked[0]
    assert sound == []  # no backup of a damaged file
    assert window.context.store.path == other
    assert other.stem in window.windowTitle()
    assert db_path.read_bytes() == damaged
    window.context.store.close()


def test_quitting_the_recovery_closes_the_window_and_leaves_the_file(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    _saved(db_path, "Trade talks")
    release = threading.Event()
    window = _early_window(qtbot, db_path, settings, release)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    damaged = db_path.read_bytes()
    asked: list[str] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        asked.append(problem)
        return None, None

    gave_up: list[bool] = []
    safety.finish_check(
        window, lambda: None, ask=ask, tell=print, give_up=lambda: gave_up.append(True)
    )
    release.set()
    qtbot.waitUntil(lambda: gave_up == [True])
    assert not window.isVisible()
    assert len(asked) == 1
    assert window.context.store.path is None  # an empty stand-in, not the damaged file
    assert db_path.read_bytes() == damaged


def test_a_sound_file_that_cannot_take_writes_says_so_plainly(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplomatic_calendar.store import store as store_module

    _saved(db_path, "Trade talks")
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)

    def refuse(db: object, path: Path) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_module, "allow_writes", refuse)
    release.set()
    try:
        with pytest.raises(StorageError, match="cannot be written here"):
            store.events.add(_event("Refused"))
    finally:
        store.close()


def test_closing_a_file_found_damaged_leaves_it_and_its_log_untouched(db_path: Path) -> None:
    import shutil

    _saved(db_path, "Trade talks")
    # A session that ended without closing leaves committed pages in the write-ahead log.
    live = sqlite3.connect(db_path, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE events SET notes = 'written before the crash'")
    left = {suffix: Path(f"{db_path}{suffix}.left") for suffix in ("", "-wal")}
    for suffix, copy in left.items():
        shutil.copy(f"{db_path}{suffix}", copy)
    live.close()
    for suffix, copy in left.items():
        copy.replace(f"{db_path}{suffix}")
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    before = {s: Path(f"{db_path}{s}").read_bytes() for s in ("", "-wal")}
    assert before["-wal"]  # the log holds pages a checkpoint would copy into the file
    release = threading.Event()
    ahead = backup.CheckAhead(db_path, check=_held_check(release, "test damage"))
    store = Store.open(db_path, checked=ahead, read_before_verdict=True)
    assert not store.check_finished()
    assert [e.notes for e in store.events.search("Trade")] == ["written before the crash"]
    release.set()
    with pytest.raises(StorageError):
        store.settle()
    store.close()
    after = {s: Path(f"{db_path}{s}").read_bytes() for s in ("", "-wal")}
    assert after == before


def test_files_handed_over_during_recovery_go_to_the_calendar_chosen(
    qtbot: QtBot, db_path: Path, tmp_path: Path, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QDialog

    from diplomatic_calendar.ui.features import desktop

    _saved(db_path, "Trade talks")
    other = _saved(tmp_path / "other.db")
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:hand@test\r\n"
        "DTSTAMP:20250701T000000Z\r\nSUMMARY:Handed over\r\nDTSTART:20250715T090000Z\r\n"
        "DTEND:20250715T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    release = threading.Event()
    window = _early_window(qtbot, db_path, settings, release)
    editor = QDialog(window)  # an editor the user left open while the check ran
    editor.open()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])

    asked: list[str] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        asked.append(problem)
        # A second start hands a file over while this dialog is up.
        desktop.open_calendar_files(window, [invite])
        safety.bring_to_front(window)
        assert not window.isVisible()
        return Recovery.OPEN_OTHER, other

    safety.finish_check(window, lambda: None, ask=ask, tell=print, give_up=pytest.fail)
    release.set()
    qtbot.waitUntil(lambda: bool(asked) and window.isVisible())
    assert not editor.isVisible()
    assert window.context.store.path == other
    assert [e.title for e in window.context.store.events.search("Handed")] == ["Handed over"]
    window.context.store.close()


def test_dismissing_a_reminder_on_a_file_found_damaged_says_so(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    _saved(db_path)
    release = threading.Event()
    window = _early_window(qtbot, db_path, settings, release)
    reminders = window.countries.reminders  # type: ignore[attr-defined]
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    release.set()
    reminders.dismiss("tariff:1:2025-08-01:7d")  # waits for the verdict, which is bad
    box = window.findChild(QMessageBox, "dismissRefused")
    assert box is not None and "Nothing was changed" in box.text()
    assert db_path.read_bytes() == data[: len(data) // 2]
    # The recovery is another test's; views that refresh later must not read the damaged file.
    window.context.store.close()
    window.context.store = Store.memory()
