"""``diplomatic-calendar backup`` and ``restore``: clear output, checked input, nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup

DAY = dt.date(2025, 7, 15)


def _add(db_path: Path, title: str) -> None:
    store = Store.open(db_path)
    store.events.add(Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    store.close()


def _titles(db_path: Path) -> list[str]:
    store = Store.open(db_path)
    try:
        return sorted(e.title for e in store.events.search("talks"))
    finally:
        store.close()


def test_backup_to_a_file_then_restore_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Tokyo talks")
    copy = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", "-o", str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    _add(db_path, "Later talks")
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert _titles(db_path) == ["Tokyo talks"]
    (aside,) = tmp_path.glob("calendar.replaced-*.db")
    assert str(aside) in out
    assert _titles(aside) == ["Later talks", "Tokyo talks"]


def test_backup_into_the_folder_keeps_n_and_lists_them(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Geneva talks")
    for _ in range(3):
        assert main(["--db", str(db_path), "backup", "--keep", "2"]) == 0
    capsys.readouterr()
    assert len(backup.list_backups(db_path)) == 2
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("manual" in line for line in lines)


def test_a_backup_without_keep_removes_none_of_the_users_backups(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Geneva talks")
    for _ in range(backup.DEFAULT_KEEP + 3):  # more than the default: a setting may keep 30
        assert main(["--db", str(db_path), "backup"]) == 0
    assert len(backup.list_backups(db_path)) == backup.DEFAULT_KEEP + 3


def test_backup_will_not_overwrite_a_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Paris talks")
    taken = tmp_path / "notes.txt"
    taken.write_text("my notes")
    assert main(["--db", str(db_path), "backup", "-o", str(taken)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert taken.read_text() == "my notes"


def test_backup_of_a_missing_calendar_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    assert main(["--db", str(missing), "backup"]) == 2
    assert "no calendar" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize(
    "content", [b"hello", b"SQLite format 3\x00" + bytes(3000)], ids=["text", "header-only"]
)
def test_restore_of_a_bad_file_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    _add(db_path, "Seoul talks")
    before = db_path.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    assert main(["--db", str(db_path), "restore", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0]
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("calendar.replaced-*"))


def test_restore_refuses_while_a_window_has_the_calendar_open(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    from diplomatic_calendar.ui.single_instance import InstanceGuard

    _add(db_path, "Rome talks")
    copy = tmp_path / "copy.db"
    assert main(["--db", str(db_path), "backup", "-o", str(copy)]) == 0
    guard = InstanceGuard(db_path)
    assert guard.listen()
    try:
        assert main(["--db", str(db_path), "restore", str(copy)]) == 2
    finally:
        guard.close()
    assert "close it first" in capsys.readouterr().err
    assert not list(tmp_path.glob("calendar.replaced-*"))
