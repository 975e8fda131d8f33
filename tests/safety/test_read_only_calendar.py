"""A calendar this account cannot write (a read-only file, folder or mounted share) still opens:
it can be read, printed and exported, and every attempt to change it says why, changing nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.store.database import known_migrations, unwritable_reason
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features.safety import start_daily_backup
from diplomatic_calendar.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW, fixed_clock

DAY = dt.date(2025, 7, 15)


def _calendar(path: Path, *titles: str) -> None:
    store = Store.open(path)
    for title in titles:
        store.events.add(Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def deny_writes(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make this account unable to write the files of one folder, as a read-only share is."""
    real_access = os.access

    def deny(folder: Path) -> None:
        def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
            inside = Path(str(path)).resolve() in {folder.resolve(), *folder.resolve().iterdir()}
            if mode & os.W_OK and inside:
                return False
            return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)

    return deny


def test_a_calendar_in_a_read_only_folder_opens_for_reading_and_refuses_writes(
    db_path: Path, deny_writes: Callable[[Path], None]
) -> None:
    _calendar(db_path, "Geneva talks", "Nairobi talks")
    before = _digest(db_path)
    deny_writes(db_path.parent)
    assert unwritable_reason(db_path) == "the file is read-only"
    store = Store.open(db_path)
    try:
        assert store.read_only == "the file is read-only"
        assert sorted(e.title for e in store.events.search("talks")) == [
            "Geneva talks",
            "Nairobi talks",
        ]
        with pytest.raises(StorageError, match=r"read-only here .*copy it to a folder"):
            store.events.add(
                Event("Lima talks", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))
            )
        with pytest.raises(StorageError, match="read-only"), store.transaction():
            pass
    finally:
        store.close()
    assert _digest(db_path) == before


def test_a_writable_calendar_is_not_marked_read_only(db_path: Path) -> None:
    _calendar(db_path, "Geneva talks")
    store = Store.open(db_path)
    try:
        assert store.read_only is None
        assert unwritable_reason(db_path) is None
    finally:
        store.close()


def test_a_read_only_calendar_that_needs_an_upgrade_is_refused_untouched(
    db_path: Path, deny_writes: Callable[[Path], None]
) -> None:
    older = known_migrations()[:-1]
    store = Store.open(db_path, migrations=older)
    store.close()
    before = _digest(db_path)
    deny_writes(db_path.parent)
    with pytest.raises(StorageError, match=r"must be upgraded.*cannot be written here"):
        Store.open(db_path)
    assert _digest(db_path) == before


def test_a_damaged_read_only_calendar_is_still_refused(
    db_path: Path, deny_writes: Callable[[Path], None]
) -> None:
    _calendar(db_path, "Geneva talks")
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 + 512] = b"\xff" * 512  # the first table page, overwritten
    db_path.write_bytes(bytes(data))
    deny_writes(db_path.parent)
    with pytest.raises(StorageError):
        Store.open(db_path)


def test_the_command_line_reads_and_exports_a_read_only_calendar(
    db_path: Path,
    tmp_path: Path,
    deny_writes: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "calendar.db"
    _calendar(path, "Geneva talks")
    deny_writes(folder)
    args = ["--db", str(path)]
    assert main([*args, "export", "--format", "json", "-o", "-"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [e["title"] for e in exported["events"]] == ["Geneva talks"]
    copy = tmp_path / "copy.db"
    assert main([*args, "backup", "-o", str(copy)]) == 0
    capsys.readouterr()
    assert backup.check_calendar_file(copy) > 0
    status = main(
        [*args, "add-event", "--title", "Lima talks", "--kind", "meeting", "--date", "2025-07-20"]
    )
    assert status == 2
    assert "read-only" in capsys.readouterr().err


def test_the_window_says_the_calendar_is_read_only_and_takes_no_daily_backup(
    db_path: Path,
    deny_writes: Callable[[Path], None],
    settings: QSettings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _calendar(db_path, "Geneva talks")
    deny_writes(db_path.parent)
    store = Store.open(db_path)
    context = AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "calendar (read-only) — Diplomatic Calendar"
        assert window.status_label.text().startswith("read-only · 1 event")
        assert "the file is read-only" in window.status_label.toolTip()
        assert not window.actions_by_key["backup_now"].isEnabled()
        assert not window.actions_by_key["restore_backup"].isEnabled()
        assert window.actions_by_key["save_copy"].isEnabled()
        for key in ("new_event", "import_article", "import_ics", "new_tariff", "load_sample"):
            assert not window.actions_by_key[key].isEnabled(), key
        assert start_daily_backup(store, settings, FIXED_NOW) is None
        assert not (db_path.parent / "backups").exists()
    finally:
        window.close()
        store.close()


def _mount_read_only(source: Path, target: Path) -> bool:
    """Bind-mount ``source`` read-only at ``target``; False where this machine does not allow it."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    steps = (
        ["mount", "--bind", str(source), str(target)],
        ["mount", "-o", "remount,ro,bind", str(target)],
    )
    for number, step in enumerate(steps):
        done = subprocess.run(step, capture_output=True, check=False)
        if done.returncode != 0:
            if number:
                subprocess.run(["umount", str(target)], capture_output=True, check=False)
            return False
    return True


@pytest.fixture
def mounted_read_only(tmp_path: Path) -> Iterator[Path]:
    """A calendar in write-ahead-log mode, closed, then seen through a read-only mount."""
    source = tmp_path / "source"
    target = tmp_path / "mounted"
    source.mkdir()
    target.mkdir()
    _calendar(source / "calendar.db", "Geneva talks")
    assert not (source / "calendar.db-shm").exists()
    if not _mount_read_only(source, target):
        pytest.skip("a read-only mount needs root and mount rights")
    try:
        yield target / "calendar.db"
    finally:
        subprocess.run(["umount", str(target)], capture_output=True, check=False)


def test_a_calendar_on_a_read_only_mount_opens_although_sqlite_cannot_write_beside_it(
    mounted_read_only: Path,
) -> None:
    path = mounted_read_only
    assert path.read_bytes()[18:20] == b"\x02\x02"  # write-ahead-log mode
    assert unwritable_reason(path) == "it is on a disk or share mounted read-only"
    assert backup.check_calendar_file(path) > 0
    store = Store.open(path)
    try:
        assert [e.title for e in store.events.search("talks")] == ["Geneva talks"]
        with pytest.raises(StorageError, match="mounted read-only"):
            store.events.add(
                Event("Lima talks", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))
            )
    finally:
        store.close()
