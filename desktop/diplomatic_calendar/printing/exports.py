"""One way in for every export format, shared by the command line and the window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, TariffAction

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

FORMATS = {"ics": "iCalendar (*.ics)", "csv": "CSV spreadsheet (*.csv)", "json": "JSON (*.json)"}


def export_bytes(
    store: Store,
    events: list[Event],
    fmt: str,
    zone_key: str = "UTC",
    undated: Sequence[TariffAction] = (),
) -> bytes:
    """The events in format ``fmt`` (ics, csv or json), as the bytes of a file.

    ``undated`` tariff actions, which have no day to be listed on, go into an .ics file as
    tasks, into JSON as a list of their own and into CSV as rows with empty dates after the
    events.
    """
    if fmt == "ics":
        from diplomatic_calendar.printing.ics import export_calendar

        return export_calendar(store, events, undated=undated)
    from diplomatic_calendar.printing.csv_json import export_csv, export_json

    if fmt == "csv":
        # A byte-order mark makes spreadsheet programs read the file as UTF-8.
        return export_csv(store, events, zone_key, undated).encode("utf-8-sig")
    if fmt == "json":
        return export_json(store, events, undated).encode("utf-8")
    raise UserError(f"'{fmt}' is not an export format (ics, csv or json)")


def written(events: int, undated: int = 0) -> str:
    """'12 events', or '12 events and 2 tariff actions with no date yet'."""
    said = f"{events} event{'s' if events != 1 else ''}"
    if undated:
        said += f" and {undated} tariff action{'s' if undated != 1 else ''} with no date yet"
    return said
