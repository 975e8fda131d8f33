"""Many events at once (imports, restores, undoing an import): the rows add() writes and
delete() removes, without their per-row costs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import sqlite_utils

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.store import provenance
from diplomatic_calendar.store._rows import ids_json, rows
from diplomatic_calendar.store.database import fresh_id, now_text, write_transaction
from diplomatic_calendar.store.events import _COLUMNS, EventRepository, _values, snapshot

_FTS_TRIGGER = "events_fts_insert"
_FTS_DELETE_TRIGGER = "events_fts_delete"
_IN_IDS = "IN (SELECT value FROM json_each(:ids))"
_BULK_CACHE_KIB = -65536  # negative: a size in KiB rather than in pages


def insert_events(
    db: sqlite_utils.Database, events: Iterable[Event], source_id: int | None = None
) -> list[Event]:
    """Insert ``events`` as one transaction and return them stored, with ids and uids."""
    now = now_text()
    stored: list[Event] = []
    with _big_cache(db), write_transaction(db), _fts_indexed_afterwards(db, stored):
        next_id = fresh_id(db, "events")
        for event in events:
            if event.id is None:
                stored.append(_insert_row(db, event, now, next_id))
                next_id += 1
            else:
                stored.append(_insert_row(db, event, now, event.id))
        _insert_links(db, stored)
        db.conn.executemany(
            "INSERT INTO change_log (at, record_type, record_id, action, old_values, new_values, "
            "source_id) VALUES (?, 'event', ?, 'insert', NULL, ?, ?)",
            [
                (
                    now,
                    e.id,
                    json.dumps(snapshot(e), default=str),
                    source_id or (e.evidence.source_id if e.evidence else None),
                )
                for e in stored
            ],
        )
    return stored


def _insert_row(db: sqlite_utils.Database, event: Event, now: str, event_id: int) -> Event:
    values = _values(event)
    values["uid"] = event.uid or f"{uuid.uuid4()}@diplomatic-calendar"
    values["created_at"] = values["updated_at"] = now
    values["id"] = event_id
    names = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    cursor = db.conn.execute(f"INSERT INTO events ({names}) VALUES ({marks})", values)
    return event.with_changes(id=cursor.lastrowid, uid=values["uid"])


def _insert_links(db: sqlite_utils.Database, stored: list[Event]) -> None:
    db.conn.executemany(
        "INSERT INTO event_countries VALUES (?, ?)",
        [(e.id, code) for e in stored for code in e.countries],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)",
        [
            (e.id, person.id, position)
            for e in stored
            for position, person in enumerate(dict.fromkeys(e.participants))
        ],
    )
    for event in stored:
        if event.evidence is not None:
            provenance.link(db, "event", event.id or 0, event.evidence)


def delete_events(db: sqlite_utils.Database, event_ids: Iterable[int]) -> list[Event]:
    """Delete the events ``event_ids`` as one transaction, as delete() does each: with their
    countries, participants and evidence, out of the search index, and each logged with what
    it was. Return the events that were there (ids not stored are passed over)."""
    ids = ids_json(dict.fromkeys(event_ids))
    with _big_cache(db), write_transaction(db), _trigger_dropped(db, _FTS_DELETE_TRIGGER):
        found = rows(
            db, f"SELECT {_COLUMNS} FROM events WHERE id {_IN_IDS} ORDER BY id", {"ids": ids}
        )
        gone = EventRepository(db)._build(found)
        # The index's own words for the rows, taken out in one statement, before they go.
        db.execute(
            "INSERT INTO events_fts (events_fts, rowid, title, notes, city) "
            f"SELECT 'delete', id, title, notes, city FROM events WHERE id {_IN_IDS}",
            {"ids": ids},
        )
        db.execute(
            f"DELETE FROM provenance WHERE record_type = 'event' AND record_id {_IN_IDS}",
            {"ids": ids},
        )
        db.execute(f"DELETE FROM events WHERE id {_IN_IDS}", {"ids": ids})
        now = now_text()
        db.conn.executemany(
            "INSERT INTO change_log (at, record_type, record_id, action, old_values, new_values, "
            "source_id) VALUES (?, 'event', ?, 'delete', ?, NULL, NULL)",
            [(now, e.id, json.dumps(snapshot(e), default=str)) for e in gone],
        )
    return gone


@contextmanager
def _big_cache(db: sqlite_utils.Database) -> Iterator[None]:
    """Keep up to 64 MB of pages while loading, so index pages are not spilled and re-read."""
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def _fts_indexed_afterwards(db: sqlite_utils.Database, stored: list[Event]) -> Iterator[None]:
    """Index the new rows for search in one statement instead of one trigger run per row.

    The insert trigger is dropped and re-created from its own stored SQL, inside the caller's
    transaction, so a failure rolls the schema back with the rows.
    """
    with _trigger_dropped(db, _FTS_TRIGGER) as dropped:
        yield
        if dropped:
            db.execute(
                "INSERT INTO events_fts (rowid, title, notes, city) SELECT id, title, notes, city "
                "FROM events WHERE id IN (SELECT value FROM json_each(?))",
                (ids_json(e.id or 0 for e in stored),),
            )


@contextmanager
def _trigger_dropped(db: sqlite_utils.Database, name: str) -> Iterator[bool]:
    """Without the trigger ``name`` while the body runs (True if there was one to drop): the
    caller does its work for all rows at once. Re-created from its own stored SQL, inside the
    caller's transaction, so that a failure rolls the schema back with the rows."""
    found = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    if found is None:
        yield False
        return
    db.execute(f"DROP TRIGGER {name}")
    yield True
    db.execute(found[0])
