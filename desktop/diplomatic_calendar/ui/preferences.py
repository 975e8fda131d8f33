"""The user's preferences: one typed view over QSettings, with keys and defaults in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from diplomatic_calendar.ui.theme import normalise_theme

HOME_ZONE = "home_zone"
FIRST_WEEKDAY = "first_weekday"
WORK_START_HOUR = "work_start_hour"
WORK_END_HOUR = "work_end_hour"
REMINDER_DAYS = "reminder_days"
# The backup code (ui/features/safety.py) reads this key.
BACKUP_KEEP = "backup/keep"
THEME = "theme"
DATABASE_PATH = "database_path"

DEFAULT_REMINDER_DAYS: tuple[int, ...] = (7, 1)
DEFAULT_BACKUP_KEEP = 14
MAX_REMINDER_DAYS = 366
# The same variable the store reads; when it is set, the saved database location does not apply.
DATABASE_ENV_VAR = "DIPLOMATIC_CALENDAR_DB"


@dataclass(frozen=True, slots=True)
class Preferences:
    """Every setting the settings dialog edits, already checked and typed."""

    home_zone: str = ""
    first_weekday: int = 0
    work_start_hour: int = 8
    work_end_hour: int = 18
    reminder_days: tuple[int, ...] = DEFAULT_REMINDER_DAYS
    backup_keep: int = DEFAULT_BACKUP_KEEP
    theme: str = "system"
    database_path: str = ""


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    # INI files hand back strings, the registry and plists hand back ints: accept both.
    try:
        value = int(str(settings.value(key, default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """'7, 1' → (7, 1), largest first; empty means the default; ValueError names a bad part."""
    days: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > MAX_REMINDER_DAYS:
            raise ValueError(
                f"'{part}' is not a number of days; write whole days from 0 to "
                f"{MAX_REMINDER_DAYS} separated by commas, for example 7, 1"
            )
        days.add(int(part))
    # Empty means the default, as the reminder banner reads it (domain.deadlines.parse_lead_days).
    return tuple(sorted(days, reverse=True)) or DEFAULT_REMINDER_DAYS


def load_preferences(settings: QSettings) -> Preferences:
    """The saved preferences, with defaults for anything missing or unreadable."""
    start = _int(settings, WORK_START_HOUR, 8, 0, 23)
    end = _int(settings, WORK_END_HOUR, 18, 1, 24)
    if end <= start:
        start, end = 8, 18
    try:
        reminders = parse_reminder_days(str(settings.value(REMINDER_DAYS, "7,1")))
    except ValueError:
        reminders = DEFAULT_REMINDER_DAYS
    return Preferences(
        home_zone=str(settings.value(HOME_ZONE, "") or ""),
        first_weekday=_int(settings, FIRST_WEEKDAY, 0, 0, 6),
        work_start_hour=start,
        work_end_hour=end,
        reminder_days=reminders,
        backup_keep=_int(settings, BACKUP_KEEP, DEFAULT_BACKUP_KEEP, 1, 1000),
        theme=normalise_theme(settings.value(THEME, "system")),
        database_path=str(settings.value(DATABASE_PATH, "") or ""),
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    """Write every preference and flush them to disk."""
    settings.setValue(HOME_ZONE, prefs.home_zone)
    settings.setValue(FIRST_WEEKDAY, prefs.first_weekday)
    settings.setValue(WORK_START_HOUR, prefs.work_start_hour)
    settings.setValue(WORK_END_HOUR, prefs.work_end_hour)
    settings.setValue(REMINDER_DAYS, ",".join(str(d) for d in prefs.reminder_days))
    settings.setValue(BACKUP_KEEP, prefs.backup_keep)
    settings.setValue(THEME, prefs.theme)
    if prefs.database_path:
        settings.setValue(DATABASE_PATH, prefs.database_path)
    else:
        settings.remove(DATABASE_PATH)
    settings.sync()


def saved_database(explicit: Path | str | None, settings: QSettings) -> Path | str | None:
    """The database to open: ``--db``, else $DIPLOMATIC_CALENDAR_DB, else the one from Settings.

    None means "the platform default"; the store resolves the first two itself, so this only
    adds the saved choice beneath them.
    """
    if explicit or os.environ.get(DATABASE_ENV_VAR):
        return explicit
    saved = str(settings.value(DATABASE_PATH, "") or "")
    return Path(saved).expanduser() if saved else None
