"""Records as plain JSON-ready dicts: the shape the command line and exports print."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diplomatic_calendar.domain.model import Event, Source, TariffAction


def moment_text(moment: dt.date | dt.datetime) -> str:
    """ISO date for all-day values, ISO datetime with offset for timed ones."""
    return moment.isoformat()


def source_dict(source: Source | None, event: Event | None = None) -> dict[str, Any] | None:
    """Where a record came from, or None."""
    if source is None:
        return None
    out: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
    }
    if event is not None and event.evidence is not None:
        out["evidence"] = {
            "start": event.evidence.start,
            "end": event.evidence.end,
            "sentence": event.evidence.sentence,
        }
    return out


def event_dict(event: Event, source: Source | None = None) -> dict[str, Any]:
    """An event as the ``events --format json`` command prints it."""
    return {
        "id": event.id,
        "uid": event.uid,
        "kind": event.kind.value,
        "title": event.title,
        "start": moment_text(event.start),
        "end": moment_text(event.end),
        "all_day": event.all_day,
        "timezone": event.timezone,
        "status": event.status.value,
        "location": {"city": event.location.city, "country": event.location.country},
        "countries": list(event.countries),
        "participants": [p.name for p in event.participants],
        "notes": event.notes,
        "tags": list(event.tags),
        "source": source_dict(source, event),
    }


def tariff_dict(action: TariffAction) -> dict[str, Any]:
    """A tariff action as JSON."""
    return {
        "id": action.id,
        "imposer": action.imposer,
        "target": action.target,
        "rate_percent": action.rate_percent,
        "previous_rate_percent": action.previous_rate_percent,
        "scope": action.scope,
        "legal_basis": action.legal_basis,
        "announced_date": action.announced_date.isoformat() if action.announced_date else None,
        "effective_date": action.effective_date.isoformat() if action.effective_date else None,
        "status": action.status.value,
        "notes": action.notes,
    }
