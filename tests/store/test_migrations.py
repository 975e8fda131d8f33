"""Migrations: applied in order, recorded, all-or-nothing, and a newer schema is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.store import Store
from diplomatic_calendar.store.database import Migration, known_migrations


def test_new_database_gets_every_migration(db_path: Path) -> None:
    store = Store.open(db_path)
    assert store.schema_version == max(m.version for m in known_migrations())
    assert {"events", "officials", "tariff_actions", "sources", "events_fts"} <= set(
        store.db.table_names()
    )
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    Store.open(db_path).close()
    store = Store.open(db_path)
    count = store.db.execute("SELECT count(*) FROM _migrations").fetchone()[0]
    assert count == len(known_migrations())
    store.close()


def test_failing_migration_rolls_back_and_leaves_the_database_as_it_was(db_path: Path) -> None:
    shipped = known_migrations()
    Store.open(db_path).close()
    broken = Migration(
        shipped[-1].version + 1,
        "broken",
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);",
    )
    with pytest.raises(StorageError, match="left as it was"):
        Store.open(db_path, migrations=[*shipped, broken])
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    versions = [r[0] for r in conn.execute("SELECT version FROM _migrations")]
    conn.close()
    assert "half_done" not in tables
    assert max(versions) == shipped[-1].version


def test_newer_schema_is_refused_and_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _migrations VALUES (9999, 'future', '2030-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(StorageError, match="not a calendar database"):
        Store.open(path)
    assert path.read_text() == "these are my notes, not a database"


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        Store.open(tmp_path)


class _InjectingPlugin:
    """An installed sqlite-utils plugin that would add a function to every connection."""

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn: sqlite3.Connection) -> None:
        conn.create_function("injected_by_plugin", 0, lambda: 1)


@pytest.mark.parametrize("in_memory", [False, True])
def test_installed_sqlite_utils_plugins_do_not_touch_the_calendar(
    db_path: Path, in_memory: bool
) -> None:
    from sqlite_utils.plugins import pm

    pm.register(_InjectingPlugin(), name="injecting-test-plugin")
    try:
        store = Store.open(None if in_memory else db_path)
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            store.db.execute("SELECT injected_by_plugin()")
        store.close()
    finally:
        pm.unregister(name="injecting-test-plugin")


def test_a_session_that_only_reads_leaves_the_file_as_it_was(db_path: Path) -> None:
    import datetime as dt

    from diplomatic_calendar.domain.model import Event, EventKind

    store = Store.open(db_path)
    for day in range(1, 30):
        start = dt.date(2025, 7, day)
        store.events.add(Event(f"Talks {day}", EventKind.MEETING, start, start + dt.timedelta(1)))
    store.close()
    before = sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()
    dump_before = "\n".join(sqlite3.connect(db_path).iterdump())
    reader = Store.open(db_path)
    assert len(reader.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))) == 29
    reader.close()
    assert sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall() == before
    assert "\n".join(sqlite3.connect(db_path).iterdump()) == dump_before
