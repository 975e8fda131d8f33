"""What every part of the window shares: the store, the undo stack, the clock and settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from diplomatic_calendar.domain.clock import Clock, system_clock
from diplomatic_calendar.domain.timing import system_zone_name, zone
from diplomatic_calendar.store import Store


class CalendarSignals(QObject):
    """Announcements that let models refresh without knowing who changed what."""

    data_changed = Signal()
    country_requested = Signal(str)
    event_requested = Signal(int)
    date_requested = Signal(object)
    change_failed = Signal(str)  # an undo or redo that could not be saved, with the reason
    # The day's backup, taken on a thread of its own, failed (emitted from that thread: the
    # window's slots run on its own thread, queued).
    backup_failed = Signal(str)


@dataclass
class AppContext:
    """The composition root hands one of these to every widget that needs the calendar."""

    store: Store
    settings: QSettings
    clock: Clock = system_clock
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    signals: CalendarSignals = field(default_factory=CalendarSignals)

    @property
    def home_zone(self) -> str:
        """The user's home time zone (a setting; the system's by default)."""
        value = self.settings.value("home_zone", "")
        return str(value) if value else system_zone_name()

    def now(self) -> dt.datetime:
        """The current time in the home zone."""
        return self.clock().astimezone(zone(self.home_zone))

    def today(self) -> dt.date:
        """Today's date in the home zone."""
        return self.now().date()
