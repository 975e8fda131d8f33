"""Small conversions between SQLite values and domain values, shared by the repositories."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

Row = dict[str, Any]


def rows(
    db: sqlite_utils.Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> list[Row]:
    """Every row of a query as a dict."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def one(
    db: sqlite_utils.Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> Row | None:
    """The first row of a query, or None."""
    found = rows(db, sql, params)
    return found[0] if found else None


def ids_json(ids: Iterable[int]) -> str:
    """Ids as a JSON array, for ``IN (SELECT value FROM json_each(?))``: no parameter limit."""
    return json.dumps(list(ids))


def date_text(value: dt.date | None) -> str | None:
    """ISO text for an optional date."""
    return value.isoformat() if value else None


def date_value(text: str | None) -> dt.date | None:
    """An optional date from ISO text."""
    return dt.date.fromisoformat(text) if text else None


def json_tuple(text: str | None) -> tuple[str, ...]:
    """A tuple of strings from a JSON list."""
    return tuple(json.loads(text)) if text else ()
