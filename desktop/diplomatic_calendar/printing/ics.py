"""iCalendar (RFC 5545) export and import through the ``icalendar`` library.

Our own fields travel as X-DIPCAL-* properties so that a round trip through a file loses
nothing; other programs ignore them. ``icalendar`` is imported inside the functions, because
it costs start-up time that the window does not need.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, EventStatus, Official, Source, TariffAction
from diplomatic_calendar.domain.serialize import tariff_dict
from diplomatic_calendar.printing.ics_read import IcsImportReport, import_calendar

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

__all__ = ["IcsImportReport", "export_calendar", "import_calendar", "write_calendar"]

PRODID = "-//Diplomatic Calendar//Diplomatic Calendar//EN"
OFFICIAL_URI = "urn:x-dipcal:official:"
# Standard STATUS values other programs understand; ours goes in X-DIPCAL-STATUS as well.
ICS_STATUS = {
    EventStatus.TENTATIVE: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def export_calendar(store: Store, events: list[Event], stamp: dt.datetime | None = None) -> bytes:
    """The events as one VCALENDAR, with a VTIMEZONE for every zone a timed event uses."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Diplomatic Calendar")
    stamp = stamp or dt.datetime.now(dt.UTC)
    records = _Records(store)
    for event in events:
        calendar.add_component(_vevent(records, event, stamp))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def write_calendar(store: Store, events: list[Event], path: Path) -> int:
    """Write the events to an .ics file; return how many were written."""
    data = export_calendar(store, events)
    try:
        path.write_bytes(data)
    except OSError as err:
        raise UserError(f"cannot write {path}: {err.strerror}") from None
    return len(events)


class _Records:
    """Officials, tariff actions and sources read once each, however many events share them."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._officials: dict[int, Official | None] = {}
        self._tariffs: dict[int, TariffAction | None] = {}
        self._sources: dict[int, Source | None] = {}

    def official(self, key: int) -> Official | None:
        if key not in self._officials:
            self._officials[key] = self._store.officials.get(key)
        return self._officials[key]

    def tariff(self, key: int) -> TariffAction | None:
        if key not in self._tariffs:
            self._tariffs[key] = self._store.tariffs.get(key)
        return self._tariffs[key]

    def source(self, key: int) -> Source | None:
        if key not in self._sources:
            self._sources[key] = self._store.sources.get(key)
        return self._sources[key]


def _vevent(store: _Records, event: Event, stamp: dt.datetime) -> Any:
    import icalendar

    vevent = icalendar.Event()
    vevent.add("uid", event.uid or f"event-{event.id}@diplomatic-calendar")
    vevent.add("dtstamp", stamp)
    vevent.add("summary", event.title)
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    vevent.add("categories", [event.kind.label])
    if event.status in ICS_STATUS:
        vevent.add("status", ICS_STATUS[event.status])
    if str(event.location):
        vevent.add("location", str(event.location))
    if event.notes:
        vevent.add("description", event.notes)
    for person in event.participants:
        vevent.add("attendee", *_attendee(store, person.id, person.name))
    for name, value in _extras(store, event).items():
        vevent.add(name, value)
    return vevent


def _attendee(store: _Records, official_id: int, name: str) -> tuple[str, dict[str, str]]:
    """An official as an ATTENDEE: a URN of ours (officials have no e-mail) and CN=name."""
    official = store.official(official_id)
    params = {"CN": name, "ROLE": "REQ-PARTICIPANT", "CUTYPE": "INDIVIDUAL"}
    if official is not None:
        if official.title:
            params["X-DIPCAL-TITLE"] = official.title
        if official.country:
            params["X-DIPCAL-COUNTRY"] = official.country
    return f"{OFFICIAL_URI}{official_id}", params


def _extras(store: _Records, event: Event) -> dict[str, str]:
    """Our own fields as X- properties, with only what is set."""
    extras = {
        "x-dipcal-kind": event.kind.value,
        "x-dipcal-status": event.status.value,
    }
    if event.countries:
        extras["x-dipcal-countries"] = ",".join(event.countries)
    if event.location.city:
        extras["x-dipcal-city"] = event.location.city
    if event.location.country:
        extras["x-dipcal-location-country"] = event.location.country
    if event.tags:
        extras["x-dipcal-tags"] = json.dumps(list(event.tags), ensure_ascii=False)
    if event.tariff_action_id is not None:
        action = store.tariff(event.tariff_action_id)
        if action is not None:
            fields = tariff_dict(action)
            del fields["id"]
            extras["x-dipcal-tariff"] = json.dumps(fields, ensure_ascii=False)
    if event.evidence is not None:
        source = store.source(event.evidence.source_id)
        if source is not None:
            extras["x-dipcal-source"] = json.dumps(
                _source_fields(source, event), ensure_ascii=False
            )
    return extras


def _source_fields(source: Any, event: Event) -> dict[str, Any]:
    evidence = event.evidence
    assert evidence is not None
    return {
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
        "text": source.text,
        "evidence": {"start": evidence.start, "end": evidence.end, "sentence": evidence.sentence},
    }
