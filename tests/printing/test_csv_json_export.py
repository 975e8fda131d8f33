"""CSV and JSON exports: the columns a spreadsheet expects, formulas defused, JSON complete."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from diplomatic_calendar.printing.csv_json import CSV_COLUMNS, export_csv, export_json
from diplomatic_calendar.store import Store
from tests.printing.conftest import HOSTILE


def _events(store: Store):  # type: ignore[no-untyped-def]
    return store.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1))


def test_csv_has_one_row_per_event_with_readable_columns(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(filled, _events(filled), "Europe/Berlin"))))
    assert len(rows) == len(_events(filled))
    assert tuple(rows[0]) == CSV_COLUMNS
    bilateral = next(r for r in rows if "bilateral" in r["Subject"])
    assert (bilateral["Start date"], bilateral["Start time"], bilateral["End time"]) == (
        "2025-07-10",
        "09:00",
        "10:30",
    )
    assert bilateral["Time zone"] == "Europe/Berlin" and bilateral["All day"] == "no"
    assert bilateral["Participants"] == "Wang Yi; Sergey Lavrov"
    assert bilateral["Countries"] == "China; Russia"
    assert bilateral["Source"] == "Example Wire, 1 July 2025"
    assert "Second line; with, punctuation." in bilateral["Notes"]
    summit = next(r for r in rows if r["Subject"].startswith("ASEAN"))
    assert (summit["Start date"], summit["End date"], summit["All day"]) == (
        "2025-07-08",
        "2025-07-11",
        "yes",
    )
    deadline = next(r for r in rows if r["Kind"] == "Tariff deadline")
    assert (deadline["Tariff rate"], deadline["Tariff status"]) == ("25%", "Announced")


def test_csv_cells_that_look_like_formulas_stay_text(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(filled, _events(filled)))))
    call = next(r for r in rows if r["Subject"] == HOSTILE)
    assert call["Notes"].startswith("'=SUM")


def test_json_export_carries_every_field_source_and_tariff(filled: Store) -> None:
    data = json.loads(export_json(filled, _events(filled)))
    events = data["events"]
    assert len(events) == len(_events(filled))
    bilateral = next(e for e in events if "bilateral" in e["title"])
    assert bilateral["start"] == "2025-07-10T16:00:00+09:00"
    assert bilateral["timezone"] == "Asia/Tokyo"
    assert bilateral["participants"] == ["Wang Yi", "Sergey Lavrov"]
    assert bilateral["source"]["outlet"] == "Example Wire"
    assert bilateral["tariff"] is None
    deadline = next(e for e in events if e["kind"] == "tariff_deadline")
    assert deadline["tariff"]["rate_percent"] == 25
    assert deadline["tariff"]["effective_date"] == "2025-08-01"


def test_json_says_an_all_day_events_last_day_beside_its_exclusive_end(store) -> None:  # type: ignore[no-untyped-def]
    from diplomatic_calendar.domain.model import Event, EventKind
    from diplomatic_calendar.domain.timing import all_day_span

    start, end = all_day_span(dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    stored = store.events.add(Event("Sherpas meet", EventKind.MEETING, start, end))
    (record,) = json.loads(export_json(store, [stored]))["events"]
    assert (record["start"], record["end"], record["last_day"]) == (
        "2026-11-24",
        "2026-11-26",
        "2026-11-25",
    )
