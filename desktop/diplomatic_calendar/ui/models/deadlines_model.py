"""Deadlines and tariff dates as table rows: date, title, countdown, status, rate, country."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtGui import QFontDatabase

from diplomatic_calendar.domain.deadlines import Deadline, countdown_text
from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.ui.models.record_table import Column, RecordTableModel


@cache
def _have_emoji_font() -> bool:
    """Flags are emoji; without an emoji font they would show as empty boxes."""
    return any("emoji" in family.casefold() for family in QFontDatabase.families())


def flag(code: str | None) -> str:
    """The regional-indicator emoji flag of an ISO code (the EU has one too); '' when unshowable."""
    if not code or len(code) != 2 or not code.isalpha() or not _have_emoji_font():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def rate_text(rate: float | None) -> str:
    """'25%' or '—'."""
    return "—" if rate is None else f"{rate:g}%"


def short_day(day: dt.date, today: dt.date) -> str:
    """'01 Aug', with the year only where it is not this year's, to keep narrow docks readable."""
    return f"{day:%d %b}" if day.year == today.year else f"{day:%d %b %Y}"


def deadline_columns(today: Callable[[], dt.date]) -> list[Column[Deadline]]:
    """The deadline list's columns; the countdown is counted from ``today()``."""

    def countdown(d: Deadline) -> str:
        if d.is_overdue(today()):
            late = (today() - d.day).days  # said in words too, not by the red colour alone
            return f"{late} day{'s' if late != 1 else ''} overdue"
        return countdown_text(d.day, today())

    # What the deadline is comes second: a narrow dock shows the first four columns, and a
    # tariff's title already names its country and rate.
    return [
        Column("Date", lambda d: short_day(d.day, today()), lambda d: d.day),
        Column("Deadline", lambda d: d.title),
        Column("Countdown", countdown, lambda d: d.day),
        Column("Status", lambda d: d.status_label),
        Column("Rate", lambda d: rate_text(d.rate_percent), lambda d: d.rate_percent, True),
        Column("Country", lambda d: country_name(d.country) if d.country else "—"),
    ]


class DeadlinesModel(RecordTableModel[Deadline]):
    """Deadlines, soonest first; overdue rows are marked in words and in red."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        self._ask_today = today
        self._today: dt.date | None = None

        def warn(d: Deadline) -> str:
            if d.is_overdue(self.today()):
                return f"Overdue: the date passed and the status is still {d.status_label}"
            return ""

        super().__init__(deadline_columns(self.today), warn, parent)

    def today(self) -> dt.date:
        """The day the rows count from: asked once per reload, not once per painted cell (the
        panel reloads when the date turns)."""
        if self._today is None:
            self._today = self._ask_today()
        return self._today

    def set_records(self, records: Sequence[Deadline]) -> None:
        """Show ``records``, counted from today as it is now."""
        self._today = None
        super().set_records(records)
