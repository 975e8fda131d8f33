"""The sample calendar shipped for newcomers, laid into the month it is loaded in."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Location,
    Official,
    OfficialRef,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.paths import resource_path
from diplomatic_calendar.store.store import Store

SAMPLE_TAG = "sample"


def _day(first: dt.date, number: int) -> dt.date:
    return first + dt.timedelta(days=number - 1)


def _timing(entry: dict[str, Any], first: dt.date) -> tuple[dt.date | dt.datetime, ...]:
    day = _day(first, entry["day"])
    if "time" in entry:
        start = local_datetime(day, dt.time.fromisoformat(entry["time"]), entry["zone"])
        end = local_datetime(day, dt.time.fromisoformat(entry["end_time"]), entry["zone"])
        return start, end
    return all_day_span(day, _day(first, entry.get("last_day", entry["day"])))


def load_sample(store: Store, today: dt.date) -> int:
    """Add the sample's officials, events and tariff actions in one transaction; count events."""
    data = json.loads(resource_path("sample", "sample_calendar.json").read_text("utf-8"))
    first = today.replace(day=1)
    if any(SAMPLE_TAG in e.tags for e in store.events.between(first, _day(first, 40))):
        raise UserError("the sample calendar is already loaded for this month")
    added = 0
    with store.transaction():
        people: dict[str, OfficialRef] = {}
        for entry in data["officials"]:
            key = entry.pop("key")
            entry["aliases"] = tuple(entry.get("aliases", ()))
            official = store.officials.find_by_name(entry["name"]) or store.officials.add(
                Official(**entry, notes="Sample entry")
            )
            assert official.id is not None
            people[key] = OfficialRef(official.id, official.name)
        for entry in data["events"]:
            start, end = _timing(entry, first)
            store.events.add(
                Event(
                    title=entry["title"],
                    kind=EventKind(entry["kind"]),
                    start=start,
                    end=end,
                    status=EventStatus(entry["status"]),
                    location=Location(entry.get("city", ""), entry.get("location_country")),
                    countries=tuple(entry.get("countries", ())),
                    participants=tuple(people[k] for k in entry.get("participants", ())),
                    notes="Sample entry: an illustration, not a real schedule.",
                    tags=(SAMPLE_TAG,),
                )
            )
            added += 1
        for entry in data["tariffs"]:
            store.tariffs.add(
                TariffAction(
                    imposer=entry["imposer"],
                    target=entry["target"],
                    rate_percent=entry["rate"],
                    previous_rate_percent=entry.get("previous"),
                    scope=entry.get("scope", "all goods"),
                    status=TariffStatus(entry["status"]),
                    effective_date=_day(first, entry["effective_day"]),
                    announced_date=_day(first, -20),
                    notes="Sample entry",
                ),
                changed_on=_day(first, -20),
            )
            added += 1
    return added
