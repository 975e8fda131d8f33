"""CSV (one row per event, the columns a spreadsheet user expects) and JSON exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Event, EventKind, TariffAction
from diplomatic_calendar.domain.serialize import event_dict, tariff_change_dict, tariff_dict
from diplomatic_calendar.domain.timing import zone

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

CSV_COLUMNS = (
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
    # Added after the first columns, so that sheets built on those keep reading them: a tariff
    # entry's terms, empty for other events.
    "Imposer",
    "Target",
    "Scope",
    "Legal basis",
    "Previous rate",
    "Announced date",
)
# A cell starting with one of these runs as a formula in a spreadsheet; a quote keeps it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _times(event: Event, zone_key: str) -> tuple[str, str, str, str]:
    """Start date, start time, end date, end time; all-day ends are the last day, inclusive."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        tz = zone(zone_key)
        start, end = event.start.astimezone(tz), event.end.astimezone(tz)
        return start.date().isoformat(), f"{start:%H:%M}", end.date().isoformat(), f"{end:%H:%M}"
    return event.first_day.isoformat(), "", event.last_day.isoformat(), ""


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate:g}%"


def _terms(tariff: TariffAction | None) -> list[str]:
    """Imposer, target, scope, legal basis, previous rate and announced date; empty if none."""
    if tariff is None:
        return [""] * 6
    return [
        country_name(tariff.imposer),
        country_name(tariff.target),
        tariff.scope,
        tariff.legal_basis,
        _rate(tariff.previous_rate_percent),
        tariff.announced_date.isoformat() if tariff.announced_date else "",
    ]


def _row(store: Store, event: Event, zone_key: str) -> list[str]:
    tariff = store.tariffs.get(event.tariff_action_id) if event.tariff_action_id else None
    source = store.sources.get(event.evidence.source_id) if event.evidence else None
    first, start, last, end = _times(event, zone_key)
    values = [
        event.title,
        first,
        start,
        last,
        end,
        "yes" if event.all_day else "no",
        "" if event.all_day else zone_key,
        event.kind.label,
        event.status.label,
        str(event.location),
        "; ".join(country_name(c) for c in event.countries),
        "; ".join(p.name for p in event.participants),
        "" if tariff is None else _rate(tariff.rate_percent),
        tariff.status.label if tariff else "",
        source.citation if source else "",
        event.notes,
        event.uid or "",
        *_terms(tariff),
    ]
    return [_safe(v) for v in values]


def _undated_row(store: Store, action: TariffAction) -> list[str]:
    """A tariff action with no effective date yet: its terms, on a row with no dates."""
    source = store.sources.get(action.evidence.source_id) if action.evidence else None
    values = [
        f"{action.title} (no date yet)",
        "",
        "",
        "",
        "",
        "",
        "",
        EventKind.TARIFF_DEADLINE.label,
        "",
        "",
        "; ".join(country_name(c) for c in sorted({action.imposer, action.target})),
        "",
        _rate(action.rate_percent),
        action.status.label,
        source.citation if source else "",
        action.notes,
        f"tariff-{action.id}@diplomatic-calendar",  # the UID its task has in an .ics export
        *_terms(action),
    ]
    return [_safe(v) for v in values]


def export_csv(
    store: Store,
    events: list[Event],
    zone_key: str = "UTC",
    undated: Sequence[TariffAction] = (),
) -> str:
    """The events as CSV text with a header row; times shown in ``zone_key``. ``undated``
    tariff actions follow the events, as rows with empty dates."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(_row(store, event, zone_key))
    for action in undated:
        writer.writerow(_undated_row(store, action))
    return out.getvalue()


def export_json(store: Store, events: list[Event], undated: Sequence[TariffAction] = ()) -> str:
    """The events as a JSON document, each with its source and its tariff terms if any.

    Tariff actions with no effective date yet follow under "tariffs_without_date". Every
    tariff carries its history.
    """
    records: list[dict[str, Any]] = []
    for event in events:
        source = store.sources.get(event.evidence.source_id) if event.evidence else None
        record = event_dict(event, source)
        tariff = store.tariffs.get(event.tariff_action_id) if event.tariff_action_id else None
        record["tariff"] = _tariff_record(store, tariff) if tariff else None
        records.append(record)
    document: dict[str, Any] = {"events": records}
    if undated:
        document["tariffs_without_date"] = [_tariff_record(store, a) for a in undated]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _tariff_record(store: Store, action: TariffAction) -> dict[str, Any]:
    record = tariff_dict(action)
    if action.id is not None:
        record["history"] = [tariff_change_dict(c) for c in store.tariffs.history(action.id)]
    return record
