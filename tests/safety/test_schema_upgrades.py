"""Every earlier schema upgrades to the newest with its data kept; a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.store.database import known_migrations

SHIPPED = known_migrations()
NEWEST = SHIPPED[-1].version


def _build_at(path: Path, k: int) -> None:
    """A calendar made by a version of the app that knew only the first ``k`` migrations."""
    Store.open(path, migrations=SHIPPED[:k]).close()
    if k == 0:
        return
    # Written with plain SQL of the first schema, as that old version would have stored them.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO officials (id, name, title, country, created_at, updated_at) VALUES "
            "(1, 'Anwar Ibrahim', 'Prime Minister', 'MY', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z')"
        )
        conn.execute(
            "INSERT INTO events (id, uid, kind, title, all_day, start_at, end_at, span_days, "
            "timezone, status, city, notes, created_at, updated_at) VALUES (7, 'old-7@test', "
            "'summit', 'ASEAN summit', 1, '2025-10-26', '2025-10-29', 3, NULL, 'planned', "
            "'Kuala Lumpur', 'Robert''); DROP TABLE events;--', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z')"
        )
        conn.execute("INSERT INTO event_countries VALUES (7, 'MY')")
        conn.execute("INSERT INTO event_participants VALUES (7, 1, 0)")
    conn.close()


@pytest.mark.parametrize("k", range(len(SHIPPED)), ids=lambda k: f"from-schema-{k}")
def test_upgrade_from_every_earlier_version_keeps_the_data(db_path: Path, k: int) -> None:
    _build_at(db_path, k)
    store = Store.open(db_path)
    assert store.schema_version == NEWEST
    if k:
        event = store.events.get(7)
        assert event is not None
        assert (event.title, event.location.city, event.countries) == (
            "ASEAN summit",
            "Kuala Lumpur",
            ("MY",),
        )
        assert event.notes == "Robert'); DROP TABLE events;--"
        assert [p.name for p in event.participants] == ["Anwar Ibrahim"]
        upgraded_from = [b.reason for b in backup.list_backups(db_path)]
        assert upgraded_from == ([f"before-schema-{k + 1}"] if k < len(SHIPPED) else [])
    store.close()


def test_every_shipped_migration_is_numbered_in_order_without_gaps() -> None:
    assert [m.version for m in SHIPPED] == list(range(1, len(SHIPPED) + 1))


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_newer_schema_is_refused_and_left_byte_for_byte(db_path: Path, journal: str) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(
        "INSERT INTO _migrations VALUES (?, 'future', '2030-01-01T00:00:00Z')", (NEWEST + 1,)
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []


def test_the_backup_before_an_upgrade_prunes_none(db_path: Path) -> None:
    from diplomatic_calendar.store import backup as backups

    store = Store.open(db_path)
    for _ in range(backups.DEFAULT_KEEP + 2):
        backups.backup_store(store, "daily", keep=100)
    before = len(backups.list_backups(db_path))
    backups.backup_before_migration(store.db.conn, db_path, store.schema_version)
    store.close()
    assert len(backups.list_backups(db_path)) == before + 1
