"""Every change to a record, kept: when, what, old and new values, and the source if imported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from diplomatic_calendar.store._rows import rows
from diplomatic_calendar.store.database import now_text


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of a record's history."""

    at: str
    action: str
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None
    source_id: int | None

    def changed_fields(self) -> list[str]:
        """The names of the fields whose value differs between old and new."""
        old, new = self.old_values or {}, self.new_values or {}
        return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def record(
    db: sqlite_utils.Database,
    record_type: str,
    record_id: int,
    action: str,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    source_id: int | None = None,
) -> None:
    """Append one change; called inside the write's own transaction."""
    db.execute(
        "INSERT INTO change_log (at, record_type, record_id, action, old_values, new_values, "
        "source_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            now_text(),
            record_type,
            record_id,
            action,
            json.dumps(old, default=str) if old is not None else None,
            json.dumps(new, default=str) if new is not None else None,
            source_id,
        ),
    )


def history(db: sqlite_utils.Database, record_type: str, record_id: int) -> list[Change]:
    """A record's changes, oldest first."""
    found = rows(
        db,
        "SELECT at, action, old_values, new_values, source_id FROM change_log "
        "WHERE record_type = ? AND record_id = ? ORDER BY id",
        (record_type, record_id),
    )
    return [
        Change(
            r["at"],
            r["action"],
            json.loads(r["old_values"]) if r["old_values"] else None,
            json.loads(r["new_values"]) if r["new_values"] else None,
            r["source_id"],
        )
        for r in found
    ]


def last_change(db: sqlite_utils.Database) -> int:
    """The id of the newest change-log entry (0 when there is none): a mark to look back to."""
    return int(db.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])


def changed_after(
    db: sqlite_utils.Database, mark: int, records: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    """Which of ``records`` (type, id) were changed after the entry ``mark``."""
    if not records:
        return []
    wanted = json.dumps([[kind, number] for kind, number in records])
    found = db.execute(
        "SELECT DISTINCT c.record_type, c.record_id FROM change_log c "
        "JOIN json_each(?) w ON c.record_type = json_extract(w.value, '$[0]') "
        "AND c.record_id = json_extract(w.value, '$[1]') "
        "WHERE c.id > ? AND c.action = 'update' ORDER BY c.id",
        (wanted, mark),
    ).fetchall()
    return [(str(kind), int(number)) for kind, number in found]


def inserted_after(db: sqlite_utils.Database, mark: int) -> list[tuple[str, int]]:
    """The records (type, id) added after the entry ``mark`` and still in the log's view,
    in the order they were added."""
    found = db.execute(
        "SELECT record_type, record_id FROM change_log WHERE id > ? AND action = 'insert' "
        "ORDER BY id",
        (mark,),
    ).fetchall()
    return [(str(kind), int(number)) for kind, number in found]
