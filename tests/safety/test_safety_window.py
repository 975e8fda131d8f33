"""Data safety in the window: recovery at start, backups, restore, history, outside writes."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.model import Event, EventKind, Source
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.history_dialog import COLUMNS, HistoryDialog
from diplomatic_calendar.ui.dialogs.recovery_dialog import (
    BackupPickerDialog,
    Recovery,
    RecoveryDialog,
)
from diplomatic_calendar.ui.features import safety
from diplomatic_calendar.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW

DAY = dt.date(2025, 7, 15)
HOSTILE = "<img src='file:///etc/passwd'><a href='https://evil.example'>Click</a>"


def _event(title: str, day: dt.date = DAY) -> Event:
    return Event(title, EventKind.MEETING, day, day + dt.timedelta(days=1))


@pytest.fixture
def disk_context(db_path: Path, settings: QSettings, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """A context over a calendar file on disk (backups need one)."""
    context = AppContext(store=Store.open(db_path), settings=settings, clock=fixed_clock(FIXED_NOW))
    yield context
    context.store.close()


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _damage(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path.read_bytes()


# Recovery at start ----------------------------------------------------------------------------


def test_recovery_dialog_shows_the_problem_as_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / f"{HOSTILE}.db"
    dialog = RecoveryDialog(path, f"damaged ({HOSTILE})", None)
    qtbot.addWidget(dialog)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice is None


def test_recovery_dialog_offers_the_backup_and_another_file(qtbot: QtBot, db_path: Path) -> None:
    store = Store.open(db_path)
    latest = backup.list_backups(db_path) or [None]
    taken = backup.backup_store(store, "daily", now=FIXED_NOW)
    store.close()
    found = backup.list_backups(db_path)[0]
    assert found.path == taken and latest == [None]
    dialog = RecoveryDialog(db_path, "damaged", found)
    qtbot.addWidget(dialog)
    assert "2025" in dialog.backup_label.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is Recovery.RESTORE
    other = db_path.parent / "other.db"
    dialog = RecoveryDialog(db_path, "damaged", found, choose_file=lambda _parent: other)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert (dialog.result(), dialog.choice, dialog.chosen_path) == (
        QDialog.DialogCode.Accepted,
        Recovery.OPEN_OTHER,
        other,
    )


def test_damaged_calendar_is_restored_from_backup_and_kept_aside(qapp, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(db_path)
    store.events.add(_event("Saved before the damage"))
    backup.backup_store(store, "daily")
    store.close()
    damaged = _damage(db_path)
    asked: list[str] = []
    told: list[str] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        asked.append(problem)
        assert latest is not None
        return Recovery.RESTORE, None

    opened = safety.open_calendar(db_path, ask, told.append)
    assert opened is not None
    assert [e.title for e in opened.events.search("Saved")] == ["Saved before the damage"]
    opened.close()
    assert len(asked) == 1 and "damaged" in asked[0]
    (aside,) = db_path.parent.glob("calendar.damaged-*.db")
    assert aside.read_bytes() == damaged
    assert str(aside) in told[0]


def test_the_early_check_counts_only_until_the_backup_is_restored(qapp, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(db_path)
    store.events.add(_event("Saved before the damage"))
    backup.backup_store(store, "daily")
    store.close()
    _damage(db_path)
    ahead = backup.CheckAhead.start(db_path)
    asked: list[str] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        asked.append(problem)
        return Recovery.RESTORE, None

    opened = safety.open_calendar(db_path, ask, print, checked=ahead)
    assert opened is not None  # the restored file was checked afresh, not by the old verdict
    assert [e.title for e in opened.events.search("Saved")] == ["Saved before the damage"]
    opened.close()
    assert len(asked) == 1 and "damaged" in asked[0]


def test_quitting_the_recovery_leaves_the_file_alone(qapp, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    Store.open(db_path).close()
    damaged = _damage(db_path)
    assert safety.open_calendar(db_path, lambda *_: (None, None), print) is None
    assert db_path.read_bytes() == damaged


def test_recovery_can_open_another_file_instead(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "calendar.db"
    broken.write_text("not a calendar")
    other = tmp_path / "other.db"
    opened = safety.open_calendar(broken, lambda *_: (Recovery.OPEN_OTHER, other), print)
    assert opened is not None and opened.path == other
    opened.close()
    assert broken.read_text() == "not a calendar"


# Backups from the window ----------------------------------------------------------------------


def test_daily_backup_once_a_day_and_keeps_the_setting(disk_context: AppContext) -> None:
    disk_context.settings.setValue(safety.KEEP_SETTING, 2)
    store, settings = disk_context.store, disk_context.settings
    assert safety.daily_backup(store, settings, FIXED_NOW) is not None
    assert safety.daily_backup(store, settings, FIXED_NOW + dt.timedelta(hours=3)) is None
    for days in (1, 2, 3):
        assert safety.daily_backup(store, settings, FIXED_NOW + dt.timedelta(days=days))
    assert len(backup.list_backups(store.path or Path())) == 2


def test_restore_backup_from_the_file_menu(qtbot: QtBot, disk_context: AppContext) -> None:
    store = disk_context.store
    store.events.add(_event("In the backup"))
    backup.backup_store(store, "manual")
    store.events.add(_event("Added after the backup"))
    window = _window(qtbot, disk_context)
    assert window.actions_by_key["restore_backup"] in window.menus["File"].actions()
    window.actions_by_key["restore_backup"].trigger()
    picker = window.findChild(BackupPickerDialog)
    assert picker is not None and picker.list.count() == 1
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert disk_context.store is not store
    assert [e.title for e in disk_context.store.events.search("backup")] == ["In the backup"]
    assert disk_context.store.events.count() == 1
    (aside,) = (store.path or Path()).parent.glob("calendar.replaced-*.db")
    kept = Store.open(aside)
    assert kept.events.count() == 2
    kept.close()
    newest = backup.list_backups(disk_context.store.path or Path())[0]
    assert newest.reason == "before-restore"
    assert backup.check_calendar_file(newest.path) > 0


def test_restoring_the_oldest_backup_again_never_prunes_it_away(
    qtbot: QtBot, disk_context: AppContext
) -> None:
    disk_context.settings.setValue(safety.KEEP_SETTING, 2)
    store = disk_context.store
    path = store.path or Path()
    store.events.add(_event("Only in the oldest"))
    oldest = backup.backup_store(store, "manual", keep=2)
    store.events.add(_event("Later"))
    backup.backup_store(store, "manual", keep=2)
    window = _window(qtbot, disk_context)
    for _ in range(2):  # each restore first backs up the calendar it replaces
        assert safety.restore_into_window(window, oldest) is not None
        assert oldest.exists()
        titles = [e.title for e in disk_context.store.events.search("oldest")]
        assert titles == ["Only in the oldest"]
    assert len(backup.list_backups(path)) == 4  # the newest keep + 1, and the one restored from


def test_back_up_now_says_where(qtbot: QtBot, disk_context: AppContext) -> None:
    window = _window(qtbot, disk_context)
    window.actions_by_key["backup_now"].trigger()
    (taken,) = backup.list_backups(disk_context.store.path or Path())
    assert str(taken.path) in window.statusBar().currentMessage()


# History --------------------------------------------------------------------------------------


def test_history_of_the_selected_event_shows_what_moved_and_why(
    qtbot: QtBot, disk_context: AppContext
) -> None:
    store = disk_context.store
    source = store.sources.add(Source("Ministers agreed to meet on 16 July.", title="Wire story"))
    event = store.events.add(_event(HOSTILE))
    store.events.update(event.moved_to(DAY + dt.timedelta(days=1)), source_id=source.id)
    window = _window(qtbot, disk_context)
    window.go_to(DAY + dt.timedelta(days=1))
    assert window.month_view.choose_event(event.id or 0)
    window.actions_by_key["show_history"].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    table = dialog.table
    cells = [
        [table.item(r, c).text() for c in range(len(COLUMNS))] for r in range(table.rowCount())
    ]
    assert cells[0][1] == "Created"
    moved = {row[2]: row for row in cells[1:]}
    assert moved["start"][3:] == ["Tue 15 Jul 2025", "Wed 16 Jul 2025", "Wire story"]
    assert moved["end"][3:] == ["Tue 15 Jul 2025", "Wed 16 Jul 2025", "Wire story"]
    assert [row[2] for row in cells[1:]] == ["start", "end"]
    heading_texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert HOSTILE in heading_texts[0]
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)[:1]
    )
    tip = table.item(0, 0).toolTip()
    assert "<img" not in tip


def test_history_without_a_selection_says_what_to_do(
    qtbot: QtBot, disk_context: AppContext
) -> None:
    window = _window(qtbot, disk_context)
    window.actions_by_key["show_history"].trigger()
    assert window.findChild(HistoryDialog) is None
    assert "Select an event or an official" in window.statusBar().currentMessage()


# Outside writes -------------------------------------------------------------------------------


def test_cli_writes_while_the_window_is_open_are_kept_and_shown(
    qtbot: QtBot, disk_context: AppContext
) -> None:
    window = _window(qtbot, disk_context)
    window.save_new(_event("Saved in the window"))
    command = [
        sys.executable,
        "-m",
        "diplomatic_calendar",
        "--db",
        str(disk_context.store.path),
        "add-event",
        "--title",
        "Added from the command line",
        "--kind",
        "call",
        "--date",
        "2025-07-15",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 event" in window.status_label.text()
    # Only the window's poll of PRAGMA data_version can notice the other program's write.
    qtbot.waitUntil(lambda: "2 events" in window.status_label.text(), timeout=5000)
    window.save_new(_event("Saved in the window again"))
    assert window.context.store.events.count() == 3
    found = window.context.store.events.search("window") + window.context.store.events.search(
        "line"
    )
    assert sorted(e.title for e in found) == [
        "Added from the command line",
        "Saved in the window",
        "Saved in the window again",
    ]


def test_a_save_that_fails_is_reported_and_not_left_on_the_undo_stack(
    qtbot: QtBot, disk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    window = _window(qtbot, disk_context)
    disk_context.store.db.execute("PRAGMA busy_timeout = 100")
    other = Store.open(disk_context.store.path)
    other.db.execute("BEGIN IMMEDIATE")  # the command line holds the write lock
    window.save_new(_event("Saved while the calendar was busy"))
    assert len(shown) == 1 and "busy" in shown[0]
    assert disk_context.undo_stack.count() == 0
    assert not window.actions_by_key["undo"].isEnabled()
    other.db.execute("ROLLBACK")
    other.close()
    window.save_new(_event("Saved once it was free"))
    assert disk_context.undo_stack.count() == 1
    assert [e.title for e in disk_context.store.events.search("free")] == ["Saved once it was free"]


def test_an_undo_refused_while_busy_is_reported_changes_nothing_and_can_be_retried(
    qtbot: QtBot, disk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    window = _window(qtbot, disk_context)
    window.save_new(_event("Kept although undo was tried"))
    disk_context.store.db.execute("PRAGMA busy_timeout = 100")
    other = Store.open(disk_context.store.path)
    other.db.execute("BEGIN IMMEDIATE")
    try:
        window.actions_by_key["undo"].trigger()
    finally:
        other.db.execute("ROLLBACK")
        other.close()
    assert len(shown) == 1 and "busy" in shown[0] and "Nothing was changed" in shown[0]
    assert disk_context.store.events.count() == 1
    stack = disk_context.undo_stack
    qtbot.waitUntil(lambda: stack.index() == 1)  # still to be undone, once the file is free
    assert stack.canUndo() and not stack.canRedo()
    window.actions_by_key["undo"].trigger()
    assert disk_context.store.events.count() == 0


def test_daily_backup_at_start_runs_beside_the_window(disk_context: AppContext) -> None:
    store = disk_context.store
    store.events.add(_event("In the daily backup"))
    worker = safety.start_daily_backup(store, disk_context.settings, FIXED_NOW)
    assert worker is not None
    store.events.add(_event("Saved while the backup ran"))  # the window keeps working
    worker.join(timeout=30)
    (daily,) = backup.list_backups(store.path or Path())
    assert daily.reason == "daily"
    assert backup.check_calendar_file(daily.path) > 0
    assert safety.start_daily_backup(store, disk_context.settings, FIXED_NOW) is None


def test_history_of_the_official_selected_in_the_officials_list(
    qtbot: QtBot, disk_context: AppContext
) -> None:
    from diplomatic_calendar.domain.model import Official

    store = disk_context.store
    official = store.officials.add(Official("Maros Sefcovic", title="Commissioner"))
    store.officials.update(official.with_changes(title="Trade Commissioner"))
    window = _window(qtbot, disk_context)
    panel = window.countries.officials_panel  # type: ignore[attr-defined]
    window.actions_by_key["show_officials"].trigger()
    panel.reload()
    panel.table.selectRow(0)
    window.activateWindow()
    qtbot.waitActive(window)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus, timeout=2000)
    window.actions_by_key["show_history"].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    cells = [dialog.table.item(r, c).text() for r in range(2) for c in (1, 2, 3, 4)]
    assert cells == [
        "Created",
        "",
        "",
        "",
        "Changed",
        "title",
        "Commissioner",
        "Trade Commissioner",
    ]


def test_an_import_whose_undo_fails_stays_and_says_so(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplomatic_calendar.domain.errors import StorageError
    from diplomatic_calendar.importing.plan import build_plan
    from diplomatic_calendar.ui.import_window import command as import_command

    article = Path(__file__).parent.parent / "extraction" / "fixtures" / "tariff_round.txt"
    plan = build_plan(context.store, article.read_text(encoding="utf-8"), dt.date(2025, 4, 3))
    import_command.ImportCommand.save(context, plan)
    saved = context.store.tariffs.all()
    assert saved and context.undo_stack.count() == 1

    def busy(*_args: object) -> None:
        raise StorageError("the calendar is busy in another program; try again")

    monkeypatch.setattr(import_command, "revert", busy)
    said: list[str] = []
    context.signals.change_failed.connect(said.append)
    context.undo_stack.undo()
    assert len(said) == 1 and "busy" in said[0]
    assert context.store.tariffs.all() == saved
    assert context.undo_stack.count() == 0


def test_an_undo_the_database_refuses_is_reported_and_leaves_the_stack(
    context: AppContext,
) -> None:
    from diplomatic_calendar.ui.commands import DeleteEventCommand

    event = context.store.events.add(_event("Talks in Lima"))
    context.undo_stack.push(DeleteEventCommand(context, event))
    assert context.store.events.get(event.id or 0) is None
    # Another program writes a record under that very id while the window is open.
    squatter = context.store.events.add(_event("Written elsewhere").with_changes(id=event.id))
    said: list[str] = []
    context.signals.change_failed.connect(said.append)
    context.undo_stack.undo()
    assert len(said) == 1
    assert said[0].startswith("Undo Delete “Talks in Lima”: the deleted event cannot be put back")
    assert context.store.events.get(event.id or 0) == squatter  # nothing half-written
    assert context.undo_stack.count() == 0  # no Redo that would delete the other record


def test_a_step_the_database_refuses_is_not_left_on_the_stack(context: AppContext) -> None:
    from diplomatic_calendar.ui.commands import AddEventCommand

    first = context.store.events.add(_event("Talks in Quito"))
    clash = AddEventCommand(context, _event("Same uid").with_changes(uid=first.uid))
    context.undo_stack.push(clash)
    assert clash.error is not None and "could not be saved" in str(clash.error)
    assert context.undo_stack.count() == 0
    assert [e.title for e in context.store.events.between(DAY, DAY + dt.timedelta(days=1))] == [
        "Talks in Quito"
    ]


def test_a_save_that_changed_nothing_shows_only_the_article_it_cited() -> None:
    from diplomatic_calendar.store.changelog import Change
    from diplomatic_calendar.ui.dialogs.history_dialog import history_rows

    same = {"name": "Ana Ruiz", "title": "Foreign Minister"}
    changes = [
        Change("2025-07-15T09:00:00Z", "update", same, dict(same), 4),
        Change("2025-07-16T09:00:00Z", "update", same, dict(same), None),
        Change("2025-07-17T09:00:00Z", "update", same, {**same, "title": "Envoy"}, None),
    ]
    rows = history_rows(changes, lambda source_id: f"Wire story {source_id}")
    assert [row[1:] for row in rows] == [
        ("Cited", "", "", "", "Wire story 4"),
        ("Changed", "title", "Foreign Minister", "Envoy", ""),
    ]
    # the moment as the window writes days ("Tue 15 Jul 2025 11:00"), in the local zone
    assert re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d Jul 2025 \d\d:\d\d", rows[0][0])


def test_a_sound_file_that_will_not_open_is_not_offered_a_backup_in_its_place(
    qapp,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    store = Store.open(db_path)
    store.events.add(_event("Saved since the last backup"))
    backup.backup_store(store, "daily")
    # A newer version of the app upgraded the file: sound, but not for this version.
    store.db.execute("INSERT INTO _migrations VALUES (9999, 'later', '2030-01-01T00:00:00Z')")
    store.close()
    before = db_path.read_bytes()
    offered: list[backup.Backup | None] = []

    def ask(path: Path, problem: str, latest: backup.Backup | None) -> safety.Answer:
        offered.append(latest)
        assert "newer version" in problem
        return None, None

    assert safety.open_calendar(db_path, ask, print) is None
    assert offered == [None]
    assert db_path.read_bytes() == before
    dialog = RecoveryDialog(db_path, "locked", None)
    assert "open another calendar file, or quit" in dialog.message.text()
    assert not dialog.restore_button.isEnabled() and not dialog.restore_button.isDefault()
