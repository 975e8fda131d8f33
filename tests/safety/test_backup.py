"""Backups: taken with the online backup API, daily, before upgrades, pruned to N, restorable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.store.database import Migration, known_migrations

DAY = dt.date(2025, 7, 10)


def _event(title: str) -> Event:
    return Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM events ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_one_good_file_with_everything_saved(db_path: Path) -> None:
    store = Store.open(db_path)
    store.events.add(_event("G20 sherpa meeting"))
    target = backup.backup_store(store, "manual")
    store.events.add(_event("Saved after the backup"))
    store.close()
    assert target.parent == db_path.parent / "backups"
    assert not Path(f"{target}-wal").exists()
    assert backup.check_calendar_file(target) == known_migrations()[-1].version
    assert _titles(target) == ["G20 sherpa meeting"]


def test_backup_sees_writes_of_another_connection_still_in_the_log(db_path: Path) -> None:
    writer = Store.open(db_path)
    reader = Store.open(db_path)
    writer.events.add(_event("Only in the write-ahead log"))
    target = backup.backup_store(reader, "manual")
    writer.close()
    reader.close()
    assert _titles(target) == ["Only in the write-ahead log"]


def test_only_the_newest_n_backups_are_kept(db_path: Path) -> None:
    store = Store.open(db_path)
    start = dt.datetime(2025, 7, 1, 8, tzinfo=dt.UTC)
    for day in range(5):
        backup.backup_store(store, "daily", keep=3, now=start + dt.timedelta(days=day))
    store.close()
    kept = backup.list_backups(db_path)
    assert [b.taken_at.day for b in kept] == [5, 4, 3]
    assert all(b.reason == "daily" for b in kept)


def test_daily_backup_is_due_once_per_local_day(db_path: Path) -> None:
    store = Store.open(db_path)
    berlin_morning = dt.datetime(2025, 7, 10, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert backup.daily_backup_due(db_path, berlin_morning)
    backup.backup_store(store, "daily", now=berlin_morning)
    store.close()
    assert not backup.daily_backup_due(db_path, berlin_morning + dt.timedelta(hours=20))
    assert backup.daily_backup_due(db_path, berlin_morning + dt.timedelta(hours=24))


def test_an_upgrade_backs_up_the_old_database_first(db_path: Path) -> None:
    shipped = known_migrations()
    store = Store.open(db_path)
    store.events.add(_event("Kept through the upgrade"))
    store.close()
    extra = Migration(shipped[-1].version + 1, "extra_column", "ALTER TABLE events ADD x TEXT;")
    Store.open(db_path, migrations=[*shipped, extra]).close()
    (before,) = backup.list_backups(db_path)
    assert before.reason == f"before-schema-{extra.version}"
    assert backup.check_calendar_file(before.path) == shipped[-1].version
    assert _titles(before.path) == ["Kept through the upgrade"]


def test_opening_without_an_upgrade_takes_no_backup(db_path: Path) -> None:
    Store.open(db_path).close()
    Store.open(db_path).close()
    assert backup.list_backups(db_path) == []


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(db_path: Path) -> None:
    store = Store.open(db_path)
    store.events.add(_event("Before"))
    saved = backup.backup_store(store, "manual")
    store.events.add(_event("After"))
    store.close()
    aside = backup.restore(saved, db_path)
    assert aside is not None and aside.exists()
    assert _titles(db_path) == ["Before"]
    assert _titles(aside) == ["Before", "After"]
    reopened = Store.open(db_path)
    assert [e.title for e in reopened.events.search("Before")] == ["Before"]
    reopened.close()


@pytest.mark.parametrize(
    "content",
    [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50, b""],
    ids=["text", "truncated-header", "empty"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(db_path: Path, content: bytes) -> None:
    store = Store.open(db_path)
    store.events.add(_event("Still here"))
    store.close()
    before = db_path.read_bytes()
    bad = db_path.parent / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(StorageError):
        backup.restore(bad, db_path)
    assert db_path.read_bytes() == before
    assert bad.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["bad.db", "calendar.db"]


def test_restore_refuses_an_sqlite_file_that_is_not_a_calendar(db_path: Path) -> None:
    other = db_path.parent / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a Diplomatic Calendar"):
        backup.restore(other, db_path)
    assert not db_path.exists()


def test_latest_good_backup_skips_damaged_ones(db_path: Path) -> None:
    store = Store.open(db_path)
    start = dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
    good = backup.backup_store(store, "daily", now=start)
    newest = backup.backup_store(store, "daily", now=start + dt.timedelta(days=1))
    store.close()
    newest.write_bytes(newest.read_bytes()[:2048])
    found = backup.latest_good_backup(db_path)
    assert found is not None and found.path == good


def test_memory_store_has_no_backups() -> None:
    store = Store.memory()
    with pytest.raises(StorageError, match="memory"):
        backup.backup_store(store, "manual")
    store.close()


def test_a_file_sqlite_may_not_open_is_not_called_damaged(tmp_path: Path) -> None:
    class Refusing:
        """A connection as SQLite gives one in a folder this account may not write to."""

        def execute(self, _sql: str) -> None:
            raise sqlite3.OperationalError("attempt to write a readonly database")

    path = tmp_path / "calendar.db"
    with pytest.raises(StorageError) as raised:
        backup._check_open_file(Refusing(), path, False, False)  # type: ignore[arg-type]
    assert "damaged" not in str(raised.value)
    assert "cannot be opened here" in str(raised.value)
