"""The only code that speaks SQL: opens the calendar file and returns domain objects."""

from diplomatic_calendar.store.database import DatabaseError, resolve_database_path
from diplomatic_calendar.store.store import Store

__all__ = ["DatabaseError", "Store", "resolve_database_path"]
