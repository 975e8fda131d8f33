"""One way in for every export format, shared by the command line and the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

FORMATS = {"ics": "iCalendar (*.ics)", "csv": "CSV spreadsheet (*.csv)", "json": "JSON (*.json)"}


def export_bytes(store: Store, events: list[Event], fmt: str, zone_key: str = "UTC") -> bytes:
    """The events in format ``fmt`` (ics, csv or json), as the bytes of a file."""
    if fmt == "ics":
        from diplomatic_calendar.printing.ics import export_calendar

        return export_calendar(store, events)
    from diplomatic_calendar.printing.csv_json import export_csv, export_json

    if fmt == "csv":
        # A byte-order mark makes spreadsheet programs read the file as UTF-8.
        return export_csv(store, events, zone_key).encode("utf-8-sig")
    if fmt == "json":
        return export_json(store, events).encode("utf-8")
    raise UserError(f"'{fmt}' is not an export format (ics, csv or json)")
