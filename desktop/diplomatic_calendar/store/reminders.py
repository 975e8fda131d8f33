"""Dismissed reminders, kept in the calendar so that a dismissal survives a restart."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from diplomatic_calendar.store.database import write_transaction


class ReminderRepository:
    """Which reminder keys the user has dismissed, and when."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def dismiss(self, key: str, at: dt.datetime) -> None:
        """Remember that the reminder ``key`` was dismissed at ``at`` (dismissing twice is fine)."""
        with write_transaction(self._db):
            self._db.execute(
                "INSERT INTO dismissed_reminders (reminder_key, dismissed_at) VALUES (?, ?) "
                "ON CONFLICT (reminder_key) DO NOTHING",
                (key, at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
            )

    def restore(self, key: str) -> None:
        """Forget a dismissal, so that the reminder shows again (undo)."""
        with write_transaction(self._db):
            self._db.execute("DELETE FROM dismissed_reminders WHERE reminder_key = ?", (key,))

    def dismissed(self) -> set[str]:
        """Every dismissed key."""
        cursor = self._db.execute("SELECT reminder_key FROM dismissed_reminders")
        return {str(row[0]) for row in cursor.fetchall()}

    def is_dismissed(self, key: str) -> bool:
        """Whether ``key`` was dismissed."""
        cursor = self._db.execute(
            "SELECT 1 FROM dismissed_reminders WHERE reminder_key = ?", (key,)
        )
        return cursor.fetchone() is not None
