"""CSV for tariff work: a tariff entry's terms in columns after the first ones, and the tariff
actions with no date yet as rows with empty dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from diplomatic_calendar.domain.model import TariffAction, TariffStatus
from diplomatic_calendar.printing.csv_json import CSV_COLUMNS, export_json
from diplomatic_calendar.printing.exports import export_bytes
from diplomatic_calendar.store import Store

# The columns spreadsheets have been built on, in their order.
FIRST_COLUMNS = (
    "Subject",
    "Start date",
    "Start time",
    "End date",
    "End time",
    "All day",
    "Time zone",
    "Kind",
    "Status",
    "Location",
    "Countries",
    "Participants",
    "Tariff rate",
    "Tariff status",
    "Source",
    "Notes",
    "UID",
)
TERMS = ("Imposer", "Target", "Scope", "Legal basis", "Previous rate", "Announced date")


def _rows(store: Store, undated: list[TariffAction] | None = None) -> list[dict[str, str]]:
    events = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    data = export_bytes(store, events, "csv", "UTC", undated or []).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def _threat(store: Store) -> TariffAction:
    return store.tariffs.add(
        TariffAction(
            imposer="US",
            target="BR",
            rate_percent=50,
            previous_rate_percent=10,
            status=TariffStatus.THREATENED,
            scope="=all goods",
            legal_basis="Section 301",
            announced_date=dt.date(2025, 7, 9),
        ),
        changed_on=dt.date(2025, 7, 9),
    )


def test_the_first_columns_keep_their_order_and_the_terms_follow() -> None:
    assert CSV_COLUMNS == FIRST_COLUMNS + TERMS


def test_a_tariff_entry_gives_who_imposes_it_on_whom_and_its_terms(filled: Store) -> None:
    rows = _rows(filled)
    deadline = next(r for r in rows if r["Kind"] == "Tariff deadline")
    assert [deadline[c] for c in TERMS] == [
        "United States",
        "Malaysia",
        "all goods",
        "",
        "24%",
        "2025-07-07",
    ]
    assert (deadline["Start date"], deadline["Tariff rate"]) == ("2025-08-01", "25%")
    meeting = next(r for r in rows if "bilateral" in r["Subject"])
    assert all(meeting[c] == "" for c in TERMS)


def test_tariffs_with_no_date_yet_are_rows_with_empty_dates(filled: Store) -> None:
    threat = _threat(filled)
    rows = _rows(filled, [threat])
    row = rows[-1]
    assert row["Subject"] == "Brazil: 50% US tariff (no date yet)"
    assert all(row[c] == "" for c in ("Start date", "Start time", "End date", "End time"))
    assert (row["Kind"], row["Tariff rate"], row["Tariff status"]) == (
        "Tariff deadline",
        "50%",
        "Threatened",
    )
    assert [row[c] for c in TERMS] == [
        "United States",
        "Brazil",
        "'=all goods",  # a cell that would run as a formula stays text
        "Section 301",
        "10%",
        "2025-07-09",
    ]
    assert row["UID"] == f"tariff-{threat.id}@diplomatic-calendar"


def test_json_carries_the_same_terms(filled: Store) -> None:
    events = filled.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    threat = _threat(filled)
    data = json.loads(export_json(filled, events, [threat]))
    tariff = next(e for e in data["events"] if e["tariff"])["tariff"]
    assert (tariff["imposer"], tariff["target"], tariff["scope"]) == ("US", "MY", "all goods")
    assert (tariff["previous_rate_percent"], tariff["announced_date"]) == (24, "2025-07-07")
    assert "legal_basis" in tariff
    (undated,) = data["tariffs_without_date"]
    assert (undated["legal_basis"], undated["effective_date"]) == ("Section 301", None)
