"""On the command line a damaged calendar is one short line that names the good backup and the
command that puts it back, not SQLite's page report."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.store import Store, backup
from tests.safety.test_corruption import PAGE, _filled


def _damage(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    rng = random.Random(3)
    for page in range(3, len(data) // PAGE - 1, 2):
        data[page * PAGE + 40 : page * PAGE + 200] = rng.randbytes(160)
    db_path.write_bytes(bytes(data))


def test_a_damaged_calendar_points_to_its_good_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(db_path)
    store = Store.open(db_path)
    good = backup.backup_store(store, "manual")
    store.close()
    _damage(db_path)
    assert main(["--db", str(db_path), "events", "--from", "2025-01-01", "--to", "2025-12-31"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 350 + 3 * len(str(good))
    assert "is damaged" in err and "***" not in err
    assert f"restore {good}" in err


def test_without_a_good_backup_it_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(db_path)
    _damage(db_path)
    assert main(["--db", str(db_path), "events", "--from", "2025-01-01", "--to", "2025-12-31"]) == 2
    assert "there is no good backup of it" in capsys.readouterr().err
