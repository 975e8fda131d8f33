"""Records and rules of the calendar: plain dataclasses, no Qt, no SQL."""

from diplomatic_calendar.domain.errors import StorageError, UserError, ValidationError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffChange,
    TariffStatus,
)

__all__ = [
    "Event",
    "EventKind",
    "EventStatus",
    "Evidence",
    "Location",
    "Official",
    "OfficialRef",
    "Source",
    "StorageError",
    "TariffAction",
    "TariffChange",
    "TariffStatus",
    "UserError",
    "ValidationError",
]
