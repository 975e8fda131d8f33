"""Records as plain JSON-ready dicts: the shape the command line and exports print."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diplomatic_calendar.domain.model import (
    Event,
    Source,
    TariffAction,
    TariffChange,
    TariffStatus,
)


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
        # exclusive, as iCalendar has it: an all-day event on 24 and 25 November ends on the 26th
        "end": moment_text(event.end),
        "last_day": event.last_day.isoformat(),  # inclusive, as the window and CSV show it
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


def tariff_change_dict(change: TariffChange) -> dict[str, Any]:
    """One step of a tariff action's history as JSON (without the ids that tie it to a file)."""
    return {
        "changed_on": change.changed_on.isoformat(),
        "old_status": change.old_status.value if change.old_status else None,
        "new_status": change.new_status.value,
        "old_rate_percent": change.old_rate_percent,
        "new_rate_percent": change.new_rate_percent,
        "old_effective_date": _day_text(change.old_effective_date),
        "new_effective_date": _day_text(change.new_effective_date),
        "note": change.note,
    }


def tariff_change_from_dict(data: dict[str, Any], action_id: int = 0) -> TariffChange:
    """A history step read back from :func:`tariff_change_dict`'s JSON.

    Raises ValueError, KeyError or TypeError when a field is missing or cannot be read.
    """
    old_status = data.get("old_status")
    return TariffChange(
        tariff_action_id=action_id,
        changed_on=dt.date.fromisoformat(data["changed_on"]),
        old_status=TariffStatus(old_status) if old_status else None,
        new_status=TariffStatus(data["new_status"]),
        old_rate_percent=_number(data.get("old_rate_percent")),
        new_rate_percent=_number(data.get("new_rate_percent")),
        old_effective_date=_day(data.get("old_effective_date")),
        new_effective_date=_day(data.get("new_effective_date")),
        note=str(data.get("note") or ""),
    )


def _day_text(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


def _number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a rate")
    return float(value)
