"""Deletions that can be taken back: the rows a delete removes, kept so undo puts back exactly them.

A record's delete reaches further than its own row: an official's place on events and their
other spellings, a tariff action's history and its deadline entry, the evidence of each. The
rows are read before the delete and written back, ids and all, in the order the foreign keys
need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from diplomatic_calendar.domain.errors import StorageError

# Which rows go with a record, as (table, condition, parameters), parents before children.
Plan = Sequence[tuple[str, str, tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class Removed:
    """What one delete took away: each table's rows, in the order they go back in."""

    record_type: str
    record_id: int
    rows: tuple[tuple[str, tuple[tuple[tuple[str, Any], ...], ...]], ...]

    def count(self, table: str) -> int:
        """How many rows of ``table`` went."""
        return sum(len(found) for name, found in self.rows if name == table)


def take(db: sqlite_utils.Database, record_type: str, record_id: int, plan: Plan) -> Removed:
    """Read every row ``plan`` names (before they are deleted)."""
    taken = []
    for table, condition, params in plan:
        cursor = db.execute(f"SELECT * FROM {table} WHERE {condition}", params)
        names = [column[0] for column in cursor.description]
        taken.append((table, tuple(tuple(zip(names, row, strict=True)) for row in cursor)))
    return Removed(record_type, record_id, tuple(taken))


def put_back(db: sqlite_utils.Database, removed: Removed) -> None:
    """Write the rows back as they were; a clash (the id reused since) is a StorageError."""
    try:
        for table, found in removed.rows:
            for row in found:
                names = ", ".join(name for name, _ in row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", [v for _, v in row])
    except sqlite3.IntegrityError as err:
        kind = removed.record_type.replace("_", " ")
        if "UNIQUE" in str(err) and ".uid" in str(err):
            # "UNIQUE constraint failed: events.uid": it is back already, imported anew say
            raise StorageError(
                f"the deleted {kind} is in the calendar again (added anew since it was "
                "deleted), so it is not put back a second time"
            ) from None
        raise StorageError(f"the deleted {kind} cannot be put back ({err})") from None
