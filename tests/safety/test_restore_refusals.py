"""A restore that cannot be done says why in one line and leaves every file as it was."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup

DAY = dt.date(2025, 7, 15)


def _calendar(path: Path, title: str) -> None:
    store = Store.open(path)
    store.events.add(Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    store.close()


def test_restoring_over_a_read_only_calendar_is_refused_in_one_line(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _calendar(db_path, "Geneva talks")
    copy = tmp_path / "elsewhere" / "copy.db"
    copy.parent.mkdir()
    _calendar(copy, "Lima talks")
    before = db_path.read_bytes()
    real_access = os.access
    folder = db_path.parent.resolve()

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in {folder, folder / db_path.name}:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    assert main(["--db", str(db_path), "restore", str(copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be replaced here (the file is read-only)" in err
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["calendar.db"]


def test_restoring_a_calendar_from_itself_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _calendar(db_path, "Geneva talks")
    assert main(["--db", str(db_path), "restore", str(db_path)]) == 2
    assert "is the calendar itself" in capsys.readouterr().err
    assert list(db_path.parent.glob("calendar.replaced-*")) == []


def test_a_calendar_without_backups_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _calendar(db_path, "Geneva talks")
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert capsys.readouterr().out == f"no backups of {db_path} yet\n"
    assert backup.list_backups(db_path) == []
